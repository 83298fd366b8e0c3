//! Reading an image: `Archive::open` validates the superblock, loads every
//! metadata table (ids, fragments, export, xattrs, inodes, directories) and
//! walks the tree into a flat `Entry` list. File data is read lazily with
//! positioned reads (the archive is `Sync`, the writer reads it from many
//! threads); only a handful of decompressed fragment blocks are cached.
//! Every length read from the image is bounded by the image size before use.
//!
//! The image may be any byte range of any [`ReadAt`] source: a file of its own
//! ([`Archive::open`]), a range of a larger file such as an ISO
//! ([`Archive::from_source`]), or bytes in memory ([`Archive::from_bytes`]).
//! Every offset the archive reports is relative to the image's first byte.

use crate::compress::Compressor;
use crate::error::{corrupt, io_err, Error, Result};
use crate::format::*;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Write;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Bytes readable at any position without a cursor, from many threads at once
/// (`pread` for files).
pub trait ReadAt: Send + Sync {
    /// Fills `buf` from `offset`, or fails (`UnexpectedEof` past the end).
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()>;
    /// The file behind the bytes, when they are a file's (offsets unchanged):
    /// the writer then copies raw block runs file to file in the kernel.
    fn as_file(&self) -> Option<&File> {
        None
    }
}

impl ReadAt for File {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        FileExt::read_exact_at(self, buf, offset)
    }
    fn as_file(&self) -> Option<&File> {
        Some(self)
    }
}

impl ReadAt for [u8] {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        let bytes = usize::try_from(offset)
            .ok()
            .and_then(|start| self.get(start..start.checked_add(buf.len())?))
            .ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    format!("read of {} bytes at {offset} past the end", buf.len()),
                )
            })?;
        buf.copy_from_slice(bytes);
        Ok(())
    }
}

impl ReadAt for Vec<u8> {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        self.as_slice().read_exact_at(buf, offset)
    }
}

impl<T: ReadAt + ?Sized> ReadAt for &T {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        (**self).read_exact_at(buf, offset)
    }
    fn as_file(&self) -> Option<&File> {
        (**self).as_file()
    }
}

impl<T: ReadAt + ?Sized> ReadAt for Arc<T> {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        (**self).read_exact_at(buf, offset)
    }
    fn as_file(&self) -> Option<&File> {
        (**self).as_file()
    }
}

/// The image's bytes: `len` bytes of `source` from `base`. Offsets given to it
/// are image offsets.
struct ImageBytes {
    source: Box<dyn ReadAt>,
    base: u64,
    len: u64,
}

impl ImageBytes {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        if offset.saturating_add(buf.len() as u64) > self.len {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!("read of {} bytes at {offset} past the image end", buf.len()),
            ));
        }
        self.source.read_exact_at(buf, self.base + offset)
    }
}

/// The type of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Dir,
    File,
    Symlink,
    BlockDev,
    CharDev,
    Fifo,
    Socket,
}

impl Kind {
    fn from_type(t: u16) -> Kind {
        match t {
            itype::DIR => Kind::Dir,
            itype::FILE => Kind::File,
            itype::SYMLINK => Kind::Symlink,
            itype::BLKDEV => Kind::BlockDev,
            itype::CHRDEV => Kind::CharDev,
            itype::FIFO => Kind::Fifo,
            _ => Kind::Socket,
        }
    }
    /// The basic inode type number.
    pub fn basic_type(self) -> u16 {
        match self {
            Kind::Dir => itype::DIR,
            Kind::File => itype::FILE,
            Kind::Symlink => itype::SYMLINK,
            Kind::BlockDev => itype::BLKDEV,
            Kind::CharDev => itype::CHRDEV,
            Kind::Fifo => itype::FIFO,
            Kind::Socket => itype::SOCKET,
        }
    }
}

/// Where a regular file's data lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileLayout {
    pub file_size: u64,
    /// Image offset of the first data block.
    pub blocks_start: u64,
    /// On-disk size words, including the uncompressed bit; 0 = sparse block.
    pub block_sizes: Box<[u32]>,
    /// (fragment index, offset inside the decompressed fragment block) of the tail.
    pub fragment: Option<(u32, u32)>,
    /// Bytes of sparse blocks, as recorded by the writer of the image.
    pub sparse: u64,
}

impl FileLayout {
    /// Image offset and on-disk length of every block (sparse blocks have length 0).
    pub fn block_positions(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        let mut pos = self.blocks_start;
        self.block_sizes.iter().map(move |&w| {
            let p = pos;
            pos += data_size(w) as u64;
            (p, data_size(w))
        })
    }
}

/// One path in the image. Hard links: one entry per path, same `inode_number`.
/// Kept small (an image holds one per path, all decoded at once): what only
/// some inode types have is in `body`, and the path is not stored but made
/// from the names of the entry and its parents ([`Archive::entry_path`],
/// [`Archive::paths`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Index in [`Archive::entries`] of the directory listing this entry
    /// (the root: 0, itself).
    pub parent: u32,
    /// The name: `name_len` bytes from `name_at` in the archive's names.
    name_at: u32,
    name_len: u16,
    /// The on-disk inode number == the kernel's i_ino.
    pub inode_number: u32,
    pub kind: Kind,
    /// Permission bits (12 bits: setuid/setgid/sticky + rwx).
    pub mode: u16,
    pub uid: u32,
    pub gid: u32,
    pub mtime: u32,
    pub nlink: u32,
    /// Image offset of the inode table metadata block where this inode starts.
    pub inode_location: u64,
    /// Offset of the inode inside that (uncompressed) block.
    pub inode_offset: u16,
    /// What this inode's type holds (file layout, listing, target, device).
    pub body: EntryBody,
    /// Full names ("user.foo", "security.capability") and values; entries with the same
    /// xattr set share it.
    pub xattrs: XattrSet,
}

/// The part of an entry its inode type decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryBody {
    /// Fifos and sockets.
    None,
    File(FileLayout),
    /// Image offset of the first dir-table block, offset in it, listing size.
    Dir(u64, u16, u32),
    Symlink(Box<[u8]>),
    /// Block and character devices: the device number.
    Device(u32),
}

impl Entry {
    /// Whether this is the root directory (the only entry without a name).
    pub fn is_root(&self) -> bool {
        self.name_len == 0
    }
    /// A regular file's data layout.
    pub fn file(&self) -> Option<&FileLayout> {
        match &self.body {
            EntryBody::File(layout) => Some(layout),
            _ => None,
        }
    }
    /// Directories: image offset of the first dir-table block, offset in it, listing size.
    pub fn dir_listing(&self) -> Option<(u64, u16, u32)> {
        match self.body {
            EntryBody::Dir(block, offset, size) => Some((block, offset, size)),
            _ => None,
        }
    }
    /// A symlink's target.
    pub fn symlink_target(&self) -> Option<&[u8]> {
        match &self.body {
            EntryBody::Symlink(target) => Some(target),
            _ => None,
        }
    }
    /// A device's number.
    pub fn rdev(&self) -> Option<u32> {
        match self.body {
            EntryBody::Device(rdev) => Some(rdev),
            _ => None,
        }
    }
}

/// One xattr: (full name, value).
pub type Xattr = (Vec<u8>, Vec<u8>);

/// An inode's xattrs, as a slice. One pointer (most entries have none),
/// shared by the entries naming the same set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct XattrSet(Option<Arc<Vec<Xattr>>>);

impl std::ops::Deref for XattrSet {
    type Target = [Xattr];
    fn deref(&self) -> &Self::Target {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl From<Vec<Xattr>> for XattrSet {
    fn from(pairs: Vec<Xattr>) -> XattrSet {
        XattrSet((!pairs.is_empty()).then(|| Arc::new(pairs)))
    }
}

/// Bytes of distinct decoded xattr sets an image may hold. Sets are shared between the
/// inodes naming them, so real images (a few labels, capabilities) stay far below.
const MAX_XATTR_BYTES: usize = 64 << 20;

/// The iterator of [`Archive::paths`]: (entry, path).
pub struct Paths<'a> {
    archive: &'a Archive,
    next: usize,
    /// The directories holding the next entry, from the root: (entry index,
    /// length of its path in `path`).
    dirs: Vec<(u32, usize)>,
    path: Vec<u8>,
}

impl<'a> Iterator for Paths<'a> {
    type Item = (&'a Entry, Vec<u8>);
    fn next(&mut self) -> Option<Self::Item> {
        let e = self.archive.entries.get(self.next)?;
        let index = self.next as u32;
        self.next += 1;
        if e.is_root() {
            self.path.clear();
            self.path.push(b'/');
        } else {
            // Entries come parents first, each after its parent's earlier children's subtrees.
            while self.dirs.last().is_some_and(|&(d, _)| d != e.parent) {
                self.dirs.pop();
            }
            let Some(&(_, len)) = self.dirs.last() else {
                return Some((e, self.archive.entry_path(e)));
            };
            self.path.truncate(len);
            if len > 1 {
                self.path.push(b'/');
            }
            self.path.extend_from_slice(self.archive.entry_name(e));
        }
        if e.kind == Kind::Dir {
            self.dirs.push((index, self.path.len()));
        }
        Some((e, self.path.clone()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.archive.entries.len() - self.next;
        (left, Some(left))
    }
}

/// What a region of the image holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKind {
    Superblock,
    CompressorOptions,
    Data {
        inode_number: u32,
        block: u32,
    },
    Fragment {
        index: u32,
    },
    /// One metadata block of the inode table.
    InodeTable,
    DirectoryTable,
    FragmentTable,
    ExportTable,
    IdTable,
    XattrTable,
    Padding,
}

/// A byte range of the image (offsets relative to the image's first byte).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: u64,
    pub len: u64,
    pub kind: RegionKind,
}

/// A metadata table decompressed into one buffer, with its block map.
#[derive(Default)]
pub(crate) struct MetaTable {
    /// Image offset of the first block.
    pub start: u64,
    pub data: Vec<u8>,
    /// (offset relative to `start`, position in `data`, on-disk length incl. header).
    pub blocks: Vec<(u64, usize, u32)>,
}

impl MetaTable {
    /// Position in `data` of (relative block offset, offset inside it).
    fn pos(&self, block: u64, offset: u16, what: &str) -> Result<usize> {
        let i = self
            .blocks
            .binary_search_by_key(&block, |b| b.0)
            .map_err(|_| corrupt(format!("{what} points at no metadata block ({block})")))?;
        let p = self.blocks[i].1 + offset as usize;
        if p > self.data.len() {
            return Err(corrupt(format!("{what} points past its table")));
        }
        Ok(p)
    }
}

/// An opened image: superblock plus all decoded metadata; file data is read lazily.
pub struct Archive {
    /// The image's bytes (a file, a range of a file, or memory).
    image: ImageBytes,
    /// The file holding the image, or a label for an image in memory.
    path: PathBuf,
    sb: Superblock,
    compressor: Compressor,
    pub(crate) ids: Vec<u32>,
    pub(crate) fragments: Vec<FragmentEntry>,
    /// Whether the image has an export table (the writer then writes one).
    pub(crate) has_export: bool,
    entries: Vec<Entry>,
    /// Every entry's name, one after the other, in entry order.
    names: Vec<u8>,
    /// Entry index by inode number (`u32::MAX`: none); inode numbers run 1..=inode_count.
    by_inode: Vec<u32>,
    /// Metadata block regions collected while loading.
    table_regions: Vec<Region>,
    regions: OnceLock<Vec<Region>>,
    frag_cache: Mutex<Vec<(u32, Arc<Vec<u8>>)>>,
}

const FRAG_CACHE: usize = 4;

/// How much larger than on disk a metadata table may be once decompressed.
const MAX_METADATA_RATIO: u64 = 64;

/// The smallest inode (a basic fifo or socket: header and link count).
const MIN_INODE_SIZE: usize = 20;

/// The path an image opened from memory reports.
const IN_MEMORY: &str = "(memory)";

impl Archive {
    /// Opens and fully validates the metadata of the image file at `path`.
    pub fn open(path: &Path) -> Result<Archive> {
        let file = File::open(path).map_err(|e| io_err("cannot open", path, e))?;
        let file_len = file
            .metadata()
            .map_err(|e| io_err("cannot stat", path, e))?
            .len();
        Archive::from_source(file, 0..file_len, path)
    }

    /// Opens the image held in bytes `image` of `source` (e.g. a file's extent
    /// inside an ISO); `path` names the source in messages and in [`Archive::path`].
    /// Offsets the archive reports stay relative to `image.start`.
    pub fn from_source(
        source: impl ReadAt + 'static,
        image: Range<u64>,
        path: &Path,
    ) -> Result<Archive> {
        if image.end < image.start {
            return Err(Error::Invalid(format!(
                "{}: image range {image:?} is reversed",
                path.display()
            )));
        }
        let image = ImageBytes {
            source: Box::new(source),
            base: image.start,
            len: image.end - image.start,
        };
        if image.len < SUPERBLOCK_SIZE as u64 {
            return Err(corrupt("file too small for a squashfs superblock"));
        }
        let mut sbb = [0u8; SUPERBLOCK_SIZE];
        image
            .read_exact_at(&mut sbb, 0)
            .map_err(|e| io_err("cannot read", path, e))?;
        let sb = Superblock::read(&sbb)?;
        validate_superblock(&sb, image.len)?;
        let id = sb.compressor_id().unwrap();
        let mut a = Archive {
            image,
            path: path.to_path_buf(),
            compressor: Compressor::new(id, None, sb.block_size)?,
            sb,
            ids: Vec::new(),
            fragments: Vec::new(),
            has_export: false,
            entries: Vec::new(),
            names: Vec::new(),
            by_inode: Vec::new(),
            table_regions: vec![Region {
                start: 0,
                len: SUPERBLOCK_SIZE as u64,
                kind: RegionKind::Superblock,
            }],
            regions: OnceLock::new(),
            frag_cache: Mutex::new(Vec::new()),
        };
        a.load().map_err(|e| match e {
            Error::Io { .. } | Error::Unsupported(_) => e,
            Error::Corrupt(m) => Error::Corrupt(format!("{}: {m}", path.display())),
            other => other,
        })?;
        Ok(a)
    }

    /// Opens an image held in memory (named "(memory)" in messages).
    pub fn from_bytes(bytes: impl Into<Arc<[u8]>>) -> Result<Archive> {
        let bytes: Arc<[u8]> = bytes.into();
        let len = bytes.len() as u64;
        Archive::from_source(bytes, 0..len, Path::new(IN_MEMORY))
    }

    fn load(&mut self) -> Result<()> {
        let sb = self.sb.clone();
        if sb.has(flags::COMPRESSOR_OPTIONS) {
            let (data, len) = self.read_metadata_block(SUPERBLOCK_SIZE as u64)?;
            if data.len() > 64 {
                return Err(corrupt("compressor options block too large"));
            }
            self.compressor.options = Some(data);
            self.table_regions.push(Region {
                start: SUPERBLOCK_SIZE as u64,
                len: len as u64,
                kind: RegionKind::CompressorOptions,
            });
        }
        // Id table.
        let ids =
            self.read_lookup_table(sb.id_table, sb.id_count as u64, 4, RegionKind::IdTable)?;
        self.ids = ids
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        // Fragment table.
        if sb.fragment_table != INVALID_TABLE && sb.fragment_count > 0 {
            let raw = self.read_lookup_table(
                sb.fragment_table,
                sb.fragment_count as u64,
                FragmentEntry::SIZE,
                RegionKind::FragmentTable,
            )?;
            let mut c = Cursor::new(&raw, 0);
            for _ in 0..sb.fragment_count {
                let f = FragmentEntry::read(&mut c)?;
                if f.start.saturating_add(data_size(f.size) as u64) > sb.bytes_used
                    || data_size(f.size) > sb.block_size
                {
                    return Err(corrupt("fragment entry points outside the image"));
                }
                self.fragments.push(f);
            }
        }
        // Export table: read to check it and map its blocks; only its presence
        // is kept (the writer makes its own).
        if sb.export_table != INVALID_TABLE {
            self.read_lookup_table(
                sb.export_table,
                sb.inode_count as u64,
                8,
                RegionKind::ExportTable,
            )?;
            self.has_export = true;
        }
        // Xattr tables.
        let xattrs = self.load_xattrs()?;
        // Inode and directory tables.
        let inodes =
            self.read_meta_table(sb.inode_table, sb.directory_table, RegionKind::InodeTable)?;
        // Without an export table nothing else checks the count against the table.
        let capacity = inodes.data.len() / MIN_INODE_SIZE;
        if sb.inode_count as usize > capacity {
            return Err(corrupt(format!(
                "superblock claims {} inodes, the inode table holds at most {capacity}",
                sb.inode_count
            )));
        }
        let dir_end = self.next_structure_after(sb.directory_table);
        let dirs = self.read_meta_table(sb.directory_table, dir_end, RegionKind::DirectoryTable)?;
        self.walk(&inodes, &dirs, &xattrs)?;
        self.check_data_outside_metadata()
    }

    /// File blocks and fragment blocks must not lie in metadata (a fragment table pointing
    /// into itself, say): such "data" would be metadata bytes read as file contents.
    fn check_data_outside_metadata(&self) -> Result<()> {
        let mut regions: Vec<(u64, u64)> = self
            .table_regions
            .iter()
            .map(|r| (r.start, r.start + r.len))
            .collect();
        regions.sort_unstable();
        // Merged into disjoint ranges: then only the last one starting before a block's end
        // can overlap the block.
        let mut metadata: Vec<(u64, u64)> = Vec::with_capacity(regions.len());
        for (start, end) in regions {
            match metadata.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => metadata.push((start, end)),
            }
        }
        let overlaps = |start: u64, len: u64| {
            let before = metadata.partition_point(|&(s, _)| s < start.saturating_add(len));
            len > 0 && before > 0 && metadata[before - 1].1 > start
        };
        for (i, f) in self.fragments.iter().enumerate() {
            if overlaps(f.start, data_size(f.size) as u64) {
                return Err(corrupt(format!("fragment block {i} lies inside metadata")));
            }
        }
        for e in &self.entries {
            let Some(layout) = e.file() else { continue };
            if layout
                .block_positions()
                .any(|(pos, len)| overlaps(pos, len as u64))
            {
                return Err(corrupt(format!(
                    "file {} data lies inside metadata",
                    show(&self.entry_path(e))
                )));
            }
        }
        Ok(())
    }

    /// The smallest known table position after `pos` (or bytes_used).
    fn next_structure_after(&self, pos: u64) -> u64 {
        self.table_regions
            .iter()
            .map(|r| r.start)
            .chain([self.sb.bytes_used])
            .filter(|&s| s > pos)
            .min()
            .unwrap_or(self.sb.bytes_used)
    }

    /// The file holding the image and the image's offset in it, when the image
    /// is a file's byte range (not memory).
    pub(crate) fn source_file(&self) -> Option<(&File, u64)> {
        Some((self.image.source.as_file()?, self.image.base))
    }

    /// Reads `len` bytes at `offset`, bounded by bytes_used.
    pub fn read_raw(&self, offset: u64, len: usize) -> Result<Vec<u8>> {
        if offset.saturating_add(len as u64) > self.sb.bytes_used {
            return Err(corrupt(format!(
                "read of {len} bytes at {offset} runs past the end of the image"
            )));
        }
        let mut buf = vec![0; len];
        self.image
            .read_exact_at(&mut buf, offset)
            .map_err(|e| io_err("cannot read", &self.path, e))?;
        Ok(buf)
    }

    /// Reads one metadata block at `offset`: (decompressed bytes, on-disk length incl. header).
    pub(crate) fn read_metadata_block(&self, offset: u64) -> Result<(Vec<u8>, u32)> {
        let h = self.read_raw(offset, 2)?;
        let h = u16::from_le_bytes([h[0], h[1]]);
        let size = (h & !METADATA_UNCOMPRESSED) as usize;
        if size == 0 || size > METADATA_SIZE {
            return Err(corrupt(format!("bad metadata block header at {offset}")));
        }
        let raw = self.read_raw(offset + 2, size)?;
        let data = if h & METADATA_UNCOMPRESSED != 0 {
            raw
        } else {
            self.compressor.decompress(&raw, METADATA_SIZE)?
        };
        Ok((data, size as u32 + 2))
    }

    /// Reads a table stored as metadata blocks listed by an array of u64 locations.
    fn read_lookup_table(
        &mut self,
        start: u64,
        count: u64,
        entry_size: usize,
        kind: RegionKind,
    ) -> Result<Vec<u8>> {
        let bytes = count * entry_size as u64;
        let nblocks = bytes.div_ceil(METADATA_SIZE as u64);
        if start.saturating_add(nblocks * 8) > self.sb.bytes_used {
            return Err(corrupt(format!(
                "{kind:?} lookup array runs past the image end"
            )));
        }
        // Metadata never compresses 64:1; a larger table is a corrupt count.
        if bytes > self.sb.bytes_used.saturating_mul(64) {
            return Err(corrupt(format!(
                "{kind:?} entry count {count} is impossible for the image size"
            )));
        }
        let locs = self.read_raw(start, nblocks as usize * 8)?;
        self.table_regions.push(Region {
            start,
            len: nblocks * 8,
            kind,
        });
        let mut out = Vec::with_capacity((bytes as usize).min(1 << 20));
        let mut prev = None;
        for loc in locs.chunks_exact(8) {
            let loc = u64::from_le_bytes(loc.try_into().unwrap());
            // Like the kernel: block locations strictly increasing, all before the array.
            if prev.is_some_and(|p| loc <= p) || loc >= start {
                return Err(corrupt(format!("{kind:?} block locations out of order")));
            }
            prev = Some(loc);
            let (data, len) = self.read_metadata_block(loc)?;
            self.table_regions.push(Region {
                start: loc,
                len: len as u64,
                kind,
            });
            out.extend_from_slice(&data);
        }
        if (out.len() as u64) < bytes {
            return Err(corrupt(format!("{kind:?} is shorter than its entry count")));
        }
        out.truncate(bytes as usize);
        Ok(out)
    }

    /// Reads consecutive metadata blocks in [start, end).
    fn read_meta_table(&mut self, start: u64, end: u64, kind: RegionKind) -> Result<MetaTable> {
        let mut t = MetaTable {
            start,
            ..Default::default()
        };
        let mut pos = start;
        while pos < end {
            if kind == RegionKind::DirectoryTable
                && !t.blocks.is_empty()
                && self.read_raw(pos, 2)? == [0, 0]
            {
                break; // zero padding after the tables (tables-first layout)
            }
            let (data, len) = self.read_metadata_block(pos)?;
            // Real tables compress 3-5:1; blocks of zeros would make a small image hold
            // hundreds of times its size in memory.
            let on_disk = pos + len as u64 - start;
            if (t.data.len() + data.len()) as u64
                > on_disk.saturating_mul(MAX_METADATA_RATIO) + METADATA_SIZE as u64
            {
                return Err(corrupt(format!(
                    "{kind:?} decompresses to more than {MAX_METADATA_RATIO} times its size"
                )));
            }
            t.blocks.push((pos - start, t.data.len(), len));
            self.table_regions.push(Region {
                start: pos,
                len: len as u64,
                kind,
            });
            t.data.extend_from_slice(&data);
            pos += len as u64;
        }
        Ok(t)
    }

    fn load_xattrs(&mut self) -> Result<Option<(MetaTable, Vec<XattrId>)>> {
        let sb = self.sb.clone();
        if sb.xattr_table == INVALID_TABLE {
            return Ok(None);
        }
        let head = self.read_raw(sb.xattr_table, 16)?;
        let mut c = Cursor::new(&head, 0);
        let kv_start = c.u64("xattr table")?;
        let count = c.u32("xattr table")?;
        if kv_start >= sb.xattr_table {
            return Err(corrupt(
                "xattr key/value table starts after its lookup table",
            ));
        }
        let before = self.table_regions.len();
        let raw = self.read_lookup_table(
            sb.xattr_table + 16,
            count as u64,
            XattrId::SIZE,
            RegionKind::XattrTable,
        )?;
        // The 16-byte header belongs to the lookup array region.
        if let Some(r) = self.table_regions.get_mut(before) {
            r.start -= 16;
            r.len += 16;
        }
        let mut c = Cursor::new(&raw, 0);
        let mut ids = Vec::with_capacity(count as usize);
        for _ in 0..count {
            ids.push(XattrId::read(&mut c)?);
        }
        // Key/value blocks run from kv_start up to the first lookup block.
        let kv_end = self.table_regions[before + 1..]
            .iter()
            .map(|r| r.start)
            .min()
            .unwrap_or(sb.xattr_table);
        let kv = self.read_meta_table(kv_start, kv_end, RegionKind::XattrTable)?;
        Ok(Some((kv, ids)))
    }

    fn decode_xattrs(
        &self,
        index: u32,
        tables: &Option<(MetaTable, Vec<XattrId>)>,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let (kv, ids) = tables
            .as_ref()
            .ok_or_else(|| corrupt("inode has xattrs but the image has no xattr table"))?;
        let id = ids
            .get(index as usize)
            .ok_or_else(|| corrupt("xattr index out of range"))?;
        let p = kv.pos(
            id.xattr_ref >> 16,
            (id.xattr_ref & 0xFFFF) as u16,
            "xattr reference",
        )?;
        let mut c = Cursor::new(&kv.data, p);
        let mut out = Vec::new();
        let mut total = 0usize;
        for _ in 0..id.count {
            let t = c.u16("xattr key")?;
            let nsize = c.u16("xattr key")? as usize;
            let name = c.bytes(nsize, "xattr key")?;
            let prefix = XATTR_PREFIXES
                .get((t & 0xFF) as usize)
                .ok_or_else(|| corrupt(format!("unknown xattr prefix id {}", t & 0xFF)))?;
            let mut full = prefix.to_vec();
            full.extend_from_slice(name);
            let vsize = c.u32("xattr value")? as usize;
            let mut value = c.bytes(vsize, "xattr value")?.to_vec();
            if t & XATTR_VALUE_OOL != 0 {
                if vsize != 8 {
                    return Err(corrupt("out-of-line xattr value reference is not 8 bytes"));
                }
                let r = u64::from_le_bytes(value[..8].try_into().unwrap());
                let q = kv.pos(r >> 16, (r & 0xFFFF) as u16, "xattr value reference")?;
                let mut vc = Cursor::new(&kv.data, q);
                let n = vc.u32("xattr value")? as usize;
                value = vc.bytes(n, "xattr value")?.to_vec();
            }
            total += full.len() + value.len();
            if total > 1 << 24 {
                return Err(corrupt("xattrs of one inode exceed 16 MiB"));
            }
            out.push((full, value));
        }
        let mut names: Vec<&[u8]> = out.iter().map(|(name, _)| name.as_slice()).collect();
        names.sort_unstable();
        if let Some(twice) = names.windows(2).find(|w| w[0] == w[1]) {
            return Err(corrupt(format!("xattr set names {} twice", show(twice[0]))));
        }
        Ok(out)
    }

    fn walk(
        &mut self,
        inodes: &MetaTable,
        dirs: &MetaTable,
        xattrs: &Option<(MetaTable, Vec<XattrId>)>,
    ) -> Result<()> {
        struct Frame {
            /// The directory's entry index and the length of its path.
            dir: u32,
            path_len: usize,
            children: Vec<(Vec<u8>, u64, u32)>,
            next: usize,
        }
        let root_ref = self.sb.root_inode;
        let mut visited_dirs = HashSet::new();
        // Listings of distinct directories do not overlap, so together they fit in the
        // table; directories sharing one listing would multiply its entries instead.
        let mut listed = 0usize;
        // Each xattr set decoded once, shared by the entries naming it.
        let mut xattr_sets: HashMap<u32, XattrSet> = HashMap::new();
        let mut xattr_bytes = 0usize;
        // Inode reference by inode number (u64::MAX: not seen yet).
        let mut locations = vec![u64::MAX; self.sb.inode_count as usize + 1];
        self.by_inode = vec![u32::MAX; self.sb.inode_count as usize + 1];
        // At least one entry per inode; the exact count keeps the list from doubling.
        self.entries.reserve_exact(self.sb.inode_count as usize);
        // Names are in the listings: their total bounds the list of names.
        self.names.reserve_exact(dirs.data.len());
        let mut stack: Vec<Frame> = Vec::new();
        // (parent entry, name, path length, inode reference, inode number); the root has no name.
        let mut pending = Some((0u32, Vec::new(), 1usize, root_ref, None::<u32>));
        loop {
            let (parent, name, path_len, iref, expected_number) = match pending.take() {
                Some(p) => p,
                None => {
                    let Some(top) = stack.last_mut() else { break };
                    if top.next == top.children.len() {
                        stack.pop();
                        continue;
                    }
                    let (name, r, n) = std::mem::take(&mut top.children[top.next]);
                    top.next += 1;
                    let path_len = match top.path_len {
                        1 => 1 + name.len(),
                        len => len + 1 + name.len(),
                    };
                    if path_len > 4096 {
                        return Err(corrupt("path longer than 4096 bytes"));
                    }
                    (top.dir, name, path_len, r, Some(n))
                }
            };
            let (block, offset) = (iref >> 16, (iref & 0xFFFF) as u16);
            let at = inodes.pos(block, offset, "inode reference")?;
            let inode = Inode::read(&mut Cursor::new(&inodes.data, at), self.sb.block_size)?;
            let h = &inode.header;
            if let Some(n) = expected_number {
                if n != h.inode_number {
                    return Err(corrupt(format!(
                        "directory entry inode number {n} differs from the inode's {}",
                        h.inode_number
                    )));
                }
            }
            if h.inode_number == 0 || h.inode_number > self.sb.inode_count {
                return Err(corrupt(format!(
                    "inode number {} out of range",
                    h.inode_number
                )));
            }
            match std::mem::replace(&mut locations[h.inode_number as usize], iref) {
                prev if prev != u64::MAX && prev != iref => {
                    return Err(corrupt(format!(
                        "two inodes share number {}",
                        h.inode_number
                    )))
                }
                _ => {}
            }
            let id = |i: u16| {
                self.ids
                    .get(i as usize)
                    .copied()
                    .ok_or_else(|| corrupt("inode id index out of range"))
            };
            let name_at = u32::try_from(self.names.len())
                .map_err(|_| Error::Unsupported("more than 4 GiB of names".into()))?;
            let mut e = Entry {
                parent,
                name_at,
                name_len: name.len() as u16,
                inode_number: h.inode_number,
                kind: Kind::from_type(inode.basic_type()),
                mode: h.permissions & 0o7777,
                uid: id(h.uid_index)?,
                gid: id(h.gid_index)?,
                mtime: h.mtime,
                nlink: inode.link_count(),
                inode_location: inodes.start + block,
                inode_offset: offset,
                body: EntryBody::None,
                xattrs: match inode.xattr() {
                    INVALID_XATTR => XattrSet::default(),
                    index => match xattr_sets.get(&index) {
                        Some(set) => set.clone(),
                        None => {
                            let set = XattrSet::from(self.decode_xattrs(index, xattrs)?);
                            xattr_bytes +=
                                set.iter().map(|(n, v)| n.len() + v.len()).sum::<usize>();
                            if xattr_bytes > MAX_XATTR_BYTES {
                                return Err(corrupt("xattr sets exceed 64 MiB"));
                            }
                            xattr_sets.insert(index, set.clone());
                            set
                        }
                    },
                },
            };
            let mut children = None;
            match inode.body {
                InodeBody::Dir {
                    block_index,
                    file_size,
                    block_offset,
                    ..
                } => {
                    if !visited_dirs.insert(iref) {
                        return Err(corrupt("directory loop"));
                    }
                    let size = file_size.saturating_sub(3);
                    e.body = EntryBody::Dir(dirs.start + block_index as u64, block_offset, size);
                    children = Some(self.read_listing(dirs, block_index, block_offset, size)?);
                    listed = listed.saturating_add(size as usize);
                    if listed > dirs.data.len() {
                        return Err(corrupt("directory listings overlap"));
                    }
                }
                InodeBody::File {
                    blocks_start,
                    file_size,
                    sparse,
                    fragment,
                    fragment_offset,
                    block_sizes,
                    ..
                } => {
                    let mut end = blocks_start;
                    for &w in &block_sizes {
                        if data_size(w) > self.sb.block_size {
                            return Err(corrupt("data block larger than the block size"));
                        }
                        end += data_size(w) as u64;
                    }
                    if end > self.sb.bytes_used {
                        return Err(corrupt(format!(
                            "file {} data runs past the image end",
                            show(&self.join_path(parent, &name))
                        )));
                    }
                    let frag = if fragment == INVALID_FRAGMENT {
                        None
                    } else {
                        if fragment as usize >= self.fragments.len() {
                            return Err(corrupt("fragment index out of range"));
                        }
                        Some((fragment, fragment_offset))
                    };
                    e.body = EntryBody::File(FileLayout {
                        file_size,
                        blocks_start,
                        block_sizes: block_sizes.into_boxed_slice(),
                        fragment: frag,
                        sparse,
                    });
                }
                InodeBody::Symlink { target, .. } => {
                    e.body = EntryBody::Symlink(target.into_boxed_slice())
                }
                InodeBody::Device { rdev, .. } => e.body = EntryBody::Device(rdev),
                InodeBody::Ipc { .. } => {}
            }
            if name.is_empty() && e.kind != Kind::Dir {
                return Err(corrupt("root inode is not a directory"));
            }
            if self.entries.len() == self.entries.capacity() {
                // Hard links make more entries than inodes: grow by an eighth,
                // not by doubling, which would hold twice the list for a moment.
                self.entries
                    .reserve_exact((self.entries.capacity() / 8).max(1024));
            }
            let slot = &mut self.by_inode[e.inode_number as usize];
            if *slot == u32::MAX {
                *slot = self.entries.len() as u32;
            }
            let index = self.entries.len() as u32;
            self.names.extend_from_slice(&name);
            self.entries.push(e);
            if let Some(children) = children {
                stack.push(Frame {
                    dir: index,
                    path_len,
                    children,
                    next: 0,
                });
            }
        }
        self.entries.shrink_to_fit();
        self.names.shrink_to_fit();
        Ok(())
    }

    /// Parses one directory listing into (name, inode reference, inode number).
    fn read_listing(
        &self,
        dirs: &MetaTable,
        block: u32,
        offset: u16,
        size: u32,
    ) -> Result<Vec<(Vec<u8>, u64, u32)>> {
        if size == 0 {
            return Ok(Vec::new());
        }
        let start = dirs.pos(block as u64, offset, "directory listing")?;
        let end = start
            .checked_add(size as usize)
            .filter(|&e| e <= dirs.data.len())
            .ok_or_else(|| corrupt("directory listing runs past the directory table"))?;
        let mut c = Cursor::new(&dirs.data[..end], start);
        let mut out = Vec::new();
        while c.pos < end {
            let h = DirHeader::read(&mut c)?;
            for _ in 0..h.count {
                let d = DirEntry::read(&mut c)?;
                let number = (h.inode_number as i64 + d.inode_delta as i64) as u32;
                out.push((d.name, ((h.start as u64) << 16) | d.offset as u64, number));
            }
        }
        Ok(out)
    }

    pub fn superblock(&self) -> &Superblock {
        &self.sb
    }

    /// The fragment table: where each fragment block is.
    pub fn fragment_table(&self) -> &[crate::format::FragmentEntry] {
        &self.fragments
    }

    pub fn compressor(&self) -> &Compressor {
        &self.compressor
    }

    /// The file holding the image (for an image inside a larger file, that
    /// file), or "(memory)".
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every entry reachable from the root, in directory (path) order, root first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// An entry's name, the last component of its path (empty for the root).
    pub fn entry_name(&self, e: &Entry) -> &[u8] {
        &self.names[e.name_at as usize..e.name_at as usize + e.name_len as usize]
    }

    /// The directory listing an entry (None for the root).
    pub fn parent_of(&self, e: &Entry) -> Option<&Entry> {
        (!e.is_root()).then(|| &self.entries[e.parent as usize])
    }

    /// An entry's path: "/usr/bin/ls" (raw bytes); the root is "/".
    pub fn entry_path(&self, e: &Entry) -> Vec<u8> {
        self.join_path(e.parent, self.entry_name(e))
    }

    /// The path of `name` in the directory entry `dir`; an empty name is the root's.
    fn join_path(&self, dir: u32, name: &[u8]) -> Vec<u8> {
        if name.is_empty() {
            return b"/".to_vec();
        }
        let mut names = vec![name];
        let mut d = &self.entries[dir as usize];
        while !d.is_root() {
            names.push(self.entry_name(d));
            d = &self.entries[d.parent as usize];
        }
        let mut path = Vec::with_capacity(names.iter().map(|n| n.len() + 1).sum());
        for n in names.iter().rev() {
            path.push(b'/');
            path.extend_from_slice(n);
        }
        path
    }

    /// Every entry with its path, in [`Archive::entries`] order; each path is
    /// built from its parent's, not by walking up from the entry.
    pub fn paths(&self) -> Paths<'_> {
        Paths {
            archive: self,
            next: 0,
            dirs: Vec::new(),
            path: Vec::new(),
        }
    }

    /// The entry at `path` ("/usr/bin/ls"), by a pass over [`Archive::paths`]:
    /// for a few lookups (many want an index of the paths needed).
    pub fn find(&self, path: &[u8]) -> Option<&Entry> {
        self.paths().find(|(_, p)| p == path).map(|(e, _)| e)
    }

    /// The first entry (path) with this inode number.
    pub fn entry_by_inode(&self, inode_number: u32) -> Option<&Entry> {
        match self.by_inode.get(inode_number as usize) {
            Some(&i) if i != u32::MAX => Some(&self.entries[i as usize]),
            _ => None,
        }
    }

    /// The sha256 of the first `bytes_used` bytes: the image's content hash,
    /// without the padding after it.
    pub fn image_sha256(&self) -> Result<[u8; 32]> {
        let mut h = Sha256::new();
        let mut pos = 0u64;
        let mut buf = vec![0u8; 1 << 20];
        while pos < self.sb.bytes_used {
            let n = ((self.sb.bytes_used - pos) as usize).min(buf.len());
            self.image
                .read_exact_at(&mut buf[..n], pos)
                .map_err(|e| io_err("cannot read", &self.path, e))?;
            h.update(&buf[..n]);
            pos += n as u64;
        }
        Ok(h.finalize().into())
    }

    /// Expected uncompressed length of block `i` of a file.
    fn block_len(&self, layout: &FileLayout, i: usize) -> usize {
        let bs = self.sb.block_size as u64;
        (layout.file_size - i as u64 * bs).min(bs) as usize
    }

    /// Decompressed data block `i` of a file (zeros for a sparse block).
    pub fn read_block(&self, layout: &FileLayout, i: usize, pos: u64) -> Result<Vec<u8>> {
        let word = layout.block_sizes[i];
        let want = self.block_len(layout, i);
        if word == 0 {
            return Ok(vec![0; want]);
        }
        let raw = self.read_raw(pos, data_size(word) as usize)?;
        let data = if data_uncompressed(word) {
            raw
        } else {
            self.compressor
                .decompress(&raw, self.sb.block_size as usize)?
        };
        if data.len() != want {
            return Err(corrupt(format!(
                "data block at {pos} holds {} bytes, expected {want}",
                data.len()
            )));
        }
        Ok(data)
    }

    /// A decompressed fragment block (small cache of recent ones).
    pub fn fragment_block(&self, index: u32) -> Result<Arc<Vec<u8>>> {
        if let Some((_, b)) = self
            .frag_cache
            .lock()
            .unwrap()
            .iter()
            .find(|(i, _)| *i == index)
        {
            return Ok(b.clone());
        }
        let f = *self
            .fragments
            .get(index as usize)
            .ok_or_else(|| corrupt("fragment index out of range"))?;
        let raw = self.read_raw(f.start, data_size(f.size) as usize)?;
        let data = if data_uncompressed(f.size) {
            raw
        } else {
            self.compressor
                .decompress(&raw, self.sb.block_size as usize)?
        };
        let data = Arc::new(data);
        let mut cache = self.frag_cache.lock().unwrap();
        if cache.len() >= FRAG_CACHE {
            cache.remove(0);
        }
        cache.push((index, data.clone()));
        Ok(data)
    }

    /// The tail bytes of a file stored in a fragment.
    pub fn read_tail(&self, layout: &FileLayout) -> Result<Vec<u8>> {
        let Some((index, offset)) = layout.fragment else {
            return Ok(Vec::new());
        };
        let tail = (layout.file_size - layout.block_sizes.len() as u64 * self.sb.block_size as u64)
            as usize;
        let block = self.fragment_block(index)?;
        let end = offset as usize + tail;
        if end > block.len() {
            return Err(corrupt("file tail runs past its fragment block"));
        }
        Ok(block[offset as usize..end].to_vec())
    }

    /// Streams a regular file's bytes into `out`; returns the number of bytes.
    pub fn read_file_to(&self, entry: &Entry, out: &mut dyn Write) -> Result<u64> {
        let layout = entry.file().ok_or_else(|| {
            Error::Invalid(format!(
                "{} is not a regular file",
                show(&self.entry_path(entry))
            ))
        })?;
        let werr = |e: std::io::Error| Error::Io {
            context: "cannot write file data".into(),
            source: e,
        };
        let mut n = 0u64;
        for (i, (pos, _)) in layout.block_positions().enumerate() {
            let b = self.read_block(layout, i, pos)?;
            out.write_all(&b).map_err(werr)?;
            n += b.len() as u64;
        }
        let t = self.read_tail(layout)?;
        out.write_all(&t).map_err(werr)?;
        n += t.len() as u64;
        if n != layout.file_size {
            return Err(corrupt(format!(
                "{} data is shorter than its size",
                show(&self.entry_path(entry))
            )));
        }
        Ok(n)
    }

    /// A regular file's bytes.
    pub fn read_file(&self, entry: &Entry) -> Result<Vec<u8>> {
        let mut v = Vec::new();
        self.read_file_to(entry, &mut v)?;
        Ok(v)
    }

    /// A full map of the image, sorted by offset; gaps are `Padding`.
    pub fn regions(&self) -> Vec<Region> {
        self.region_map().clone()
    }

    fn region_map(&self) -> &Vec<Region> {
        self.regions.get_or_init(|| {
            let mut rs = self.table_regions.clone();
            let mut seen = HashSet::new();
            for e in &self.entries {
                let Some(l) = e.file() else { continue };
                if !seen.insert(e.inode_number) {
                    continue;
                }
                for (i, (pos, len)) in l.block_positions().enumerate() {
                    if len > 0 {
                        rs.push(Region {
                            start: pos,
                            len: len as u64,
                            kind: RegionKind::Data {
                                inode_number: e.inode_number,
                                block: i as u32,
                            },
                        });
                    }
                }
            }
            for (i, f) in self.fragments.iter().enumerate() {
                rs.push(Region {
                    start: f.start,
                    len: data_size(f.size) as u64,
                    kind: RegionKind::Fragment { index: i as u32 },
                });
            }
            rs.retain(|r| r.len > 0);
            rs.sort_by_key(|r| (r.start, r.len));
            let mut out: Vec<Region> = Vec::with_capacity(rs.len() * 2);
            let mut end = 0u64;
            for r in rs {
                if r.start < end {
                    continue; // shared (deduplicated) or overlapping: keep the first
                }
                if r.start > end {
                    out.push(Region {
                        start: end,
                        len: r.start - end,
                        kind: RegionKind::Padding,
                    });
                }
                end = r.start + r.len;
                out.push(r);
            }
            if self.image.len > end {
                out.push(Region {
                    start: end,
                    len: self.image.len - end,
                    kind: RegionKind::Padding,
                });
            }
            out
        })
    }

    /// The region holding `offset` (binary search).
    pub fn locate(&self, offset: u64) -> Option<&Region> {
        let rs = self.region_map();
        let i = rs.partition_point(|r| r.start <= offset);
        let r = rs.get(i.checked_sub(1)?)?;
        (offset < r.start + r.len).then_some(r)
    }
}

fn validate_superblock(sb: &Superblock, file_len: u64) -> Result<()> {
    if sb.magic != MAGIC {
        return Err(corrupt("bad magic (not a squashfs image)"));
    }
    if (sb.version_major, sb.version_minor) != (4, 0) {
        return Err(Error::Unsupported(format!(
            "squashfs version {}.{} (only 4.0)",
            sb.version_major, sb.version_minor
        )));
    }
    if !sb.block_size.is_power_of_two()
        || !(4096..=1 << 20).contains(&sb.block_size)
        || 1u32.checked_shl(sb.block_log.into()) != Some(sb.block_size)
    {
        return Err(corrupt(format!("bad block size {}", sb.block_size)));
    }
    if sb.compressor_id().is_none() {
        return Err(Error::Unsupported(format!(
            "unknown compressor id {}",
            sb.compressor
        )));
    }
    if sb.bytes_used > file_len {
        return Err(corrupt(format!(
            "truncated: superblock says {} bytes, file has {file_len}",
            sb.bytes_used
        )));
    }
    for (name, t) in [
        ("id", sb.id_table),
        ("inode", sb.inode_table),
        ("directory", sb.directory_table),
    ] {
        if t >= sb.bytes_used {
            return Err(corrupt(format!("{name} table starts past the image end")));
        }
    }
    for (name, t) in [
        ("xattr", sb.xattr_table),
        ("fragment", sb.fragment_table),
        ("export", sb.export_table),
    ] {
        if t != INVALID_TABLE && t >= sb.bytes_used {
            return Err(corrupt(format!("{name} table starts past the image end")));
        }
    }
    if sb.inode_table >= sb.directory_table {
        return Err(corrupt("inode table does not precede the directory table"));
    }
    if sb.inode_count == 0 || sb.id_count == 0 {
        return Err(corrupt("no inodes or no ids"));
    }
    Ok(())
}

/// A path for messages.
pub fn show(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An image holds one entry per path, all decoded at once: its size is the
    /// reader's memory per inode.
    #[test]
    fn entry_stays_small() {
        assert!(std::mem::size_of::<EntryBody>() <= 56);
        assert!(std::mem::size_of::<Entry>() <= 112);
    }
}
