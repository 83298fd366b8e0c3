//! The planning half of writing an image, free of squashfs encoding: the
//! tree of unique inodes, their numbers, and the order of file data. An
//! image writer for another format can start from the same plan.

use crate::error::{Error, Result};
use crate::reader::{Entry, FileLayout, Kind};
use std::collections::{HashMap, HashSet};

/// One unique inode of the output (hard links share one node).
pub(crate) struct Node<'a> {
    pub entry: &'a Entry,
    /// The output inode number.
    pub number: u32,
    pub nlink: u32,
    /// The directory node first listing this one (the root is its own parent).
    pub parent: usize,
    /// Directories: (name, node) sorted by name.
    pub children: Vec<(&'a [u8], usize)>,
}

/// The output's inodes as a tree; node 0 is the root.
pub(crate) struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    /// Input inode number -> node.
    by_number: HashMap<u32, usize>,
}

impl<'a> Tree<'a> {
    /// Builds the tree from the input's entries (parents before children, as
    /// the reader lists them) and numbers its inodes.
    pub fn build(entries: &'a [Entry]) -> Result<Tree<'a>> {
        let mut tree = Tree {
            nodes: Vec::new(),
            by_number: HashMap::new(),
        };
        tree.link_entries(entries)?;
        tree.count_directory_links_and_sort_children();
        tree.number_inodes();
        Ok(tree)
    }

    /// The node of an input inode number, if the input has it.
    pub fn node_of(&self, input_number: u32) -> Option<usize> {
        self.by_number.get(&input_number).copied()
    }

    pub fn is_dir(&self, i: usize) -> bool {
        self.nodes[i].entry.kind == Kind::Dir
    }

    /// The data layout of a file node.
    pub fn layout(&self, i: usize) -> &'a FileLayout {
        self.nodes[i]
            .entry
            .file
            .as_ref()
            .expect("a file node has a layout")
    }

    /// One node per input inode, linked under its parent directory.
    fn link_entries(&mut self, entries: &'a [Entry]) -> Result<()> {
        let mut dir_by_path: HashMap<&[u8], usize> = HashMap::new();
        for e in entries {
            let parent = if e.path == b"/" {
                0
            } else {
                *dir_by_path
                    .get(parent_path(&e.path))
                    .ok_or_else(|| Error::Invalid("entry without a parent directory".into()))?
            };
            let idx = match self.by_number.get(&e.inode_number) {
                Some(&i) => {
                    self.nodes[i].nlink += 1;
                    i
                }
                None => {
                    self.nodes.push(Node {
                        entry: e,
                        number: e.inode_number,
                        nlink: 1,
                        parent,
                        children: Vec::new(),
                    });
                    self.by_number.insert(e.inode_number, self.nodes.len() - 1);
                    self.nodes.len() - 1
                }
            };
            if e.kind == Kind::Dir {
                dir_by_path.insert(&e.path, idx);
            }
            if e.path != b"/" {
                let name = &e.path[e.path.iter().rposition(|&c| c == b'/').unwrap() + 1..];
                self.nodes[parent].children.push((name, idx));
            }
        }
        Ok(())
    }

    /// A directory's link count is 2 plus its subdirectories.
    fn count_directory_links_and_sort_children(&mut self) {
        for i in 0..self.nodes.len() {
            if self.is_dir(i) {
                let subdirs = self.nodes[i]
                    .children
                    .iter()
                    .filter(|c| self.is_dir(c.1))
                    .count();
                self.nodes[i].nlink = 2 + subdirs as u32;
                self.nodes[i].children.sort_by(|a, b| a.0.cmp(b.0));
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

/// The parent directory's path of a non-root entry path.
fn parent_path(path: &[u8]) -> &[u8] {
    let cut = path.iter().rposition(|&c| c == b'/').unwrap_or(0);
    if cut == 0 {
        b"/"
    } else {
        &path[..cut]
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
        let has_data = |i: usize| {
            tree.nodes[i]
                .entry
                .file
                .as_ref()
                .is_some_and(|l| l.file_size > 0)
        };
        let mut taken = HashSet::new();
        let hot_files: Vec<usize> = hot_access
            .iter()
            .copied()
            .filter(|&i| has_data(i) && taken.insert(i))
            .collect();
        let cold_files = (0..tree.nodes.len())
            .filter(|&i| tree.nodes[i].entry.file.is_some() && !taken.contains(&i))
            .collect();
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
