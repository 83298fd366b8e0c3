//! The event layout shared by the kernel probe (probe-ebpf) and the collector.
//!
//! Everything here is `#[repr(C)]` and plain data: the probe writes these
//! structs into its ring buffer and the collector reads them back byte for
//! byte. The probe has no CO-RE, so tracepoint field offsets are measured by
//! the collector from tracefs `format` files at load time and handed to the
//! probe in [`Config`] (the global named [`CONFIG_SYMBOL`]).
#![no_std]

/// Length of the kernel's `comm` (TASK_COMM_LEN).
pub const COMM_LEN: usize = 16;
/// Longest file name the probe copies out of user memory (longer ones are cut).
pub const FILENAME_LEN: usize = 256;
/// Offset value meaning "this tracepoint field does not exist on this kernel".
pub const NO_FIELD: u32 = u32::MAX;

/// Name of the probe's global `Config` (set with `EbpfLoader::override_global`).
pub const CONFIG_SYMBOL: &str = "CONFIG";
/// Ring buffer carrying [`Event`] and [`PathEvent`] records.
pub const EVENTS_MAP: &str = "EVENTS";
/// Per-CPU `u64` at index 0: events lost because the ring buffer was full.
pub const DROPS_MAP: &str = "DROPS";
/// `HashMap<u32, u8>` of kernel `s_dev` values whose page-cache events are kept.
pub const FS_DEVS_MAP: &str = "FS_DEVS";
/// `HashMap<u32, u8>` of kernel block `dev_t` values whose read requests are kept.
pub const BLOCK_DEVS_MAP: &str = "BLOCK_DEVS";
/// `HashMap<u32, u8>` of followed tgids (`--follow-command`); forks add children.
pub const FOLLOWED_MAP: &str = "FOLLOWED";

/// What an event reports. Stored as `u32` in `Event::kind`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// `filemap:mm_filemap_add_to_page_cache`: a folio of `count` pages entered the page cache.
    CacheAdd = 1,
    /// `filemap:mm_filemap_get_pages`: read(2) and friends asked for pages `index..index+count`.
    Read = 2,
    /// `filemap:mm_filemap_map_pages`: fault-around mapped pages `index..index+count`.
    MapPages = 3,
    /// `filemap:mm_filemap_fault`: a page fault on page `index`.
    Fault = 4,
    /// `syscalls:sys_enter_openat`: a [`PathEvent`].
    Open = 5,
    /// `syscalls:sys_enter_execve`: a [`PathEvent`].
    Exec = 6,
    /// `block:block_rq_issue` read: `dev`, `index` = first 512-byte sector, `count` = bytes.
    BlockRead = 7,
    /// `sched:sched_process_fork`: `tgid` forked `ino` (the child pid).
    Fork = 8,
}

impl EventKind {
    pub const fn from_u32(v: u32) -> Option<EventKind> {
        Some(match v {
            1 => EventKind::CacheAdd,
            2 => EventKind::Read,
            3 => EventKind::MapPages,
            4 => EventKind::Fault,
            5 => EventKind::Open,
            6 => EventKind::Exec,
            7 => EventKind::BlockRead,
            8 => EventKind::Fork,
            _ => return None,
        })
    }

    /// Whether records of this kind are [`PathEvent`]s.
    pub const fn has_path(self) -> bool {
        matches!(self, EventKind::Open | EventKind::Exec)
    }

    pub const fn name(self) -> &'static str {
        match self {
            EventKind::CacheAdd => "cache-add",
            EventKind::Read => "read",
            EventKind::MapPages => "map-pages",
            EventKind::Fault => "fault",
            EventKind::Open => "open",
            EventKind::Exec => "exec",
            EventKind::BlockRead => "block-read",
            EventKind::Fork => "fork",
        }
    }
}

/// One probe event (every kind; path kinds wrap it in [`PathEvent`]).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Event {
    /// An [`EventKind`] as `u32`.
    pub kind: u32,
    /// Thread id of the current task.
    pub pid: u32,
    /// Process id (thread group) of the current task.
    pub tgid: u32,
    /// Kernel dev_t (`MAJOR << 20 | MINOR`): the file's `s_dev`, or the block device.
    pub dev: u32,
    /// `bpf_ktime_get_ns()` (CLOCK_MONOTONIC).
    pub ts_ns: u64,
    /// Inode number (page-cache kinds); child pid for `Fork`; `dfd` for `Open`.
    pub ino: u64,
    /// First page index (page-cache kinds) or first 512-byte sector (`BlockRead`).
    pub index: u64,
    /// Number of pages (page-cache kinds) or bytes (`BlockRead`).
    pub count: u64,
    /// The current task's `comm`, NUL padded.
    pub comm: [u8; COMM_LEN],
}

/// An `Open` or `Exec` event with the file name the process passed.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct PathEvent {
    pub event: Event,
    /// Bytes of `filename` that are valid (without the NUL); 0 if unreadable.
    pub filename_len: u32,
    pub _pad: u32,
    pub filename: [u8; FILENAME_LEN],
}

/// Byte offsets of the fields of one tracepoint's record; [`NO_FIELD`] = absent.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fields {
    /// Inode / dev / filename / sector / parent pid field, depending on the tracepoint.
    pub a: u32,
    pub b: u32,
    pub c: u32,
    pub d: u32,
}

impl Fields {
    pub const NONE: Fields = Fields {
        a: NO_FIELD,
        b: NO_FIELD,
        c: NO_FIELD,
        d: NO_FIELD,
    };
}

/// Everything the probe needs from userspace at load time.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// mm_filemap_add_to_page_cache: a = i_ino, b = index, c = s_dev, d = order.
    pub add_to_page_cache: Fields,
    /// mm_filemap_get_pages: a = i_ino, b = index, c = s_dev, d = last_index.
    pub get_pages: Fields,
    /// mm_filemap_map_pages: a = i_ino, b = index, c = s_dev, d = last_index.
    pub map_pages: Fields,
    /// mm_filemap_fault: a = i_ino, b = index, c = s_dev.
    pub fault: Fields,
    /// sys_enter_openat: a = dfd, b = filename.
    pub openat: Fields,
    /// sys_enter_execve: b = filename.
    pub execve: Fields,
    /// block_rq_issue: a = dev, b = sector, c = nr_sector, d = rwbs.
    pub block_rq_issue: Fields,
    /// sched_process_fork: a = child_pid.
    pub fork: Fields,
    /// Non-zero: keep page-cache events only for devices in `FS_DEVS`.
    pub filter_devs: u32,
    /// Non-zero: keep events only from tgids in `FOLLOWED`.
    pub follow: u32,
}

impl Config {
    pub const ZERO: Config = Config {
        add_to_page_cache: Fields::NONE,
        get_pages: Fields::NONE,
        map_pages: Fields::NONE,
        fault: Fields::NONE,
        openat: Fields::NONE,
        execve: Fields::NONE,
        block_rq_issue: Fields::NONE,
        fork: Fields::NONE,
        filter_devs: 0,
        follow: 0,
    };
}

#[cfg(feature = "user")]
mod user {
    // SAFETY: plain `#[repr(C)]` data with no padding-dependent invariants.
    unsafe impl aya::Pod for super::Config {}
    // SAFETY: as for Config.
    unsafe impl aya::Pod for super::Event {}
}
