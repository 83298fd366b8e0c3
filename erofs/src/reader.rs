//! Reading an image: [`Archive`] validates the superblock (magic, checksum,
//! feature bits), walks the tree from the root into a flat [`Entry`] list and
//! reads file data with positioned reads. Every length read from the image is
//! bounded by the image size before use.
//!
//! The image may be any byte range of any [`ReadAt`] source (a file, a range
//! of an ISO, bytes in memory). Every offset reported is relative to the
//! image's first byte.

use crate::decompress::decode;
use crate::error::{corrupt, unsupported, Error, Result};
use crate::format::*;
use crate::zmap::{CompressedExtent, IndexLayout, MapHeader, Source};
use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// How many decoded pclusters a reader keeps (at most 1 MiB each as written by liveopt
/// and mkfs.erofs for live images).
const RECENT_PCLUSTERS: usize = 8;

/// Bytes readable at any position without a cursor (`pread` for files).
/// The same idea as the squashfs crate's trait; kept here so this crate
/// depends on nothing of ours.
pub trait ReadAt: Send + Sync {
    /// Fills `buf` from `offset`, or fails (`UnexpectedEof` past the end).
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()>;
}

impl ReadAt for File {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        FileExt::read_exact_at(self, buf, offset)
    }
}

impl ReadAt for Vec<u8> {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        let bytes = usize::try_from(offset)
            .ok()
            .and_then(|start| self.get(start..start.checked_add(buf.len())?))
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::UnexpectedEof))?;
        buf.copy_from_slice(bytes);
        Ok(())
    }
}

/// What an entry is (from the inode mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    CharDevice,
    BlockDevice,
    Fifo,
    Socket,
}

impl Kind {
    fn from_mode(mode: u16) -> Result<Kind> {
        Ok(match mode & 0o170000 {
            0o100000 => Kind::File,
            0o040000 => Kind::Dir,
            0o120000 => Kind::Symlink,
            0o020000 => Kind::CharDevice,
            0o060000 => Kind::BlockDevice,
            0o010000 => Kind::Fifo,
            0o140000 => Kind::Socket,
            other => return Err(corrupt(format!("unknown file type {other:o}"))),
        })
    }
}

/// A path in the image and its inode.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Relative to the root; the root itself is "".
    pub path: PathBuf,
    pub nid: u64,
    pub kind: Kind,
    pub inode: Inode,
}

impl Entry {
    /// Permission bits and set-id/sticky bits (no file type).
    pub fn permissions(&self) -> u32 {
        u32::from(self.inode.mode) & 0o7777
    }
    /// Linux device number as `stat` reports it (`st_rdev`).
    pub fn rdev(&self) -> u64 {
        // EROFS stores the "new" 32-bit encoding: minor's low 8 bits, major, minor's high bits.
        let dev = self.inode.raw_u;
        let major = (dev & 0xfff00) >> 8;
        let minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
        libc_makedev(major, minor)
    }
}

fn libc_makedev(major: u32, minor: u32) -> u64 {
    let (major, minor) = (u64::from(major), u64::from(minor));
    ((major & 0xfffff000) << 32)
        | ((major & 0xfff) << 8)
        | ((minor & 0xffffff00) << 12)
        | (minor & 0xff)
}

/// A run of a file's bytes: `len` bytes of the file at `file_offset` are at
/// `image_offset` in the image, or are a hole (zeros) when `image_offset` is None.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extent {
    pub file_offset: u64,
    pub len: u64,
    pub image_offset: Option<u64>,
}

/// The image's bytes: `len` bytes of `source` from `base`. Offsets given to it
/// are image offsets.
struct ImageBytes {
    source: Box<dyn ReadAt>,
    base: u64,
    len: u64,
}

impl ImageBytes {
    fn read(&self, offset: u64, len: u64) -> Result<Vec<u8>> {
        let end = offset
            .checked_add(len)
            .filter(|&end| end <= self.len)
            .ok_or_else(|| {
                corrupt(format!(
                    "read of {len} bytes at {offset} past the image end {}",
                    self.len
                ))
            })?;
        let mut buf = vec![0u8; (end - offset) as usize];
        self.source
            .read_exact_at(&mut buf, self.base + offset)
            .map_err(|source| Error::Io {
                context: format!("cannot read {len} bytes at image offset {offset}"),
                source,
            })?;
        Ok(buf)
    }
}

/// An open EROFS image.
pub struct Archive {
    image: ImageBytes,
    len: u64,
    sb: Superblock,
    /// From the superblock's LZMA configuration (0: none).
    lzma_dict: u32,
    entries: Vec<Entry>,
    /// The packed inode's extents, decoded on first use.
    packed_extents: OnceLock<Vec<CompressedExtent>>,
    /// The last pclusters decoded (image offset, bytes), most recent first: files read in
    /// tree order share the packed inode's pclusters, and a file's own pcluster and its
    /// tail's in the packed inode take turns.
    recently_decoded: Mutex<VecDeque<(u64, Vec<u8>)>>,
}

impl Archive {
    /// Opens the image file at `path`.
    pub fn open(path: &Path) -> Result<Archive> {
        let file = File::open(path).map_err(|source| Error::Io {
            context: format!("cannot open {}", path.display()),
            source,
        })?;
        let len = file
            .metadata()
            .map_err(|source| Error::Io {
                context: format!("cannot stat {}", path.display()),
                source,
            })?
            .len();
        Archive::from_source(Box::new(file), 0, len)
    }

    /// Opens the image in memory.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Archive> {
        let len = bytes.len() as u64;
        Archive::from_source(Box::new(bytes), 0, len)
    }

    /// Opens the `len` bytes of `source` from `base` as an image.
    pub fn from_source(source: Box<dyn ReadAt>, base: u64, len: u64) -> Result<Archive> {
        let image = ImageBytes { source, base, len };
        let sb = Superblock::parse(&image.read(SUPER_OFFSET, SUPER_SIZE as u64)?)?;
        if sb.feature_compat & COMPAT_SB_CHKSUM != 0 {
            let area = image.read(SUPER_OFFSET, sb.checksum_len() as u64)?;
            let computed = Superblock::compute_checksum(&area);
            if computed != sb.checksum {
                return Err(corrupt(format!(
                    "superblock checksum {computed:#010x}, expected {:#010x}",
                    sb.checksum
                )));
            }
        }
        let lzma_dict = compression_configs(&image, &sb)?;
        let mut archive = Archive {
            image,
            len,
            sb,
            lzma_dict,
            entries: Vec::new(),
            packed_extents: OnceLock::new(),
            recently_decoded: Mutex::new(VecDeque::new()),
        };
        archive.entries = archive.walk()?;
        Ok(archive)
    }

    pub fn superblock(&self) -> &Superblock {
        &self.sb
    }

    /// Every path of the image, parents before children, root first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at `path` (relative to the root, "" for the root).
    pub fn stat(&self, path: &Path) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path == path)
    }

    /// Modification time (seconds, nanoseconds) as the kernel reports it.
    pub fn mtime(&self, entry: &Entry) -> (u64, u32) {
        if entry.inode.extended {
            (entry.inode.mtime, entry.inode.mtime_nsec)
        } else {
            (self.sb.epoch + entry.inode.mtime, self.sb.fixed_nsec)
        }
    }

    fn read(&self, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.image.read(offset, len)
    }

    /// Image offset of inode `nid`.
    pub fn inode_offset(&self, nid: u64) -> Result<u64> {
        nid.checked_mul(INODE_SLOT)
            .and_then(|o| o.checked_add(u64::from(self.sb.meta_blkaddr) * self.sb.block_size()))
            .filter(|&o| o < self.len)
            .ok_or_else(|| corrupt(format!("inode {nid} outside the image")))
    }

    /// The packed inode (which holds fragments) as an entry of its own, if the image
    /// has one; no directory lists it.
    pub fn packed_entry(&self) -> Result<Option<Entry>> {
        let nid = self.sb.packed_nid;
        if nid == 0 {
            return Ok(None);
        }
        Ok(Some(Entry {
            path: "(packed inode)".into(),
            nid,
            kind: Kind::File,
            inode: self.inode(nid)?,
        }))
    }

    /// The inode with node number `nid`.
    pub fn inode(&self, nid: u64) -> Result<Inode> {
        let at = self.inode_offset(nid)?;
        let head = self.read(at, 2)?;
        let size = Inode::size_from_format(u16::from_le_bytes([head[0], head[1]]));
        Inode::parse(&self.read(at, size as u64)?)
    }

    /// Offset of the first byte after the inode and its inline xattrs.
    fn inode_end(&self, nid: u64, inode: &Inode) -> Result<u64> {
        Ok(self.inode_offset(nid)? + inode.disk_size() + inode.xattr_ibody_size())
    }

    fn walk(&self) -> Result<Vec<Entry>> {
        let root = u64::from(self.sb.root_nid);
        let root_inode = self.inode(root)?;
        if Kind::from_mode(root_inode.mode)? != Kind::Dir {
            return Err(corrupt("root is not a directory"));
        }
        let mut entries = vec![Entry {
            path: PathBuf::new(),
            nid: root,
            kind: Kind::Dir,
            inode: root_inode,
        }];
        let mut visited_dirs = HashSet::from([root]);
        let mut next = 0;
        while next < entries.len() {
            if entries[next].kind == Kind::Dir {
                let dir = entries[next].clone();
                for (name, nid) in self.read_dir(&dir)? {
                    let inode = self.inode(nid)?;
                    let kind = Kind::from_mode(inode.mode)?;
                    if kind == Kind::Dir && !visited_dirs.insert(nid) {
                        return Err(corrupt(format!(
                            "directory loop at {}",
                            dir.path.join(&name).display()
                        )));
                    }
                    entries.push(Entry {
                        path: dir.path.join(name),
                        nid,
                        kind,
                        inode,
                    });
                }
            }
            next += 1;
        }
        Ok(entries)
    }

    /// The (name, nid) pairs of a directory, without "." and "..".
    fn read_dir(&self, dir: &Entry) -> Result<Vec<(String, u64)>> {
        let data = self.read_file(dir)?;
        let bs = self.sb.block_size() as usize;
        let mut out = Vec::new();
        for block in data.chunks(bs) {
            let first = Dirent::parse(block)?;
            let count = usize::from(first.nameoff) / Dirent::SIZE;
            if count == 0
                || usize::from(first.nameoff) % Dirent::SIZE != 0
                || usize::from(first.nameoff) > block.len()
            {
                return Err(corrupt(format!(
                    "bad directory block in {}",
                    dir.path.display()
                )));
            }
            for i in 0..count {
                let d = Dirent::parse(&block[i * Dirent::SIZE..])?;
                let end = if i + 1 < count {
                    usize::from(Dirent::parse(&block[(i + 1) * Dirent::SIZE..])?.nameoff)
                } else {
                    block.len()
                };
                let start = usize::from(d.nameoff);
                let raw = block
                    .get(start..end)
                    .ok_or_else(|| corrupt(format!("bad name offset in {}", dir.path.display())))?;
                // The last name of a block runs to the block end, padded with NULs.
                let raw = raw.split(|&b| b == 0).next().unwrap_or_default();
                let name = std::str::from_utf8(raw)
                    .map_err(|_| corrupt(format!("non-UTF-8 name in {}", dir.path.display())))?;
                if name.is_empty() || name.contains('/') {
                    return Err(corrupt(format!(
                        "bad name {name:?} in {}",
                        dir.path.display()
                    )));
                }
                if name != "." && name != ".." {
                    out.push((name.to_string(), d.nid));
                }
            }
        }
        Ok(out)
    }

    /// Where the entry's data lies in the image, in file order.
    pub fn extents(&self, entry: &Entry) -> Result<Vec<Extent>> {
        let inode = &entry.inode;
        if !matches!(entry.kind, Kind::File | Kind::Dir | Kind::Symlink) || inode.size == 0 {
            return Ok(Vec::new());
        }
        let bs = self.sb.block_size();
        let bounded = |at: u64, len: u64| -> Result<u64> {
            at.checked_add(len)
                .filter(|&end| end <= self.len)
                .map(|_| at)
                .ok_or_else(|| {
                    corrupt(format!(
                        "data of {} outside the image",
                        entry.path.display()
                    ))
                })
        };
        match inode.layout {
            DataLayout::FlatPlain | DataLayout::FlatInline => {
                let inline = inode.layout == DataLayout::FlatInline;
                let tail = if inline { inode.size % bs } else { 0 };
                let blocks_len = inode.size - tail;
                let mut out = Vec::new();
                if blocks_len > 0 {
                    let at = bounded(u64::from(inode.raw_u) * bs, blocks_len)?;
                    out.push(Extent {
                        file_offset: 0,
                        len: blocks_len,
                        image_offset: Some(at),
                    });
                }
                if tail > 0 {
                    let at = bounded(self.inode_end(entry.nid, inode)?, tail)?;
                    if at % bs + tail > bs {
                        return Err(corrupt(format!(
                            "inline data of {} crosses a block",
                            entry.path.display()
                        )));
                    }
                    out.push(Extent {
                        file_offset: blocks_len,
                        len: tail,
                        image_offset: Some(at),
                    });
                }
                Ok(out)
            }
            DataLayout::ChunkBased => {
                let format = inode.raw_u as u16;
                if u32::from(format) != inode.raw_u
                    || format & !(CHUNK_FORMAT_BLKBITS_MASK | CHUNK_FORMAT_INDEXES) != 0
                {
                    return Err(unsupported(format!("chunk format {:#x}", inode.raw_u)));
                }
                let chunkbits =
                    u32::from(self.sb.blkszbits) + u32::from(format & CHUNK_FORMAT_BLKBITS_MASK);
                if chunkbits > 40 {
                    return Err(corrupt(format!("chunk size 2^{chunkbits}")));
                }
                let chunk = 1u64 << chunkbits;
                let full = format & CHUNK_FORMAT_INDEXES != 0;
                let entry_size = ChunkIndex::entry_size(full);
                let count = inode.size.div_ceil(chunk);
                let table_at = self
                    .inode_end(entry.nid, inode)?
                    .next_multiple_of(entry_size);
                let table = self.read(table_at, count * entry_size)?;
                let mut out: Vec<Extent> = Vec::new();
                for i in 0..count {
                    let idx = ChunkIndex::parse(&table[(i * entry_size) as usize..], full)?;
                    if idx.device_id != 0 {
                        return Err(unsupported("chunks on extra devices"));
                    }
                    let file_offset = i * chunk;
                    let len = chunk.min(inode.size - file_offset);
                    let image_offset = match idx.blkaddr {
                        NULL_ADDR => None,
                        addr => Some(bounded(u64::from(addr) * bs, len)?),
                    };
                    // Adjacent chunks that are also adjacent in the image form one extent.
                    match out.last_mut() {
                        Some(prev)
                            if prev.image_offset.map(|o| o + prev.len) == image_offset
                                || (prev.image_offset.is_none() && image_offset.is_none()) =>
                        {
                            prev.len += len
                        }
                        _ => out.push(Extent {
                            file_offset,
                            len,
                            image_offset,
                        }),
                    }
                }
                Ok(out)
            }
            DataLayout::CompressedFull | DataLayout::CompressedCompact => {
                Err(unsupported(format!(
                    "{} is compressed: its extents are compressed_extents",
                    entry.path.display()
                )))
            }
        }
    }

    /// The entry's whole content (file data, symlink target, directory blocks).
    pub fn read_file(&self, entry: &Entry) -> Result<Vec<u8>> {
        if matches!(
            entry.inode.layout,
            DataLayout::CompressedFull | DataLayout::CompressedCompact
        ) {
            if entry.kind == Kind::Dir {
                return Err(unsupported(format!(
                    "compressed directory {}",
                    entry.path.display()
                )));
            }
            return self.read_compressed(entry);
        }
        let extents = self.extents(entry)?;
        let size = entry.inode.size;
        if size > self.len && entry.inode.layout != DataLayout::ChunkBased {
            return Err(corrupt(format!(
                "size {size} of {} exceeds the image",
                entry.path.display()
            )));
        }
        let size = usize::try_from(size).map_err(|_| corrupt("file size"))?;
        let mut out = Vec::new();
        out.try_reserve(size)
            .map_err(|_| corrupt(format!("file size {size} too large")))?;
        for extent in extents {
            match extent.image_offset {
                Some(at) => out.extend_from_slice(&self.read(at, extent.len)?),
                None => out.resize(out.len() + extent.len as usize, 0),
            }
        }
        Ok(out)
    }

    /// The bytes on disk of the largest pcluster, in the files or the packed
    /// inode (mkfs.erofs's `-C`); 0 when nothing is compressed.
    pub fn largest_pcluster(&self) -> Result<u64> {
        let compressed = |inode: &Inode| {
            matches!(
                inode.layout,
                DataLayout::CompressedFull | DataLayout::CompressedCompact
            )
        };
        let mut largest = 0;
        let mut note = |extents: Vec<CompressedExtent>| {
            for e in extents {
                if let Source::Pcluster {
                    image_len,
                    inline: false,
                    ..
                } = e.source
                {
                    largest = largest.max(image_len);
                }
            }
        };
        for e in self.entries.iter().filter(|e| compressed(&e.inode)) {
            note(self.compressed_extents(e)?);
        }
        if self.sb.feature_incompat & INCOMPAT_FRAGMENTS != 0 && self.sb.packed_nid != 0 {
            let inode = self.inode(self.sb.packed_nid)?;
            if compressed(&inode) {
                note(self.inode_extents(self.sb.packed_nid, &inode, "the packed inode")?);
            }
        }
        Ok(largest)
    }

    /// The extents of a compressed file (full or compact indexes), in file order.
    pub fn compressed_extents(&self, entry: &Entry) -> Result<Vec<CompressedExtent>> {
        self.inode_extents(entry.nid, &entry.inode, &entry.path.display().to_string())
    }

    fn inode_extents(&self, nid: u64, inode: &Inode, path: &str) -> Result<Vec<CompressedExtent>> {
        if !matches!(
            inode.layout,
            DataLayout::CompressedFull | DataLayout::CompressedCompact
        ) {
            return Err(corrupt(format!("{path} is not compressed")));
        }
        let header_at = self.inode_end(nid, inode)?.next_multiple_of(8);
        let header: [u8; 8] = self.read(header_at, 8)?.try_into().expect("8 bytes");
        let index = IndexLayout {
            layout: inode.layout,
            header: MapHeader::parse(&header, self.sb.blkszbits)?,
            size: inode.size,
            blkszbits: self.sb.blkszbits,
            index_start: header_at
                + if inode.layout == DataLayout::CompressedFull {
                    16
                } else {
                    8
                },
        };
        if index.header.whole_fragment.is_none() {
            index.validate(path)?;
        }
        let index_end = index.index_end()?;
        if index_end > self.len {
            return Err(corrupt(format!(
                "lcluster index of {path} past the image end"
            )));
        }
        let bytes = match index.header.whole_fragment {
            Some(_) => Vec::new(),
            None => self.read(index.index_start, index_end - index.index_start)?,
        };
        index.extents(&bytes, path)
    }

    fn read_compressed(&self, entry: &Entry) -> Result<Vec<u8>> {
        let path = entry.path.display().to_string();
        let extents = self.compressed_extents(entry)?;
        let out = self.read_extents(&extents, 0, entry.inode.size, &path, false)?;
        if out.len() as u64 != entry.inode.size {
            return Err(corrupt(format!(
                "{path} decodes to {} bytes, not {}",
                out.len(),
                entry.inode.size
            )));
        }
        Ok(out)
    }

    /// `len` bytes from `offset` of a compressed file whose extents are given.
    fn read_extents(
        &self,
        extents: &[CompressedExtent],
        offset: u64,
        len: u64,
        path: &str,
        in_packed: bool,
    ) -> Result<Vec<u8>> {
        let end = offset
            .checked_add(len)
            .ok_or_else(|| corrupt(format!("range of {path} overflows")))?;
        let mut out = Vec::new();
        out.try_reserve(usize::try_from(len).map_err(|_| corrupt("file size"))?)
            .map_err(|_| corrupt(format!("{path}: {len} bytes too large")))?;
        let first = extents.partition_point(|e| e.logical_start + e.logical_len <= offset);
        for e in &extents[first..] {
            if e.logical_start >= end {
                break;
            }
            let from = offset.max(e.logical_start) - e.logical_start;
            let to = end.min(e.logical_start + e.logical_len) - e.logical_start;
            match e.source {
                Source::Fragment { packed_offset } => {
                    if in_packed {
                        return Err(corrupt("a fragment inside the packed inode"));
                    }
                    let at = packed_offset
                        .checked_add(from)
                        .ok_or_else(|| corrupt(format!("fragment offset of {path}")))?;
                    out.extend_from_slice(&self.read_packed(at, to - from, path)?);
                }
                Source::Pcluster { .. } => {
                    let decoded = self.decode_extent(e, path)?;
                    out.extend_from_slice(&decoded[from as usize..to as usize]);
                }
            }
        }
        if out.len() as u64 != len {
            return Err(corrupt(format!(
                "{path}: extents cover {} of {len} bytes from {offset}",
                out.len()
            )));
        }
        Ok(out)
    }

    /// `len` bytes from `offset` of the packed inode (fragments live there).
    fn read_packed(&self, offset: u64, len: u64, path: &str) -> Result<Vec<u8>> {
        let nid = self.sb.packed_nid;
        let inode = self.inode(nid)?;
        if offset.checked_add(len).is_none_or(|end| end > inode.size) {
            return Err(corrupt(format!(
                "fragment of {path} at {offset} (+{len}) past the packed inode's {} bytes",
                inode.size
            )));
        }
        if !matches!(
            inode.layout,
            DataLayout::CompressedFull | DataLayout::CompressedCompact
        ) {
            let data = self.read_file(&Entry {
                path: PathBuf::from("(packed inode)"),
                nid,
                kind: Kind::File,
                inode,
            })?;
            return Ok(data[offset as usize..(offset + len) as usize].to_vec());
        }
        let extents = match self.packed_extents.get() {
            Some(extents) => extents,
            None => {
                let extents = self.inode_extents(nid, &inode, "the packed inode")?;
                self.packed_extents.get_or_init(|| extents)
            }
        };
        self.read_extents(extents, offset, len, "the packed inode", true)
    }

    /// The bytes a pcluster extent decodes to (its `logical_len` first bytes).
    fn decode_extent(&self, e: &CompressedExtent, path: &str) -> Result<Vec<u8>> {
        let Source::Pcluster {
            image_offset,
            image_len,
            algorithm,
            ..
        } = e.source
        else {
            unreachable!("fragments are read from the packed inode")
        };
        if let Some(t) = algorithm.compression_type() {
            let available = if self.sb.feature_incompat & INCOMPAT_COMPR_CFGS != 0 {
                self.sb.available_compr_algs
            } else {
                1 // LZ4 only
            };
            if available & (1 << t) == 0 {
                return Err(corrupt(format!(
                    "{algorithm:?} data in {path}, but the superblock lists algorithms {available:#x}"
                )));
            }
        }
        let want = e.logical_len as usize;
        let plain = algorithm.compression_type().is_none();
        if !plain {
            let mut recent = self.recently_decoded.lock().expect("cache lock");
            let hit = recent
                .iter()
                .position(|(at, bytes)| *at == image_offset && bytes.len() >= want);
            if let Some(hit) = hit {
                let entry = recent.remove(hit).expect("found above");
                let bytes = entry.1[..want].to_vec();
                recent.push_front(entry);
                return Ok(bytes);
            }
        }
        let raw = self.read(image_offset, image_len)?;
        let bs = self.sb.block_size();
        let decoded = decode(
            algorithm,
            &raw,
            want,
            (e.logical_start % bs) as usize,
            bs as usize,
            self.lzma_dict,
        )
        .map_err(|why| {
            corrupt(format!(
                "pcluster at {image_offset} ({} bytes at {} of {path}): {why}",
                e.logical_len, e.logical_start
            ))
        })?;
        if !plain {
            let mut recent = self.recently_decoded.lock().expect("cache lock");
            recent.truncate(RECENT_PCLUSTERS - 1);
            recent.push_front((image_offset, decoded.clone()));
        }
        Ok(decoded)
    }

    /// The symlink target of `entry`.
    pub fn read_link(&self, entry: &Entry) -> Result<Vec<u8>> {
        if entry.kind != Kind::Symlink {
            return Err(corrupt(format!(
                "{} is not a symlink",
                entry.path.display()
            )));
        }
        self.read_file(entry)
    }

    /// The entry's extended attributes (full name, value), inline then shared, in on-disk order.
    pub fn xattrs(&self, entry: &Entry) -> Result<Vec<(String, Vec<u8>)>> {
        let ibody = entry.inode.xattr_ibody_size();
        if ibody == 0 {
            return Ok(Vec::new());
        }
        let at = self.inode_offset(entry.nid)? + entry.inode.disk_size();
        let body = self.read(at, ibody)?;
        let shared_count = usize::from(body[4]);
        let mut pos = XATTR_IBODY_HEADER_SIZE + 4 * shared_count;
        if pos > body.len() {
            return Err(corrupt(format!("xattr header of {}", entry.path.display())));
        }
        let mut out = Vec::new();
        while pos < body.len() {
            let (xattr, size) = self.parse_xattr(&body[pos..])?;
            out.push(xattr);
            pos += size;
        }
        let shared_base = u64::from(self.sb.xattr_blkaddr) * self.sb.block_size();
        for i in 0..shared_count {
            let id = u32::from_le_bytes(
                body[XATTR_IBODY_HEADER_SIZE + 4 * i..][..4]
                    .try_into()
                    .expect("4"),
            );
            let at = shared_base + 4 * u64::from(id);
            let head = XattrEntry::parse(&self.read(at, XattrEntry::SIZE as u64)?)?;
            let bytes = self.read(at, head.total_size() as u64)?;
            out.push(self.parse_xattr(&bytes)?.0);
        }
        Ok(out)
    }

    fn parse_xattr(&self, b: &[u8]) -> Result<((String, Vec<u8>), usize)> {
        let head = XattrEntry::parse(b)?;
        let name_end = XattrEntry::SIZE + usize::from(head.name_len);
        let value_end = name_end + usize::from(head.value_size);
        if value_end > b.len() {
            return Err(corrupt("xattr entry runs past its area"));
        }
        let suffix = std::str::from_utf8(&b[XattrEntry::SIZE..name_end])
            .map_err(|_| corrupt("non-UTF-8 xattr name"))?;
        let name = format!("{}{suffix}", XattrEntry::prefix(head.name_index)?);
        Ok((
            (name, b[name_end..value_end].to_vec()),
            head.total_size().min(b.len()),
        ))
    }
}

/// The LZMA dictionary size from the compression configurations that follow
/// the superblock (`COMPR_CFGS`): one record per algorithm in
/// `available_compr_algs`, each a 2-byte length and its payload, 4-aligned.
fn compression_configs(image: &ImageBytes, sb: &Superblock) -> Result<u32> {
    if sb.feature_incompat & INCOMPAT_COMPR_CFGS == 0 {
        return Ok(0);
    }
    if sb.available_compr_algs & !0xf != 0 {
        return Err(unsupported(format!(
            "compression algorithms {:#x}",
            sb.available_compr_algs
        )));
    }
    let mut at = SUPER_OFFSET + SUPER_SIZE as u64 + 16 * u64::from(sb.sb_extslots);
    let mut lzma_dict = 0;
    for alg in 0..4 {
        if sb.available_compr_algs & (1 << alg) == 0 {
            continue;
        }
        at = at.next_multiple_of(4);
        let head = image.read(at, 2)?;
        let size = match u16::from_le_bytes([head[0], head[1]]) {
            0 => 1 << 16,
            n => u64::from(n),
        };
        let payload = image.read(at + 2, size)?;
        if alg == 1 {
            let dict = payload
                .get(..4)
                .ok_or_else(|| corrupt("LZMA configuration truncated"))?;
            lzma_dict = u32::from_le_bytes(dict.try_into().expect("4"));
        }
        at += 2 + size;
    }
    Ok(lzma_dict)
}
