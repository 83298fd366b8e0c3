//! EROFS on-disk structures (as in erofs-utils `include/erofs_fs.h`), each with
//! `parse` from bytes and `to_bytes` back, so a writer can reuse them.
//! All integers are little-endian.

use crate::error::{corrupt, unsupported, Result};

pub const MAGIC: u32 = 0xE0F5_E1E2;
/// The superblock starts 1 KiB into the image.
pub const SUPER_OFFSET: u64 = 1024;
/// The fixed part of the superblock; `sb_extslots` 16-byte slots may follow.
pub const SUPER_SIZE: usize = 128;
/// Inodes sit in 32-byte slots: inode offset = meta_blkaddr * block size + 32 * nid.
pub const INODE_SLOT: u64 = 32;

pub const COMPAT_SB_CHKSUM: u32 = 0x1;

pub const INCOMPAT_LZ4_0PADDING: u32 = 0x1;
pub const INCOMPAT_BIG_PCLUSTER: u32 = 0x2;
/// The same bit: compression configurations follow the superblock.
pub const INCOMPAT_COMPR_CFGS: u32 = 0x2;
pub const INCOMPAT_CHUNKED_FILE: u32 = 0x4;
pub const INCOMPAT_DEVICE_TABLE: u32 = 0x8;
pub const INCOMPAT_ZTAILPACKING: u32 = 0x10;
pub const INCOMPAT_FRAGMENTS: u32 = 0x20;
pub const INCOMPAT_XATTR_PREFIXES: u32 = 0x40;
pub const INCOMPAT_48BIT: u32 = 0x80;
pub const INCOMPAT_METABOX: u32 = 0x100;
/// The incompatible features this reader understands; any other bit is refused.
pub const INCOMPAT_SUPPORTED: u32 = INCOMPAT_LZ4_0PADDING
    | INCOMPAT_BIG_PCLUSTER
    | INCOMPAT_CHUNKED_FILE
    | INCOMPAT_DEVICE_TABLE
    | INCOMPAT_ZTAILPACKING
    | INCOMPAT_FRAGMENTS
    | INCOMPAT_XATTR_PREFIXES;

/// Whether the file at `path` starts like an EROFS image (the magic 1 KiB in).
pub fn has_magic(path: &std::path::Path) -> std::io::Result<bool> {
    has_magic_at(&std::fs::File::open(path)?, 0)
}

/// Whether `file` holds an EROFS image from byte `base` on (an image inside an ISO, or
/// behind a loop offset).
pub fn has_magic_at(file: &std::fs::File, base: u64) -> std::io::Result<bool> {
    use std::os::unix::fs::FileExt;
    let mut magic = [0u8; 4];
    match file.read_exact_at(&mut magic, base + SUPER_OFFSET) {
        Ok(()) => Ok(magic == MAGIC.to_le_bytes()),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    }
}

/// The compression algorithms by their bit in `available_compr_algs`.
pub const ALGORITHM_NAMES: [&str; 4] = ["lz4", "lzma", "deflate", "zstd"];

/// Fails unless `b` holds at least `len` bytes of `what`.
fn need(b: &[u8], len: usize, what: &str) -> Result<()> {
    if b.len() < len {
        return Err(corrupt(format!("{what} truncated")));
    }
    Ok(())
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

/// The superblock fields this crate uses; the rest of the 128 bytes is kept
/// verbatim in `raw` so `to_bytes` round-trips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Superblock {
    pub checksum: u32,
    pub feature_compat: u32,
    pub blkszbits: u8,
    pub sb_extslots: u8,
    pub root_nid: u16,
    pub inos: u64,
    pub epoch: u64,
    pub fixed_nsec: u32,
    pub blocks: u32,
    pub meta_blkaddr: u32,
    pub xattr_blkaddr: u32,
    pub uuid: [u8; 16],
    pub volume_name: [u8; 16],
    pub feature_incompat: u32,
    pub available_compr_algs: u16,
    pub extra_devices: u16,
    pub dirblkbits: u8,
    pub xattr_prefix_count: u8,
    pub packed_nid: u64,
    pub build_time: u32,
    raw: [u8; SUPER_SIZE],
}

impl Superblock {
    /// Parses the 128 bytes at [`SUPER_OFFSET`]; checks the magic, block size
    /// and incompatible feature bits.
    pub fn parse(b: &[u8]) -> Result<Superblock> {
        need(b, SUPER_SIZE, "superblock")?;
        let magic = u32_at(b, 0);
        if magic != MAGIC {
            return Err(corrupt(format!(
                "bad magic {magic:#x} (not an EROFS image)"
            )));
        }
        let sb = Superblock {
            checksum: u32_at(b, 4),
            feature_compat: u32_at(b, 8),
            blkszbits: b[12],
            sb_extslots: b[13],
            root_nid: u16_at(b, 14),
            inos: u64_at(b, 16),
            epoch: u64_at(b, 24),
            fixed_nsec: u32_at(b, 32),
            blocks: u32_at(b, 36),
            meta_blkaddr: u32_at(b, 40),
            xattr_blkaddr: u32_at(b, 44),
            uuid: b[48..64].try_into().expect("16 bytes"),
            volume_name: b[64..80].try_into().expect("16 bytes"),
            feature_incompat: u32_at(b, 80),
            available_compr_algs: u16_at(b, 84),
            extra_devices: u16_at(b, 86),
            dirblkbits: b[90],
            xattr_prefix_count: b[91],
            packed_nid: u64_at(b, 96),
            build_time: u32_at(b, 108),
            raw: b[..SUPER_SIZE].try_into().expect("128 bytes"),
        };
        if !(9..=16).contains(&sb.blkszbits) {
            return Err(corrupt(format!(
                "block size 2^{} out of range",
                sb.blkszbits
            )));
        }
        let unknown = sb.feature_incompat & !INCOMPAT_SUPPORTED;
        if unknown != 0 {
            return Err(unsupported(format!(
                "incompatible feature bits {unknown:#x} (48-bit layout {:#x} and metabox {:#x} are not read yet)",
                INCOMPAT_48BIT, INCOMPAT_METABOX
            )));
        }
        if sb.extra_devices != 0 {
            return Err(unsupported(format!("{} extra devices", sb.extra_devices)));
        }
        if sb.dirblkbits != 0 {
            return Err(unsupported("directory blocks larger than the block size"));
        }
        Ok(sb)
    }

    /// The 128 bytes as on disk (fields written over the original bytes).
    pub fn to_bytes(&self) -> [u8; SUPER_SIZE] {
        let mut b = self.raw;
        b[0..4].copy_from_slice(&MAGIC.to_le_bytes());
        b[4..8].copy_from_slice(&self.checksum.to_le_bytes());
        b[8..12].copy_from_slice(&self.feature_compat.to_le_bytes());
        b[12] = self.blkszbits;
        b[13] = self.sb_extslots;
        b[14..16].copy_from_slice(&self.root_nid.to_le_bytes());
        b[16..24].copy_from_slice(&self.inos.to_le_bytes());
        b[24..32].copy_from_slice(&self.epoch.to_le_bytes());
        b[32..36].copy_from_slice(&self.fixed_nsec.to_le_bytes());
        b[36..40].copy_from_slice(&self.blocks.to_le_bytes());
        b[40..44].copy_from_slice(&self.meta_blkaddr.to_le_bytes());
        b[44..48].copy_from_slice(&self.xattr_blkaddr.to_le_bytes());
        b[48..64].copy_from_slice(&self.uuid);
        b[64..80].copy_from_slice(&self.volume_name);
        b[80..84].copy_from_slice(&self.feature_incompat.to_le_bytes());
        b[84..86].copy_from_slice(&self.available_compr_algs.to_le_bytes());
        b[86..88].copy_from_slice(&self.extra_devices.to_le_bytes());
        b[90] = self.dirblkbits;
        b[91] = self.xattr_prefix_count;
        b[96..104].copy_from_slice(&self.packed_nid.to_le_bytes());
        b[108..112].copy_from_slice(&self.build_time.to_le_bytes());
        b
    }

    pub fn block_size(&self) -> u64 {
        1 << self.blkszbits
    }

    /// The image's compressor as liveopt's image identity names it: the algorithms the
    /// superblock lists ([`ALGORITHM_NAMES`]) joined by `+`, "none" for none. `None` when
    /// the superblock lists none (no `COMPR_CFGS`, an older image): only its inodes tell
    /// whether it compresses (then with lz4).
    pub fn compressor_name(&self) -> Option<String> {
        if self.feature_incompat & INCOMPAT_COMPR_CFGS == 0 {
            return None;
        }
        let names: Vec<&str> = ALGORITHM_NAMES
            .iter()
            .enumerate()
            .filter(|(i, _)| self.available_compr_algs & (1 << i) != 0)
            .map(|(_, n)| *n)
            .collect();
        Some(if names.is_empty() {
            "none".into()
        } else {
            names.join("+")
        })
    }

    /// How many bytes from [`SUPER_OFFSET`] the checksum covers (the rest of
    /// the first block, at least up to 4 KiB).
    pub fn checksum_len(&self) -> usize {
        (self.block_size().max(4096) - SUPER_OFFSET) as usize
    }

    /// The checksum of `area` (the [`Superblock::checksum_len`] bytes from the
    /// superblock on), computed with the checksum field as zero: the kernel's
    /// `crc32c(~0, ...)` without the final inversion.
    pub fn compute_checksum(area: &[u8]) -> u32 {
        let mut crc = !0u32;
        for (i, &byte) in area.iter().enumerate() {
            let byte = if (4..8).contains(&i) { 0 } else { byte };
            crc = crc32c_step(crc, byte);
        }
        crc
    }
}

fn crc32c_step(crc: u32, byte: u8) -> u32 {
    const POLY: u32 = 0x82F6_3B78;
    let mut crc = crc ^ u32::from(byte);
    for _ in 0..8 {
        crc = if crc & 1 != 0 {
            (crc >> 1) ^ POLY
        } else {
            crc >> 1
        };
    }
    crc
}

/// How a file's data is stored (`i_format` bits 1..3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataLayout {
    FlatPlain,
    CompressedFull,
    FlatInline,
    CompressedCompact,
    ChunkBased,
}

impl DataLayout {
    fn from_bits(bits: u16) -> Result<DataLayout> {
        Ok(match bits {
            0 => DataLayout::FlatPlain,
            1 => DataLayout::CompressedFull,
            2 => DataLayout::FlatInline,
            3 => DataLayout::CompressedCompact,
            4 => DataLayout::ChunkBased,
            other => return Err(corrupt(format!("unknown data layout {other}"))),
        })
    }

    fn bits(self) -> u16 {
        self as u16
    }
}

pub const CHUNK_FORMAT_BLKBITS_MASK: u16 = 0x1F;
pub const CHUNK_FORMAT_INDEXES: u16 = 0x20;
/// A chunk address meaning "hole: reads as zeros".
pub const NULL_ADDR: u32 = u32::MAX;

/// An inode, compact (32 bytes) or extended (64 bytes), as one structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inode {
    pub extended: bool,
    pub layout: DataLayout,
    /// `i_format` bit 4: nlink is 1 (compact non-directories) / `.` omitted (directories).
    pub flag_bit4: bool,
    pub xattr_icount: u16,
    pub mode: u16,
    pub nlink: u32,
    pub size: u64,
    /// Start block (flat), blocks (compressed), rdev (devices) or chunk format (chunk-based).
    pub raw_u: u32,
    pub ino: u32,
    pub uid: u32,
    pub gid: u32,
    /// Seconds: relative to the superblock epoch for compact inodes, absolute for extended ones.
    pub mtime: u64,
    pub mtime_nsec: u32,
}

impl Inode {
    pub const COMPACT_SIZE: usize = 32;
    pub const EXTENDED_SIZE: usize = 64;

    /// Size of the on-disk inode whose first two bytes (`i_format`) are given.
    pub fn size_from_format(i_format: u16) -> usize {
        if i_format & 1 != 0 {
            Self::EXTENDED_SIZE
        } else {
            Self::COMPACT_SIZE
        }
    }

    pub fn parse(b: &[u8]) -> Result<Inode> {
        if b.len() < 2 || b.len() < Self::size_from_format(u16_at(b, 0)) {
            return Err(corrupt("inode truncated"));
        }
        let i_format = u16_at(b, 0);
        if i_format & !0x1F != 0 {
            return Err(unsupported(format!("inode format bits {i_format:#x}")));
        }
        let extended = i_format & 1 != 0;
        let layout = DataLayout::from_bits((i_format >> 1) & 7)?;
        let flag_bit4 = i_format & 0x10 != 0;
        let mode = u16_at(b, 4);
        let is_dir = mode & 0o170000 == 0o040000;
        Ok(if extended {
            Inode {
                extended,
                layout,
                flag_bit4,
                xattr_icount: u16_at(b, 2),
                mode,
                nlink: u32_at(b, 44),
                size: u64_at(b, 8),
                raw_u: u32_at(b, 16),
                ino: u32_at(b, 20),
                uid: u32_at(b, 24),
                gid: u32_at(b, 28),
                mtime: u64_at(b, 32),
                mtime_nsec: u32_at(b, 40),
            }
        } else {
            Inode {
                extended,
                layout,
                flag_bit4,
                xattr_icount: u16_at(b, 2),
                mode,
                nlink: if flag_bit4 && !is_dir {
                    1
                } else {
                    u32::from(u16_at(b, 6))
                },
                size: u64::from(u32_at(b, 8)),
                raw_u: u32_at(b, 16),
                ino: u32_at(b, 20),
                uid: u32::from(u16_at(b, 24)),
                gid: u32::from(u16_at(b, 26)),
                mtime: u64::from(u32_at(b, 12)),
                mtime_nsec: 0,
            }
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let i_format = u16::from(self.extended)
            | (self.layout.bits() << 1)
            | if self.flag_bit4 { 0x10 } else { 0 };
        let mut b = vec![
            0u8;
            if self.extended {
                Self::EXTENDED_SIZE
            } else {
                Self::COMPACT_SIZE
            }
        ];
        b[0..2].copy_from_slice(&i_format.to_le_bytes());
        b[2..4].copy_from_slice(&self.xattr_icount.to_le_bytes());
        b[4..6].copy_from_slice(&self.mode.to_le_bytes());
        b[16..20].copy_from_slice(&self.raw_u.to_le_bytes());
        b[20..24].copy_from_slice(&self.ino.to_le_bytes());
        if self.extended {
            b[8..16].copy_from_slice(&self.size.to_le_bytes());
            b[24..28].copy_from_slice(&self.uid.to_le_bytes());
            b[28..32].copy_from_slice(&self.gid.to_le_bytes());
            b[32..40].copy_from_slice(&self.mtime.to_le_bytes());
            b[40..44].copy_from_slice(&self.mtime_nsec.to_le_bytes());
            b[44..48].copy_from_slice(&self.nlink.to_le_bytes());
        } else {
            b[6..8].copy_from_slice(&(self.nlink as u16).to_le_bytes());
            b[8..12].copy_from_slice(&(self.size as u32).to_le_bytes());
            b[12..16].copy_from_slice(&(self.mtime as u32).to_le_bytes());
            b[24..26].copy_from_slice(&(self.uid as u16).to_le_bytes());
            b[26..28].copy_from_slice(&(self.gid as u16).to_le_bytes());
        }
        b
    }

    /// On-disk size of the inode itself.
    pub fn disk_size(&self) -> u64 {
        if self.extended {
            Self::EXTENDED_SIZE as u64
        } else {
            Self::COMPACT_SIZE as u64
        }
    }

    /// Size of the inline xattr area that follows the inode.
    pub fn xattr_ibody_size(&self) -> u64 {
        match self.xattr_icount {
            0 => 0,
            n => XATTR_IBODY_HEADER_SIZE as u64 + 4 * (u64::from(n) - 1),
        }
    }
}

/// Map header advise bits of compressed inodes (`h_advise`). `COMPACTED_2B`
/// (compact indexes) and `EXTENTS` (full indexes) share a bit.
pub const Z_ADVISE_COMPACTED_2B: u16 = 0x1;
pub const Z_ADVISE_EXTENTS: u16 = 0x1;
pub const Z_ADVISE_BIG_PCLUSTER_1: u16 = 0x2;
pub const Z_ADVISE_BIG_PCLUSTER_2: u16 = 0x4;
pub const Z_ADVISE_INLINE_PCLUSTER: u16 = 0x8;
pub const Z_ADVISE_INTERLACED_PCLUSTER: u16 = 0x10;
pub const Z_ADVISE_FRAGMENT_PCLUSTER: u16 = 0x20;
/// Map header byte 7 bit: the whole file is in the packed inode.
pub const Z_FRAGMENT_INODE_BIT: u8 = 7;
/// Lcluster index bits: a head that references part of a pcluster; a NONHEAD's
/// first delta that holds a big pcluster's block count.
pub const Z_LI_PARTIAL_REF: u16 = 1 << 15;
pub const Z_LI_D0_CBLKCNT: u16 = 1 << 11;

/// The header of an inode's inline xattr area; shared xattr ids follow it.
pub const XATTR_IBODY_HEADER_SIZE: usize = 12;

/// One xattr entry header; the name (without its prefix) and value follow,
/// and the whole entry is padded to 4 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XattrEntry {
    pub name_len: u8,
    pub name_index: u8,
    pub value_size: u16,
}

impl XattrEntry {
    pub const SIZE: usize = 4;

    pub fn parse(b: &[u8]) -> Result<XattrEntry> {
        need(b, Self::SIZE, "xattr entry")?;
        Ok(XattrEntry {
            name_len: b[0],
            name_index: b[1],
            value_size: u16_at(b, 2),
        })
    }

    pub fn to_bytes(&self) -> [u8; Self::SIZE] {
        let v = self.value_size.to_le_bytes();
        [self.name_len, self.name_index, v[0], v[1]]
    }

    /// Bytes of header, name and value, padded to 4.
    pub fn total_size(&self) -> usize {
        (Self::SIZE + usize::from(self.name_len) + usize::from(self.value_size)).next_multiple_of(4)
    }

    /// The name prefix of a short prefix index.
    pub fn prefix(name_index: u8) -> Result<&'static str> {
        Ok(match name_index {
            1 => "user.",
            2 => "system.posix_acl_access",
            3 => "system.posix_acl_default",
            4 => "trusted.",
            5 => "lustre.",
            6 => "security.",
            i if i & 0x80 != 0 => return Err(unsupported("long xattr name prefixes")),
            i => return Err(corrupt(format!("unknown xattr name index {i}"))),
        })
    }
}

/// A directory entry (12 bytes); names follow the entry array in the same block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dirent {
    pub nid: u64,
    pub nameoff: u16,
    pub file_type: u8,
}

impl Dirent {
    pub const SIZE: usize = 12;

    pub fn parse(b: &[u8]) -> Result<Dirent> {
        need(b, Self::SIZE, "dirent")?;
        Ok(Dirent {
            nid: u64_at(b, 0),
            nameoff: u16_at(b, 8),
            file_type: b[10],
        })
    }

    pub fn to_bytes(&self) -> [u8; Self::SIZE] {
        let mut b = [0u8; Self::SIZE];
        b[0..8].copy_from_slice(&self.nid.to_le_bytes());
        b[8..10].copy_from_slice(&self.nameoff.to_le_bytes());
        b[10] = self.file_type;
        b
    }
}

/// One entry of a chunk-based file's index: 4 bytes (block map: address only)
/// or 8 bytes (`CHUNK_FORMAT_INDEXES`: advise, device id, address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkIndex {
    pub device_id: u16,
    pub blkaddr: u32,
}

impl ChunkIndex {
    pub fn parse(b: &[u8], full: bool) -> Result<ChunkIndex> {
        match (full, b.len()) {
            (true, n) if n >= 8 => Ok(ChunkIndex {
                device_id: u16_at(b, 2),
                blkaddr: u32_at(b, 4),
            }),
            (false, n) if n >= 4 => Ok(ChunkIndex {
                device_id: 0,
                blkaddr: u32_at(b, 0),
            }),
            _ => Err(corrupt("chunk index truncated")),
        }
    }

    pub fn to_bytes(&self, full: bool) -> Vec<u8> {
        if full {
            let mut b = vec![0u8; 8];
            b[2..4].copy_from_slice(&self.device_id.to_le_bytes());
            b[4..8].copy_from_slice(&self.blkaddr.to_le_bytes());
            b
        } else {
            self.blkaddr.to_le_bytes().to_vec()
        }
    }

    pub fn entry_size(full: bool) -> u64 {
        if full {
            8
        } else {
            4
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32c_matches_the_standard_check_value() {
        // The standard CRC-32C of "123456789" is 0xE3069283; the kernel form omits the final inversion.
        let mut crc = !0u32;
        for &b in b"123456789" {
            crc = crc32c_step(crc, b);
        }
        assert_eq!(!crc, 0xE306_9283);
    }

    #[test]
    fn inode_round_trips() {
        let inode = Inode {
            extended: true,
            layout: DataLayout::ChunkBased,
            flag_bit4: false,
            xattr_icount: 3,
            mode: 0o100644,
            nlink: 2,
            size: 1 << 33,
            raw_u: 0x21,
            ino: 7,
            uid: 100_000,
            gid: 5,
            mtime: 1_700_000_000,
            mtime_nsec: 12,
        };
        assert_eq!(Inode::parse(&inode.to_bytes()).unwrap(), inode);
    }
}
