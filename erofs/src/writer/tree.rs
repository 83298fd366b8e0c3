//! The input tree as the writer sees it: one [`Node`] per path, from any
//! reader, and the unique inodes they form (hard links share one), with each
//! directory's children sorted as EROFS stores them.

use crate::error::{unsupported, Error, Result};
use crate::reader::Kind;
use std::collections::HashMap;

/// One path of the input.
#[derive(Clone, Debug)]
pub struct Node {
    /// Relative to the root, components joined by `/`; the root is empty.
    pub path: Vec<u8>,
    pub kind: Kind,
    /// Permission, set-id and sticky bits (no file type).
    pub mode: u16,
    pub uid: u32,
    pub gid: u32,
    pub mtime: u64,
    pub mtime_nsec: u32,
    /// Regular files: bytes of content.
    pub size: u64,
    /// Devices: the number in Linux's `new_encode_dev` form (as EROFS and squashfs store it).
    pub rdev: u32,
    /// Symlinks: the target.
    pub target: Vec<u8>,
    /// Full names (`user.x`, `security.selinux`, `system.posix_acl_access`, ...) and values.
    pub xattrs: Vec<(String, Vec<u8>)>,
    /// Paths with the same id are hard links of one inode; None: not linked.
    pub link: Option<u64>,
}

/// The content of regular files, by node index; called from several threads.
pub trait FileData: Sync {
    /// `len` bytes of node `node`'s content from `offset` (within the file).
    fn read(&self, node: usize, offset: u64, len: usize) -> Result<Vec<u8>>;
}

/// One inode of the output.
pub(crate) struct Inode {
    /// The node whose attributes and content it carries (the first of its links).
    pub node: usize,
    pub nlink: u32,
    /// Directories: (name, child inode) sorted by name bytes, `.` and `..` included.
    pub dirents: Vec<(Vec<u8>, usize)>,
}

pub(crate) struct Tree<'a> {
    pub nodes: &'a [Node],
    pub inodes: Vec<Inode>,
    /// Node index to inode index.
    pub inode_of: Vec<usize>,
    /// Inode 0 is the root.
    pub root: usize,
}

fn parent_of(path: &[u8]) -> (&[u8], &[u8]) {
    match path.iter().rposition(|&c| c == b'/') {
        Some(cut) => (&path[..cut], &path[cut + 1..]),
        None => (&[], path),
    }
}

impl<'a> Tree<'a> {
    pub fn build(nodes: &'a [Node]) -> Result<Tree<'a>> {
        let by_path: HashMap<&[u8], usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.path.as_slice(), i))
            .collect();
        if by_path.len() != nodes.len() {
            return Err(Error::Corrupt("the input has a path twice".into()));
        }
        let root_node = *by_path
            .get(&[][..])
            .ok_or_else(|| Error::Corrupt("the input has no root".into()))?;
        if nodes[root_node].kind != Kind::Dir {
            return Err(Error::Corrupt("the input root is not a directory".into()));
        }
        // Root first, then every node in path order: a stable inode order.
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_by(|&a, &b| nodes[a].path.cmp(&nodes[b].path));
        let mut inodes: Vec<Inode> = Vec::new();
        let mut inode_of = vec![usize::MAX; nodes.len()];
        let mut by_link: HashMap<u64, usize> = HashMap::new();
        for &i in &order {
            let n = &nodes[i];
            let existing = match n.link {
                Some(id) if n.kind != Kind::Dir => by_link.get(&id).copied(),
                _ => None,
            };
            let ino = match existing {
                Some(ino) => {
                    inodes[ino].nlink += 1;
                    ino
                }
                None => {
                    inodes.push(Inode {
                        node: i,
                        nlink: 1,
                        dirents: Vec::new(),
                    });
                    if let (Some(id), false) = (n.link, n.kind == Kind::Dir) {
                        by_link.insert(id, inodes.len() - 1);
                    }
                    inodes.len() - 1
                }
            };
            inode_of[i] = ino;
        }
        let root = inode_of[root_node];
        for &i in &order {
            let n = &nodes[i];
            if n.path.is_empty() {
                continue;
            }
            let (parent, name) = parent_of(&n.path);
            if name.is_empty() || name == b"." || name == b".." || name.len() > 255 {
                return Err(Error::Corrupt(format!(
                    "bad name in input path {}",
                    String::from_utf8_lossy(&n.path)
                )));
            }
            let p = *by_path.get(parent).ok_or_else(|| {
                Error::Corrupt(format!(
                    "{}: parent directory missing from the input",
                    String::from_utf8_lossy(&n.path)
                ))
            })?;
            if nodes[p].kind != Kind::Dir {
                return Err(Error::Corrupt(format!(
                    "{}: parent is not a directory",
                    String::from_utf8_lossy(&n.path)
                )));
            }
            let pi = inode_of[p];
            inodes[pi].dirents.push((name.to_vec(), inode_of[i]));
            if n.kind == Kind::Dir {
                // `..` of the child (added below) counts as a link of the parent.
                inodes[pi].nlink += 1;
            }
        }
        for (ino, inode) in inodes.iter_mut().enumerate() {
            if nodes[inode.node].kind != Kind::Dir {
                continue;
            }
            let (parent_path, _) = parent_of(&nodes[inode.node].path);
            let parent = if nodes[inode.node].path.is_empty() {
                ino
            } else {
                inode_of[by_path[parent_path]]
            };
            inode.dirents.push((b".".to_vec(), ino));
            inode.dirents.push((b"..".to_vec(), parent));
            inode.dirents.sort_by(|a, b| a.0.cmp(&b.0));
            // A directory's own `.` and its entry in the parent.
            inode.nlink += 1;
        }
        for n in nodes {
            for (name, _) in &n.xattrs {
                crate::writer::meta::xattr_prefix(name)?;
            }
            if n.kind == Kind::Symlink && (n.target.is_empty() || n.target.len() >= 4096) {
                return Err(unsupported(format!(
                    "symlink target of {} bytes at {}",
                    n.target.len(),
                    String::from_utf8_lossy(&n.path)
                )));
            }
        }
        Ok(Tree {
            nodes,
            inodes,
            inode_of,
            root,
        })
    }

    /// Adds an inode that no directory lists (the packed inode) for the last of
    /// `nodes`: the nodes the tree was built from and that one. Returns the inode.
    pub fn add_unlisted(&mut self, nodes: &'a [Node]) -> usize {
        debug_assert_eq!(nodes.len(), self.nodes.len() + 1);
        self.nodes = nodes;
        self.inodes.push(Inode {
            node: nodes.len() - 1,
            nlink: 1,
            dirents: Vec::new(),
        });
        self.inode_of.push(self.inodes.len() - 1);
        self.inodes.len() - 1
    }

    pub fn node(&self, inode: usize) -> &Node {
        &self.nodes[self.inodes[inode].node]
    }

    /// Inodes of the directories above `node`, root first (not the node itself).
    pub fn ancestors(&self, node: usize) -> Vec<usize> {
        let path = &self.nodes[node].path;
        let mut out = vec![self.root];
        if path.is_empty() {
            return Vec::new();
        }
        let mut at = self.root;
        let components: Vec<&[u8]> = path.split(|&c| c == b'/').collect();
        for name in &components[..components.len() - 1] {
            let Ok(k) = self.inodes[at]
                .dirents
                .binary_search_by(|(n, _)| n.as_slice().cmp(name))
            else {
                break;
            };
            at = self.inodes[at].dirents[k].1;
            out.push(at);
        }
        out
    }
}
