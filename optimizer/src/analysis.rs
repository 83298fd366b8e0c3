//! What a boot reads at the image level, for one image and one profile:
//! the access sequence (data, fragment and metadata blocks the kernel must
//! read to open and read each profile file, in profile order, after the
//! mount-time tables) and figures over it. Pure: reads only the archive's
//! decoded metadata, never file data, and is independent of the writer.

use serde::Serialize;
use squashfs::format::METADATA_SIZE;
use squashfs::{Archive, Entry, Kind};

use crate::estimate::{self, REPORT_MEDIA};
use crate::extent;
use crate::media::Medium;
use crate::plan::{Mapping, MatchBy};
use formats::Extent;

/// Merge gaps the readahead list is built with: the one with the lowest
/// estimated read time, averaged over the report media relative to each
/// medium's best, wins (docs/readahead-format.md has the measurements).
pub const CANDIDATE_GAPS: [u64; 9] = [
    0,
    4 << 10,
    16 << 10,
    32 << 10,
    64 << 10,
    128 << 10,
    256 << 10,
    512 << 10,
    1 << 20,
];

/// Picks the merge gap for `extents` (first reads) on an image of `image_size`
/// bytes: minimum over `CANDIDATE_GAPS` of the mean over the report media of
/// time(gap) / best time on that medium; ties go to the smaller gap.
pub fn choose_gap(extents: &[Extent], image_size: u64) -> u64 {
    let times: Vec<Vec<f64>> = CANDIDATE_GAPS
        .iter()
        .map(|&gap| {
            let list = extent::coalesce(extents, gap);
            REPORT_MEDIA
                .iter()
                .map(|&m| estimate::seconds(m, &list, image_size))
                .collect()
        })
        .collect();
    let best: Vec<f64> = (0..REPORT_MEDIA.len())
        .map(|m| {
            times
                .iter()
                .map(|t| t[m])
                .fold(f64::INFINITY, f64::min)
                .max(1e-12)
        })
        .collect();
    let score =
        |t: &Vec<f64>| t.iter().zip(&best).map(|(x, b)| x / b).sum::<f64>() / best.len() as f64;
    let mut chosen = 0;
    for i in 1..CANDIDATE_GAPS.len() {
        if score(&times[i]) < score(&times[chosen]) * 0.999 {
            chosen = i;
        }
    }
    CANDIDATE_GAPS[chosen]
}

/// What one access reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessKind {
    /// The superblock and the compressor options after it.
    Superblock,
    /// Id, fragment, export and xattr tables.
    Mount,
    /// An inode or directory-table metadata block.
    Metadata,
    /// A data block of a file.
    Data,
    /// A fragment block.
    Fragment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub extent: Extent,
    pub kind: AccessKind,
}

/// The access sequence: first reads only, in access order.
pub struct AccessSequence {
    pub accesses: Vec<Access>,
    pub files_matched: usize,
    pub files_missing: usize,
}

impl AccessSequence {
    pub fn extents(&self) -> Vec<Extent> {
        self.accesses.iter().map(|a| a.extent).collect()
    }
}

/// Builds the access sequence of `mapping` on `archive`.
pub fn access_sequence(archive: &Archive, mapping: &Mapping<'_>) -> AccessSequence {
    let b = Builder::new(archive);
    let mut seq = Vec::new();
    for r in archive.regions() {
        use squashfs::RegionKind as R;
        let kind = match r.kind {
            R::Superblock | R::CompressorOptions => AccessKind::Superblock,
            R::FragmentTable | R::ExportTable | R::IdTable | R::XattrTable => AccessKind::Mount,
            _ => continue,
        };
        seq.push(Access {
            extent: Extent::new(r.start, r.len),
            kind,
        });
    }
    for (file, entry) in &mapping.files {
        // Path lookup: every directory from the root down to the parent.
        let mut dirs = Vec::new();
        let mut d: &Entry = entry;
        while let Some(parent) = archive.parent_of(d) {
            dirs.push(parent);
            d = parent;
        }
        for dir in dirs.into_iter().rev() {
            b.inode(dir, &mut seq);
            b.listing(dir, &mut seq);
        }
        b.inode(entry, &mut seq);
        match entry.kind {
            Kind::Dir => b.listing(entry, &mut seq),
            Kind::File => b.file_data(entry, &file.pages, &mut seq),
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    seq.retain(|a| a.extent.len > 0 && seen.insert(a.extent));
    AccessSequence {
        accesses: seq,
        files_matched: mapping.files.len(),
        files_missing: mapping.missing.len(),
    }
}

/// Reads the archive's own region map and entries (no separate index: on a
/// large image that would double the memory the decoded metadata takes).
struct Builder<'a> {
    archive: &'a Archive,
}

impl<'a> Builder<'a> {
    fn new(archive: &'a Archive) -> Self {
        Builder { archive }
    }

    /// The metadata blocks holding `len` uncompressed bytes from `offset` of the
    /// block at `start` (blocks are consecutive on disk).
    fn metadata_blocks(&self, start: u64, offset: u64, len: u64, seq: &mut Vec<Access>) {
        let count = (offset + len.max(1)).div_ceil(METADATA_SIZE as u64);
        let mut at = start;
        for _ in 0..count {
            let Some(r) = self.archive.locate(at) else {
                return;
            };
            seq.push(Access {
                extent: Extent::new(r.start, r.len),
                kind: AccessKind::Metadata,
            });
            let block_start = r.start == at
                && matches!(
                    r.kind,
                    squashfs::RegionKind::InodeTable | squashfs::RegionKind::DirectoryTable
                );
            if !block_start {
                return; // not a block boundary we know: the region holding it, no more
            }
            at += r.len;
        }
    }

    fn inode(&self, e: &Entry, seq: &mut Vec<Access>) {
        self.metadata_blocks(
            e.inode_location,
            u64::from(e.inode_offset),
            inode_size(e),
            seq,
        );
    }

    fn listing(&self, e: &Entry, seq: &mut Vec<Access>) {
        if let Some((start, offset, size)) = e.dir_listing() {
            if size > 0 {
                self.metadata_blocks(start, u64::from(offset), u64::from(size), seq);
            }
        }
    }

    /// Data blocks covering the pages read (all if none recorded), then the
    /// fragment block if the tail was read.
    fn file_data(&self, e: &Entry, pages: &[std::ops::Range<u64>], seq: &mut Vec<Access>) {
        let Some(file) = e.file() else {
            return;
        };
        let bs = u64::from(self.archive.superblock().block_size);
        let size = file.file_size;
        if size == 0 {
            return;
        }
        let offsets: Vec<Extent> = file
            .block_positions()
            .map(|(pos, len)| Extent::new(pos, u64::from(len)))
            .collect();
        let whole =
            std::iter::once(0..size.div_ceil(formats::profile::PAGE_SIZE)).collect::<Vec<_>>();
        let pages = if pages.is_empty() {
            whole.as_slice()
        } else {
            pages
        };
        let mut tail_read = false;
        for p in pages {
            let start = p.start * formats::profile::PAGE_SIZE;
            let end = (p.end * formats::profile::PAGE_SIZE).min(size);
            if start >= end {
                continue;
            }
            for block in start / bs..=(end - 1) / bs {
                match offsets.get(block as usize) {
                    Some(x) => seq.push(Access {
                        extent: *x,
                        kind: AccessKind::Data,
                    }),
                    None => tail_read = true,
                }
            }
        }
        if tail_read {
            let table = self.archive.fragment_table();
            if let Some(f) = file
                .fragment
                .and_then(|(index, _)| table.get(index as usize))
            {
                seq.push(Access {
                    extent: Extent::new(f.start, u64::from(squashfs::format::data_size(f.size))),
                    kind: AccessKind::Fragment,
                });
            }
        }
    }
}

/// Upper bound of an inode's on-disk size (extended forms), enough to tell
/// whether it crosses into the next metadata block.
fn inode_size(e: &Entry) -> u64 {
    match e.kind {
        Kind::File => 56 + 4 * e.file().map_or(0, |f| f.block_sizes.len() as u64),
        Kind::Dir => 40,
        Kind::Symlink => 24 + e.symlink_target().map_or(0, |t| t.len() as u64),
        _ => 28,
    }
}

/// Estimated read time of one medium, in seconds.
#[derive(Clone, Debug, Serialize)]
pub struct MediumTime {
    pub medium: Medium,
    /// The access sequence as the boot issues it (demand reads, no readahead list).
    pub access_order_s: f64,
    /// The readahead list read once, in on-disk order.
    pub readahead_s: f64,
}

/// Figures over one access sequence.
#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    pub files_matched: usize,
    pub files_missing: usize,
    /// Distinct bytes the boot reads from the image.
    pub hot_bytes: u64,
    pub data_blocks: usize,
    pub fragment_blocks: usize,
    pub metadata_blocks: usize,
    /// Lowest and highest image offset the boot touches (the superblock aside).
    pub span_start: u64,
    pub span_end: u64,
    pub span: u64,
    /// Discontiguous runs when reading in access order (contiguous neighbours merged).
    pub runs_access_order: usize,
    /// Discontiguous runs of the distinct extents in on-disk order.
    pub runs_disk_order: usize,
    /// Ranges and bytes of the readahead list (gap-merged, on-disk order).
    pub readahead_ranges: usize,
    pub readahead_bytes: u64,
    /// Ranges closer than this were merged in the readahead list.
    pub readahead_max_gap: u64,
    pub estimates: Vec<MediumTime>,
}

/// Computes the figures and the readahead ranges (merged across gaps below
/// `max_gap`; `None`: the gap `choose_gap` picks).
pub fn figures(
    seq: &AccessSequence,
    max_gap: Option<u64>,
    image_size: u64,
) -> (Figures, Vec<Extent>) {
    let extents = seq.extents();
    let max_gap = max_gap.unwrap_or_else(|| choose_gap(&extents, image_size));
    let count = |k| seq.accesses.iter().filter(|a| a.kind == k).count();
    // The superblock (offset 0, read once at mount) is left out of the span:
    // it would pin every span to the image start.
    let spanned: Vec<Extent> = seq
        .accesses
        .iter()
        .filter(|a| a.kind != AccessKind::Superblock)
        .map(|a| a.extent)
        .collect();
    let start = spanned.iter().map(|e| e.offset).min().unwrap_or(0);
    let end = spanned.iter().map(|e| e.end()).max().unwrap_or(0);
    let readahead = extent::coalesce(&extents, max_gap);
    let access_runs = extent::merge_adjacent(&extents);
    let estimates = REPORT_MEDIA
        .iter()
        .map(|&m| MediumTime {
            medium: m,
            access_order_s: estimate::seconds(m, &access_runs, image_size),
            readahead_s: estimate::seconds(m, &readahead, image_size),
        })
        .collect();
    let f = Figures {
        files_matched: seq.files_matched,
        files_missing: seq.files_missing,
        hot_bytes: extent::distinct_bytes(&extents),
        data_blocks: count(AccessKind::Data),
        fragment_blocks: count(AccessKind::Fragment),
        metadata_blocks: count(AccessKind::Metadata),
        span_start: start,
        span_end: end,
        span: end - start,
        runs_access_order: access_runs.len(),
        runs_disk_order: extent::coalesce(&extents, 0).len(),
        readahead_ranges: readahead.len(),
        readahead_bytes: readahead.iter().map(|e| e.len).sum(),
        readahead_max_gap: max_gap,
        estimates,
    };
    (f, readahead)
}

/// Convenience for callers holding only a mapping mode.
pub fn analyse(
    archive: &Archive,
    profile: &formats::profile::Profile,
    by: MatchBy,
    max_gap: Option<u64>,
) -> (AccessSequence, Figures, Vec<Extent>) {
    let mapping = crate::plan::map_profile(archive, profile, by);
    let seq = access_sequence(archive, &mapping);
    let (f, ra) = figures(&seq, max_gap, archive.superblock().bytes_used);
    (seq, f, ra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_choice_follows_the_models() {
        // Far apart: merging would read hundreds of MiB for nothing.
        let far: Vec<Extent> = (0..10)
            .map(|i| Extent::new((i * 100) << 20, 64 << 10))
            .collect();
        assert_eq!(choose_gap(&far, 1 << 30), 0);
        // 4 KiB holes between 64 KiB reads: one request beats 50 seeks.
        let near: Vec<Extent> = (0..50)
            .map(|i| Extent::new(i * (68 << 10), 64 << 10))
            .collect();
        let gap = choose_gap(&near, 1 << 30);
        assert!(gap > 4 << 10, "{gap}");
        assert_eq!(extent::coalesce(&near, gap).len(), 1);
    }
}
