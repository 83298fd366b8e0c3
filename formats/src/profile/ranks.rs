//! Per-range first-access ranks: which of a file's pages the boot read first,
//! across all files. A page's rank is the rank of the first read that covered
//! it; a file's `pages` are the maximal runs of pages with the same rank, so a
//! late-faulted range next to an early one stays a range of its own.

use std::collections::BTreeMap;
use std::ops::Range;

use super::model::{FileEntry, Profile};

/// Ranked page ranges, each page at the lowest rank of the reads covering it.
/// `reads` are `(pages, rank)` in any order. Returns `(pages, ranks)`: ranges
/// sorted by start and disjoint, adjacent ones only where their ranks differ.
pub fn rank_pages(
    reads: impl IntoIterator<Item = (Range<u64>, u64)>,
) -> (Vec<Range<u64>>, Vec<u64>) {
    let mut reads: Vec<(Range<u64>, u64)> =
        reads.into_iter().filter(|(r, _)| r.start < r.end).collect();
    reads.sort_by_key(|(r, rank)| (*rank, r.start));
    // Earliest read first: each read claims only the pages no earlier read covered.
    let mut claimed: BTreeMap<u64, (u64, u64)> = BTreeMap::new(); // start -> (end, rank)
    for (range, rank) in reads {
        let mut at = range.start;
        // A claimed run that starts before `at` may still cover it.
        if let Some((_, &(end, _))) = claimed.range(..=at).next_back() {
            at = at.max(end);
        }
        if at >= range.end {
            continue;
        }
        let later: Vec<(u64, u64)> = claimed
            .range(at..range.end)
            .map(|(&s, &(e, _))| (s, e))
            .collect();
        for (start, end) in later {
            if at < start {
                claimed.insert(at, (start, rank));
            }
            at = at.max(end);
        }
        if at < range.end {
            claimed.insert(at, (range.end, rank));
        }
    }
    let mut pages: Vec<Range<u64>> = Vec::with_capacity(claimed.len());
    let mut ranks: Vec<u64> = Vec::with_capacity(claimed.len());
    for (start, (end, rank)) in claimed {
        match (pages.last_mut(), ranks.last()) {
            (Some(last), Some(&r)) if last.end == start && r == rank => last.end = end,
            _ => {
                pages.push(start..end);
                ranks.push(rank);
            }
        }
    }
    (pages, ranks)
}

impl FileEntry {
    /// Whether `page_ranks` gives a rank for each of `pages`.
    pub fn has_ranks(&self) -> bool {
        !self.pages.is_empty() && self.page_ranks.len() == self.pages.len()
    }

    /// The pages as sorted, coalesced ranges, without regard to when they were read.
    pub fn coalesced_pages(&self) -> Vec<Range<u64>> {
        super::normalize_pages(&self.pages)
    }
}

/// One page range of one file, at its place in the boot's first-access order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedRange {
    /// Index into `Profile::files`.
    pub file: usize,
    pub pages: Range<u64>,
    pub rank: u64,
}

impl Profile {
    /// Every page range of every file, in first-access order. Files without
    /// ranks (profiles of format version 1, imported sort files) keep the file
    /// order: their ranges come right after the ranges of the files listed
    /// before them, in page order, which is the order those formats imply.
    pub fn ranges_in_access_order(&self) -> Vec<RankedRange> {
        let mut out: Vec<(u64, usize, RankedRange)> = Vec::new();
        let mut floor = 0u64;
        for (file, f) in self.files.iter().enumerate() {
            if f.has_ranks() {
                for (pages, &rank) in f.pages.iter().zip(&f.page_ranks) {
                    out.push((
                        rank,
                        file,
                        RankedRange {
                            file,
                            pages: pages.clone(),
                            rank,
                        },
                    ));
                    floor = floor.max(rank);
                }
            } else {
                for pages in f.coalesced_pages() {
                    out.push((
                        floor,
                        file,
                        RankedRange {
                            file,
                            pages,
                            rank: floor,
                        },
                    ));
                }
            }
        }
        out.sort_by_key(|(rank, file, r)| (*rank, *file, r.pages.start));
        out.into_iter()
            .enumerate()
            .map(|(i, (_, _, mut r))| {
                r.rank = i as u64;
                r
            })
            .collect()
    }

    /// Gives every range a rank and numbers them 0, 1, 2, … in first-access
    /// order (see `ranges_in_access_order`), then joins a file's adjacent
    /// ranges whose ranks follow each other in page order (a sequential read
    /// that arrived in pieces): that loses nothing of the order.
    pub fn renumber_ranks(&mut self) {
        let order = self.ranges_in_access_order();
        let mut per_file: Vec<Vec<(Range<u64>, u64)>> = vec![Vec::new(); self.files.len()];
        for r in order {
            per_file[r.file].push((r.pages, r.rank));
        }
        for (f, mut ranked) in self.files.iter_mut().zip(per_file) {
            ranked.sort_by_key(|(r, _)| r.start);
            f.pages.clear();
            f.page_ranks.clear();
            // The rank of the last piece joined: a third piece follows the second.
            let mut last_rank = None;
            for (range, rank) in ranked {
                match f.pages.last_mut() {
                    Some(last)
                        if last.end == range.start
                            && last_rank.map(|r: u64| r + 1) == Some(rank) =>
                    {
                        // The joined range keeps its first piece's rank.
                        last.end = range.end;
                    }
                    _ => {
                        f.pages.push(range);
                        f.page_ranks.push(rank);
                    }
                }
                last_rank = Some(rank);
            }
        }
        // Joining left gaps in the numbering; close them.
        let mut all: Vec<(u64, usize, usize)> = Vec::new();
        for (fi, f) in self.files.iter().enumerate() {
            for (ri, &rank) in f.page_ranks.iter().enumerate() {
                all.push((rank, fi, ri));
            }
        }
        all.sort_unstable();
        for (dense, (_, fi, ri)) in all.into_iter().enumerate() {
            self.files[fi].page_ranks[ri] = dense as u64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowest_rank_wins_per_page() {
        // Pages 0..4 at rank 5, then 2..8 at rank 1: 2..8 is rank 1, 0..2 stays 5.
        let (pages, ranks) = rank_pages([(0..4, 5), (2..8, 1)]);
        assert_eq!(pages, vec![0..2, 2..8]);
        assert_eq!(ranks, vec![5, 1]);
        // A late read inside an earlier one adds nothing.
        let (pages, ranks) = rank_pages([(0..10, 0), (3..4, 9)]);
        assert_eq!(
            (pages, ranks),
            (std::iter::once(0..10).collect::<Vec<_>>(), vec![0])
        );
        // A read spanning two earlier ones fills only the gaps.
        let (pages, ranks) = rank_pages([(2..3, 0), (5..6, 1), (0..8, 2), (8..8, 0)]);
        assert_eq!(pages, vec![0..2, 2..3, 3..5, 5..6, 6..8]);
        assert_eq!(ranks, vec![2, 0, 2, 1, 2]);
        // Equal ranks join.
        let (pages, ranks) = rank_pages([(0..2, 3), (2..4, 3)]);
        assert_eq!(
            (pages, ranks),
            (std::iter::once(0..4).collect::<Vec<_>>(), vec![3])
        );
    }

    fn entry(path: &str, pages: Vec<Range<u64>>, ranks: Vec<u64>) -> FileEntry {
        FileEntry {
            path: path.as_bytes().to_vec(),
            pages,
            page_ranks: ranks,
            ..FileEntry::default()
        }
    }

    #[test]
    fn access_order_uses_ranks_and_falls_back_to_file_order() {
        let p = Profile {
            files: vec![
                entry("/lib", vec![0..4, 4..8], vec![0, 7]),
                entry("/bin", std::iter::once(0..2).collect::<Vec<_>>(), vec![3]),
                // No ranks: after every range of the files listed before it.
                entry("/etc", vec![5..6, 0..1], vec![]),
            ],
            ..Profile::default()
        };
        let order: Vec<(usize, Range<u64>)> = p
            .ranges_in_access_order()
            .into_iter()
            .map(|r| (r.file, r.pages))
            .collect();
        assert_eq!(
            order,
            vec![(0, 0..4), (1, 0..2), (0, 4..8), (2, 0..1), (2, 5..6)]
        );
    }

    #[test]
    fn renumber_joins_sequential_pieces_only() {
        let mut p = Profile {
            files: vec![
                // 0..4 then 4..8 straight after: one range. 8..9 much later: its own.
                entry("/a", vec![0..4, 4..6, 6..8, 8..9], vec![10, 11, 12, 40]),
                entry("/b", std::iter::once(0..1).collect::<Vec<_>>(), vec![20]),
            ],
            ..Profile::default()
        };
        p.renumber_ranks();
        assert_eq!(p.files[0].pages, vec![0..8, 8..9]);
        assert_eq!(p.files[0].page_ranks, vec![0, 2]);
        assert_eq!(p.files[1].page_ranks, vec![1]);
    }
}
