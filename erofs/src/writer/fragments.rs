//! Whole-file fragments: the small files the boot does not read, one after
//! another in path order in the content of the packed inode, which is
//! compressed as one file; each such file's record holds only its offset
//! there. Compressed together, small files take far less room than each in
//! pclusters of its own, and the boot never decodes them.

use super::order::HotRange;
use super::tree::{FileData, Node};
use crate::error::{Error, Result};
use crate::reader::Kind;

/// Which files are fragments, and where.
#[derive(Default)]
pub struct Packing {
    /// (node, offset in the packed content), in offset order.
    pub members: Vec<(usize, u64)>,
    /// Bytes of the packed content.
    pub size: u64,
}

impl Packing {
    /// The regular files up to `max` bytes that no hot range names and that have
    /// no other links, in path order.
    pub fn choose(nodes: &[Node], hot: &[HotRange], max: u64) -> Packing {
        let mut read = vec![false; nodes.len()];
        for r in hot {
            read[r.node] = true;
        }
        let mut chosen: Vec<usize> = (0..nodes.len())
            .filter(|&i| {
                let n = &nodes[i];
                n.kind == Kind::File && n.link.is_none() && !read[i] && (1..=max).contains(&n.size)
            })
            .collect();
        chosen.sort_by(|&a, &b| nodes[a].path.cmp(&nodes[b].path));
        let mut size = 0;
        let members = chosen
            .into_iter()
            .map(|i| {
                let at = size;
                size += nodes[i].size;
                (i, at)
            })
            .collect();
        Packing { members, size }
    }

    /// The packed inode as a node of its own (no directory lists it).
    pub fn node(&self) -> Node {
        Node {
            path: b"(packed inode)".to_vec(),
            kind: Kind::File,
            mode: 0o600,
            uid: 0,
            gid: 0,
            mtime: 0,
            mtime_nsec: 0,
            size: self.size,
            rdev: 0,
            target: Vec::new(),
            xattrs: Vec::new(),
            link: None,
        }
    }
}

/// The input's file contents plus the packed inode's (node `node`), read from
/// its members.
pub struct PackedData<'a> {
    pub inner: &'a dyn FileData,
    pub node: usize,
    pub packing: &'a Packing,
    pub nodes: &'a [Node],
}

impl FileData for PackedData<'_> {
    fn read(&self, node: usize, offset: u64, len: usize) -> Result<Vec<u8>> {
        if node != self.node {
            return self.inner.read(node, offset, len);
        }
        let end = offset + len as u64;
        if end > self.packing.size {
            return Err(Error::Corrupt(format!(
                "packed content read to {end}, past its {} bytes",
                self.packing.size
            )));
        }
        let members = &self.packing.members;
        let mut k = members.partition_point(|&(_, at)| at <= offset) - 1;
        let mut out = Vec::with_capacity(len);
        while (out.len() as u64) < len as u64 {
            let (member, at) = members[k];
            let from = offset + out.len() as u64 - at;
            let take = (self.nodes[member].size - from).min(end - at - from);
            let bytes = self.inner.read(member, from, take as usize)?;
            if bytes.len() as u64 != take {
                return Err(Error::Corrupt(format!(
                    "{}: read {} bytes, expected {take}",
                    String::from_utf8_lossy(&self.nodes[member].path),
                    bytes.len()
                )));
            }
            out.extend_from_slice(&bytes);
            k += 1;
        }
        Ok(out)
    }
}
