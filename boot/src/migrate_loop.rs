//! Loop device queries and the one loop ioctl that changes the backing file.
//!
//! Both the readahead service (which must warm the page cache of the file
//! *behind* a loop device) and the migration (which swaps that file for a
//! copy with `LOOP_CHANGE_FD`) need to know what a loop device reads from:
//! the backing file's path, device and inode, the offset and size limit.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

const LOOP_SET_STATUS64: libc::c_ulong = 0x4C04;
const LOOP_GET_STATUS64: libc::c_ulong = 0x4C05;
const LOOP_CHANGE_FD: libc::c_ulong = 0x4C06;
/// `LO_FLAGS_READ_ONLY`: the only kind of loop `LOOP_CHANGE_FD` accepts.
pub const LO_FLAGS_READ_ONLY: u32 = 1;
/// `LO_FLAGS_DIRECT_IO`: the loop bypasses the backing file's page cache.
pub const LO_FLAGS_DIRECT_IO: u32 = 16;
const LOOP_MAJOR: u32 = 7;

/// `struct loop_info64` from `<linux/loop.h>`.
#[repr(C)]
#[derive(Clone, Copy)]
struct LoopInfo64 {
    lo_device: u64,
    lo_inode: u64,
    lo_rdevice: u64,
    lo_offset: u64,
    lo_sizelimit: u64,
    lo_number: u32,
    lo_encrypt_type: u32,
    lo_encrypt_key_size: u32,
    lo_flags: u32,
    lo_file_name: [u8; 64],
    lo_crypt_name: [u8; 64],
    lo_encrypt_key: [u8; 32],
    lo_init: [u64; 2],
}

/// What a bound loop device reads from.
#[derive(Clone, Debug)]
pub struct LoopStatus {
    /// `/dev/loopN` as given.
    pub device: PathBuf,
    /// N in loopN.
    pub number: u32,
    /// The backing file as the kernel names it (`/sys/block/loopN/loop/backing_file`);
    /// may end in " (deleted)" or be unreachable from this mount namespace.
    pub backing_file: PathBuf,
    /// `st_dev` and `st_ino` of the backing file: identify it without trusting the path.
    pub backing_dev: u64,
    pub backing_ino: u64,
    pub offset: u64,
    /// 0 = up to the end of the backing file.
    pub sizelimit: u64,
    pub flags: u32,
    /// Size the loop device exposes, in bytes.
    pub size: u64,
}

impl LoopStatus {
    pub fn read_only(&self) -> bool {
        self.flags & LO_FLAGS_READ_ONLY != 0
    }

    pub fn direct_io(&self) -> bool {
        self.flags & LO_FLAGS_DIRECT_IO != 0
    }

    /// Opens the backing file by its path and checks it is the same inode the loop
    /// reads (the path may name another file after a rename, or nothing at all).
    pub fn open_backing(&self) -> Result<File> {
        let file = File::open(&self.backing_file).with_context(|| {
            format!("opening loop backing file {}", self.backing_file.display())
        })?;
        let meta = file.metadata()?;
        if meta.ino() != self.backing_ino || !same_dev(meta.dev(), self.backing_dev) {
            bail!(
                "{} is not the file {} reads from (inode {} dev {:#x}, loop has inode {} dev {:#x})",
                self.backing_file.display(),
                self.device.display(),
                meta.ino(),
                meta.dev(),
                self.backing_ino,
                self.backing_dev
            );
        }
        Ok(file)
    }
}

/// The kernel encodes `lo_device` with `huge_encode_dev`; glibc's `st_dev` uses
/// its own layout. They agree for majors < 4096 and minors < 256, so compare
/// major/minor decoded from each.
fn same_dev(st_dev: u64, lo_device: u64) -> bool {
    let (k_major, k_minor) = (
        (lo_device & 0xfff00) >> 8,
        (lo_device & 0xff) | ((lo_device >> 12) & 0xfff00),
    );
    let (u_major, u_minor) = (libc::major(st_dev) as u64, libc::minor(st_dev) as u64);
    (k_major, k_minor) == (u_major, u_minor) || st_dev == lo_device
}

/// True when `file` is a loop block device (major 7).
pub fn is_loop_device(meta: &std::fs::Metadata) -> bool {
    meta.file_type().is_block_device() && libc::major(meta.rdev()) == LOOP_MAJOR
}

/// Reads a bound loop device's status. Fails if the device is not a loop or is unbound.
pub fn status(device: &Path) -> Result<LoopStatus> {
    let file = File::open(device).with_context(|| format!("opening {}", device.display()))?;
    status_of(device, &file)
}

/// Like [`status`] for an already open loop device.
pub fn status_of(device: &Path, file: &File) -> Result<LoopStatus> {
    let meta = file.metadata()?;
    if !is_loop_device(&meta) {
        bail!("{} is not a loop device", device.display());
    }
    let info = match get_status(file) {
        Ok(info) => info,
        Err(err) if err.raw_os_error() == Some(libc::ENXIO) => {
            bail!("{} is not bound to a file", device.display())
        }
        Err(err) => {
            return Err(err).with_context(|| format!("LOOP_GET_STATUS64 on {}", device.display()))
        }
    };
    let number = info.lo_number;
    let sys = PathBuf::from(format!("/sys/block/loop{number}"));
    let backing = std::fs::read_to_string(sys.join("loop/backing_file"))
        .with_context(|| format!("reading {}/loop/backing_file", sys.display()))?;
    let sectors: u64 = std::fs::read_to_string(sys.join("size"))
        .with_context(|| format!("reading {}/size", sys.display()))?
        .trim()
        .parse()
        .context("parsing loop size")?;
    Ok(LoopStatus {
        device: device.to_path_buf(),
        number,
        backing_file: PathBuf::from(backing.trim_end_matches('\n')),
        backing_dev: info.lo_device,
        backing_ino: info.lo_inode,
        offset: info.lo_offset,
        sizelimit: info.lo_sizelimit,
        flags: info.lo_flags,
        size: sectors * 512,
    })
}

/// `LOOP_GET_STATUS64` of an open loop device.
fn get_status(loop_file: &File) -> std::io::Result<LoopInfo64> {
    // SAFETY: an all-zero loop_info64 is a valid value of this plain C struct.
    let mut info: LoopInfo64 = unsafe { std::mem::zeroed() };
    // SAFETY: LOOP_GET_STATUS64 fills a `struct loop_info64` we own.
    let rc = unsafe {
        libc::ioctl(
            loop_file.as_raw_fd(),
            LOOP_GET_STATUS64 as _,
            &mut info as *mut LoopInfo64,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(info)
}

/// The inode number of the file an open loop device reads (LOOP_GET_STATUS64 only, no sysfs).
pub fn backing_inode(loop_file: &File) -> Result<u64> {
    Ok(get_status(loop_file).context("LOOP_GET_STATUS64")?.lo_inode)
}

/// `LOOP_SET_STATUS64` with only `lo_sizelimit` changed (the rest as `LOOP_GET_STATUS64`
/// returns it): caps what the loop exposes at `limit` bytes from its offset. Setting it to
/// the loop's current size changes nothing the mount sees, but makes `LOOP_CHANGE_FD`
/// accept any new backing file at least that large (the kernel compares sizes after
/// applying offset and limit).
pub fn set_sizelimit(loop_file: &File, limit: u64) -> Result<()> {
    let mut info = get_status(loop_file).context("LOOP_GET_STATUS64")?;
    if info.lo_sizelimit == limit {
        return Ok(());
    }
    info.lo_sizelimit = limit;
    // The kernel drains the loop's queue for this; a busy device may ask us to retry.
    let mut attempts = 0;
    loop {
        // SAFETY: LOOP_SET_STATUS64 reads the `struct loop_info64` we own.
        let rc = unsafe {
            libc::ioctl(
                loop_file.as_raw_fd(),
                LOOP_SET_STATUS64 as _,
                &info as *const LoopInfo64,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        attempts += 1;
        if err.raw_os_error() != Some(libc::EAGAIN) || attempts > 20 {
            return Err(err).context("LOOP_SET_STATUS64 (size limit)");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `LOOP_CHANGE_FD`: makes a read-only loop read from `new_backing` from now on.
/// The kernel refuses unless the loop is read-only and the new file gives the
/// loop exactly the same size (with the loop's offset and size limit).
pub fn change_fd(loop_file: &File, new_backing: &File) -> Result<()> {
    // SAFETY: plain ioctl with an fd argument.
    let rc = unsafe {
        libc::ioctl(
            loop_file.as_raw_fd(),
            LOOP_CHANGE_FD as _,
            new_backing.as_raw_fd(),
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error()).context("LOOP_CHANGE_FD");
    }
    Ok(())
}
