//! Encoding metadata: each inode's record (inode, inline xattrs, then its
//! inline tail, chunk block map or lcluster index), directory blocks,
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
    /// Lcluster index. Full: every pcluster at its own address. Compact (2 bytes
    /// per lcluster): each pack of entries holds one base address and the
    /// kernel counts blocks on from it, so the file's pclusters must follow
    /// each other on disk. `tail`: bytes of the last pcluster stored inline
    /// right after the index (ztailpacking), 0 for none.
    Compressed { compact: bool, tail: u64 },
    /// The whole file at `offset` in the packed inode's content (a whole-file
    /// fragment, Linux 6.1+): the record ends with its map header.
    Fragment { offset: u64 },
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
        // The map header after 8-byte alignment; full indexes skip 8 more bytes.
        Layout::Compressed { compact: false, .. } => base.next_multiple_of(8) + 16,
        Layout::Compressed { compact: true, .. } | Layout::Fragment { .. } => {
            base.next_multiple_of(8) + 8
        }
    }
}

/// The whole record's size (records start 32-byte aligned: a nid's offset).
pub fn record_size(head: u64, layout: Layout, size: u64) -> u64 {
    let lclusters = size.div_ceil(BLOCK);
    match layout {
        Layout::Flat { tail } => head + tail,
        Layout::Fragment { .. } => head,
        Layout::Chunks => head + 4 * lclusters,
        Layout::Compressed {
            compact: false,
            tail,
        } => head + 8 * lclusters + tail,
        Layout::Compressed {
            compact: true,
            tail,
        } => {
            head + compact_packs(head, lclusters)
                .iter()
                .map(|&(_, vcnt)| pack_bytes(vcnt))
                .sum::<u64>()
                + tail
        }
    }
}

/// The packs of a compact index starting at `index_start` (only its offset
/// within 32 bytes matters) for `count` lclusters, as (first lcluster,
/// entries): 4-byte entries in packs of 2 up to a 32-byte boundary, then
/// 2-byte entries in packs of 16, then 4-byte entries for the rest.
fn compact_packs(index_start: u64, count: u64) -> Vec<(u64, u64)> {
    let initial = ((32 - index_start % 32) / 4) & 7;
    let (initial, two_byte) = if count <= initial {
        (count, 0)
    } else {
        (initial, (count - initial) / 16 * 16)
    };
    let mut packs = Vec::new();
    let mut lcn = 0;
    while lcn < initial {
        packs.push((lcn, 2));
        lcn += 2;
    }
    while lcn < initial + two_byte {
        packs.push((lcn, 16));
        lcn += 16;
    }
    while lcn < count {
        packs.push((lcn, 2));
        lcn += 2;
    }
    packs
}

fn pack_bytes(vcnt: u64) -> u64 {
    if vcnt == 2 {
        8
    } else {
        32
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
    /// Flat: the inline tail bytes; Compressed: the inline tail pcluster.
    pub tail: &'a [u8],
    /// Chunks / Compressed: one entry per 4 KiB.
    pub lcls: &'a [Lcl],
    pub compressed_blocks: u32,
    /// Compressed: the algorithm's on-disk type (`Z_EROFS_COMPRESSION_*`).
    pub algorithm: u8,
}

/// The record's bytes; an error only when a compact index can't say where
/// the file's pclusters are (they don't follow each other: a writer bug).
pub fn encode_record(r: &RecordInput<'_>) -> Result<Vec<u8>, String> {
    let node = r.tree.node(r.inode);
    let raw_u = match (node.kind, r.layout) {
        (Kind::CharDevice | Kind::BlockDevice, _) => node.rdev,
        (_, Layout::Flat { .. }) => r.blkaddr,
        (_, Layout::Chunks) => 0, // chunk = one block, 4-byte block map
        (_, Layout::Compressed { .. }) => r.compressed_blocks,
        (_, Layout::Fragment { .. }) => 0,
    };
    let inode = Inode {
        extended: !r.compact,
        layout: match r.layout {
            Layout::Flat { tail: 0 } => DataLayout::FlatPlain,
            Layout::Flat { .. } => DataLayout::FlatInline,
            Layout::Chunks => DataLayout::ChunkBased,
            Layout::Compressed { compact: false, .. } | Layout::Fragment { .. } => {
                DataLayout::CompressedFull
            }
            Layout::Compressed { compact: true, .. } => DataLayout::CompressedCompact,
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
        Layout::Compressed { compact, tail } => {
            b.resize(base_len(inode.disk_size(), r.xattrs.len() as u64), 0);
            // Map header: no fragment, big pclusters, the one algorithm for
            // both head types, 4 KiB lclusters; an inline tail's size. Compact
            // indexes need both big pcluster bits alike.
            let mut advise = if compact {
                Z_ADVISE_BIG_PCLUSTER_1 | Z_ADVISE_BIG_PCLUSTER_2 | Z_ADVISE_COMPACTED_2B
            } else {
                Z_ADVISE_BIG_PCLUSTER_1
            };
            if tail > 0 {
                if r.tail.len() as u64 != tail {
                    return Err(format!(
                        "an inline tail of {} bytes, not {tail}",
                        r.tail.len()
                    ));
                }
                advise |= Z_ADVISE_INLINE_PCLUSTER;
            }
            let mut header = [0u8; 8];
            header[2..4].copy_from_slice(&(tail as u16).to_le_bytes());
            header[4..6].copy_from_slice(&advise.to_le_bytes());
            header[6] = r.algorithm | r.algorithm << 4;
            b.extend_from_slice(&header);
            if compact {
                b.extend_from_slice(&compact_index(r.lcls, head)?);
            } else {
                b.extend_from_slice(&[0u8; 8]);
                b.extend_from_slice(&full_index(r.lcls));
            }
            b.extend_from_slice(r.tail);
        }
        Layout::Fragment { offset } => {
            b.resize(base_len(inode.disk_size(), r.xattrs.len() as u64), 0);
            // The map header's top bit (`h_clusterbits` bit 7) says "whole file in
            // the packed inode"; the other 63 bits are the offset.
            b.extend_from_slice(&(offset | 1 << 63).to_le_bytes());
        }
    }
    Ok(b)
}

/// The inode and its xattrs, 8-aligned: where a compressed file's map header starts.
fn base_len(inode_size: u64, xattr_len: u64) -> usize {
    (inode_size + xattr_len).next_multiple_of(8) as usize
}

/// The next head (or `count`, past the end) after each lcluster.
fn next_heads(lcls: &[Lcl]) -> Vec<u64> {
    let count = lcls.len() as u64;
    let mut next_head = vec![count; lcls.len()];
    let mut next = count;
    for (lcn, l) in lcls.iter().enumerate().rev() {
        next_head[lcn] = next;
        if !matches!(l, Lcl::NonHead { .. }) {
            next = lcn as u64;
        }
    }
    next_head
}

/// Full lcluster index entries (8 bytes each) for a compressed file's lclusters.
pub fn full_index(lcls: &[Lcl]) -> Vec<u8> {
    let next_head = next_heads(lcls);
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

/// Bits of an lcluster's low field in compact entries (4 KiB lclusters).
const COMPACT_LOBITS: u32 = 12;

/// Compact lcluster index entries for lclusters that start at `index_start`
/// (see [`compact_packs`]). Each entry is 2 type bits over 12 low bits: a
/// head's `clusterofs`; a NONHEAD's distance back to its head, or
/// `CBLKCNT | blocks` right after a head, or (last in its pack) the distance
/// on to the next head. A pack ends with a base address from which the
/// kernel counts a head's block: base plus the blocks of the pclusters whose
/// entries come before it in the pack ([`blocks_before`], as zmap.c walks).
pub fn compact_index(lcls: &[Lcl], index_start: u64) -> Result<Vec<u8>, String> {
    let count = lcls.len() as u64;
    let next_head = next_heads(lcls);
    let limit = u64::from(Z_LI_D0_CBLKCNT);
    let mut out = Vec::new();
    let mut base = 0u32;
    for (first, vcnt) in compact_packs(index_start, count) {
        let mut entries = Vec::with_capacity(vcnt as usize);
        let mut heads = Vec::new();
        for i in 0..vcnt {
            let lcn = first + i;
            let Some(l) = lcls.get(lcn as usize) else {
                // Past the end: PLAIN, which also ends a lookahead scan there.
                entries.push((PLAIN, 0));
                continue;
            };
            let entry = match *l {
                Lcl::Plain(blkaddr) => {
                    heads.push((i, blkaddr));
                    (PLAIN, 0)
                }
                Lcl::Head {
                    blkaddr,
                    clusterofs,
                    ..
                } => {
                    heads.push((i, blkaddr));
                    (HEAD1, u64::from(clusterofs))
                }
                Lcl::NonHead { head } if lcn == head + 1 => {
                    let Lcl::Head { blocks, .. } = lcls[head as usize] else {
                        return Err(format!("lcluster {lcn} follows no head"));
                    };
                    if u64::from(blocks) >= limit {
                        return Err(format!("a pcluster of {blocks} blocks"));
                    }
                    (NONHEAD, limit | u64::from(blocks))
                }
                Lcl::NonHead { .. } if i + 1 == vcnt => (
                    NONHEAD,
                    (next_head[lcn as usize] - lcn).min((1 << COMPACT_LOBITS) - 1),
                ),
                Lcl::NonHead { head } if lcn - head < limit => (NONHEAD, lcn - head),
                Lcl::NonHead { head } => {
                    return Err(format!("lcluster {lcn} is {} past its head", lcn - head))
                }
                Lcl::Hole => return Err(format!("lcluster {lcn} is a hole")),
            };
            entries.push(entry);
        }
        if let Some(&(i, blkaddr)) = heads.first() {
            base = blkaddr
                .checked_sub(blocks_before(&entries, i)?)
                .ok_or_else(|| format!("lcluster {} before the pack's base", first + i))?;
        }
        for &(i, blkaddr) in &heads {
            if u64::from(base) + u64::from(blocks_before(&entries, i)?) != u64::from(blkaddr) {
                return Err(format!(
                    "lcluster {} at block {blkaddr} does not follow the pclusters before it",
                    first + i
                ));
            }
        }
        let bytes = pack_bytes(vcnt) as usize;
        let encodebits = ((bytes - 4) * 8) / vcnt as usize;
        let mut pack = vec![0u8; bytes + 2];
        for (i, &(kind, lo)) in entries.iter().enumerate() {
            let v = (u32::from(kind) << COMPACT_LOBITS) | lo as u32;
            let bit = encodebits * i;
            for (k, byte) in (v << (bit & 7)).to_le_bytes().iter().enumerate().take(3) {
                pack[bit / 8 + k] |= byte;
            }
        }
        pack.truncate(bytes);
        pack[bytes - 4..].copy_from_slice(&base.to_le_bytes());
        out.extend_from_slice(&pack);
    }
    Ok(out)
}

/// Blocks of the pclusters whose entries come before entry `i` of a pack,
/// counted back as the kernel's zmap.c does for big pclusters: a `CBLKCNT`
/// entry adds its count and skips its head, any other NONHEAD jumps back to
/// its head's `CBLKCNT` entry, a head met directly is one block.
fn blocks_before(entries: &[(u8, u64)], i: u64) -> Result<u32, String> {
    let cblkcnt = u64::from(Z_LI_D0_CBLKCNT);
    let mut i = i as i64;
    let mut blocks = 0u64;
    while i > 0 {
        i -= 1;
        let (kind, lo) = entries[i as usize];
        if kind != NONHEAD {
            blocks += 1;
        } else if lo & cblkcnt != 0 {
            i -= 1;
            blocks += lo & !cblkcnt;
        } else if lo <= 1 {
            return Err(format!("entry {i} of a pack: a NONHEAD 1 past its head"));
        } else {
            i -= lo as i64 - 2;
        }
    }
    Ok(blocks as u32)
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
    /// Some file's last pcluster is inline after its index.
    pub inline_tails: bool,
    /// The packed inode's nid, when files are fragments in it.
    pub packed_nid: Option<u64>,
    /// LZMA: the dictionary size every pcluster's encoder stayed within.
    pub lzma_dict: u32,
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
        if c.inline_tails {
            sb.feature_incompat |= INCOMPAT_ZTAILPACKING;
        }
        if let Some(nid) = c.packed_nid {
            sb.feature_incompat |= INCOMPAT_FRAGMENTS;
            sb.packed_nid = nid;
        }
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
            LZMA => cfg[0..4].copy_from_slice(&c.lzma_dict.to_le_bytes()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zmap::{IndexLayout, MapHeader};

    /// A file of pclusters and plain lclusters stored one after another from
    /// block 1000, its shapes drawn from a fixed seed.
    fn contiguous_file(seed: u64, lclusters: u64) -> Vec<Lcl> {
        let mut state = seed;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let mut lcls = Vec::new();
        let mut blkaddr = 1000u32;
        let mut after_plain = true;
        while (lcls.len() as u64) < lclusters {
            let head = lcls.len() as u64;
            if next(5) == 0 {
                lcls.push(Lcl::Plain(blkaddr));
                blkaddr += 1;
                after_plain = true;
                continue;
            }
            let span = 1 + next(40);
            let blocks = if span == 1 { 1 } else { 1 + next(span.min(16)) } as u16;
            // A shifted plain extent is one lcluster: no pcluster starts inside the next.
            let clusterofs = if after_plain { 0 } else { next(4096) as u16 };
            lcls.push(Lcl::Head {
                blkaddr,
                blocks,
                clusterofs,
            });
            lcls.extend((1..span).map(|_| Lcl::NonHead { head }));
            blkaddr += u32::from(blocks);
            after_plain = false;
        }
        lcls
    }

    fn layout(lcls: &[Lcl], compact: bool, index_start: u64) -> IndexLayout {
        let advise: u16 = if compact {
            Z_ADVISE_BIG_PCLUSTER_1 | Z_ADVISE_BIG_PCLUSTER_2 | Z_ADVISE_COMPACTED_2B
        } else {
            Z_ADVISE_BIG_PCLUSTER_1
        };
        let mut header = [0u8; 8];
        header[4..6].copy_from_slice(&advise.to_le_bytes());
        IndexLayout {
            layout: if compact {
                DataLayout::CompressedCompact
            } else {
                DataLayout::CompressedFull
            },
            header: MapHeader::parse(&header, BLKSZBITS).unwrap(),
            size: lcls.len() as u64 * BLOCK,
            blkszbits: BLKSZBITS,
            index_start,
        }
    }

    /// Each NONHEAD's (delta[0], delta[1]) as the kernel's zmap.c unpacks a
    /// compact index (lookahead on).
    fn kernel_deltas(index: &[u8], index_start: u64, count: u64) -> Vec<Option<(u64, u64)>> {
        let mut out = Vec::new();
        let mut at = 0usize;
        for (_, vcnt) in compact_packs(index_start, count) {
            let bytes = pack_bytes(vcnt) as usize;
            let pack = &index[at..at + bytes];
            at += bytes;
            let encodebits = ((bytes - 4) * 8) / vcnt as usize;
            let decode = |i: usize| {
                let bit = encodebits * i;
                let mut w = [0u8; 4];
                let n = (pack.len() - bit / 8).min(4);
                w[..n].copy_from_slice(&pack[bit / 8..bit / 8 + n]);
                let v = u32::from_le_bytes(w) >> (bit & 7);
                (((v >> 12) & 3) as u8, u64::from(v & 0xfff))
            };
            let cblk = u64::from(Z_LI_D0_CBLKCNT);
            for i in 0..vcnt as usize {
                let (kind, lo) = decode(i);
                if kind != NONHEAD {
                    out.push(None);
                    continue;
                }
                let mut d1 = 0;
                let mut last = 0;
                for j in i..vcnt as usize {
                    let (k, l) = decode(j);
                    if k != NONHEAD {
                        last = u64::MAX;
                        break;
                    }
                    d1 += 1;
                    last = l;
                }
                if last != u64::MAX && last & cblk == 0 {
                    d1 += last - 1;
                }
                let d0 = if lo & cblk != 0 {
                    1
                } else if i + 1 != vcnt as usize {
                    lo
                } else {
                    match decode(i - 1) {
                        (NONHEAD, l) if l & cblk != 0 => 2,
                        (NONHEAD, l) => l + 1,
                        _ => 1,
                    }
                };
                out.push(Some((d0, d1)));
            }
        }
        out.truncate(count as usize);
        out
    }

    #[test]
    fn compact_indexes_decode_as_the_full_index_does() {
        for (seed, count) in [(1, 3), (2, 7), (3, 40), (4, 333), (5, 1000)] {
            let lcls = contiguous_file(seed, count);
            let count = lcls.len() as u64;
            let full = layout(&lcls, false, 4096 + 16);
            let want = full.extents(&full_index(&lcls), "f").unwrap();
            let next = next_heads(&lcls);
            for index_start in [8, 16, 24, 32, 4096 + 40, 4096 + 56] {
                let bytes = compact_index(&lcls, index_start).unwrap();
                let compact = layout(&lcls, true, index_start);
                assert_eq!(
                    compact.index_end().unwrap() - index_start,
                    bytes.len() as u64,
                    "seed {seed} at {index_start}"
                );
                // A record's head ends where its index starts.
                assert_eq!(
                    record_size(
                        index_start,
                        Layout::Compressed {
                            compact: true,
                            tail: 0
                        },
                        count * BLOCK
                    ),
                    index_start + bytes.len() as u64
                );
                assert_eq!(compact.extents(&bytes, "f").unwrap(), want, "seed {seed}");
                for (lcn, deltas) in kernel_deltas(&bytes, index_start, count).iter().enumerate() {
                    let Some((d0, d1)) = *deltas else { continue };
                    let Lcl::NonHead { head } = lcls[lcn] else {
                        panic!("lcluster {lcn} decodes as a NONHEAD")
                    };
                    assert_eq!(d0, lcn as u64 - head, "lcluster {lcn}, seed {seed}");
                    let to_next = next[lcn] - lcn as u64;
                    assert!(
                        d1 >= 1 && d1 <= to_next,
                        "lcluster {lcn}: {d1} of {to_next}"
                    );
                }
            }
            // 2-byte packs where the file is long enough: about a quarter of the full index.
            if count >= 64 {
                assert!(compact_index(&lcls, 32).unwrap().len() as u64 * 3 < count * 8);
            }
        }
    }

    #[test]
    fn a_compact_index_refuses_pclusters_that_do_not_follow_each_other() {
        let mut lcls = contiguous_file(7, 100);
        let moved = lcls
            .iter()
            .rposition(|l| matches!(l, Lcl::Head { .. }))
            .unwrap();
        if let Lcl::Head { blkaddr, .. } = &mut lcls[moved] {
            *blkaddr += 5;
        }
        let err = compact_index(&lcls, 16).unwrap_err();
        assert!(err.contains("does not follow"), "{err}");
    }
}
