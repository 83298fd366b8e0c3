//! Live-root migration: copy the image behind a read-only loop device to RAM
//! (a file on tmpfs) or to a disk, verify the copy, then switch the loop to it
//! with `LOOP_CHANGE_FD`, while the system keeps running from the medium.
//!
//! Built as separate steps so "install the running root to a disk" can reuse
//! them: [`copy_plan`] (the readahead list's ranges first, then the rest, in
//! large chunks), [`copy_ranges`] (low-priority copy, the next chunk queued with
//! readahead(2) while the current one is read, each chunk hashed as read), [`verify_copy`] (re-reads the copy, compares the chunk
//! hashes, and the whole-image sha256 when the list carries one), [`switch_loop`].
//!
//! Verification choice: every source byte is read exactly once (the medium is
//! the slow part). Each chunk's sha256 is computed from the bytes read; after
//! the copy (flushed and dropped from cache for a disk target, so the device is
//! re-read) each chunk of the copy is hashed again and compared. That proves
//! the copy holds what was read. That what was read is the image is checked by
//! the source's inode, size, mtime and ctime before and after the copy (a write
//! to the source during the copy fails the migration) and, when a readahead
//! list is given, by the sha256 of the whole image recorded in its header.
//! Any failure leaves the loop on the original, removes the partial copy and
//! returns an error. The image's head (its superblock) is written last, after the rest is
//! flushed and verified, so a copy cut short by a power cut, even during verification,
//! never passes for an image; a block device
//! holding a partition table, a filesystem or data is refused unless forced
//! ([`foreign_content`]).

use std::ffi::CString;
use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::migrate_loop::{self, LoopStatus};
use crate::readahead::{self, Extent, Log};

/// Where the copy goes.
#[derive(Clone, Debug)]
pub enum Destination {
    /// A file (on tmpfs for RAM, or on a mounted disk filesystem).
    File(PathBuf),
    /// A whole block device (partition) at least `offset + image` bytes long; if it is
    /// larger, the loop gets a size limit of the image's size before the switch.
    BlockDevice(PathBuf),
}

impl Destination {
    /// A path naming a block device is one; anything else is a file path.
    pub fn from_path(path: &Path) -> Destination {
        match std::fs::metadata(path) {
            Ok(meta) if meta.file_type().is_block_device() => {
                Destination::BlockDevice(path.to_path_buf())
            }
            _ => Destination::File(path.to_path_buf()),
        }
    }
}

/// Where `--to-ram` puts the copy: a file on its own tmpfs under `/run/live`, which the
/// initramfs moves into the new root.
pub const DEFAULT_RAM_PATH: &str = "/run/live/toram/filesystem.squashfs";

#[derive(Clone, Debug)]
pub struct Options {
    /// Bytes per read/write.
    pub chunk: u64,
    /// Average copy rate cap in bytes/s (0 = none), to leave the medium to the boot.
    pub rate_limit: u64,
    /// For RAM destinations: keep at least this much MemAvailable after the copy.
    pub min_free: u64,
    /// Start copying only once the source's block device has completed no read for this
    /// long (the boot has stopped reading the medium); zero: at once.
    pub start_when_idle: Duration,
    /// ... but start anyway after waiting this long.
    pub idle_max_wait: Duration,
    /// Overwrite a block device that holds a partition table, a filesystem or other data
    /// (anything but zeros or an earlier liveopt copy); without it such a device is refused.
    pub force_overwrite: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            chunk: 4 << 20,
            start_when_idle: Duration::ZERO,
            idle_max_wait: Duration::from_secs(300),
            rate_limit: 0,
            min_free: 256 << 20,
            force_overwrite: false,
        }
    }
}

/// One planned chunk with the sha256 of the source bytes copied into it.
#[derive(Clone, Debug)]
pub struct CopiedChunk {
    pub range: Extent,
    pub sha256: [u8; 32],
}

#[derive(Clone, Debug)]
pub struct Summary {
    pub source: PathBuf,
    pub destination: PathBuf,
    pub bytes: u64,
    pub copy_time: Duration,
    pub verify_time: Duration,
    pub switch_time: Duration,
    /// Whether the whole-image sha256 from the list was checked.
    pub image_sha256_checked: bool,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mb = self.bytes as f64 / 1e6;
        write!(
            f,
            "now reading {} ({:.1} MB copied in {:.2} s, {:.0} MB/s; verified in {:.2} s{}; switched in {:.1} ms)",
            self.destination.display(),
            mb,
            self.copy_time.as_secs_f64(),
            mb / self.copy_time.as_secs_f64().max(1e-9),
            self.verify_time.as_secs_f64(),
            if self.image_sha256_checked { ", image sha256 matches the list" } else { "" },
            self.switch_time.as_secs_f64() * 1e3
        )
    }
}

// ---------------------------------------------------------------------------
// Step 1: the plan

/// Chunks covering `[0, size)`: the `first` ranges (clipped, merged, in
/// ascending order), then the gaps in ascending order, each split into pieces
/// of at most `chunk` bytes. Every byte appears exactly once.
pub fn copy_plan(size: u64, first: &[Extent], chunk: u64) -> Vec<Extent> {
    let chunk = chunk.max(1);
    let clipped: Vec<Extent> = first
        .iter()
        .filter(|r| r.offset < size)
        .map(|r| Extent::new(r.offset, r.len.min(size - r.offset)))
        .collect();
    let first = readahead::normalize(&clipped);
    let mut rest = Vec::new();
    let mut pos = 0;
    for r in &first {
        if r.offset > pos {
            rest.push(Extent::new(pos, r.offset - pos));
        }
        pos = r.end();
    }
    if pos < size {
        rest.push(Extent::new(pos, size - pos));
    }
    let mut plan = Vec::new();
    for r in first.iter().chain(&rest) {
        let mut off = r.offset;
        while off < r.end() {
            let n = chunk.min(r.end() - off);
            plan.push(Extent::new(off, n));
            off += n;
        }
    }
    plan
}

/// The image's head: its superblock lies in it. A copy writes it last (see [`split_head`]).
pub const HEAD_LEN: u64 = 4096;

/// Splits a plan into (the chunks of the head `[0, HEAD_LEN)`, everything else in plan
/// order). Copying the rest first, flushing, then the head means a copy cut short (a power
/// cut, a pulled medium) has no superblock: nothing mounts it, and it never passes for an
/// image.
pub fn split_head(plan: &[Extent]) -> (Vec<Extent>, Vec<Extent>) {
    let (mut head, mut rest) = (Vec::new(), Vec::new());
    for r in plan {
        if r.offset < HEAD_LEN {
            let cut = r.end().min(HEAD_LEN);
            head.push(Extent::new(r.offset, cut - r.offset));
            if r.end() > cut {
                rest.push(Extent::new(cut, r.end() - cut));
            }
        } else {
            rest.push(*r);
        }
    }
    (head, rest)
}

// ---------------------------------------------------------------------------
// Step 2: the copy

/// Copies `plan` (offsets relative to the image) from `src` at `src_base` to
/// `dst` at `dst_base`, hashing each chunk as read. Source pages that were not
/// cached before we read them are dropped afterwards (we need them once; the
/// boot's own cached pages are left alone).
pub fn copy_ranges(
    src: &File,
    src_base: u64,
    dst: &File,
    dst_base: u64,
    plan: &[Extent],
    opts: &Options,
) -> Result<Vec<CopiedChunk>> {
    let max = plan.iter().map(|r| r.len).max().unwrap_or(0) as usize;
    let mut buf = vec![0u8; max];
    let mut done = Vec::with_capacity(plan.len());
    let started = Instant::now();
    let mut copied = 0u64;
    // Only our own readahead of the next chunk: the kernel's heuristic window
    // would leave pages past each chunk behind after we drop what we read.
    // SAFETY: advisory call on our fd.
    unsafe { libc::posix_fadvise(src.as_raw_fd(), 0, 0, libc::POSIX_FADV_RANDOM) };
    let cached = |r: &Extent| {
        readahead::resident_pages(src, src_base + r.offset, r.len)
            .map(|p| p.iter().all(|&x| x))
            .unwrap_or(true)
    };
    // Keep the medium busy: chunks up to QUEUE_AHEAD bytes past the one being
    // read are queued with readahead(2) (asynchronous) before we wait for it.
    const QUEUE_AHEAD: u64 = 16 << 20;
    let mut was_cached = vec![false; plan.len()];
    let mut queued = 0usize;
    let mut queued_bytes = 0u64;
    for (i, r) in plan.iter().enumerate() {
        while queued < plan.len() && (queued <= i + 1 || queued_bytes < QUEUE_AHEAD) {
            let q = plan[queued];
            was_cached[queued] = cached(&q);
            if !was_cached[queued] {
                // SAFETY: advisory syscall on our fd.
                unsafe {
                    libc::readahead(
                        src.as_raw_fd(),
                        (src_base + q.offset) as libc::off64_t,
                        q.len as usize,
                    )
                };
            }
            queued_bytes += q.len;
            queued += 1;
        }
        queued_bytes -= r.len;
        let was_cached = was_cached[i];
        let data = &mut buf[..r.len as usize];
        src.read_exact_at(data, src_base + r.offset)
            .with_context(|| format!("reading the source at {}", src_base + r.offset))?;
        if !was_cached {
            let _ = readahead::drop_cache(src, src_base + r.offset, r.len);
        }
        dst.write_all_at(data, dst_base + r.offset)
            .with_context(|| format!("writing the copy at {}", dst_base + r.offset))?;
        done.push(CopiedChunk {
            range: *r,
            sha256: Sha256::digest(&*data).into(),
        });
        copied += r.len;
        if opts.rate_limit > 0 {
            let due = Duration::from_secs_f64(copied as f64 / opts.rate_limit as f64);
            if let Some(wait) = due.checked_sub(started.elapsed()) {
                std::thread::sleep(wait);
            }
        }
    }
    Ok(done)
}

// ---------------------------------------------------------------------------
// Step 3: verification

/// Re-reads every chunk of the copy in ascending order and compares its sha256
/// with the one computed from the source. With `image_sha256 = Some((bytes_used,
/// hex))` also checks the sha256 of the copy's first `bytes_used` bytes. `held`: the
/// copy's first bytes, not written yet (the head), taken from memory instead.
pub fn verify_copy(
    dst: &File,
    dst_base: u64,
    chunks: &[CopiedChunk],
    image_sha256: Option<(u64, &str)>,
    held: &[u8],
) -> Result<()> {
    let mut sorted: Vec<&CopiedChunk> = chunks.iter().collect();
    sorted.sort_by_key(|c| c.range.offset);
    let max = sorted.iter().map(|c| c.range.len).max().unwrap_or(0) as usize;
    let mut buf = vec![0u8; max];
    let mut whole = Sha256::new();
    let mut pos = 0u64;
    for c in sorted {
        if c.range.offset != pos {
            bail!("copy plan has a hole at {pos}");
        }
        let data: &[u8] = if c.range.end() <= held.len() as u64 {
            &held[c.range.offset as usize..c.range.end() as usize]
        } else {
            if c.range.offset < held.len() as u64 {
                bail!("a chunk straddles the held head at {}", c.range.offset);
            }
            let data = &mut buf[..c.range.len as usize];
            dst.read_exact_at(data, dst_base + c.range.offset)
                .with_context(|| format!("re-reading the copy at {}", dst_base + c.range.offset))?;
            data
        };
        if <[u8; 32]>::from(Sha256::digest(data)) != c.sha256 {
            bail!(
                "the copy differs from the source in bytes {}..{}",
                c.range.offset,
                c.range.end()
            );
        }
        if let Some((bytes_used, _)) = image_sha256 {
            let upto = c.range.end().min(bytes_used);
            if upto > c.range.offset {
                whole.update(&data[..(upto - c.range.offset) as usize]);
            }
        }
        pos = c.range.end();
    }
    if let Some((bytes_used, want)) = image_sha256 {
        if pos < bytes_used {
            bail!("the copy has {pos} bytes, the image {bytes_used}");
        }
        let got = hex::encode(whole.finalize());
        if got != want {
            bail!("sha256 of the copied image is {got}, the readahead list says {want}: the source is not that image");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Step 4: the switch

/// Points the open loop device at `new_backing` and checks the kernel reports
/// the new inode. Uses only descriptors: works after switch_root moved /dev and /sys.
pub fn switch_loop(loop_file: &File, new_backing: &File) -> Result<Duration> {
    let expect_ino = new_backing.metadata()?.ino();
    let started = Instant::now();
    migrate_loop::change_fd(loop_file, new_backing)?;
    let took = started.elapsed();
    let now = migrate_loop::backing_inode(loop_file)?;
    if now != expect_ino {
        bail!("after LOOP_CHANGE_FD the loop still reads inode {now}");
    }
    Ok(took)
}

// ---------------------------------------------------------------------------
// The whole migration

/// What identifies the source during the copy: a change means someone wrote it.
#[derive(PartialEq, Eq, Debug)]
struct SourceStamp {
    ino: u64,
    size: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

fn stamp(file: &File) -> Result<SourceStamp> {
    let m = file.metadata()?;
    if m.file_type().is_block_device() {
        // A device node's times change when udev sets its owner and mode (seen in a real
        // boot), not when the device's data change: compare the device and its size only.
        // That the bytes read are the image is then shown by the list's image sha256.
        return Ok(SourceStamp {
            ino: m.rdev(),
            size: readahead::size_of(file)?,
            mtime: (0, 0),
            ctime: (0, 0),
        });
    }
    Ok(SourceStamp {
        ino: m.ino(),
        size: m.size(),
        mtime: (m.mtime(), m.mtime_nsec()),
        ctime: (m.ctime(), m.ctime_nsec()),
    })
}

/// The prepared destination, removed on drop unless kept. Holds descriptors
/// (the copy, a read-only one for the loop, its directory) so the migration can
/// finish even if the paths leave our mount namespace (switch_root).
struct Prepared {
    file: File,
    read_only: File,
    /// For a file destination: its directory and the temporary/final names in it.
    dir: Option<(File, CString, CString)>,
    renamed: bool,
    final_path: PathBuf,
    keep: bool,
    /// A block device larger than the image: cap the loop at this many bytes before
    /// `LOOP_CHANGE_FD`, which needs old and new backing to give the same size.
    size_limit: Option<u64>,
    /// Where the image (its head) starts in the destination.
    head_at: u64,
}

impl Prepared {
    /// Zeroes the destination's head on the device, before any other byte is written, so an
    /// earlier copy's superblock never sits over a half-written one.
    fn wipe_head(&self) -> Result<()> {
        if self.dir.is_some() {
            return Ok(()); // a new file: zeros already
        }
        self.file
            .write_all_at(&[0u8; HEAD_LEN as usize], self.head_at)
            .and_then(|()| self.file.sync_data())
            .with_context(|| format!("clearing the head of {}", self.final_path.display()))
    }

    /// Reserves the image's bytes in a file destination (fallocate), so a full target fails
    /// before the copy rather than in the middle of it. Done after the `ready` signal: on a
    /// tmpfs it allocates the whole image, which the boot need not wait for.
    fn reserve(&self, offset: u64, len: u64) -> Result<()> {
        if self.dir.is_none() {
            return Ok(()); // a block device: its size was checked when it was opened
        }
        // SAFETY: fallocate on an fd we own.
        let rc = unsafe {
            libc::fallocate(
                self.file.as_raw_fd(),
                0,
                offset as libc::off_t,
                len as libc::off_t,
            )
        };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() != Some(libc::EOPNOTSUPP) {
                let dir = self.final_path.parent().unwrap_or(Path::new("."));
                return Err(err)
                    .with_context(|| format!("reserving {} MiB in {}", len >> 20, dir.display()));
            }
        }
        Ok(())
    }
}

impl Drop for Prepared {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        match &self.dir {
            Some((dir, temp, final_name)) => {
                let name = if self.renamed { final_name } else { temp };
                // SAFETY: unlinkat with a directory fd we own and a NUL-terminated name.
                unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0) };
            }
            // A block device can't be removed: wipe the superblock we wrote so a
            // partial copy is never taken for an image.
            None => {
                let _ = self
                    .file
                    .write_all_at(&[0u8; HEAD_LEN as usize], self.head_at);
                let _ = self.file.sync_data();
            }
        }
    }
}

impl Prepared {
    /// Gives the verified copy its final name.
    fn rename(&mut self) -> Result<()> {
        if let Some((dir, temp, final_name)) = &self.dir {
            let fd = dir.as_raw_fd();
            // SAFETY: renameat within a directory fd we own, NUL-terminated names.
            if unsafe { libc::renameat(fd, temp.as_ptr(), fd, final_name.as_ptr()) } != 0 {
                return Err(std::io::Error::last_os_error()).with_context(|| {
                    format!("renaming the copy to {}", self.final_path.display())
                });
            }
            self.renamed = true;
        }
        Ok(())
    }
}

/// Creates the destination: a file of the backing file's layout (a hole up to
/// the loop offset, then the image bytes; `Prepared::reserve` allocates them), or a block
/// device at least as large as the loop needs.
fn prepare(
    dest: &Destination,
    status: &LoopStatus,
    image_len: u64,
    force_overwrite: bool,
) -> Result<Prepared> {
    let want = status.offset + image_len;
    match dest {
        Destination::File(path) => {
            let dir_path = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir_path)
                .with_context(|| format!("creating {}", dir_path.display()))?;
            let dir =
                File::open(dir_path).with_context(|| format!("opening {}", dir_path.display()))?;
            let name = path.file_name().context("destination has no file name")?;
            let final_name = CString::new(name.as_encoded_bytes())?;
            let prefix = format!(".{}.partial-", name.to_string_lossy());
            remove_stale_partials(dir_path, &prefix);
            let temp_name = format!("{prefix}{}", std::process::id());
            let temp = dir_path.join(&temp_name);
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&temp)
                .with_context(|| format!("creating {}", temp.display()))?;
            let read_only =
                File::open(&temp).with_context(|| format!("opening {}", temp.display()));
            let prepared = Prepared {
                read_only: match read_only {
                    Ok(f) => f,
                    Err(err) => {
                        let _ = std::fs::remove_file(&temp);
                        return Err(err);
                    }
                },
                file,
                dir: Some((dir, CString::new(temp_name)?, final_name)),
                renamed: false,
                final_path: path.clone(),
                keep: false,
                size_limit: None,
                head_at: status.offset,
            };
            prepared.file.set_len(want)?;
            Ok(prepared)
        }
        Destination::BlockDevice(path) => {
            if !force_overwrite {
                refuse_foreign_content(path)?;
            }
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(path)
                .with_context(|| format!("opening {}", path.display()))?;
            let dev_size = readahead::size_of(&file)?;
            let room = dev_size.saturating_sub(status.offset);
            let new_len = match status.sizelimit {
                0 => room,
                limit => room.min(limit),
            };
            if room < image_len {
                bail!(
                    "{} is too small: {} bytes, the image needs {} (LOOP_CHANGE_FD needs a backing \
                     that gives the loop the same size)",
                    path.display(),
                    dev_size,
                    want
                );
            }
            // Larger than the image: the loop's size limit makes both give the same size.
            let size_limit = (new_len >> 9 != image_len >> 9).then_some(image_len);
            Ok(Prepared {
                read_only: File::open(path)?,
                file,
                dir: None,
                renamed: false,
                final_path: path.clone(),
                keep: false,
                size_limit,
                head_at: status.offset,
            })
        }
    }
}

/// Bytes read from the start of a target device to tell what it holds (btrfs keeps its
/// superblock at 64 KiB).
const SIGNATURE_SPAN: usize = 68 << 10;

/// What the start of a block device shows it holds, if that is something a migration must
/// not overwrite unasked: a partition table, a filesystem, or any data in its first
/// [`HEAD_LEN`] bytes. `None` for zeros (a new disk, or a copy that was wiped or cut
/// short, see [`split_head`]) and for an earlier liveopt copy (a squashfs or EROFS image).
pub fn foreign_content(head: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    const EROFS_MAGIC: [u8; 4] = 0xe0f5_e1e2u32.to_le_bytes();
    if at(0, b"hsqs") || at(1024, &EROFS_MAGIC) {
        return None;
    }
    const SIGNATURES: &[(usize, &[u8], &str)] = &[
        (512, b"EFI PART", "a GPT partition table"),
        (0, b"XFSB", "an XFS filesystem"),
        (1080, &[0x53, 0xef], "an ext2/3/4 filesystem"),
        (65600, b"_BHRfS_M", "a btrfs filesystem"),
        (32769, b"CD001", "an ISO 9660 filesystem"),
        (3, b"NTFS    ", "an NTFS filesystem"),
        (0, b"LUKS\xba\xbe", "a LUKS volume"),
        (512, b"LABELONE", "an LVM physical volume"),
        (4086, b"SWAPSPACE2", "a swap area"),
        (510, &[0x55, 0xaa], "an MBR partition table or boot sector"),
    ];
    if let Some((_, _, what)) = SIGNATURES.iter().find(|(o, magic, _)| at(*o, magic)) {
        return Some(what);
    }
    let head_len = head.len().min(HEAD_LEN as usize);
    head[..head_len]
        .iter()
        .any(|&b| b != 0)
        .then_some("data that is not an earlier liveopt copy")
}

/// Fails if the block device at `path` holds something [`foreign_content`] names.
fn refuse_foreign_content(path: &Path) -> Result<()> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut head = vec![0u8; SIGNATURE_SPAN];
    let mut len = 0;
    while len < head.len() {
        match file.read_at(&mut head[len..], len as u64) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(err) if err.kind() == ErrorKind::Interrupted => {}
            Err(err) => {
                return Err(err).with_context(|| format!("reading the start of {}", path.display()))
            }
        }
    }
    if let Some(what) = foreign_content(&head[..len]) {
        bail!(
            "{} holds {what}; not overwriting it (liveopt.todisk.force at boot, --force for \
             migrate --to-disk)",
            path.display()
        );
    }
    Ok(())
}

/// Removes `<prefix><pid>` files left by a migration that was killed (its
/// process is gone), so a retry does not run out of space because of them.
fn remove_stale_partials(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let Ok(pid) = pid.parse::<libc::pid_t>() else {
            continue;
        };
        // SAFETY: signal 0 only checks whether the process exists.
        let gone = unsafe { libc::kill(pid, 0) } != 0
            && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Copies the image behind `loop_dev` to `dest` (the `list` ranges first),
/// verifies the copy and switches the loop to it. On any error the loop still
/// reads the original and no partial copy is left.
pub fn migrate(
    loop_dev: &Path,
    dest: &Destination,
    list: Option<&formats::readahead::ReadaheadList>,
    opts: &Options,
    log: &mut Log,
) -> Result<Summary> {
    if let Err(err) = readahead::set_background_io_priority() {
        log.line(&format!("warning: {err:#}; copying at normal priority"));
    }
    // Everything is opened now and used by descriptor afterwards.
    let loop_file =
        File::open(loop_dev).with_context(|| format!("opening {}", loop_dev.display()))?;
    let status = migrate_loop::status_of(loop_dev, &loop_file)?;
    if !status.read_only() {
        bail!(
            "{} is writable: LOOP_CHANGE_FD only works on read-only loops",
            loop_dev.display()
        );
    }
    // The source, and the image's exact length as the loop sees it.
    let (src, src_base, src_name, image_len) = match status.open_backing() {
        Ok(file) => {
            let backing_len = readahead::size_of(&file)?;
            let mut len = backing_len.saturating_sub(status.offset);
            if status.sizelimit > 0 {
                len = len.min(status.sizelimit);
            }
            (file, status.offset, status.backing_file.clone(), len)
        }
        Err(err) => {
            // The loop device shows the same bytes (rounded down to 512, like its size).
            log.line(&format!("reading through {} ({err:#})", loop_dev.display()));
            (
                loop_file.try_clone()?,
                0,
                loop_dev.to_path_buf(),
                status.size,
            )
        }
    };
    if let Destination::File(_) = dest {
        let avail = readahead::mem_available().unwrap_or(u64::MAX);
        if is_on_tmpfs(dest) && image_len + opts.min_free > avail {
            bail!(
                "copying {} MiB to RAM would leave less than {} MiB available (MemAvailable {} MiB)",
                image_len >> 20,
                opts.min_free >> 20,
                avail >> 20
            );
        }
    }
    if let Some(list) = list {
        let sb = readahead::read_superblock(&readahead::Target {
            file: src.try_clone()?,
            path: src_name.clone(),
            base: src_base,
            size: image_len,
            via_loop_device: false,
            notices: vec![],
        })?;
        if sb.bytes_used != list.identity.image.bytes_used
            || sb.mkfs_time != list.identity.image.mkfs_time
        {
            bail!("the readahead list is for another image (bytes_used/mkfs_time differ)");
        }
    }
    let before = stamp(&src)?;
    let diskstats = File::open("/proc/diskstats").ok();
    let mut prepared = prepare(dest, &status, image_len, opts.force_overwrite)?;
    // Everything is open: the initramfs may move /run/live, /dev and /proc now.
    readahead::signal_ready();
    prepared.reserve(status.offset, image_len)?;
    if !opts.start_when_idle.is_zero() {
        use std::os::unix::fs::MetadataExt;
        // A file: the device holding it; a block device (a loop over a disk): itself.
        let meta = src.metadata()?;
        let dev = if meta.file_type().is_block_device() {
            meta.rdev()
        } else {
            meta.dev()
        };
        let (major, minor) = (libc::major(dev), libc::minor(dev));
        match diskstats
            .as_ref()
            .map(|f| wait_until_idle(f, (major, minor), opts.start_when_idle, opts.idle_max_wait))
        {
            Some(Some(waited)) => log.line(&format!(
                "the medium ({major}:{minor}) was idle for {:.0} s after {:.1} s; copying",
                opts.start_when_idle.as_secs_f64(),
                waited.as_secs_f64()
            )),
            _ => log.line(&format!(
                "no read statistics for {major}:{minor}; copying without waiting"
            )),
        }
    }
    let plan = copy_plan(
        image_len,
        list.map(|l| l.ranges.as_slice()).unwrap_or(&[]),
        opts.chunk,
    );
    log.line(&format!(
        "copying {} ({:.1} MB) to {}{}",
        src_name.display(),
        image_len as f64 / 1e6,
        prepared.final_path.display(),
        if list.is_some() {
            ", boot ranges first"
        } else {
            ""
        }
    ));

    let started = Instant::now();
    prepared.wipe_head()?;
    let (head, rest) = split_head(&plan);
    let mut chunks = copy_ranges(&src, src_base, &prepared.file, status.offset, &rest, opts)?;
    prepared.file.sync_data().context("flushing the copy")?;
    // The head stays in memory until the rest is verified: a copy cut short even during
    // verification has no superblock.
    let mut held = vec![0u8; head.iter().map(|r| r.end()).max().unwrap_or(0) as usize];
    src.read_exact_at(&mut held, src_base)
        .with_context(|| format!("reading the source at {src_base}"))?;
    chunks.extend(head.iter().map(|r| CopiedChunk {
        range: *r,
        sha256: Sha256::digest(&held[r.offset as usize..r.end() as usize]).into(),
    }));
    let copy_time = started.elapsed();
    log.line(&format!(
        "{:.1} MB copied in {:.2} s, all but the head; verifying",
        image_len as f64 / 1e6,
        copy_time.as_secs_f64()
    ));
    if stamp(&src)? != before {
        bail!("{} changed during the copy", src_name.display());
    }

    let started = Instant::now();
    // Re-read from the device, not from the cache (no-op for tmpfs).
    let _ = readahead::drop_cache(&prepared.file, 0, 0);
    let image_sha256 = list.map(|l| {
        (
            l.identity.image.bytes_used,
            l.identity.image.sha256.as_str(),
        )
    });
    verify_copy(&prepared.file, status.offset, &chunks, image_sha256, &held)?;
    prepared
        .file
        .write_all_at(&held, status.offset)
        .and_then(|()| prepared.file.sync_data())
        .context("writing the copy's head")?;
    let _ = readahead::drop_cache(&prepared.file, status.offset, held.len() as u64);
    let mut head_back = vec![0u8; held.len()];
    prepared
        .file
        .read_exact_at(&mut head_back, status.offset)
        .context("re-reading the copy's head")?;
    if head_back != held {
        bail!("the copy's head differs from the source's after writing it");
    }
    let verify_time = started.elapsed();
    if stamp(&src)? != before {
        bail!("{} changed during the copy", src_name.display());
    }

    prepared.rename()?;
    if let Some(limit) = prepared.size_limit {
        log.line(&format!(
            "limiting {} to the image's {limit} bytes so that the larger {} can back it",
            loop_dev.display(),
            prepared.final_path.display()
        ));
        migrate_loop::set_sizelimit(&loop_file, limit)?;
    }
    let switch_time = switch_loop(&loop_file, &prepared.read_only)?;
    prepared.keep = true;
    Ok(Summary {
        source: src_name,
        destination: prepared.final_path.clone(),
        bytes: image_len,
        copy_time,
        verify_time,
        switch_time,
        image_sha256_checked: image_sha256.is_some(),
    })
}

/// Polls `diskstats` (an open `/proc/diskstats`, re-read from offset 0) until device
/// `major:minor` has read no sector for `window`, at most `max`; returns the time waited, or
/// `None` if the device is not listed.
pub fn wait_until_idle(
    diskstats: &File,
    (major, minor): (u32, u32),
    window: Duration,
    max: Duration,
) -> Option<Duration> {
    use std::os::unix::fs::FileExt;
    let sectors_read = || -> Option<u64> {
        let mut buf = vec![0u8; 1 << 16];
        let mut len = 0;
        loop {
            let n = diskstats.read_at(&mut buf[len..], len as u64).ok()?;
            if n == 0 {
                break;
            }
            len += n;
            if len == buf.len() {
                buf.resize(buf.len() * 2, 0);
            }
        }
        String::from_utf8_lossy(&buf[..len])
            .lines()
            .find_map(|line| {
                let f: Vec<&str> = line.split_whitespace().collect();
                (f.len() > 5 && f[0] == major.to_string() && f[1] == minor.to_string())
                    .then(|| f[5].parse().ok())
                    .flatten()
            })
    };
    let started = Instant::now();
    let mut last = sectors_read()?;
    let mut quiet_since = Instant::now();
    while quiet_since.elapsed() < window && started.elapsed() < max {
        std::thread::sleep(Duration::from_millis(250));
        let now = sectors_read()?;
        if now != last {
            last = now;
            quiet_since = Instant::now();
        }
    }
    Some(started.elapsed())
}

/// True when a file destination's directory is on tmpfs/ramfs (the copy costs RAM).
fn is_on_tmpfs(dest: &Destination) -> bool {
    let Destination::File(path) = dest else {
        return false;
    };
    let mut dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
    while !dir.exists() {
        if !dir.pop() {
            return false;
        }
    }
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()) else {
        return false;
    };
    // SAFETY: an all-zero statfs is a valid value of this plain C struct.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: statfs fills the struct we own.
    if unsafe { libc::statfs(c.as_ptr(), &mut st) } != 0 {
        return false;
    }
    const TMPFS_MAGIC: i64 = 0x0102_1994;
    const RAMFS_MAGIC: i64 = 0x8584_58f6;
    matches!(st.f_type as i64, TMPFS_MAGIC | RAMFS_MAGIC)
}

/// Loads a readahead list for ordering the copy; a bad list is an error here
/// (unlike the boot service), since the caller asked for it explicitly.
pub fn load_list(path: &Path) -> Result<formats::readahead::ReadaheadList> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    formats::readahead::parse(&text)
        .with_context(|| format!("parsing readahead list {}", path.display()))
}

/// True if `err` is "no space left".
pub fn is_no_space(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.raw_os_error() == Some(libc::ENOSPC) || e.kind() == ErrorKind::StorageFull)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_takes_the_held_head_from_memory_and_checks_it() {
        let image: Vec<u8> = (0..3 * HEAD_LEN).map(|i| (i % 251) as u8).collect();
        let (head, rest) = split_head(&copy_plan(image.len() as u64, &[], HEAD_LEN));
        let chunk = |r: &Extent| CopiedChunk {
            range: *r,
            sha256: Sha256::digest(&image[r.offset as usize..r.end() as usize]).into(),
        };
        let chunks: Vec<CopiedChunk> = head.iter().chain(&rest).map(chunk).collect();
        // The copy on disk: the rest, and a head of zeros (not written yet).
        let mut on_disk = image.clone();
        on_disk[..HEAD_LEN as usize].fill(0);
        let file = tempfile::tempfile().unwrap();
        file.write_all_at(&on_disk, 0).unwrap();
        let held = &image[..HEAD_LEN as usize];
        verify_copy(&file, 0, &chunks, None, held).unwrap();
        assert!(
            verify_copy(&file, 0, &chunks, None, &[]).is_err(),
            "zeros passed"
        );
        let mut wrong = held.to_vec();
        wrong[7] ^= 1;
        let err = verify_copy(&file, 0, &chunks, None, &wrong).unwrap_err();
        assert!(err.to_string().contains("bytes 0..4096"), "{err}");
    }

    #[test]
    fn idle_wait_needs_a_quiet_window_and_a_listed_device() {
        let stats = File::open("/proc/diskstats").unwrap();
        let text = std::fs::read_to_string("/proc/diskstats").unwrap();
        // A device nobody reads (the first listed loop device, or any): quiet for 0.5 s.
        let line = text
            .lines()
            .find(|l| {
                l.split_whitespace()
                    .nth(2)
                    .is_some_and(|n| n.starts_with("loop"))
            })
            .or_else(|| text.lines().next())
            .unwrap();
        let f: Vec<u32> = line
            .split_whitespace()
            .take(2)
            .map(|x| x.parse().unwrap())
            .collect();
        let waited = wait_until_idle(
            &stats,
            (f[0], f[1]),
            Duration::from_millis(500),
            Duration::from_secs(5),
        )
        .unwrap();
        assert!(waited >= Duration::from_millis(500), "{waited:?}");
        assert!(waited < Duration::from_secs(5) || !line.contains("loop"));
        // Not listed: no statistics.
        assert!(wait_until_idle(
            &stats,
            (4095, 1 << 19),
            Duration::from_millis(100),
            Duration::from_secs(1)
        )
        .is_none());
    }

    #[test]
    fn the_head_is_split_off_the_plan_and_nothing_is_lost() {
        let plan = copy_plan(
            3 * HEAD_LEN,
            &[Extent::new(2 * HEAD_LEN, 100)],
            4 * HEAD_LEN,
        );
        let (head, rest) = split_head(&plan);
        assert_eq!(head, vec![Extent::new(0, HEAD_LEN)]);
        assert_eq!(
            rest,
            vec![
                Extent::new(2 * HEAD_LEN, 100),
                Extent::new(HEAD_LEN, HEAD_LEN),
                Extent::new(2 * HEAD_LEN + 100, HEAD_LEN - 100),
            ]
        );
        // Chunks smaller than the head: all of them go to the head part.
        let (head, rest) = split_head(&copy_plan(HEAD_LEN + 10, &[], 1000));
        assert_eq!(head.iter().map(|r| r.len).sum::<u64>(), HEAD_LEN);
        assert_eq!(rest, vec![Extent::new(HEAD_LEN, 10)]);
    }

    #[test]
    fn foreign_content_names_tables_and_filesystems_but_not_earlier_copies() {
        let mut head = vec![0u8; SIGNATURE_SPAN];
        assert_eq!(foreign_content(&head), None, "zeros");
        head[..4].copy_from_slice(b"hsqs");
        head[510..512].copy_from_slice(&[0x55, 0xaa]);
        assert_eq!(foreign_content(&head), None, "a squashfs copy");
        head[..4].fill(0);
        assert_eq!(
            foreign_content(&head),
            Some("an MBR partition table or boot sector")
        );
        head[512..520].copy_from_slice(b"EFI PART");
        assert_eq!(foreign_content(&head), Some("a GPT partition table"));
        let mut ext = vec![0u8; SIGNATURE_SPAN];
        ext[1080..1082].copy_from_slice(&[0x53, 0xef]);
        assert_eq!(foreign_content(&ext), Some("an ext2/3/4 filesystem"));
        let mut btrfs = vec![0u8; SIGNATURE_SPAN];
        btrfs[65600..65608].copy_from_slice(b"_BHRfS_M");
        assert_eq!(foreign_content(&btrfs), Some("a btrfs filesystem"));
        // Data past the head alone: a copy cut short before its head was written.
        let mut partial = vec![0u8; SIGNATURE_SPAN];
        partial[HEAD_LEN as usize..].fill(0x5a);
        assert_eq!(foreign_content(&partial), None);
        partial[100] = 1;
        assert_eq!(
            foreign_content(&partial),
            Some("data that is not an earlier liveopt copy")
        );
        // A device shorter than the span.
        assert_eq!(foreign_content(&[0u8; 10]), None);
    }

    #[test]
    fn plan_puts_listed_ranges_first_and_covers_everything_once() {
        let plan = copy_plan(
            100,
            &[Extent::new(50, 20), Extent::new(10, 5), Extent::new(95, 50)],
            8,
        );
        let first: Vec<_> = plan.iter().take(6).map(|r| (r.offset, r.len)).collect();
        assert_eq!(
            first,
            vec![(10, 5), (50, 8), (58, 8), (66, 4), (95, 5), (0, 8)]
        );
        let mut seen = [0u8; 100];
        for r in &plan {
            assert!(r.len <= 8);
            for b in r.offset..r.end() {
                seen[b as usize] += 1;
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
    }
}
