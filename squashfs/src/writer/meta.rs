//! The metadata phases: the id and xattr tables, then the inode and
//! directory tables written together in `order`'s sequence, so every
//! reference points backwards.

use crate::compress::Compressor;
use crate::error::{Error, Result};
use crate::format::*;
use crate::reader::Kind;
use crate::writer::data::Placed;
use crate::writer::order::{Packed, Step};
use crate::writer::out::{block_starts, metadata_blocks, MetaStream, Out};
use crate::writer::tree::Tree;
use crate::writer::{WriteStats, Writer};
use std::collections::HashMap;

/// One header's run: (compressed start of the inode block, base inode number, entries (offset, delta, type, name)).
type ListingRun = (u64, u32, Vec<(u16, i16, u16, Vec<u8>)>);
type XattrSet = [(Vec<u8>, Vec<u8>)];

/// A directory listing laid out (uncompressed).
#[derive(Default)]
struct Listing {
    headers: Vec<ListingRun>,
    /// (byte offset of an indexed header in the listing, its first name).
    index: Vec<(u32, Vec<u8>)>,
    size: u32,
}

/// Where a directory's listing was written, for its inode.
struct DirLoc {
    size: u32,
    block_index: u32,
    block_offset: u16,
    index: Vec<DirIndex>,
}

/// What a node's inode refers to in the id and xattr tables.
#[derive(Clone, Copy)]
struct NodeIds {
    uid: u16,
    gid: u16,
    xattr: u32,
}

/// The id table (uids and gids) and the xattr sets, numbered in inode table
/// order, and the entries each node uses.
pub(super) struct Ids<'a> {
    pub ids: Vec<u32>,
    id_index: HashMap<u32, u16>,
    pub xattr_sets: Vec<&'a XattrSet>,
    xattr_index: HashMap<&'a XattrSet, u32>,
    of_node: Vec<NodeIds>,
}

impl<'a> Ids<'a> {
    /// The ids and xattrs phase: numbers them in the order `steps` writes the inodes.
    pub fn assign(tree: &Tree<'a>, steps: &[Packed]) -> Result<Ids<'a>> {
        let none = NodeIds {
            uid: 0,
            gid: 0,
            xattr: INVALID_XATTR,
        };
        let mut t = Ids {
            ids: Vec::new(),
            id_index: HashMap::new(),
            xattr_sets: Vec::new(),
            xattr_index: HashMap::new(),
            of_node: vec![none; tree.nodes.len()],
        };
        for i in steps.iter().filter_map(|s| match s.get() {
            Step::Inode(i) => Some(i as usize),
            Step::Listing(_) => None,
        }) {
            let e = tree.nodes[i].entry;
            t.of_node[i].uid = t.id(e.uid)?;
            t.of_node[i].gid = t.id(e.gid)?;
            if !e.xattrs.is_empty() {
                t.of_node[i].xattr = t.xattr_set(&e.xattrs);
            }
        }
        Ok(t)
    }

    fn id(&mut self, v: u32) -> Result<u16> {
        if let Some(&k) = self.id_index.get(&v) {
            return Ok(k);
        }
        if self.ids.len() >= 65536 {
            return Err(Error::Invalid("more than 65536 distinct uids/gids".into()));
        }
        self.ids.push(v);
        self.id_index.insert(v, (self.ids.len() - 1) as u16);
        Ok((self.ids.len() - 1) as u16)
    }

    fn xattr_set(&mut self, set: &'a XattrSet) -> u32 {
        *self.xattr_index.entry(set).or_insert_with(|| {
            self.xattr_sets.push(set);
            (self.xattr_sets.len() - 1) as u32
        })
    }
}

/// The inode and directory tables as on-disk blocks (relative to each table's start).
pub(super) struct MetadataTables {
    pub inode_blocks: Vec<Vec<u8>>,
    pub dir_blocks: Vec<Vec<u8>>,
    /// Per node: its inode's reference (block start << 16 | offset).
    pub inode_ref: Vec<u64>,
}

impl Writer<'_> {
    /// The metadata tables phase: both tables in one pass, in `steps` order.
    pub(super) fn build_metadata_tables(
        &self,
        steps: &[Packed],
        ids: &Ids,
    ) -> Result<MetadataTables> {
        let nodes = &self.tree.nodes;
        let mut itable = MetaStream::new(&self.data.comp);
        let mut dtable = MetaStream::new(&self.data.comp);
        let mut inode_ref = vec![u64::MAX; nodes.len()];
        let mut dirs: HashMap<usize, DirLoc> = HashMap::new();
        for step in steps {
            match step.get() {
                Step::Listing(d) => {
                    let d = d as usize;
                    let at = dtable.len();
                    let listing = build_listing(&self.tree, d, &inode_ref);
                    let mut bytes = Vec::with_capacity(listing.size as usize);
                    serialize_listing(&listing, &mut bytes);
                    dtable.push(&bytes)?;
                    let r = dtable.reference(at);
                    let index = listing
                        .index
                        .iter()
                        .map(|(off, name)| DirIndex {
                            index: *off,
                            start: (dtable.reference(at + *off as u64) >> 16) as u32,
                            name: name.clone(),
                        })
                        .collect();
                    dirs.insert(
                        d,
                        DirLoc {
                            size: listing.size,
                            block_index: (r >> 16) as u32,
                            block_offset: r as u16,
                            index,
                        },
                    );
                }
                Step::Inode(i) => {
                    let i = i as usize;
                    inode_ref[i] = itable.reference(itable.len());
                    // Like mksquashfs, the root's parent is one past the last inode.
                    let parent_number = if i == 0 {
                        nodes.len() as u32 + 1
                    } else {
                        nodes[self.tree.parent(i)].number
                    };
                    itable.push(&inode_bytes(
                        &self.tree,
                        ids.of_node[i],
                        i,
                        &self.placed,
                        dirs.remove(&i).as_ref(),
                        parent_number,
                    ))?;
                }
            }
        }
        Ok(MetadataTables {
            inode_blocks: itable.finish()?,
            dir_blocks: dtable.finish()?,
            inode_ref,
        })
    }
}

/// Lays out one directory listing from its children's inode references.
fn build_listing(tree: &Tree, d: usize, inode_ref: &[u64]) -> Listing {
    let nodes = &tree.nodes;
    let mut l = Listing::default();
    let mut off = 0u32;
    // Index chunks are cut from the entry sizes alone (every 8 KiB of entries).
    let mut chunk = 0u32;
    for (k, (name, c)) in tree.children(d).enumerate() {
        let r = inode_ref[c];
        assert!(
            r != u64::MAX,
            "a child inode is written before its directory"
        );
        let (block, offset) = (r >> 16, r as u16);
        let number = nodes[c].number;
        let entry_len = 8 + name.len() as u32;
        let new_chunk = k > 0 && chunk + entry_len > METADATA_SIZE as u32;
        if new_chunk {
            chunk = 0;
        }
        chunk += entry_len;
        let need_header = new_chunk
            || match l.headers.last() {
                None => true,
                Some((b, base, es)) => {
                    let delta = number as i64 - *base as i64;
                    es.len() == 256 || *b != block || !(-32768..=32767).contains(&delta)
                }
            };
        if need_header {
            if new_chunk {
                l.index.push((off, name.to_vec()));
            }
            l.headers.push((block, number, Vec::new()));
            off += DirHeader::SIZE as u32;
        }
        let h = l.headers.last_mut().unwrap();
        h.2.push((
            offset,
            (number as i64 - h.1 as i64) as i16,
            nodes[c].entry.kind.basic_type(),
            name.to_vec(),
        ));
        off += entry_len;
    }
    l.size = off;
    l
}

fn serialize_listing(l: &Listing, out: &mut Vec<u8>) {
    for (block, base, es) in &l.headers {
        DirHeader {
            count: es.len() as u32,
            start: *block as u32,
            inode_number: *base,
        }
        .write(out);
        for (offset, delta, t, name) in es {
            DirEntry {
                offset: *offset,
                inode_delta: *delta,
                entry_type: *t,
                name: name.clone(),
            }
            .write(out);
        }
    }
}

/// Serializes the inode of node `i` (`ids`: its id and xattr entries); `dir` is where a directory's listing was written.
fn inode_bytes(
    tree: &Tree,
    ids: NodeIds,
    i: usize,
    placed: &Placed,
    dir: Option<&DirLoc>,
    parent_number: u32,
) -> Vec<u8> {
    let nd = &tree.nodes[i];
    let e = nd.entry;
    let header = InodeHeader {
        inode_type: e.kind.basic_type(),
        permissions: e.mode,
        uid_index: ids.uid,
        gid_index: ids.gid,
        mtime: e.mtime,
        inode_number: nd.number,
    };
    let body = match e.kind {
        Kind::Dir => {
            let dir = dir.expect("a directory's listing is written before its inode");
            InodeBody::Dir {
                block_index: dir.block_index,
                link_count: nd.nlink,
                file_size: dir.size + 3,
                block_offset: dir.block_offset,
                parent_inode: parent_number,
                xattr: ids.xattr,
                index: dir.index.clone(),
            }
        }
        Kind::File => {
            let fo = placed.get(i);
            let words = placed.words(i);
            InodeBody::File {
                // 0 without blocks, like mksquashfs: a position there would be
                // noise costing ~5% of the compressed inode table.
                blocks_start: if words.is_empty() { 0 } else { fo.blocks_start },
                file_size: e.file().map_or(0, |l| l.file_size),
                sparse: placed.sparse(i),
                link_count: nd.nlink,
                fragment: fo.fragment,
                fragment_offset: fo.fragment_offset,
                xattr: ids.xattr,
                block_sizes: words.to_vec(),
            }
        }
        Kind::Symlink => InodeBody::Symlink {
            link_count: nd.nlink,
            target: e.symlink_target().map(<[u8]>::to_vec).unwrap_or_default(),
            xattr: ids.xattr,
        },
        Kind::BlockDev | Kind::CharDev => InodeBody::Device {
            link_count: nd.nlink,
            rdev: e.rdev().unwrap_or(0),
            xattr: ids.xattr,
        },
        Kind::Fifo | Kind::Socket => InodeBody::Ipc {
            link_count: nd.nlink,
            xattr: ids.xattr,
        },
    };
    let mut v = Vec::new();
    Inode { header, body }.write(&mut v);
    v
}

/// Writes the xattr key/value blocks, the id blocks and the lookup array; returns the array header's position.
pub(super) fn write_xattrs(
    out: &mut Out,
    comp: &Compressor,
    sets: &[&XattrSet],
    stats: &mut WriteStats,
) -> Result<u64> {
    let mut kv = Vec::new();
    let mut starts = Vec::new();
    for set in sets {
        let at = kv.len();
        for (name, value) in set.iter() {
            let (t, rest) = XATTR_PREFIXES
                .iter()
                .enumerate()
                .find_map(|(t, p)| name.strip_prefix(*p).map(|r| (t as u16, r)))
                .ok_or_else(|| {
                    Error::Unsupported(format!(
                        "xattr {} has no user./trusted./security. prefix",
                        String::from_utf8_lossy(name)
                    ))
                })?;
            put_u16(&mut kv, t);
            put_u16(&mut kv, rest.len() as u16);
            kv.extend_from_slice(rest);
            put_u32(&mut kv, value.len() as u32);
            kv.extend_from_slice(value);
        }
        starts.push((at, kv.len() - at, set.len()));
    }
    let blocks = metadata_blocks(comp, &kv)?;
    let bstarts = block_starts(&blocks);
    let kv_start = out.pos;
    for b in &blocks {
        out.write(b)?;
    }
    stats.metadata_blocks += blocks.len() as u64;
    let mut ids = Vec::new();
    for (at, size, count) in starts {
        XattrId {
            xattr_ref: (bstarts[at / METADATA_SIZE] << 16) | (at % METADATA_SIZE) as u64,
            count: count as u32,
            size: size as u32,
        }
        .write(&mut ids);
    }
    let id_blocks = metadata_blocks(comp, &ids)?;
    let mut locs = Vec::new();
    for b in &id_blocks {
        let at = out.write(b)?;
        locs.extend_from_slice(&at.to_le_bytes());
    }
    stats.metadata_blocks += id_blocks.len() as u64;
    let table = out.pos;
    let mut head = Vec::new();
    put_u64(&mut head, kv_start);
    put_u32(&mut head, sets.len() as u32);
    put_u32(&mut head, 0);
    head.extend_from_slice(&locs);
    out.write(&head)?;
    Ok(table)
}
