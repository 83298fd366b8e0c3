//! Arithmetic over image byte ranges ([`formats::Extent`]) that the analysis
//! and the readahead list share: dedup in access order, coalescing, runs, span.

use std::collections::HashSet;

use formats::Extent;

/// Keeps the first occurrence of each extent (the page cache serves repeats),
/// drops empty ones, and keeps access order.
pub fn first_reads(seq: &[Extent]) -> Vec<Extent> {
    let mut seen = HashSet::new();
    seq.iter()
        .copied()
        .filter(|e| e.len > 0 && seen.insert(*e))
        .collect()
}

/// Merges neighbours that touch in the given order (no sorting), so a run
/// is a stretch the medium reads without a seek.
pub fn merge_adjacent(seq: &[Extent]) -> Vec<Extent> {
    let mut out: Vec<Extent> = Vec::with_capacity(seq.len());
    for e in seq.iter().filter(|e| e.len > 0) {
        match out.last_mut() {
            Some(last) if last.end() == e.offset => last.len += e.len,
            _ => out.push(*e),
        }
    }
    out
}

/// Sorts by offset and merges extents that overlap or lie less than `max_gap`
/// bytes apart (the gap is read too: one request instead of two).
pub fn coalesce(extents: &[Extent], max_gap: u64) -> Vec<Extent> {
    let mut sorted: Vec<Extent> = extents.iter().copied().filter(|e| e.len > 0).collect();
    sorted.sort_unstable();
    let mut out: Vec<Extent> = Vec::with_capacity(sorted.len());
    for e in sorted {
        match out.last_mut() {
            Some(last) if e.offset <= last.end() || e.offset - last.end() < max_gap => {
                let end = last.end().max(e.end());
                last.len = end - last.offset;
            }
            _ => out.push(e),
        }
    }
    out
}

/// `[min offset, max end)` of the extents, as a length; 0 when empty.
pub fn span(extents: &[Extent]) -> u64 {
    let start = extents.iter().map(|e| e.offset).min();
    let end = extents.iter().map(|e| e.end()).max();
    match (start, end) {
        (Some(s), Some(e)) => e - s,
        _ => 0,
    }
}

/// Total bytes of distinct extents, counting overlaps once.
pub fn distinct_bytes(extents: &[Extent]) -> u64 {
    coalesce(extents, 0).iter().map(|e| e.len).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(o: u64, l: u64) -> Extent {
        Extent::new(o, l)
    }

    #[test]
    fn first_reads_drops_repeats_and_keeps_order() {
        let seq = [x(10, 5), x(0, 5), x(10, 5), x(3, 0), x(20, 1)];
        assert_eq!(first_reads(&seq), vec![x(10, 5), x(0, 5), x(20, 1)]);
    }

    #[test]
    fn merge_adjacent_only_forward_contiguity() {
        let seq = [x(0, 5), x(5, 5), x(20, 5), x(10, 10), x(25, 1)];
        assert_eq!(
            merge_adjacent(&seq),
            vec![x(0, 10), x(20, 5), x(10, 10), x(25, 1)]
        );
    }

    #[test]
    fn coalesce_merges_overlaps_and_small_gaps() {
        let seq = [x(100, 10), x(0, 10), x(5, 10), x(30, 10), x(200, 1)];
        assert_eq!(
            coalesce(&seq, 0),
            vec![x(0, 15), x(30, 10), x(100, 10), x(200, 1)]
        );
        assert_eq!(coalesce(&seq, 16), vec![x(0, 40), x(100, 10), x(200, 1)]);
        assert_eq!(coalesce(&seq, 90), vec![x(0, 110), x(200, 1)]);
        assert_eq!(span(&seq), 201);
        assert_eq!(distinct_bytes(&seq), 15 + 10 + 10 + 1);
    }
}
