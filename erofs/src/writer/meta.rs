//! Encoding metadata: each inode's record (inode, inline xattrs, then its
//! inline tail, chunk block map or full lcluster index), directory blocks,
//! and the superblock. Sizes are known before any address is, so records
//! can be placed first and filled in last.

use crate::error::{unsupported, Result};
use crate::format::*;
use crate::reader::Kind;
use crate::writer::tree::{Node, Tree};
use crate::zmap::{HEAD1, NONHEAD, PLAIN};

pub const BLOCK: u64 = 4096;
const BLKSZBITS: u8 = 12;

/// How one inode's data is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Full blocks from a start block, the last partial block inline after
    /// the record (`tail` bytes, 0 for none).
    Flat { tail: u64 },
    /// One address per 4 KiB block (4-byte block map), holes allowed.
    Chunks,
    /// Full lcluster index: every pcluster at its own address.
    Compressed,
}

/// Where one 4 KiB lcluster (or chunk) of a file went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lcl {
    /// Zeros, not stored (chunk-based files).
    Hole,
    /// Stored uncompressed in its own block.
    Plain(u32),
    /// The lcluster where a compressed pcluster of `blocks` blocks starts,
    /// `clusterofs` bytes in (the bytes before belong to the pcluster before).
    Head {
        blkaddr: u32,
        blocks: u16,
        clusterofs: u16,
    },
    /// Inside the pcluster whose head is lcluster `head`.
    NonHead { head: u64 },
}

/// The name prefix index and the rest of an xattr name.
pub fn xattr_prefix(name: &str) -> Result<(u8, &str)> {
    for (index, prefix) in [
        (2u8, "system.posix_acl_access"),
        (3, "system.posix_acl_default"),
        (1, "user."),
        (4, "trusted."),
        (6, "security."),
    ] {
        if let Some(rest) = name.strip_prefix(prefix) {
            if (index == 2 || index == 3) && !rest.is_empty() {
                continue;
            }
            if rest.len() > 255 {
                return Err(unsupported(format!("xattr name {name} too long")));
            }
            return Ok((index, rest));
        }
    }
    Err(unsupported(format!("xattr name {name} (no EROFS prefix)")))
}

/// The inline xattr area (header and entries), empty when there are none.
pub fn xattr_body(node: &Node) -> Result<Vec<u8>> {
    if node.xattrs.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = vec![0u8; XATTR_IBODY_HEADER_SIZE];
    for (name, value) in &node.xattrs {
        let (index, rest) = xattr_prefix(name)?;
        let value_size = u16::try_from(value.len())
            .map_err(|_| unsupported(format!("xattr {name} value of {} bytes", value.len())))?;
        let head = XattrEntry {
            name_len: rest.len() as u8,
            name_index: index,
            value_size,
        };
        b.extend_from_slice(&head.to_bytes());
        b.extend_from_slice(rest.as_bytes());
        b.extend_from_slice(value);
        b.resize(b.len().next_multiple_of(4), 0);
    }
    if (b.len() - XATTR_IBODY_HEADER_SIZE) / 4 + 1 > usize::from(u16::MAX) {
        return Err(unsupported(format!(
            "{} bytes of xattrs on {}",
            b.len(),
            String::from_utf8_lossy(&node.path)
        )));
    }
    Ok(b)
}

/// Whether a node fits a compact (32-byte) inode: small ids, size and link
/// count, and the image's common mtime (compact inodes take it from the superblock).
pub fn fits_compact(node: &Node, nlink: u32, epoch: (u64, u32)) -> bool {
    node.uid <= 0xFFFF
        && node.gid <= 0xFFFF
        && nlink <= 0xFFFF
        && node.size <= u64::from(u32::MAX)
        && (node.mtime, node.mtime_nsec) == epoch
}

/// Bytes of the record from its start to the first byte of its index / tail.
pub fn record_head(inode_size: u64, xattr_len: u64, layout: Layout) -> u64 {
    let base = inode_size + xattr_len;
    match layout {
        Layout::Flat { .. } => base,
        Layout::Chunks => base.next_multiple_of(4),
        // The map header after 8-byte alignment, then 8 reserved bytes.
        Layout::Compressed => base.next_multiple_of(8) + 16,
    }
}

/// The whole record's size.
pub fn record_size(head: u64, layout: Layout, size: u64) -> u64 {
    match layout {
        Layout::Flat { tail } => head + tail,
        Layout::Chunks => head + 4 * size.div_ceil(BLOCK),
        Layout::Compressed => head + 8 * size.div_ceil(BLOCK),
    }
}

/// Directory content: blocks of sorted dirents and names; the last block is
/// cut at its used length.
pub fn dir_content(dirents: &[(Vec<u8>, usize)], nid: &[u64], file_type: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < dirents.len() {
        let mut used = 0usize;
        let mut j = i;
        while j < dirents.len() && used + Dirent::SIZE + dirents[j].0.len() <= BLOCK as usize {
            used += Dirent::SIZE + dirents[j].0.len();
            j += 1;
        }
        let mut block = Vec::with_capacity(BLOCK as usize);
        let mut nameoff = Dirent::SIZE * (j - i);
        for (name, ino) in &dirents[i..j] {
            let d = Dirent {
                nid: nid[*ino],
                nameoff: nameoff as u16,
                file_type: file_type[*ino],
            };
            block.extend_from_slice(&d.to_bytes());
            nameoff += name.len();
        }
        for (name, _) in &dirents[i..j] {
            block.extend_from_slice(name);
        }
        if j < dirents.len() {
            block.resize(BLOCK as usize, 0);
        }
        out.extend_from_slice(&block);
        i = j;
    }
    out
}

/// Byte length of a directory's content (same packing as [`dir_content`]).
pub fn dir_size(dirents: &[(Vec<u8>, usize)]) -> u64 {
    let mut size = 0u64;
    let mut used = 0u64;
    for (name, _) in dirents {
        let need = (Dirent::SIZE + name.len()) as u64;
        if used + need > BLOCK {
            size += BLOCK;
            used = 0;
        }
        used += need;
    }
    size + used
}

pub fn file_type(kind: Kind) -> u8 {
    match kind {
        Kind::File => 1,
        Kind::Dir => 2,
        Kind::CharDevice => 3,
        Kind::BlockDevice => 4,
        Kind::Fifo => 5,
        Kind::Socket => 6,
        Kind::Symlink => 7,
    }
}

fn type_bits(kind: Kind) -> u16 {
    match kind {
        Kind::File => 0o100000,
        Kind::Dir => 0o040000,
        Kind::Symlink => 0o120000,
        Kind::CharDevice => 0o020000,
        Kind::BlockDevice => 0o060000,
        Kind::Fifo => 0o010000,
        Kind::Socket => 0o140000,
    }
}

/// Everything one record's bytes depend on.
pub struct RecordInput<'a> {
    pub tree: &'a Tree<'a>,
    pub inode: usize,
    pub ino: u32,
    pub compact: bool,
    pub layout: Layout,
    pub size: u64,
    pub xattrs: &'a [u8],
    /// Flat: the first full block (NULL_ADDR when none); devices: ignored.
    pub blkaddr: u32,
    /// Flat: the inline tail bytes.
    pub tail: &'a [u8],
    /// Chunks / Compressed: one entry per 4 KiB.
    pub lcls: &'a [Lcl],
    pub compressed_blocks: u32,
    /// Compressed: the algorithm's on-disk type (`Z_EROFS_COMPRESSION_*`).
    pub algorithm: u8,
}

pub fn encode_record(r: &RecordInput<'_>) -> Vec<u8> {
    let node = r.tree.node(r.inode);
    let raw_u = match (node.kind, r.layout) {
        (Kind::CharDevice | Kind::BlockDevice, _) => node.rdev,
        (_, Layout::Flat { .. }) => r.blkaddr,
        (_, Layout::Chunks) => 0, // chunk = one block, 4-byte block map
        (_, Layout::Compressed) => r.compressed_blocks,
    };
    let inode = Inode {
        extended: !r.compact,
        layout: match r.layout {
            Layout::Flat { tail: 0 } => DataLayout::FlatPlain,
            Layout::Flat { .. } => DataLayout::FlatInline,
            Layout::Chunks => DataLayout::ChunkBased,
            Layout::Compressed => DataLayout::CompressedFull,
        },
        flag_bit4: false,
        xattr_icount: if r.xattrs.is_empty() {
            0
        } else {
            ((r.xattrs.len() - XATTR_IBODY_HEADER_SIZE) / 4 + 1) as u16
        },
        mode: type_bits(node.kind) | (node.mode & 0o7777),
        nlink: r.tree.inodes[r.inode].nlink,
        size: r.size,
        raw_u,
        ino: r.ino,
        uid: node.uid,
        gid: node.gid,
        // Compact inodes: 0 = the superblock's epoch, read the same by old and new kernels.
        mtime: if r.compact { 0 } else { node.mtime },
        mtime_nsec: if r.compact { 0 } else { node.mtime_nsec },
    };
    let mut b = inode.to_bytes();
    b.extend_from_slice(r.xattrs);
    let head = record_head(inode.disk_size(), r.xattrs.len() as u64, r.layout);
    match r.layout {
        Layout::Flat { .. } => b.extend_from_slice(r.tail),
        Layout::Chunks => {
            b.resize(head as usize, 0);
            for l in r.lcls {
                let addr = match *l {
                    Lcl::Plain(a) => a,
                    _ => NULL_ADDR,
                };
                b.extend_from_slice(&addr.to_le_bytes());
            }
        }
        Layout::Compressed => {
            b.resize(head as usize - 16, 0);
            // Map header: no fragment, advise big pcluster for HEAD1, the one
            // algorithm for both head types, 4 KiB lclusters.
            let mut header = [0u8; 8];
            header[4..6].copy_from_slice(&Z_ADVISE_BIG_PCLUSTER_1.to_le_bytes());
            header[6] = r.algorithm | r.algorithm << 4;
            b.extend_from_slice(&header);
            b.extend_from_slice(&[0u8; 8]);
            b.extend_from_slice(&full_index(r.lcls));
        }
    }
    b
}

/// Full lcluster index entries (8 bytes each) for a compressed file's lclusters.
pub fn full_index(lcls: &[Lcl]) -> Vec<u8> {
    let count = lcls.len() as u64;
    // The next head after each lcluster (count past the end).
    let mut next_head = vec![count; lcls.len()];
    let mut next = count;
    for (lcn, l) in lcls.iter().enumerate().rev() {
        next_head[lcn] = next;
        if !matches!(l, Lcl::NonHead { .. }) {
            next = lcn as u64;
        }
    }
    let mut b = Vec::with_capacity(lcls.len() * 8);
    for (lcn, l) in lcls.iter().enumerate() {
        let lcn = lcn as u64;
        let (advise, clusterofs, u) = match *l {
            Lcl::Plain(a) => (PLAIN, 0u16, a),
            Lcl::Head {
                blkaddr,
                clusterofs,
                ..
            } => (HEAD1, clusterofs, blkaddr),
            Lcl::Hole => (PLAIN, 0, NULL_ADDR),
            Lcl::NonHead { head } => {
                let d0 = if lcn == head + 1 {
                    let Lcl::Head { blocks, .. } = lcls[head as usize] else {
                        unreachable!("a NONHEAD follows a HEAD")
                    };
                    Z_LI_D0_CBLKCNT | blocks
                } else {
                    (lcn - head) as u16
                };
                let d1 = (next_head[lcn as usize] - lcn) as u16;
                (NONHEAD, BLOCK as u16, u32::from(d0) | (u32::from(d1) << 16))
            }
        };
        b.extend_from_slice(&u16::from(advise).to_le_bytes());
        b.extend_from_slice(&clusterofs.to_le_bytes());
        b.extend_from_slice(&u.to_le_bytes());
    }
    b
}

/// What the superblock says of compressed files: their algorithm's on-disk
/// type and the largest pcluster.
/// `Z_EROFS_COMPRESSION_*`.
const LZ4: u8 = 0;
const LZMA: u8 = 1;
const DEFLATE: u8 = 2;
const ZSTD: u8 = 3;

pub struct Compression {
    pub algorithm: u8,
    pub max_pcluster_blocks: u16,
}

/// The superblock block (block 0): superblock, then the algorithm's
/// configuration when compressed files exist; checksummed.
pub fn superblock_block(
    root_nid: u16,
    inos: u64,
    epoch: (u64, u32),
    blocks: u32,
    compression: Option<Compression>,
) -> Vec<u8> {
    let mut raw = [0u8; SUPER_SIZE];
    raw[0..4].copy_from_slice(&MAGIC.to_le_bytes());
    raw[12] = BLKSZBITS;
    let mut sb = Superblock::parse(&raw).expect("a minimal valid superblock");
    sb.feature_compat = COMPAT_SB_CHKSUM;
    sb.root_nid = root_nid;
    sb.inos = inos;
    sb.epoch = epoch.0;
    sb.fixed_nsec = epoch.1;
    sb.blocks = blocks;
    sb.meta_blkaddr = 0;
    sb.xattr_blkaddr = 0;
    sb.feature_incompat = INCOMPAT_LZ4_0PADDING | INCOMPAT_CHUNKED_FILE;
    let mut block = vec![0u8; BLOCK as usize];
    if let Some(c) = compression {
        // BIG_PCLUSTER is also COMPR_CFGS: one configuration record (a length, then
        // 14 bytes) per available algorithm, after the superblock.
        sb.feature_incompat |= INCOMPAT_BIG_PCLUSTER;
        sb.available_compr_algs = 1 << c.algorithm;
        let at = (SUPER_OFFSET as usize + SUPER_SIZE).next_multiple_of(4);
        let size: u16 = match c.algorithm {
            LZMA | LZ4 => 14,
            _ => 6,
        };
        block[at..at + 2].copy_from_slice(&size.to_le_bytes());
        let cfg = &mut block[at + 2..at + 2 + usize::from(size)];
        match c.algorithm {
            // z_erofs_lzma_cfgs: dict_size, format 0, 8 reserved bytes.
            LZMA => cfg[0..4].copy_from_slice(&super::data::LZMA_DICT_SIZE.to_le_bytes()),
            // z_erofs_deflate_cfgs: windowbits, 5 reserved bytes.
            DEFLATE => cfg[0] = super::fit::DEFLATE_WINDOW_BITS,
            // z_erofs_zstd_cfgs: format 0, windowlog - 10, 4 reserved bytes.
            ZSTD => cfg[1] = super::fit::ZSTD_WINDOW_LOG - 10,
            // z_erofs_lz4_cfgs: max_distance, max_pclusterblks, 10 reserved bytes.
            _ => {
                cfg[0..2].copy_from_slice(&u16::MAX.to_le_bytes());
                cfg[2..4].copy_from_slice(&c.max_pcluster_blocks.to_le_bytes());
            }
        }
    }
    let so = SUPER_OFFSET as usize;
    block[so..so + SUPER_SIZE].copy_from_slice(&sb.to_bytes());
    sb.checksum = Superblock::compute_checksum(&block[so..so + sb.checksum_len()]);
    block[so..so + SUPER_SIZE].copy_from_slice(&sb.to_bytes());
    block
}
