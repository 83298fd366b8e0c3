//! Where each inode and directory listing goes in the metadata tables.
//!
//! A directory listing holds its children's inode references and a directory
//! inode holds its listing's reference, both as (compressed block start,
//! offset). Writing children before parents (like mksquashfs) makes every
//! reference point backwards, to a block already compressed or to the one
//! still open, whose start is known: both tables are written in one pass and
//! every block is compressed normally.
//!
//! The hot set is the planned inodes plus their ancestor directories. The
//! inode table is [cold inodes][hot inodes]: the cold part directory by
//! directory, children before parents, the children of one directory
//! contiguous (one listing header each, in general); the hot part in first
//! access order, each hot directory right after the last of its hot children
//! (its cold children are already in the cold part). Listings follow the
//! same order, so the hot listings end the directory table.

use super::tree::Tree;

/// One item of the metadata tables, in write order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// The listing of directory node `.0` (directory table).
    Listing(u32),
    /// The inode of node `.0` (inode table).
    Inode(u32),
}

/// A `Step` in 4 bytes, the top bit marking a listing: the order holds about
/// one per inode for the whole metadata phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Packed(u32);

const LISTING: u32 = 1 << 31;

impl Packed {
    fn new(step: Step) -> Packed {
        match step {
            Step::Listing(d) => Packed(d | LISTING),
            Step::Inode(i) => Packed(i),
        }
    }
    pub fn get(self) -> Step {
        if self.0 & LISTING != 0 {
            Step::Listing(self.0 & !LISTING)
        } else {
            Step::Inode(self.0)
        }
    }
}

/// The write order of both tables. `hot_access`: node indices in first-access order.
pub(super) fn table_order(tree: &Tree, hot_access: &[usize]) -> Vec<Packed> {
    let n = tree.nodes.len();
    // Each node gives one index below LISTING: nodes take far more memory than 2^31 fit in.
    assert!(n < LISTING as usize, "too many inodes");
    let is_dir = |i: usize| tree.is_dir(i);

    // Hot set: planned nodes, each preceded by its not-yet-hot ancestors.
    let mut hot_order: Vec<usize> = Vec::new();
    let mut is_hot = vec![false; n];
    for &i in hot_access {
        let mut chain = vec![i];
        let mut p = i;
        while p != 0 {
            p = tree.parent(p);
            if is_hot[p] {
                break;
            }
            chain.push(p);
        }
        for &c in chain.iter().rev() {
            if !is_hot[c] {
                is_hot[c] = true;
                hot_order.push(c);
            }
        }
    }

    // Every directory holding each node (several for hard links), ascending,
    // as ranges of one array (a vector per node would cost ~50 bytes each).
    let mut links: Vec<(u32, u32)> = (0..n)
        .filter(|&d| is_dir(d))
        .flat_map(|d| tree.children(d).map(move |(_, c)| (c as u32, d as u32)))
        .collect();
    links.sort_unstable();
    links.dedup();
    let mut first = vec![0u32; n + 1];
    for &(c, _) in &links {
        first[c as usize + 1] += 1;
    }
    for i in 0..n {
        first[i + 1] += first[i];
    }
    let parents = |c: usize| {
        links[first[c] as usize..first[c + 1] as usize]
            .iter()
            .map(|&(_, d)| d as usize)
    };
    // A hard link also listed in a cold directory must come before that
    // directory's listing, hence in the cold part.
    for c in 0..n {
        if is_hot[c] && parents(c).any(|p| !is_hot[p]) {
            is_hot[c] = false;
        }
    }

    // One inode each, one listing per directory.
    let mut steps = Vec::with_capacity(n + (0..n).filter(|&i| is_dir(i)).count());
    let mut written = vec![false; n];

    // Cold part: directories in post-order (subdirectories first, by name);
    // at each, its cold children's inodes (contiguous: one listing header,
    // 1% smaller tables than mksquashfs's order), then its listing if cold.
    let mut post = Vec::new();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    while let Some(top) = stack.last_mut() {
        let (d, k) = *top;
        match (k..tree.child_count(d)).find(|&j| is_dir(tree.child(d, j))) {
            Some(j) => {
                top.1 = j + 1;
                stack.push((tree.child(d, j), 0));
            }
            None => {
                post.push(d);
                stack.pop();
            }
        }
    }
    for &d in &post {
        for (_, c) in tree.children(d) {
            if !is_hot[c] && !written[c] {
                written[c] = true;
                steps.push(Packed::new(Step::Inode(c as u32)));
            }
        }
        if !is_hot[d] {
            steps.push(Packed::new(Step::Listing(d as u32)));
        }
    }
    if !is_hot[0] {
        written[0] = true;
        steps.push(Packed::new(Step::Inode(0)));
    }

    // Hot part: access order, a directory once all its hot children are written.
    let mut hot_left = vec![0u32; n];
    for c in (0..n).filter(|&c| is_hot[c]) {
        for p in parents(c) {
            hot_left[p] += 1;
        }
    }
    for &i in &hot_order {
        if !is_hot[i] || written[i] || hot_left[i] > 0 {
            continue;
        }
        let mut ready = vec![i];
        while let Some(x) = ready.pop() {
            written[x] = true;
            if is_dir(x) {
                steps.push(Packed::new(Step::Listing(x as u32)));
            }
            steps.push(Packed::new(Step::Inode(x as u32)));
            for p in parents(x) {
                hot_left[p] -= 1;
                if hot_left[p] == 0 {
                    ready.push(p);
                }
            }
        }
    }
    debug_assert!(written.iter().all(|&w| w), "every inode is placed");
    steps
}
