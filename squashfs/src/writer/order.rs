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
    Listing(usize),
    /// The inode of node `.0` (inode table).
    Inode(usize),
}

/// The write order of both tables. `hot_access`: node indices in first-access order.
pub(super) fn table_order(tree: &Tree, hot_access: &[usize]) -> Vec<Step> {
    let nodes = &tree.nodes;
    let n = nodes.len();
    let is_dir = |i: usize| tree.is_dir(i);

    // Hot set: planned nodes, each preceded by its not-yet-hot ancestors.
    let mut hot_order: Vec<usize> = Vec::new();
    let mut is_hot = vec![false; n];
    for &i in hot_access {
        let mut chain = vec![i];
        let mut p = i;
        while p != 0 {
            p = nodes[p].parent;
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

    // Every directory holding each node (several for hard links).
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for d in (0..n).filter(|&d| is_dir(d)) {
        for &(_, c) in &nodes[d].children {
            if !parents[c].contains(&d) {
                parents[c].push(d);
            }
        }
    }
    // A hard link also listed in a cold directory must come before that
    // directory's listing, hence in the cold part.
    for c in 0..n {
        if is_hot[c] && parents[c].iter().any(|&p| !is_hot[p]) {
            is_hot[c] = false;
        }
    }

    let mut steps = Vec::with_capacity(2 * n);
    let mut written = vec![false; n];

    // Cold part: directories in post-order (subdirectories first, by name);
    // at each, its cold children's inodes (contiguous: one listing header,
    // 1% smaller tables than mksquashfs's order), then its listing if cold.
    let mut post = Vec::new();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    while let Some(top) = stack.last_mut() {
        let (d, k) = *top;
        let children = &nodes[d].children;
        match (k..children.len()).find(|&j| is_dir(children[j].1)) {
            Some(j) => {
                top.1 = j + 1;
                stack.push((children[j].1, 0));
            }
            None => {
                post.push(d);
                stack.pop();
            }
        }
    }
    for &d in &post {
        for &(_, c) in &nodes[d].children {
            if !is_hot[c] && !written[c] {
                written[c] = true;
                steps.push(Step::Inode(c));
            }
        }
        if !is_hot[d] {
            steps.push(Step::Listing(d));
        }
    }
    if !is_hot[0] {
        written[0] = true;
        steps.push(Step::Inode(0));
    }

    // Hot part: access order, a directory once all its hot children are written.
    let mut hot_left = vec![0usize; n];
    for c in (0..n).filter(|&c| is_hot[c]) {
        for &p in &parents[c] {
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
                steps.push(Step::Listing(x));
            }
            steps.push(Step::Inode(x));
            for &p in &parents[x] {
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
