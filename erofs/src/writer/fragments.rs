//! Whole-file fragments: small files one after another in the content of
//! the packed inode, which is compressed as one file; each such file's
//! record holds only its offset there. Compressed together, small files take
//! far less room than each in pclusters of its own.
//!
//! The small files the boot reads whole come first, in first-access order,
//! and that part of the packed content is hot data like any file's: its
//! pclusters sit in the hot region where the boot first reads them, and one
//! decoded pcluster holds the next files the boot opens. The files the boot
//! does not read follow in path order, cold. A file equal to one packed
//! before it takes that one's offset (as mkfs.erofs's `fragdedupe=inode`).

use super::order::HotRange;
use super::tree::{FileData, Node};
use crate::error::{Error, Result};
use crate::reader::Kind;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Which files are fragments, and where.
#[derive(Default)]
pub struct Packing {
    /// (node, offset in the packed content), in offset order.
    pub members: Vec<(usize, u64)>,
    /// (node, offset) of the files equal to a member, which share its bytes.
    pub duplicates: Vec<(usize, u64)>,
    /// Bytes of the packed content.
    pub size: u64,
}

impl Packing {
    /// The regular files with no other links that the boot reads whole and
    /// that are up to `hot_max` bytes, in first-access order, then those no
    /// hot range names up to `cold_max` bytes, in path order; a file equal
    /// to one before it (content from `data`) is a duplicate of that one.
    pub fn choose(
        nodes: &[Node],
        hot: &[HotRange],
        cold_max: u64,
        hot_max: u64,
        data: &dyn FileData,
    ) -> Result<Packing> {
        let mut read: Vec<Vec<(u64, u64)>> = vec![Vec::new(); nodes.len()];
        let mut first_read = Vec::new();
        for r in hot {
            if read[r.node].is_empty() {
                first_read.push(r.node);
            }
            read[r.node].push((r.offset, r.offset.saturating_add(r.len)));
        }
        let packable = |i: usize, max: u64| {
            let n = &nodes[i];
            n.kind == Kind::File && n.link.is_none() && (1..=max).contains(&n.size)
        };
        let hot_members: Vec<usize> = first_read
            .into_iter()
            .filter(|&i| packable(i, hot_max) && covers(&mut read[i], nodes[i].size))
            .collect();
        let mut cold: Vec<usize> = (0..nodes.len())
            .filter(|&i| read[i].is_empty() && packable(i, cold_max))
            .collect();
        cold.sort_by(|&a, &b| nodes[a].path.cmp(&nodes[b].path));
        let chosen: Vec<usize> = hot_members.into_iter().chain(cold).collect();
        // Only files sharing their size with another can be equal: only those are read.
        let mut same_size: HashMap<u64, u32> = HashMap::new();
        for &i in &chosen {
            *same_size.entry(nodes[i].size).or_default() += 1;
        }
        let content = |i: usize| -> Result<Vec<u8>> {
            let bytes = data.read(i, 0, nodes[i].size as usize)?;
            if bytes.len() as u64 != nodes[i].size {
                return Err(Error::Corrupt(format!(
                    "{}: read {} bytes, expected {}",
                    String::from_utf8_lossy(&nodes[i].path),
                    bytes.len(),
                    nodes[i].size
                )));
            }
            Ok(bytes)
        };
        let mut packing = Packing::default();
        let mut seen: HashMap<(u64, u64), (usize, u64)> = HashMap::new();
        for i in chosen {
            let size = nodes[i].size;
            if same_size[&size] > 1 {
                let bytes = content(i)?;
                let mut h = std::collections::hash_map::DefaultHasher::new();
                bytes.hash(&mut h);
                let key = (size, h.finish());
                match seen.get(&key) {
                    Some(&(first, at)) if content(first)? == bytes => {
                        packing.duplicates.push((i, at));
                        continue;
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(key, (i, packing.size));
                    }
                }
            }
            packing.members.push((i, packing.size));
            packing.size += size;
        }
        Ok(packing)
    }

    /// `hot` for the planner when the packed inode is node `packed`: each
    /// range of a member, for its record and directories, followed by the
    /// same bytes in the packed content, for the data.
    pub fn hot_ranges(&self, nodes: &[Node], hot: &[HotRange], packed: usize) -> Vec<HotRange> {
        let mut at = vec![None; nodes.len()];
        for &(node, offset) in self.members.iter().chain(&self.duplicates) {
            at[node] = Some(offset);
        }
        let mut out = Vec::with_capacity(hot.len());
        for r in hot {
            out.push(*r);
            if let Some(base) = at[r.node] {
                let size = nodes[r.node].size;
                let offset = r.offset.min(size);
                out.push(HotRange {
                    node: packed,
                    offset: base + offset,
                    len: r.len.min(size - offset),
                });
            }
        }
        out
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

/// Whether `ranges` (start, end) cover `0..size`; sorts them.
fn covers(ranges: &mut [(u64, u64)], size: u64) -> bool {
    ranges.sort_unstable();
    let mut end = 0;
    for &(start, stop) in ranges.iter() {
        if start > end {
            return false;
        }
        end = end.max(stop);
    }
    end >= size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, size: u64) -> Node {
        Node {
            path: path.as_bytes().to_vec(),
            size,
            ..Packing::default().node()
        }
    }

    fn range(node: usize, offset: u64, len: u64) -> HotRange {
        HotRange { node, offset, len }
    }

    /// Each node's content.
    struct Contents(Vec<Vec<u8>>);

    impl FileData for Contents {
        fn read(&self, node: usize, offset: u64, len: usize) -> Result<Vec<u8>> {
            Ok(self.0[node][offset as usize..][..len].to_vec())
        }
    }

    /// Node `i` holds `size` bytes of value `i`.
    fn distinct(nodes: &[Node]) -> Contents {
        Contents(
            (0..nodes.len())
                .map(|i| vec![i as u8; nodes[i].size as usize])
                .collect(),
        )
    }

    #[test]
    fn files_read_whole_come_first_in_first_access_order() {
        let nodes = [
            file("a", 100),
            file("b", 10_000),
            file("c", 5_000),
            file("d", 300),
            file("e", 9_000),
        ];
        // e is read whole last, b in two ranges, c only in part; a and d cold.
        let hot = [
            range(1, 4096, 8192),
            range(2, 0, 4096),
            range(1, 0, 4096),
            range(4, 0, 12288),
        ];
        let data = distinct(&nodes);
        let p = Packing::choose(&nodes, &hot, 1 << 20, 64 << 10, &data).unwrap();
        assert!(p.duplicates.is_empty());
        assert_eq!(
            p.members,
            vec![(1, 0), (4, 10_000), (0, 19_000), (3, 19_100)]
        );
        assert_eq!(p.size, 19_400);
        let planned = p.hot_ranges(&nodes, &hot, 5);
        assert_eq!(
            planned,
            vec![
                range(1, 4096, 8192),
                range(5, 4096, 5904),
                range(2, 0, 4096),
                range(1, 0, 4096),
                range(5, 0, 4096),
                range(4, 0, 12288),
                range(5, 10_000, 9_000),
            ]
        );
        // A smaller hot limit leaves b and e out.
        let p = Packing::choose(&nodes, &hot, 1 << 20, 8192, &data).unwrap();
        assert_eq!(p.members, vec![(0, 0), (3, 100)]);
    }

    #[test]
    fn a_file_equal_to_one_packed_before_shares_its_bytes() {
        let nodes = [
            file("x", 500),
            file("y", 500),
            file("z", 500),
            file("w", 200),
        ];
        let mut data = distinct(&nodes);
        data.0[1] = data.0[0].clone();
        // x is read whole; y equals it, z is as long but not equal.
        let hot = [range(0, 0, 4096)];
        let p = Packing::choose(&nodes, &hot, 1 << 20, 64 << 10, &data).unwrap();
        assert_eq!(p.members, vec![(0, 0), (3, 500), (2, 700)]);
        assert_eq!(p.duplicates, vec![(1, 0)]);
        assert_eq!(p.size, 1200);
    }
}
