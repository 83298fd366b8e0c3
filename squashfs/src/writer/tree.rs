//! The planning half of writing an image, free of squashfs encoding: the
//! tree of unique inodes, their numbers, and the order of file data. An
//! image writer for another format can start from the same plan.

use crate::error::{Error, Result};
use crate::reader::{Archive, Entry, FileLayout, Kind};
use std::collections::HashSet;

/// One unique inode of the output (hard links share one node).
pub(crate) struct Node<'a> {
    pub entry: &'a Entry,
    /// The output inode number.
    pub number: u32,
    pub nlink: u32,
    /// The directory node first listing this one (the root is its own parent).
    pub parent: u32,
    /// Directories: their children's range in `Tree::links`.
    links: (u32, u32),
}

/// The output's inodes as a tree; node 0 is the root. Compact (node indices
/// as u32, children in one shared array): it lives for the whole write.
pub(crate) struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    /// Every directory's children as entries (one per name, hard links
    /// included), grouped by directory, each group sorted by name.
    links: Vec<&'a Entry>,
    /// Node by input inode number (`u32::MAX`: none).
    by_number: Vec<u32>,
    /// The input, for the entries' names.
    input: &'a Archive,
}

impl<'a> Tree<'a> {
    /// Builds the tree from the input's entries (parents before children, as
    /// the reader lists them) and numbers its inodes.
    pub fn build(input: &'a Archive) -> Result<Tree<'a>> {
        let entries = input.entries();
        let max = entries.iter().map(|e| e.inode_number).max().unwrap_or(0);
        let mut tree = Tree {
            // One node per inode: no more than the entries or the inode numbers.
            nodes: Vec::with_capacity(entries.len().min(max as usize + 1)),
            links: Vec::new(),
            by_number: vec![u32::MAX; max as usize + 1],
            input,
        };
        tree.link_entries(entries)?;
        tree.count_directory_links();
        tree.number_inodes();
        Ok(tree)
    }

    /// The node of an input inode number, if the input has it.
    pub fn node_of(&self, input_number: u32) -> Option<usize> {
        match self.by_number.get(input_number as usize) {
            Some(&i) if i != u32::MAX => Some(i as usize),
            _ => None,
        }
    }

    pub fn is_dir(&self, i: usize) -> bool {
        self.nodes[i].entry.kind == Kind::Dir
    }

    /// The parent directory node of node `i`.
    pub fn parent(&self, i: usize) -> usize {
        self.nodes[i].parent as usize
    }

    /// A directory's children as (name, node), sorted by name.
    pub fn children(&self, d: usize) -> impl Iterator<Item = (&'a [u8], usize)> + '_ {
        let (start, len) = self.nodes[d].links;
        self.links[start as usize..(start + len) as usize]
            .iter()
            .map(|e| {
                (
                    self.input.entry_name(e),
                    self.by_number[e.inode_number as usize] as usize,
                )
            })
    }

    /// The number of children of directory `d`.
    pub fn child_count(&self, d: usize) -> usize {
        self.nodes[d].links.1 as usize
    }

    /// Child `j` (in name order) of directory `d`.
    pub fn child(&self, d: usize, j: usize) -> usize {
        let e = self.links[self.nodes[d].links.0 as usize + j];
        self.by_number[e.inode_number as usize] as usize
    }

    /// The data layout of a file node.
    pub fn layout(&self, i: usize) -> &'a FileLayout {
        self.nodes[i]
            .entry
            .file()
            .expect("a file node has a layout")
    }

    /// One node per input inode, linked under its parent directory.
    fn link_entries(&mut self, entries: &'a [Entry]) -> Result<()> {
        // (parent node, entry) of every name but the root's.
        let mut named: Vec<(u32, &'a Entry)> = Vec::with_capacity(entries.len());
        for e in entries {
            let parent = if e.is_root() {
                0
            } else {
                // The reader lists parents first: the parent's node exists.
                let dir = entries
                    .get(e.parent as usize)
                    .filter(|d| d.kind == Kind::Dir)
                    .ok_or_else(|| Error::Invalid("entry without a parent directory".into()))?;
                self.by_number[dir.inode_number as usize]
            };
            let slot = &mut self.by_number[e.inode_number as usize];
            if *slot != u32::MAX {
                self.nodes[*slot as usize].nlink += 1;
            } else {
                *slot = self.nodes.len() as u32;
                self.nodes.push(Node {
                    entry: e,
                    number: e.inode_number,
                    nlink: 1,
                    parent,
                    links: (0, 0),
                });
            }
            if !e.is_root() {
                named.push((parent, e));
            }
        }
        // Stable: equal names (a corrupt listing) keep the input's order.
        let name = |e: &Entry| self.input.entry_name(e);
        named.sort_by(|a, b| (a.0, name(a.1)).cmp(&(b.0, name(b.1))));
        self.links = Vec::with_capacity(named.len());
        let mut k = 0;
        while k < named.len() {
            let d = named[k].0;
            let start = k;
            while k < named.len() && named[k].0 == d {
                self.links.push(named[k].1);
                k += 1;
            }
            self.nodes[d as usize].links = (start as u32, (k - start) as u32);
        }
        Ok(())
    }

    /// A directory's link count is 2 plus its subdirectories.
    fn count_directory_links(&mut self) {
        for i in 0..self.nodes.len() {
            if self.is_dir(i) {
                let subdirs = self.children(i).filter(|&(_, c)| self.is_dir(c)).count();
                self.nodes[i].nlink = 2 + subdirs as u32;
            }
        }
    }

    /// Keeps the input inode numbers when they are exactly 1..=N, else
    /// renumbers in path order.
    fn number_inodes(&mut self) {
        let n = self.nodes.len() as u32;
        let mut seen = vec![false; n as usize + 1];
        let keep = self.nodes.iter().all(|nd| {
            nd.number >= 1
                && nd.number <= n
                && !std::mem::replace(&mut seen[nd.number as usize], true)
        });
        if !keep {
            for (i, nd) in self.nodes.iter_mut().enumerate() {
                nd.number = i as u32 + 1;
            }
        }
    }
}

/// In which order file data is written.
pub(crate) struct DataOrder {
    /// Nodes of the planned inodes in first-access order (any kind, unknown numbers dropped).
    pub hot_access: Vec<usize>,
    /// Files with data among them, each once, in first-access order.
    pub hot_files: Vec<usize>,
    /// Every other file, empty ones included, in path order.
    pub cold_files: Vec<usize>,
}

impl DataOrder {
    /// Hot files in the order of `hot_inodes` (input inode numbers), then the others in path order.
    pub fn plan(tree: &Tree, hot_inodes: &[u32]) -> DataOrder {
        let hot_access: Vec<usize> = hot_inodes
            .iter()
            .filter_map(|&num| tree.node_of(num))
            .collect();
        let has_data = |i: usize| tree.nodes[i].entry.file().is_some_and(|l| l.file_size > 0);
        let mut taken = HashSet::new();
        let hot_files: Vec<usize> = hot_access
            .iter()
            .copied()
            .filter(|&i| has_data(i) && taken.insert(i))
            .collect();
        let is_cold = |i: &usize| tree.nodes[*i].entry.file().is_some() && !taken.contains(i);
        let mut cold_files = Vec::with_capacity((0..tree.nodes.len()).filter(is_cold).count());
        cold_files.extend((0..tree.nodes.len()).filter(is_cold));
        DataOrder {
            hot_access,
            hot_files,
            cold_files,
        }
    }

    /// Every file, hot then cold: the order duplicates are resolved in (the first copy is kept).
    pub fn files(&self) -> impl Iterator<Item = usize> + '_ {
        self.hot_files.iter().chain(&self.cold_files).copied()
    }
}
