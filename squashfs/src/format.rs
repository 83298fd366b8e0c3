//! The squashfs 4.0 on-disk format as plain data structures, each with `read`
//! (from little-endian bytes, bounds-checked, never panicking) and `write`
//! (appending its little-endian bytes). Reader and writer share only this
//! module, so a format mistake shows up in both directions and is caught by
//! the independent tools (kernel, unsquashfs) in the tests.

use crate::error::{corrupt, Result};

pub const MAGIC: u32 = 0x7371_7368; // "hsqs"
pub const SUPERBLOCK_SIZE: usize = 96;
pub const METADATA_SIZE: usize = 8192;
/// Bit 15 of a metadata block header: block stored uncompressed.
pub const METADATA_UNCOMPRESSED: u16 = 0x8000;
/// Bit 24 of a data/fragment block size word: block stored uncompressed.
pub const DATA_UNCOMPRESSED: u32 = 1 << 24;
pub const INVALID_FRAGMENT: u32 = 0xFFFF_FFFF;
pub const INVALID_XATTR: u32 = 0xFFFF_FFFF;
pub const INVALID_TABLE: u64 = 0xFFFF_FFFF_FFFF_FFFF;

pub mod flags {
    pub const UNCOMPRESSED_INODES: u16 = 0x0001;
    pub const UNCOMPRESSED_DATA: u16 = 0x0002;
    pub const UNCOMPRESSED_FRAGMENTS: u16 = 0x0008;
    pub const NO_FRAGMENTS: u16 = 0x0010;
    pub const ALWAYS_FRAGMENTS: u16 = 0x0020;
    pub const DUPLICATES: u16 = 0x0040;
    pub const EXPORTABLE: u16 = 0x0080;
    pub const UNCOMPRESSED_XATTRS: u16 = 0x0100;
    pub const NO_XATTRS: u16 = 0x0200;
    pub const COMPRESSOR_OPTIONS: u16 = 0x0400;
    pub const UNCOMPRESSED_IDS: u16 = 0x0800;
}

/// Inode type numbers (basic 1..=7, extended 8..=14).
pub mod itype {
    pub const DIR: u16 = 1;
    pub const FILE: u16 = 2;
    pub const SYMLINK: u16 = 3;
    pub const BLKDEV: u16 = 4;
    pub const CHRDEV: u16 = 5;
    pub const FIFO: u16 = 6;
    pub const SOCKET: u16 = 7;
    pub const LDIR: u16 = 8;
    pub const LFILE: u16 = 9;
    pub const LSYMLINK: u16 = 10;
    pub const LBLKDEV: u16 = 11;
    pub const LCHRDEV: u16 = 12;
    pub const LFIFO: u16 = 13;
    pub const LSOCKET: u16 = 14;
}

/// A bounds-checked little-endian reader over a byte slice.
pub struct Cursor<'a> {
    pub buf: &'a [u8],
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(buf: &'a [u8], pos: usize) -> Self {
        Cursor { buf, pos }
    }
    pub fn bytes(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| corrupt(format!("{what} runs past the end of its table")))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    pub fn u16(&mut self, what: &str) -> Result<u16> {
        Ok(u16::from_le_bytes(self.bytes(2, what)?.try_into().unwrap()))
    }
    pub fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.bytes(4, what)?.try_into().unwrap()))
    }
    pub fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.bytes(8, what)?.try_into().unwrap()))
    }
}

pub fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
pub fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
pub fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Compressor ids as stored in the superblock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompressorId {
    Gzip = 1,
    Lzma = 2,
    Lzo = 3,
    Xz = 4,
    Lz4 = 5,
    Zstd = 6,
}

impl CompressorId {
    pub fn from_u16(v: u16) -> Option<Self> {
        Some(match v {
            1 => Self::Gzip,
            2 => Self::Lzma,
            3 => Self::Lzo,
            4 => Self::Xz,
            5 => Self::Lz4,
            6 => Self::Zstd,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Self::Gzip => "gzip",
            Self::Lzma => "lzma",
            Self::Lzo => "lzo",
            Self::Xz => "xz",
            Self::Lz4 => "lz4",
            Self::Zstd => "zstd",
        }
    }
}

/// The 96-byte superblock at offset 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Superblock {
    pub magic: u32,
    pub inode_count: u32,
    pub mkfs_time: u32,
    pub block_size: u32,
    pub fragment_count: u32,
    /// Raw compressor id (see [`CompressorId`]).
    pub compressor: u16,
    pub block_log: u16,
    pub flags: u16,
    pub id_count: u16,
    pub version_major: u16,
    pub version_minor: u16,
    /// Inode reference: metadata block offset (relative to inode table) << 16 | offset.
    pub root_inode: u64,
    pub bytes_used: u64,
    pub id_table: u64,
    pub xattr_table: u64,
    pub inode_table: u64,
    pub directory_table: u64,
    pub fragment_table: u64,
    pub export_table: u64,
}

impl Superblock {
    pub fn read(b: &[u8]) -> Result<Self> {
        let mut c = Cursor::new(b, 0);
        let w = "superblock";
        Ok(Superblock {
            magic: c.u32(w)?,
            inode_count: c.u32(w)?,
            mkfs_time: c.u32(w)?,
            block_size: c.u32(w)?,
            fragment_count: c.u32(w)?,
            compressor: c.u16(w)?,
            block_log: c.u16(w)?,
            flags: c.u16(w)?,
            id_count: c.u16(w)?,
            version_major: c.u16(w)?,
            version_minor: c.u16(w)?,
            root_inode: c.u64(w)?,
            bytes_used: c.u64(w)?,
            id_table: c.u64(w)?,
            xattr_table: c.u64(w)?,
            inode_table: c.u64(w)?,
            directory_table: c.u64(w)?,
            fragment_table: c.u64(w)?,
            export_table: c.u64(w)?,
        })
    }
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.magic);
        put_u32(out, self.inode_count);
        put_u32(out, self.mkfs_time);
        put_u32(out, self.block_size);
        put_u32(out, self.fragment_count);
        put_u16(out, self.compressor);
        put_u16(out, self.block_log);
        put_u16(out, self.flags);
        put_u16(out, self.id_count);
        put_u16(out, self.version_major);
        put_u16(out, self.version_minor);
        put_u64(out, self.root_inode);
        put_u64(out, self.bytes_used);
        put_u64(out, self.id_table);
        put_u64(out, self.xattr_table);
        put_u64(out, self.inode_table);
        put_u64(out, self.directory_table);
        put_u64(out, self.fragment_table);
        put_u64(out, self.export_table);
    }
    pub fn compressor_id(&self) -> Option<CompressorId> {
        CompressorId::from_u16(self.compressor)
    }
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// The 16-byte header common to all inodes.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct InodeHeader {
    pub inode_type: u16,
    pub permissions: u16,
    pub uid_index: u16,
    pub gid_index: u16,
    pub mtime: u32,
    pub inode_number: u32,
}

/// One directory index entry of an extended directory inode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirIndex {
    /// Byte offset of the header in the uncompressed listing.
    pub index: u32,
    /// Directory table metadata block (relative to the table start) holding that header.
    pub start: u32,
    pub name: Vec<u8>,
}

/// The type-specific part of an inode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InodeBody {
    Dir {
        block_index: u32,
        link_count: u32,
        /// Listing size + 3.
        file_size: u32,
        block_offset: u16,
        parent_inode: u32,
        xattr: u32,
        index: Vec<DirIndex>,
    },
    File {
        blocks_start: u64,
        file_size: u64,
        sparse: u64,
        link_count: u32,
        fragment: u32,
        fragment_offset: u32,
        xattr: u32,
        block_sizes: Vec<u32>,
    },
    Symlink {
        link_count: u32,
        target: Vec<u8>,
        xattr: u32,
    },
    Device {
        link_count: u32,
        rdev: u32,
        xattr: u32,
    },
    Ipc {
        link_count: u32,
        xattr: u32,
    },
}

/// A full inode: header + body. `extended` records which of the two on-disk forms it used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inode {
    pub header: InodeHeader,
    pub body: InodeBody,
}

impl Inode {
    /// Number of full data blocks a file inode lists.
    pub fn block_count(file_size: u64, block_size: u32, fragment: u32) -> u64 {
        if fragment == INVALID_FRAGMENT {
            file_size.div_ceil(block_size as u64)
        } else {
            file_size / block_size as u64
        }
    }

    /// Reads one inode at `c`; `block_size` is needed for the file block list.
    pub fn read(c: &mut Cursor, block_size: u32) -> Result<Inode> {
        let w = "inode";
        let header = InodeHeader {
            inode_type: c.u16(w)?,
            permissions: c.u16(w)?,
            uid_index: c.u16(w)?,
            gid_index: c.u16(w)?,
            mtime: c.u32(w)?,
            inode_number: c.u32(w)?,
        };
        use itype::*;
        let body = match header.inode_type {
            DIR => {
                let block_index = c.u32(w)?;
                let link_count = c.u32(w)?;
                let file_size = c.u16(w)? as u32;
                let block_offset = c.u16(w)?;
                let parent_inode = c.u32(w)?;
                InodeBody::Dir {
                    block_index,
                    link_count,
                    file_size,
                    block_offset,
                    parent_inode,
                    xattr: INVALID_XATTR,
                    index: Vec::new(),
                }
            }
            LDIR => {
                let link_count = c.u32(w)?;
                let file_size = c.u32(w)?;
                let block_index = c.u32(w)?;
                let parent_inode = c.u32(w)?;
                let index_count = c.u16(w)?;
                let block_offset = c.u16(w)?;
                let xattr = c.u32(w)?;
                let mut index = Vec::new();
                for _ in 0..index_count {
                    let i = c.u32(w)?;
                    let start = c.u32(w)?;
                    let size = c.u32(w)?;
                    if size >= 256 {
                        return Err(corrupt("directory index name longer than 256 bytes"));
                    }
                    let name = c.bytes(size as usize + 1, w)?.to_vec();
                    index.push(DirIndex {
                        index: i,
                        start,
                        name,
                    });
                }
                InodeBody::Dir {
                    block_index,
                    link_count,
                    file_size,
                    block_offset,
                    parent_inode,
                    xattr,
                    index,
                }
            }
            FILE | LFILE => {
                let (blocks_start, fragment, fragment_offset, file_size, sparse, link_count, xattr);
                if header.inode_type == FILE {
                    blocks_start = c.u32(w)? as u64;
                    fragment = c.u32(w)?;
                    fragment_offset = c.u32(w)?;
                    file_size = c.u32(w)? as u64;
                    sparse = 0;
                    link_count = 1;
                    xattr = INVALID_XATTR;
                } else {
                    blocks_start = c.u64(w)?;
                    file_size = c.u64(w)?;
                    sparse = c.u64(w)?;
                    link_count = c.u32(w)?;
                    fragment = c.u32(w)?;
                    fragment_offset = c.u32(w)?;
                    xattr = c.u32(w)?;
                }
                let n = Self::block_count(file_size, block_size, fragment);
                // Each block needs 4 bytes of the table: bounds the allocation.
                if n > ((c.buf.len() - c.pos) / 4) as u64 {
                    return Err(corrupt(
                        "file inode lists more blocks than the inode table holds",
                    ));
                }
                let mut block_sizes = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    block_sizes.push(c.u32(w)?);
                }
                InodeBody::File {
                    blocks_start,
                    file_size,
                    sparse,
                    link_count,
                    fragment,
                    fragment_offset,
                    xattr,
                    block_sizes,
                }
            }
            SYMLINK | LSYMLINK => {
                let link_count = c.u32(w)?;
                let size = c.u32(w)?;
                if size > 4096 {
                    return Err(corrupt("symlink target longer than 4096 bytes"));
                }
                let target = c.bytes(size as usize, w)?.to_vec();
                let xattr = if header.inode_type == LSYMLINK {
                    c.u32(w)?
                } else {
                    INVALID_XATTR
                };
                InodeBody::Symlink {
                    link_count,
                    target,
                    xattr,
                }
            }
            BLKDEV | CHRDEV | LBLKDEV | LCHRDEV => {
                let link_count = c.u32(w)?;
                let rdev = c.u32(w)?;
                let xattr = if header.inode_type >= LDIR {
                    c.u32(w)?
                } else {
                    INVALID_XATTR
                };
                InodeBody::Device {
                    link_count,
                    rdev,
                    xattr,
                }
            }
            FIFO | SOCKET | LFIFO | LSOCKET => {
                let link_count = c.u32(w)?;
                let xattr = if header.inode_type >= LDIR {
                    c.u32(w)?
                } else {
                    INVALID_XATTR
                };
                InodeBody::Ipc { link_count, xattr }
            }
            t => return Err(corrupt(format!("unknown inode type {t}"))),
        };
        Ok(Inode { header, body })
    }

    /// The basic type (1..=7) of this inode, as stored in directory entries.
    pub fn basic_type(&self) -> u16 {
        let t = self.header.inode_type;
        if t >= itype::LDIR {
            t - 7
        } else {
            t
        }
    }

    pub fn xattr(&self) -> u32 {
        match &self.body {
            InodeBody::Dir { xattr, .. }
            | InodeBody::File { xattr, .. }
            | InodeBody::Symlink { xattr, .. }
            | InodeBody::Device { xattr, .. }
            | InodeBody::Ipc { xattr, .. } => *xattr,
        }
    }

    pub fn link_count(&self) -> u32 {
        match &self.body {
            InodeBody::Dir { link_count, .. }
            | InodeBody::File { link_count, .. }
            | InodeBody::Symlink { link_count, .. }
            | InodeBody::Device { link_count, .. }
            | InodeBody::Ipc { link_count, .. } => *link_count,
        }
    }

    /// Writes the inode, choosing the basic form when every field fits it and
    /// the extended form otherwise (the header's type is set accordingly).
    pub fn write(&self, out: &mut Vec<u8>) {
        let h = &self.header;
        let basic = self.basic_type();
        let extended = match &self.body {
            InodeBody::Dir {
                file_size,
                xattr,
                index,
                ..
            } => *file_size > 0xFFFF || *xattr != INVALID_XATTR || !index.is_empty(),
            InodeBody::File {
                blocks_start,
                file_size,
                sparse,
                link_count,
                xattr,
                ..
            } => {
                *blocks_start > u32::MAX as u64
                    || *file_size > u32::MAX as u64
                    || *sparse != 0
                    || *link_count != 1
                    || *xattr != INVALID_XATTR
            }
            _ => self.xattr() != INVALID_XATTR,
        };
        let t = if extended { basic + 7 } else { basic };
        put_u16(out, t);
        put_u16(out, h.permissions);
        put_u16(out, h.uid_index);
        put_u16(out, h.gid_index);
        put_u32(out, h.mtime);
        put_u32(out, h.inode_number);
        match &self.body {
            InodeBody::Dir {
                block_index,
                link_count,
                file_size,
                block_offset,
                parent_inode,
                xattr,
                index,
            } => {
                if extended {
                    put_u32(out, *link_count);
                    put_u32(out, *file_size);
                    put_u32(out, *block_index);
                    put_u32(out, *parent_inode);
                    put_u16(out, index.len() as u16);
                    put_u16(out, *block_offset);
                    put_u32(out, *xattr);
                    for i in index {
                        put_u32(out, i.index);
                        put_u32(out, i.start);
                        put_u32(out, i.name.len() as u32 - 1);
                        out.extend_from_slice(&i.name);
                    }
                } else {
                    put_u32(out, *block_index);
                    put_u32(out, *link_count);
                    put_u16(out, *file_size as u16);
                    put_u16(out, *block_offset);
                    put_u32(out, *parent_inode);
                }
            }
            InodeBody::File {
                blocks_start,
                file_size,
                sparse,
                link_count,
                fragment,
                fragment_offset,
                xattr,
                block_sizes,
            } => {
                if extended {
                    put_u64(out, *blocks_start);
                    put_u64(out, *file_size);
                    put_u64(out, *sparse);
                    put_u32(out, *link_count);
                    put_u32(out, *fragment);
                    put_u32(out, *fragment_offset);
                    put_u32(out, *xattr);
                } else {
                    put_u32(out, *blocks_start as u32);
                    put_u32(out, *fragment);
                    put_u32(out, *fragment_offset);
                    put_u32(out, *file_size as u32);
                }
                for b in block_sizes {
                    put_u32(out, *b);
                }
            }
            InodeBody::Symlink {
                link_count,
                target,
                xattr,
            } => {
                put_u32(out, *link_count);
                put_u32(out, target.len() as u32);
                out.extend_from_slice(target);
                if extended {
                    put_u32(out, *xattr);
                }
            }
            InodeBody::Device {
                link_count,
                rdev,
                xattr,
            } => {
                put_u32(out, *link_count);
                put_u32(out, *rdev);
                if extended {
                    put_u32(out, *xattr);
                }
            }
            InodeBody::Ipc { link_count, xattr } => {
                put_u32(out, *link_count);
                if extended {
                    put_u32(out, *xattr);
                }
            }
        }
    }
}

/// A directory listing run header (count stored off by one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirHeader {
    pub count: u32,
    pub start: u32,
    pub inode_number: u32,
}

impl DirHeader {
    pub const SIZE: usize = 12;
    pub fn read(c: &mut Cursor) -> Result<Self> {
        let w = "directory header";
        // Stored off by one; u32::MAX must not wrap.
        let count = c.u32(w)?.saturating_add(1);
        if count > 256 {
            return Err(corrupt("directory header with more than 256 entries"));
        }
        Ok(DirHeader {
            count,
            start: c.u32(w)?,
            inode_number: c.u32(w)?,
        })
    }
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.count - 1);
        put_u32(out, self.start);
        put_u32(out, self.inode_number);
    }
}

/// One directory entry (name stored off by one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    pub offset: u16,
    pub inode_delta: i16,
    pub entry_type: u16,
    pub name: Vec<u8>,
}

impl DirEntry {
    pub fn read(c: &mut Cursor) -> Result<Self> {
        let w = "directory entry";
        let offset = c.u16(w)?;
        let inode_delta = c.u16(w)? as i16;
        let entry_type = c.u16(w)?;
        let size = c.u16(w)? as usize + 1;
        if size > 256 {
            return Err(corrupt("directory entry name longer than 256 bytes"));
        }
        let name = c.bytes(size, w)?.to_vec();
        if name.contains(&b'/') || name == b"." || name == b".." || name.contains(&0) {
            return Err(corrupt("directory entry with an invalid name"));
        }
        Ok(DirEntry {
            offset,
            inode_delta,
            entry_type,
            name,
        })
    }
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u16(out, self.offset);
        put_u16(out, self.inode_delta as u16);
        put_u16(out, self.entry_type);
        put_u16(out, (self.name.len() - 1) as u16);
        out.extend_from_slice(&self.name);
    }
}

/// A fragment table entry: where one fragment block lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FragmentEntry {
    pub start: u64,
    /// On-disk size word (bit 24 = uncompressed).
    pub size: u32,
}

impl FragmentEntry {
    pub const SIZE: usize = 16;
    pub fn read(c: &mut Cursor) -> Result<Self> {
        let start = c.u64("fragment entry")?;
        let size = c.u32("fragment entry")?;
        c.u32("fragment entry")?;
        Ok(FragmentEntry { start, size })
    }
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u64(out, self.start);
        put_u32(out, self.size);
        put_u32(out, 0);
    }
}

/// An xattr lookup table entry: one inode's key/value list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct XattrId {
    /// kv metadata block (relative to kv start) << 16 | offset.
    pub xattr_ref: u64,
    pub count: u32,
    pub size: u32,
}

impl XattrId {
    pub const SIZE: usize = 16;
    pub fn read(c: &mut Cursor) -> Result<Self> {
        Ok(XattrId {
            xattr_ref: c.u64("xattr id")?,
            count: c.u32("xattr id")?,
            size: c.u32("xattr id")?,
        })
    }
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u64(out, self.xattr_ref);
        put_u32(out, self.count);
        put_u32(out, self.size);
    }
}

/// Xattr key prefixes by type id.
pub const XATTR_PREFIXES: [&[u8]; 3] = [b"user.", b"trusted.", b"security."];
pub const XATTR_VALUE_OOL: u16 = 0x0100;

/// Size word of a data block: on-disk length.
pub fn data_size(word: u32) -> u32 {
    word & !DATA_UNCOMPRESSED
}
pub fn data_uncompressed(word: u32) -> bool {
    word & DATA_UNCOMPRESSED != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(body: InodeBody, expect_type: u16) {
        let inode = Inode {
            header: InodeHeader {
                inode_type: 0,
                permissions: 0o4755,
                uid_index: 1,
                gid_index: 2,
                mtime: 1_700_000_000,
                inode_number: 42,
            },
            body,
        };
        let mut inode = inode;
        inode.header.inode_type = match &inode.body {
            InodeBody::Dir { .. } => itype::DIR,
            InodeBody::File { .. } => itype::FILE,
            InodeBody::Symlink { .. } => itype::SYMLINK,
            InodeBody::Device { .. } => itype::CHRDEV,
            InodeBody::Ipc { .. } => itype::FIFO,
        };
        let mut b = Vec::new();
        inode.write(&mut b);
        let back = Inode::read(&mut Cursor::new(&b, 0), 131072).unwrap();
        assert_eq!(back.header.inode_type, expect_type);
        assert_eq!(back.body, inode.body);
        // Every byte consumed: the reader and writer agree on the size.
        let mut c = Cursor::new(&b, 0);
        Inode::read(&mut c, 131072).unwrap();
        assert_eq!(c.pos, b.len());
    }

    #[test]
    fn inodes_roundtrip_basic_and_extended() {
        let dir = |file_size, xattr, index: Vec<DirIndex>| InodeBody::Dir {
            block_index: 77,
            link_count: 3,
            file_size,
            block_offset: 100,
            parent_inode: 9,
            xattr,
            index,
        };
        roundtrip(dir(40, INVALID_XATTR, vec![]), itype::DIR);
        roundtrip(dir(70000, INVALID_XATTR, vec![]), itype::LDIR);
        let idx = vec![DirIndex {
            index: 8200,
            start: 4000,
            name: b"name".to_vec(),
        }];
        roundtrip(dir(9000, 5, idx), itype::LDIR);
        let file = |blocks_start, link_count, xattr, sparse| InodeBody::File {
            blocks_start,
            file_size: 300_000,
            sparse,
            link_count,
            fragment: 3,
            fragment_offset: 17,
            xattr,
            block_sizes: vec![1000, DATA_UNCOMPRESSED | 131072],
        };
        roundtrip(file(96, 1, INVALID_XATTR, 0), itype::FILE);
        roundtrip(file(1 << 33, 1, INVALID_XATTR, 0), itype::LFILE);
        roundtrip(file(96, 2, INVALID_XATTR, 0), itype::LFILE);
        roundtrip(file(96, 1, 0, 0), itype::LFILE);
        roundtrip(file(96, 1, INVALID_XATTR, 131072), itype::LFILE);
        roundtrip(
            InodeBody::Symlink {
                link_count: 1,
                target: b"../x".to_vec(),
                xattr: INVALID_XATTR,
            },
            itype::SYMLINK,
        );
        roundtrip(
            InodeBody::Symlink {
                link_count: 1,
                target: b"../x".to_vec(),
                xattr: 1,
            },
            itype::LSYMLINK,
        );
        roundtrip(
            InodeBody::Device {
                link_count: 1,
                rdev: 0x103,
                xattr: INVALID_XATTR,
            },
            itype::CHRDEV,
        );
        roundtrip(
            InodeBody::Device {
                link_count: 2,
                rdev: 0x103,
                xattr: 4,
            },
            itype::LCHRDEV,
        );
        roundtrip(
            InodeBody::Ipc {
                link_count: 1,
                xattr: INVALID_XATTR,
            },
            itype::FIFO,
        );
        roundtrip(
            InodeBody::Ipc {
                link_count: 1,
                xattr: 0,
            },
            itype::LFIFO,
        );
    }

    #[test]
    fn superblock_roundtrip_and_short_input() {
        let sb = Superblock {
            magic: MAGIC,
            inode_count: 5,
            mkfs_time: 1,
            block_size: 131072,
            fragment_count: 2,
            compressor: 1,
            block_log: 17,
            flags: flags::DUPLICATES,
            id_count: 1,
            version_major: 4,
            version_minor: 0,
            root_inode: 0x1234,
            bytes_used: 4096,
            id_table: 1,
            xattr_table: INVALID_TABLE,
            inode_table: 2,
            directory_table: 3,
            fragment_table: 4,
            export_table: INVALID_TABLE,
        };
        let mut b = Vec::new();
        sb.write(&mut b);
        assert_eq!(b.len(), SUPERBLOCK_SIZE);
        assert_eq!(Superblock::read(&b).unwrap(), sb);
        assert!(Superblock::read(&b[..50]).is_err());
    }
}
