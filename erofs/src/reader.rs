//! Reading an image: [`Archive`] validates the superblock (magic, checksum,
//! feature bits), walks the tree from the root into a flat [`Entry`] list and
//! reads file data with positioned reads. Every length read from the image is
//! bounded by the image size before use.
//!
//! The image may be any byte range of any [`ReadAt`] source (a file, a range
//! of an ISO, bytes in memory). Every offset reported is relative to the
//! image's first byte.

use crate::error::{corrupt, unsupported, Error, Result};
use crate::format::*;
use std::collections::HashSet;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

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

/// How a pcluster's bytes become file bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// Stored uncompressed from the pcluster's start.
    Shifted,
    /// Stored uncompressed, rotated to the extent's offset in its block.
    Interlaced,
    Lz4,
    Lzma,
    Deflate,
    Zstd,
}

impl Algorithm {
    fn from_type(t: u8) -> Result<Algorithm> {
        Ok(match t {
            0 => Algorithm::Lz4,
            1 => Algorithm::Lzma,
            2 => Algorithm::Deflate,
            3 => Algorithm::Zstd,
            other => return Err(corrupt(format!("unknown compression algorithm {other}"))),
        })
    }
}

/// One compressed extent: `logical_len` file bytes from `logical_start`, decoded
/// from the `image_len` bytes at `image_offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pcluster {
    pub logical_start: u64,
    pub logical_len: u64,
    pub image_offset: u64,
    pub image_len: u64,
    pub algorithm: Algorithm,
}

/// An open EROFS image.
pub struct Archive {
    image: ImageBytes,
    len: u64,
    sb: Superblock,
    entries: Vec<Entry>,
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
        let mut archive = Archive {
            image,
            len,
            sb,
            entries: Vec::new(),
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

    fn inode_offset(&self, nid: u64) -> Result<u64> {
        nid.checked_mul(INODE_SLOT)
            .and_then(|o| o.checked_add(u64::from(self.sb.meta_blkaddr) * self.sb.block_size()))
            .filter(|&o| o < self.len)
            .ok_or_else(|| corrupt(format!("inode {nid} outside the image")))
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
                    "compressed data ({:?}) of {} is not read yet",
                    inode.layout,
                    entry.path.display()
                )))
            }
        }
    }

    /// The entry's whole content (file data, symlink target, directory blocks).
    pub fn read_file(&self, entry: &Entry) -> Result<Vec<u8>> {
        if entry.inode.layout == DataLayout::CompressedFull && entry.kind != Kind::Dir {
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

    /// The compressed extents of a file with full lcluster indexes, in file order.
    pub fn pclusters(&self, entry: &Entry) -> Result<Vec<Pcluster>> {
        let inode = &entry.inode;
        let header_at = self.inode_end(entry.nid, inode)?.next_multiple_of(8);
        let header = self.read(header_at, 8)?;
        let advise = u16::from_le_bytes([header[4], header[5]]);
        let algorithms = header[6];
        let clusterbits = header[7];
        let refused = Z_ADVISE_EXTENTS | Z_ADVISE_INLINE_PCLUSTER | Z_ADVISE_FRAGMENT_PCLUSTER;
        if advise & refused != 0 || clusterbits & 0x80 != 0 {
            return Err(unsupported(format!(
                "compressed data (map advise {advise:#x}) of {} is not read yet",
                entry.path.display()
            )));
        }
        let lclusterbits = u32::from(self.sb.blkszbits) + u32::from(clusterbits & 0xf);
        if lclusterbits > 20 {
            return Err(corrupt(format!("lcluster size 2^{lclusterbits}")));
        }
        let lcs = 1u64 << lclusterbits;
        let count = inode.size.div_ceil(lcs);
        let table = self.read(header_at + 16, count * 8)?;
        let bs = self.sb.block_size();
        let mut out: Vec<Pcluster> = Vec::new();
        for lcn in 0..count {
            let at = (lcn * 8) as usize;
            let di = &table[at..at + 8];
            let di_advise = u16::from_le_bytes([di[0], di[1]]);
            let kind = di_advise & 3;
            if kind == 2 {
                // NONHEAD: the first after a head may carry a big pcluster's block count.
                let delta0 = u16::from_le_bytes([di[4], di[5]]);
                if delta0 & Z_LI_D0_CBLKCNT != 0 && delta0 & (Z_LI_D0_CBLKCNT - 1) > 0 {
                    if let Some(last) = out
                        .last_mut()
                        .filter(|p| p.image_len == bs && p.logical_start / lcs == lcn - 1)
                    {
                        last.image_len = u64::from(delta0 & (Z_LI_D0_CBLKCNT - 1)) * bs;
                    }
                }
                continue;
            }
            if di_advise & Z_LI_PARTIAL_REF != 0 {
                return Err(unsupported(format!(
                    "partial pcluster references in {}",
                    entry.path.display()
                )));
            }
            let clusterofs = u64::from(u16::from_le_bytes([di[2], di[3]]));
            if clusterofs >= lcs {
                return Err(corrupt(format!(
                    "cluster offset {clusterofs} in {}",
                    entry.path.display()
                )));
            }
            let logical_start = lcn * lcs + clusterofs;
            if logical_start >= inode.size {
                break; // mkfs ends the index with a plain entry at the end of the file
            }
            let algorithm = match kind {
                0 if advise & Z_ADVISE_INTERLACED_PCLUSTER != 0 => Algorithm::Interlaced,
                0 => Algorithm::Shifted,
                1 => Algorithm::from_type(algorithms & 0xf)?,
                _ => Algorithm::from_type(algorithms >> 4)?,
            };
            let blkaddr = u32::from_le_bytes(di[4..8].try_into().expect("4"));
            out.push(Pcluster {
                logical_start,
                logical_len: 0,
                image_offset: u64::from(blkaddr) * bs,
                image_len: bs,
                algorithm,
            });
        }
        let ends: Vec<u64> = out
            .iter()
            .skip(1)
            .map(|p| p.logical_start)
            .chain([inode.size])
            .collect();
        for (p, end) in out.iter_mut().zip(ends) {
            p.logical_len = end - p.logical_start;
        }
        if out.first().is_some_and(|p| p.logical_start != 0) {
            return Err(corrupt(format!(
                "{} does not start with an extent",
                entry.path.display()
            )));
        }
        Ok(out)
    }

    fn read_compressed(&self, entry: &Entry) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let bs = self.sb.block_size();
        for p in self.pclusters(entry)? {
            let raw = self.read(p.image_offset, p.image_len)?;
            let len = p.logical_len as usize;
            let bad = || {
                corrupt(format!(
                    "pcluster at {} of {} does not decode",
                    p.image_offset,
                    entry.path.display()
                ))
            };
            match p.algorithm {
                Algorithm::Shifted => out.extend_from_slice(raw.get(..len).ok_or_else(bad)?),
                Algorithm::Interlaced => {
                    if len > raw.len() {
                        return Err(bad());
                    }
                    // The block is rotated so that the extent's first byte sits at its offset in the block.
                    let skip = (p.logical_start % bs) as usize;
                    let right = (raw.len() - skip).min(len);
                    out.extend_from_slice(&raw[skip..skip + right]);
                    out.extend_from_slice(&raw[..len - right]);
                }
                Algorithm::Lz4 => {
                    // "0padding": the compressed bytes end the pcluster, zeros lead.
                    let start = raw.iter().position(|&b| b != 0).ok_or_else(bad)?;
                    let mut buf = vec![0u8; len];
                    let n = lz4_flex::block::decompress_into(&raw[start..], &mut buf)
                        .map_err(|_| bad())?;
                    if n != len {
                        return Err(bad());
                    }
                    out.extend_from_slice(&buf);
                }
                other => {
                    return Err(unsupported(format!(
                        "{other:?} data of {} is not read yet",
                        entry.path.display()
                    )))
                }
            }
        }
        if out.len() as u64 != entry.inode.size {
            return Err(corrupt(format!(
                "{} decodes to {} bytes, not {}",
                entry.path.display(),
                out.len(),
                entry.inode.size
            )));
        }
        Ok(out)
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
