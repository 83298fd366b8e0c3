//! Planning, free of EROFS encoding: which pieces a file's data is cut into
//! (units), and the order every record, directory and unit is placed in.
//!
//! Hot first, in first-access order at block granularity: for each hot range,
//! the directories on its path (record and blocks), the file's record, then
//! the file's units covering the range. A file's late ranges thus sit next
//! to the reads that fault them. Everything else follows in path order.

use crate::writer::tree::Tree;
use crate::Kind;
use std::ops::Range;

/// One range of a file the boot reads, in first-access order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HotRange {
    /// Index into the writer's input nodes.
    pub node: usize,
    /// Bytes within the file.
    pub offset: u64,
    pub len: u64,
}

/// A piece of one file's data: lclusters (4 KiB blocks) `blocks` of `inode`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub inode: usize,
    pub blocks: Range<u64>,
    pub hot: bool,
}

/// What is placed next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An inode's record (inode, xattrs, index or inline tail).
    Record(usize),
    /// A flat inode's full blocks (directories, long symlinks, small files).
    FlatBlocks(usize),
    Unit(usize),
}

pub struct Order {
    pub units: Vec<Unit>,
    pub items: Vec<Item>,
    /// Items before this index are the hot region.
    pub hot_items: usize,
    /// Items from `hot_items` to this index are the records and directory
    /// blocks the hot region does not hold.
    pub meta_items: usize,
}

/// Block ranges of `len`-block files cut at hot ranges: hot runs in pieces of
/// at most `hot_max` blocks, the rest in pieces of at most `cold_max`.
fn cut(len: u64, mut hot: Vec<Range<u64>>, hot_max: u64, cold_max: u64) -> Vec<(Range<u64>, bool)> {
    hot.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<u64>> = Vec::new();
    for r in hot {
        let r = r.start.min(len)..r.end.min(len);
        if r.is_empty() {
            continue;
        }
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut out = Vec::new();
    let mut push = |r: Range<u64>, hot: bool, max: u64| {
        let mut at = r.start;
        while at < r.end {
            let end = (at + max).min(r.end);
            out.push((at..end, hot));
            at = end;
        }
    };
    let mut at = 0;
    for r in merged {
        push(at..r.start, false, cold_max);
        push(r.clone(), true, hot_max);
        at = r.end;
    }
    push(at..len, false, cold_max);
    out
}

/// The plan: `blocks_of[inode]` is Some(file blocks) for inodes stored in units.
pub fn plan(
    tree: &Tree<'_>,
    hot: &[HotRange],
    blocks_of: &[Option<u64>],
    has_flat_blocks: &[bool],
    hot_max: u64,
    cold_max: u64,
) -> Order {
    let n = tree.inodes.len();
    let mut hot_blocks: Vec<Vec<Range<u64>>> = vec![Vec::new(); n];
    for r in hot {
        let ino = tree.inode_of[r.node];
        if blocks_of[ino].is_some() && r.len > 0 {
            hot_blocks[ino].push(r.offset / 4096..(r.offset + r.len).div_ceil(4096));
        }
    }
    let mut units = Vec::new();
    let mut units_of = vec![0..0; n];
    for ino in 0..n {
        let Some(len) = blocks_of[ino] else { continue };
        let start = units.len();
        for (blocks, is_hot) in cut(len, std::mem::take(&mut hot_blocks[ino]), hot_max, cold_max) {
            units.push(Unit {
                inode: ino,
                blocks,
                hot: is_hot,
            });
        }
        units_of[ino] = start..units.len();
    }

    let mut items = Vec::new();
    let mut record_done = vec![false; n];
    let mut unit_done = vec![false; units.len()];
    let mut touch = |ino: usize, items: &mut Vec<Item>| {
        if !record_done[ino] {
            record_done[ino] = true;
            items.push(Item::Record(ino));
            if has_flat_blocks[ino] {
                items.push(Item::FlatBlocks(ino));
            }
        }
    };
    touch(tree.root, &mut items);
    for r in hot {
        for dir in tree.ancestors(r.node) {
            touch(dir, &mut items);
        }
        let ino = tree.inode_of[r.node];
        touch(ino, &mut items);
        let first = r.offset / 4096;
        let end = (r.offset + r.len).div_ceil(4096);
        for u in units_of[ino].clone() {
            let b = &units[u].blocks;
            if b.start < end && first < b.end && !unit_done[u] {
                unit_done[u] = true;
                items.push(Item::Unit(u));
            }
        }
    }
    let hot_items = items.len();
    // Cold, in path order (inodes are numbered in path order): first every
    // remaining record and directory block, so that the lookups and stats of
    // files the profile does not name land in one short run after the hot
    // region instead of across the whole image; then the data.
    let mut flat_done = record_done.clone();
    for (ino, done) in record_done.iter_mut().enumerate() {
        if !*done {
            *done = true;
            items.push(Item::Record(ino));
            if has_flat_blocks[ino] && tree.node(ino).kind == Kind::Dir {
                flat_done[ino] = true;
                items.push(Item::FlatBlocks(ino));
            }
        }
    }
    let meta_items = items.len();
    for (ino, own) in units_of.iter().enumerate() {
        if has_flat_blocks[ino] && !flat_done[ino] {
            items.push(Item::FlatBlocks(ino));
        }
        for u in own.clone() {
            if !unit_done[u] {
                unit_done[u] = true;
                items.push(Item::Unit(u));
            }
        }
    }
    Order {
        units,
        items,
        hot_items,
        meta_items,
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_hot_runs_small_and_the_rest_large() {
        let pieces = cut(40, vec![3..5, 4..9, 30..31], 4, 16);
        let expect = vec![
            (0..3, false),
            (3..7, true),
            (7..9, true),
            (9..25, false),
            (25..30, false),
            (30..31, true),
            (31..40, false),
        ];
        assert_eq!(pieces, expect);
    }
}
