//! Device-mapper through its ioctls on `/dev/mapper/control`: create, load, suspend,
//! resume and remove devices and read their tables, status and dependencies. What the
//! initramfs needs to build the block live root (`live-rw`, `live-root`) and what
//! `install` needs to swap `live-root`'s table, without Debian's dynamically linked
//! `dmsetup` (and its libraries) in the initramfs: `liveopt-boot` stays one static file.
//!
//! Nodes: with no udev in the initramfs, [`create`] makes the `/dev/mapper/NAME` symlink to
//! the kernel's `/dev/dm-N` node itself (devtmpfs creates the node).

use std::fs::File;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The control device the kernel's dm-mod creates (devtmpfs names it so).
pub const CONTROL: &str = "/dev/mapper/control";

const DM_NAME_LEN: usize = 128;
/// `struct dm_ioctl` (linux/dm-ioctl.h).
const HEADER_SIZE: usize = 312;
const NAME_OFFSET: usize = 48;
/// `struct dm_target_spec`: sector_start, length, status, next, target_type[16].
const SPEC_SIZE: usize = 40;
const TYPE_NAME_LEN: usize = 16;
/// Room for tables, status lines and dependency lists.
const BUFFER_SIZE: usize = 16 * 1024;

const VERSION: [u32; 3] = [4, 0, 0];

const SUSPEND_FLAG: u32 = 1 << 1;
const STATUS_TABLE_FLAG: u32 = 1 << 4;
const BUFFER_FULL_FLAG: u32 = 1 << 8;

#[derive(Clone, Copy)]
enum Cmd {
    DevCreate = 3,
    DevRemove = 4,
    DevSuspend = 6,
    DevStatus = 7,
    TableLoad = 9,
    TableDeps = 11,
    TableStatus = 12,
}

fn request_code(cmd: Cmd) -> libc::c_ulong {
    // _IOWR(0xfd, cmd, struct dm_ioctl)
    (3 << 30) | ((HEADER_SIZE as libc::c_ulong) << 16) | (0xfd << 8) | cmd as libc::c_ulong
}

/// One line of a table: `start length type params`, in 512-byte sectors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub start: u64,
    pub length: u64,
    pub kind: String,
    pub params: String,
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {} {}",
            self.start, self.length, self.kind, self.params
        )
    }
}

/// Parses a table in `dmsetup` syntax: one `start length type params...` a line (or lines
/// separated by `;`, handy on a kernel command line or in a shell variable).
pub fn parse_table(text: &str) -> Result<Vec<Target>> {
    let mut targets = Vec::new();
    for line in text.split(['\n', ';']).map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let mut words = line.splitn(4, char::is_whitespace);
        let (Some(start), Some(length), Some(kind)) = (words.next(), words.next(), words.next())
        else {
            bail!("table line {line:?}: want START LENGTH TYPE PARAMS");
        };
        let start = start
            .parse()
            .with_context(|| format!("table line {line:?}: start {start:?}"))?;
        let length: u64 = length
            .parse()
            .with_context(|| format!("table line {line:?}: length {length:?}"))?;
        if length == 0 {
            bail!("table line {line:?}: zero length");
        }
        if kind.len() >= TYPE_NAME_LEN {
            bail!("table line {line:?}: target type {kind:?} too long");
        }
        targets.push(Target {
            start,
            length,
            kind: kind.to_string(),
            params: words.next().unwrap_or("").trim().to_string(),
        });
    }
    if targets.is_empty() {
        bail!("empty table");
    }
    Ok(targets)
}

/// An ioctl buffer: the header, then the payload at `data_start`.
struct Request {
    buf: Vec<u64>,
}

impl Request {
    fn new(name: &str) -> Result<Request> {
        if name.is_empty() || name.len() >= DM_NAME_LEN || name.contains('/') {
            bail!("bad device-mapper name {name:?}");
        }
        let mut request = Request {
            buf: vec![0u64; BUFFER_SIZE / 8],
        };
        let bytes = request.bytes_mut();
        for (i, v) in VERSION.iter().enumerate() {
            bytes[i * 4..i * 4 + 4].copy_from_slice(&v.to_ne_bytes());
        }
        put_u32(bytes, 12, BUFFER_SIZE as u32); // data_size
        put_u32(bytes, 16, HEADER_SIZE as u32); // data_start
        bytes[NAME_OFFSET..NAME_OFFSET + name.len()].copy_from_slice(name.as_bytes());
        Ok(request)
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: a Vec<u64>'s storage viewed as bytes (u8 has no alignment needs).
        unsafe { std::slice::from_raw_parts(self.buf.as_ptr().cast(), self.buf.len() * 8) }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `bytes`, exclusively borrowed.
        unsafe { std::slice::from_raw_parts_mut(self.buf.as_mut_ptr().cast(), self.buf.len() * 8) }
    }

    fn set_flags(&mut self, flags: u32) {
        put_u32(self.bytes_mut(), 28, flags);
    }

    fn flags(&self) -> u32 {
        get_u32(self.bytes(), 28)
    }

    fn target_count(&self) -> u32 {
        get_u32(self.bytes(), 20)
    }

    fn data_start(&self) -> usize {
        get_u32(self.bytes(), 16) as usize
    }

    fn dev(&self) -> u64 {
        u64::from_ne_bytes(self.bytes()[40..48].try_into().expect("8 bytes"))
    }

    /// Writes the targets after the header (each spec, its params, NUL, padded to 8).
    fn set_table(&mut self, targets: &[Target]) -> Result<()> {
        let bytes = self.bytes_mut();
        let mut at = HEADER_SIZE;
        for target in targets {
            let record = (SPEC_SIZE + target.params.len() + 1).next_multiple_of(8);
            if at + record > BUFFER_SIZE {
                bail!("table too large");
            }
            bytes[at..at + 8].copy_from_slice(&target.start.to_ne_bytes());
            bytes[at + 8..at + 16].copy_from_slice(&target.length.to_ne_bytes());
            put_u32(bytes, at + 20, record as u32); // next: from this spec to the next
            bytes[at + 24..at + 24 + target.kind.len()].copy_from_slice(target.kind.as_bytes());
            let params = at + SPEC_SIZE;
            bytes[params..params + target.params.len()].copy_from_slice(target.params.as_bytes());
            at += record;
        }
        put_u32(bytes, 20, targets.len() as u32);
        Ok(())
    }

    /// The targets the kernel returned (table or status text in `params`).
    fn targets(&self) -> Result<Vec<Target>> {
        let bytes = self.bytes();
        let mut at = self.data_start();
        let mut targets = Vec::new();
        for _ in 0..self.target_count() {
            if at + SPEC_SIZE > bytes.len() {
                bail!("device-mapper returned a truncated table");
            }
            let start = u64::from_ne_bytes(bytes[at..at + 8].try_into().expect("8"));
            let length = u64::from_ne_bytes(bytes[at + 8..at + 16].try_into().expect("8"));
            let next = get_u32(bytes, at + 20) as usize;
            let kind = c_string(&bytes[at + 24..at + 24 + TYPE_NAME_LEN]);
            let params = c_string(&bytes[at + SPEC_SIZE..]);
            targets.push(Target {
                start,
                length,
                kind,
                params,
            });
            // On output `next` is the offset from the start of the data, not of this spec.
            at = self.data_start() + next;
        }
        Ok(targets)
    }

    fn run(&mut self, cmd: Cmd, what: &str) -> Result<()> {
        let control = File::open(CONTROL)
            .with_context(|| format!("opening {CONTROL} (is dm-mod loaded?)"))?;
        // SAFETY: the buffer is BUFFER_SIZE bytes, as data_size tells the kernel.
        let rc = unsafe {
            libc::ioctl(
                control.as_raw_fd(),
                request_code(cmd) as _,
                self.buf.as_mut_ptr(),
            )
        };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            bail!("{what}: {err}");
        }
        if self.flags() & BUFFER_FULL_FLAG != 0 {
            bail!("{what}: the answer does not fit in {BUFFER_SIZE} bytes");
        }
        Ok(())
    }
}

fn put_u32(bytes: &mut [u8], at: usize, value: u32) {
    bytes[at..at + 4].copy_from_slice(&value.to_ne_bytes());
}

fn get_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

fn c_string(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

/// `/dev/mapper/NAME`.
pub fn mapper_path(name: &str) -> PathBuf {
    Path::new("/dev/mapper").join(name)
}

/// Creates device `name` with `table` and activates it; makes `/dev/mapper/NAME` point at
/// its `/dev/dm-N` node. On a failed load the half-made device is removed again.
pub fn create(name: &str, table: &[Target]) -> Result<PathBuf> {
    let mut request = Request::new(name)?;
    request.run(Cmd::DevCreate, &format!("creating {name}"))?;
    if let Err(err) = load(name, table).and_then(|_| resume(name)) {
        let _ = remove(name);
        return Err(err);
    }
    let node = format!("../dm-{}", libc::minor(device_number(name)?));
    let link = mapper_path(name);
    let _ = std::fs::remove_file(&link);
    if let Err(err) = std::os::unix::fs::symlink(&node, &link) {
        // udev may have made the same link between the remove and the symlink.
        let same = err.kind() == std::io::ErrorKind::AlreadyExists
            && std::fs::canonicalize(&link).ok()
                == std::fs::canonicalize(link.with_file_name(&node)).ok();
        if !same {
            return Err(err).with_context(|| format!("linking {} to {node}", link.display()));
        }
    }
    Ok(link)
}

/// Loads `table` as `name`'s inactive table (it takes effect at the next [`resume`]).
pub fn load(name: &str, table: &[Target]) -> Result<()> {
    let mut request = Request::new(name)?;
    request.set_table(table)?;
    request.run(Cmd::TableLoad, &format!("loading a table into {name}"))
}

/// Suspends `name`: I/O queues until [`resume`]; filesystems on it are frozen first.
pub fn suspend(name: &str) -> Result<()> {
    let mut request = Request::new(name)?;
    request.set_flags(SUSPEND_FLAG);
    request.run(Cmd::DevSuspend, &format!("suspending {name}"))
}

/// Resumes `name`, swapping in its inactive table if one was loaded.
pub fn resume(name: &str) -> Result<()> {
    let mut request = Request::new(name)?;
    request.run(Cmd::DevSuspend, &format!("resuming {name}"))
}

/// Removes `name` and its `/dev/mapper` link.
pub fn remove(name: &str) -> Result<()> {
    let mut request = Request::new(name)?;
    request.run(Cmd::DevRemove, &format!("removing {name}"))?;
    let _ = std::fs::remove_file(mapper_path(name));
    Ok(())
}

/// `name`'s active table.
pub fn table(name: &str) -> Result<Vec<Target>> {
    let mut request = Request::new(name)?;
    request.set_flags(STATUS_TABLE_FLAG);
    request.run(Cmd::TableStatus, &format!("reading {name}'s table"))?;
    request.targets()
}

/// `name`'s status, one entry per target (the target's status text in `params`).
pub fn status(name: &str) -> Result<Vec<Target>> {
    let mut request = Request::new(name)?;
    request.run(Cmd::TableStatus, &format!("reading {name}'s status"))?;
    request.targets()
}

/// The device numbers (`major:minor`) `name`'s active table uses.
pub fn deps(name: &str) -> Result<Vec<(u32, u32)>> {
    let mut request = Request::new(name)?;
    request.run(Cmd::TableDeps, &format!("reading {name}'s dependencies"))?;
    let bytes = request.bytes();
    let at = request.data_start();
    let count = get_u32(bytes, at) as usize;
    (0..count)
        .map(|i| {
            let off = at + 8 + i * 8;
            let dev = u64::from_ne_bytes(
                bytes
                    .get(off..off + 8)
                    .context("device-mapper returned a truncated dependency list")?
                    .try_into()
                    .expect("8 bytes"),
            );
            Ok((libc::major(dev), libc::minor(dev)))
        })
        .collect()
}

/// `name`'s device number.
pub fn device_number(name: &str) -> Result<u64> {
    let mut request = Request::new(name)?;
    request.run(Cmd::DevStatus, &format!("looking up {name}"))?;
    Ok(request.dev())
}

/// The kernel's name for block device `major:minor` (`loop0`, `dm-1`, `vda1`), from sysfs.
pub fn block_name(major: u32, minor: u32) -> Option<String> {
    let link = std::fs::read_link(format!("/sys/dev/block/{major}:{minor}")).ok()?;
    Some(link.file_name()?.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_as_dmsetup_writes_them() {
        let table = parse_table("0 2048 linear /dev/vda 2048\n2048 8 zero").unwrap();
        assert_eq!(table.len(), 2);
        assert_eq!(table[0].to_string(), "0 2048 linear /dev/vda 2048");
        assert_eq!(table[1].params, "");
        assert_eq!(parse_table("0 8 zero; 8 8 zero").unwrap().len(), 2);
        assert!(parse_table("").is_err());
        assert!(parse_table("0 0 zero").is_err());
        assert!(parse_table("0 x linear /dev/vda 0").is_err());
        assert!(parse_table("0 8").is_err());
        assert!(parse_table("0 8 averyveryverylongtargettype").is_err());
    }

    #[test]
    fn a_loaded_table_is_laid_out_as_the_kernel_reads_it() {
        let mut request = Request::new("live-root").unwrap();
        let table = parse_table("0 16 linear /dev/loop0 0\n16 8 zero").unwrap();
        request.set_table(&table).unwrap();
        let bytes = request.bytes();
        assert_eq!(get_u32(bytes, 20), 2, "target_count");
        assert_eq!(&bytes[NAME_OFFSET..NAME_OFFSET + 10], b"live-root\0");
        // First record: 40-byte spec + "/dev/loop0 0\0" padded to 8 = 56.
        assert_eq!(get_u32(bytes, HEADER_SIZE + 20), 56);
        assert_eq!(c_string(&bytes[HEADER_SIZE + 24..]), "linear");
        assert_eq!(c_string(&bytes[HEADER_SIZE + SPEC_SIZE..]), "/dev/loop0 0");
        assert_eq!(c_string(&bytes[HEADER_SIZE + 56 + 24..]), "zero");
        assert!(Request::new("a/b").is_err());
        assert!(Request::new("").is_err());
    }

    #[test]
    fn ioctl_numbers_match_the_kernel_header() {
        // DM_DEV_CREATE = _IOWR(0xfd, 3, struct dm_ioctl) with sizeof == 312.
        assert_eq!(request_code(Cmd::DevCreate), 0xc138_fd03);
        assert_eq!(request_code(Cmd::TableStatus), 0xc138_fd0c);
    }
}
