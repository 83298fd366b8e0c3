//! The [`RegionIndex`] of an EROFS image. An inode's number is its nid. Regions:
//! - data: one region per block of an uncompressed (flat or chunk-based) file, one per
//!   pcluster of a compressed file (`Data { inode, block }`, `block` the file's unit);
//! - the packed inode's pclusters, which hold fragments (tails or whole files of
//!   several files): `Fragment { index }`, with the files whose bytes they hold;
//! - inodes: every block holding an inode (with its xattrs, inline tail, chunk or
//!   lcluster index), as one metadata stream of block-sized blocks;
//! - directory blocks (a directory's non-inline data), as the other stream;
//! - the superblock, the shared xattr area, and padding for what nothing claims.
//!
//! Inline data (a flat file's tail, a ztailpacking pcluster) lives inside its inode's
//! block: it is a unit of the file but not a region of its own.

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use erofs::format::DataLayout;
use erofs::{Archive, Entry, Kind, Source};
use formats::Extent;

use crate::regions::{FileData, IndexEntry, Region, RegionIndex, RegionKind, Table};

/// What one block-aligned claim holds, before regions are cut.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Claim {
    Data { inode: u32, unit: u32 },
    Packed { index: u32 },
    Directory,
}

impl RegionIndex {
    /// The index of an EROFS image.
    pub fn from_erofs(archive: &Archive) -> Result<RegionIndex> {
        let sb = archive.superblock();
        let bs = sb.block_size();
        let image_end = u64::from(sb.blocks) * bs;
        let nid32 = |nid: u64| -> Result<u32> {
            u32::try_from(nid).with_context(|| format!("inode nid {nid} does not fit 32 bits"))
        };
        // Byte claims: (start, len, what), first claim of a byte wins.
        let mut claims: BTreeMap<u64, (u64, Claim)> = BTreeMap::new();
        let mut claim = |start: u64, len: u64, what: Claim| {
            if len > 0 && !claims.contains_key(&start) {
                claims.insert(start, (len, what));
            }
        };

        // The packed inode's pclusters: where fragments are.
        let packed = packed_extents(archive)?;
        for (k, (_, _, at, len)) in packed.iter().enumerate() {
            claim(*at, *len, Claim::Packed { index: k as u32 });
        }

        let mut entries = Vec::new();
        let mut inode_starts: BTreeMap<u64, u32> = BTreeMap::new(); // image offset -> nid
        let mut dir_listing: BTreeMap<u32, (u64, u64)> = BTreeMap::new(); // nid -> (start, len)
        let mut fragment_users: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        for e in archive.entries() {
            let inode = nid32(e.nid)?;
            let path = entry_path(e);
            let first = seen.insert(inode);
            if first {
                inode_starts.insert(archive.inode_offset(e.nid)?, inode);
            }
            let mut file = None;
            if first && e.kind == Kind::File {
                let (data, inline) = file_data(archive, e, bs, &packed)?;
                for (i, block) in data.blocks.iter().enumerate() {
                    if inline[i] {
                        continue;
                    }
                    match packed.iter().position(|p| p.2 == block.offset) {
                        Some(k) => {
                            let users = fragment_users.entry(k as u32).or_default();
                            if users.last() != Some(&inode) {
                                users.push(inode);
                            }
                        }
                        None => claim(
                            block.offset,
                            block.len,
                            Claim::Data {
                                inode,
                                unit: i as u32,
                            },
                        ),
                    }
                }
                file = Some(data);
            }
            if first && e.kind == Kind::Dir {
                let extents = archive.extents(e)?;
                let mut listing: Option<(u64, u64)> = None;
                for x in extents {
                    let Some(at) = x.image_offset else { continue };
                    if is_inline_tail(e, x.file_offset, bs) {
                        continue;
                    }
                    claim(at, x.len, Claim::Directory);
                    listing = Some(match listing {
                        None => (at, x.len),
                        Some((s, l)) => (s, l + x.len),
                    });
                }
                if let Some(l) = listing {
                    dir_listing.insert(inode, l);
                }
            }
            entries.push((inode, path, file));
        }

        // Cut regions: claims split per block for uncompressed data, metadata blocks for
        // inodes, the superblock, the shared xattrs, padding in between.
        let mut regions: Vec<Region> = Vec::new();
        let super_end = erofs::format::SUPER_OFFSET + erofs::format::SUPER_SIZE as u64;
        let first_inode = inode_starts.keys().next().copied().unwrap_or(bs);
        let head_end = if first_inode < bs {
            first_inode.max(super_end)
        } else {
            bs
        };
        regions.push(Region::new(
            0,
            head_end,
            RegionKind::Table(Table::Superblock),
        ));
        let mut at = head_end;
        let xattr_start = (sb.xattr_blkaddr != 0).then(|| u64::from(sb.xattr_blkaddr) * bs);
        let inode_blocks: std::collections::BTreeSet<u64> =
            inode_starts.keys().map(|o| o / bs * bs).collect();
        let push_gap = |regions: &mut Vec<Region>, from: u64, to: u64| {
            // Unclaimed bytes: inode blocks, their continuation (a long index), the
            // shared xattr area, or padding.
            let mut pos = from;
            while pos < to {
                let block = pos / bs * bs;
                let end = (block + bs).min(to);
                let prev = regions.last().map(|r| r.kind);
                let kind = if inode_blocks.contains(&block) {
                    RegionKind::Inodes
                } else if xattr_start.is_some_and(|x| pos >= x)
                    && matches!(prev, Some(RegionKind::Table(Table::Xattrs)))
                    || xattr_start == Some(pos)
                {
                    RegionKind::Table(Table::Xattrs)
                } else if prev == Some(RegionKind::Inodes) && pos == block {
                    RegionKind::Inodes
                } else {
                    RegionKind::Padding
                };
                regions.push(Region::new(pos, end - pos, kind));
                pos = end;
            }
        };
        for (&start, &(len, what)) in &claims {
            if start < at {
                continue; // overlaps an earlier claim (dedupe): the first owner keeps it
            }
            push_gap(&mut regions, at, start);
            let end = start + len;
            match what {
                Claim::Data { inode, unit } => regions.push(Region::new(
                    start,
                    len,
                    RegionKind::Data { inode, block: unit },
                )),
                Claim::Packed { index } => {
                    regions.push(Region::new(start, len, RegionKind::Fragment { index }))
                }
                Claim::Directory => {
                    let mut pos = start;
                    while pos < end {
                        let e = (pos / bs * bs + bs).min(end);
                        regions.push(Region::new(pos, e - pos, RegionKind::Directories));
                        pos = e;
                    }
                }
            }
            at = end;
        }
        let file_end = image_end.max(at);
        push_gap(&mut regions, at, file_end);
        // Padding blocks next to each other: one region.
        let mut merged: Vec<Region> = Vec::with_capacity(regions.len());
        for r in regions {
            match merged.last_mut() {
                Some(last)
                    if last.kind == RegionKind::Padding
                        && r.kind == RegionKind::Padding
                        && last.end() == r.start =>
                {
                    last.len += r.len
                }
                _ => merged.push(r),
            }
        }
        let regions = merged;

        let block_of = |kind: RegionKind, offset: u64| -> Option<(u64, u16)> {
            let i = regions
                .partition_point(|r| r.start <= offset)
                .checked_sub(1)?;
            let r = regions[i];
            (r.kind == kind && offset < r.end()).then(|| (r.start, (offset - r.start) as u16))
        };
        let mut index_entries = Vec::with_capacity(entries.len());
        for (inode, path, file) in entries {
            let inode_at = archive
                .inode_offset(u64::from(inode))
                .ok()
                .and_then(|o| block_of(RegionKind::Inodes, o));
            let listing = dir_listing.get(&inode).and_then(|&(start, len)| {
                let (b, o) = block_of(RegionKind::Directories, start)?;
                Some((b, o, u32::try_from(len).ok()?))
            });
            index_entries.push(IndexEntry {
                inode,
                path,
                file,
                inode_at,
                listing,
            });
        }
        let mut index = RegionIndex::new(regions, bs as u32, bs, index_entries);
        index.set_fragment_users(fragment_users);
        if index.block_size() != bs {
            bail!("block size {bs} did not survive indexing");
        }
        Ok(index)
    }
}

/// "/usr/bin/ls"; the root is "/".
fn entry_path(e: &Entry) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let mut path = b"/".to_vec();
    path.extend_from_slice(e.path.as_os_str().as_bytes());
    path
}

/// Whether the uncompressed extent at `file_offset` is the tail stored right after
/// the inode (inline data).
fn is_inline_tail(e: &Entry, file_offset: u64, bs: u64) -> bool {
    let tail = e.inode.size % bs;
    e.inode.layout == DataLayout::FlatInline && tail > 0 && file_offset == e.inode.size - tail
}

/// The packed inode's pclusters in its content order: (logical start, logical len,
/// image offset, image len). Empty when the image has no packed inode.
fn packed_extents(archive: &Archive) -> Result<Vec<(u64, u64, u64, u64)>> {
    let Some(e) = archive.packed_entry()? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    if matches!(
        e.inode.layout,
        DataLayout::CompressedFull | DataLayout::CompressedCompact
    ) {
        for x in archive.compressed_extents(&e)? {
            if let Source::Pcluster {
                image_offset,
                image_len,
                ..
            } = x.source
            {
                out.push((x.logical_start, x.logical_len, image_offset, image_len));
            }
        }
    } else {
        let bs = archive.superblock().block_size();
        for x in archive.extents(&e)? {
            let Some(at) = x.image_offset else { continue };
            // Block by block: each is read on its own.
            let mut off = 0;
            while off < x.len {
                let n = bs.min(x.len - off);
                out.push((x.file_offset + off, n, at + off, n));
                off += n;
            }
        }
    }
    Ok(out)
}

/// A regular file's units in file order: blocks of uncompressed data, pclusters of
/// compressed data, and the packed pclusters holding its fragment; and for each
/// unit whether it is inline (inside the inode's block).
fn file_data(
    archive: &Archive,
    e: &Entry,
    bs: u64,
    packed: &[(u64, u64, u64, u64)],
) -> Result<(FileData, Vec<bool>)> {
    let mut data = FileData {
        size: e.inode.size,
        ..FileData::default()
    };
    let mut inline = Vec::new();
    let mut unit = |data: &mut FileData, span: (u64, u64), at: u64, len: u64, is_inline: bool| {
        data.blocks.push(Extent::new(at, len));
        data.spans.push(span);
        inline.push(is_inline);
    };
    match e.inode.layout {
        DataLayout::CompressedFull | DataLayout::CompressedCompact => {
            for x in archive.compressed_extents(e)? {
                let span = (x.logical_start, x.logical_start + x.logical_len);
                match x.source {
                    Source::Pcluster {
                        image_offset,
                        image_len,
                        inline,
                        ..
                    } => unit(&mut data, span, image_offset, image_len, inline),
                    Source::Fragment { packed_offset } => {
                        // The file's bytes [span) are the packed inode's
                        // [packed_offset, packed_offset + len): each packed pcluster
                        // overlapping them is a unit.
                        let (pa, pb) = (packed_offset, packed_offset + x.logical_len);
                        for &(ls, ll, at, len) in packed {
                            let (s, t) = (pa.max(ls), pb.min(ls + ll));
                            if s < t {
                                let fs = span.0 + (s - pa);
                                unit(&mut data, (fs, fs + (t - s)), at, len, false);
                            }
                        }
                    }
                }
            }
        }
        _ => {
            for x in archive.extents(e)? {
                let Some(at) = x.image_offset else { continue };
                let tail = is_inline_tail(e, x.file_offset, bs);
                let mut off = 0;
                while off < x.len {
                    let n = (bs - (at + off) % bs).min(x.len - off);
                    let fs = x.file_offset + off;
                    unit(&mut data, (fs, fs + n), at + off, n, tail);
                    off += n;
                }
            }
        }
    }
    Ok((data, inline))
}
