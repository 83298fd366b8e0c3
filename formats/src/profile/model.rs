//! The profile's data model. The text format in `format.rs` is its one serialization.

use std::ops::Range;

use crate::ImageIdentity;

/// The format version this build writes; it reads this and older ones.
pub const FORMAT_VERSION: u32 = 2;

/// Size of a page in `FileEntry::pages`, in bytes.
pub const PAGE_SIZE: u64 = 4096;

/// A boot profile: files in first-access order, plus where it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub source: Source,
    /// One entry per file, in first-access order (ascending `first_access_ns`, ties in event order).
    pub files: Vec<FileEntry>,
    /// Reads of the image itself, in issue order, in image byte offsets (block-level view);
    /// empty when unknown.
    pub image_reads: Vec<ImageRead>,
}

/// What the profile was taken from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// What made it: "liveopt record", "liveopt qemu profile (host)", "import mksquashfs", "merge", ...
    pub recorder: String,
    /// `uname -r` of the traced kernel, when known.
    pub kernel: Option<String>,
    /// The image the profile was taken from, when known.
    pub image: Option<ImageIdentity>,
    /// Events received from the probe (or trace lines read).
    pub events: u64,
    /// Events lost (ring buffer full). Non-zero means the profile may be incomplete.
    pub dropped: u64,
    /// How many boots (recordings) were merged into this profile; 1 for a single recording.
    pub boots: u32,
    /// Wall-clock length of the recording in nanoseconds.
    pub duration_ns: u64,
}

/// One file the boot touched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileEntry {
    /// Path inside the image or mount root, starting with `/`. Raw bytes (may be non-UTF-8).
    pub path: Vec<u8>,
    /// Inode number in the image (squashfs on-disk inode number), when known.
    pub inode: Option<u64>,
    /// Time of the first access, nanoseconds since the recording started.
    pub first_access_ns: u64,
    /// Page ranges read, `[start, end)` in units of `PAGE_SIZE`, sorted and disjoint.
    /// Coalesced, except that neighbours with different `page_ranks` stay apart.
    pub pages: Vec<Range<u64>>,
    /// First-access rank of each range in `pages` across the whole profile (0 was
    /// read first), or empty when unknown: see `Profile::ranges_in_access_order`.
    pub page_ranks: Vec<u64>,
    pub kinds: AccessKinds,
    /// Number of events that touched this file.
    pub count: u64,
    /// The process that touched the file first, when known.
    pub first_process: Option<Process>,
}

/// How a file was accessed; a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AccessKinds(pub u8);

impl AccessKinds {
    /// Executed (execve).
    pub const EXEC: AccessKinds = AccessKinds(1 << 0);
    /// Opened (openat).
    pub const OPEN: AccessKinds = AccessKinds(1 << 1);
    /// Read through the page cache (read(2) and friends: filemap get_pages).
    pub const READ: AccessKinds = AccessKinds(1 << 2);
    /// Mapped and faulted in (mmap: filemap fault / map_pages).
    pub const FAULT: AccessKinds = AccessKinds(1 << 3);
    /// Pages added to the page cache (includes kernel readahead beyond what was asked).
    pub const CACHE_ADD: AccessKinds = AccessKinds(1 << 4);
    /// Inferred from a read of a shared fragment block; the file may not really have been read.
    pub const FRAGMENT_INFERRED: AccessKinds = AccessKinds(1 << 5);
    /// Inferred from a read of its data blocks at the block layer (host-side QEMU trace).
    pub const BLOCK: AccessKinds = AccessKinds(1 << 6);

    /// Names in the text format, in bit order.
    pub const NAMES: [(AccessKinds, &'static str); 7] = [
        (Self::EXEC, "exec"),
        (Self::OPEN, "open"),
        (Self::READ, "read"),
        (Self::FAULT, "fault"),
        (Self::CACHE_ADD, "cache-add"),
        (Self::FRAGMENT_INFERRED, "fragment-inferred"),
        (Self::BLOCK, "block"),
    ];

    pub const fn empty() -> Self {
        AccessKinds(0)
    }
    pub const fn contains(self, other: AccessKinds) -> bool {
        self.0 & other.0 == other.0
    }
    pub fn insert(&mut self, other: AccessKinds) {
        self.0 |= other.0;
    }
    pub const fn union(self, other: AccessKinds) -> Self {
        AccessKinds(self.0 | other.0)
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A process, as the probe saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Process {
    pub pid: u32,
    /// The kernel's `comm` (at most 15 bytes).
    pub comm: Vec<u8>,
}

/// One read of the image at the block level, in image byte offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImageRead {
    /// Nanoseconds since the recording started.
    pub time_ns: u64,
    pub offset: u64,
    pub len: u64,
}
