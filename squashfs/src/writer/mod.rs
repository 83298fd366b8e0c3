//! Writing an image in a planned order: the data of `Plan::hot_inodes` in
//! that order (with their tails packed into shared fragment blocks), every
//! other file in path order; tables placed per `Plan::tables`.
//!
//! Data is copied raw when compressor, options and block size are unchanged,
//! else recompressed on all cores. The inode and directory tables are written
//! in one pass, children before parents, cold inodes then hot ones
//! (`order`), so every metadata reference points backwards and every block
//! is compressed normally. See docs/squashfs-writer.md.

mod data;
mod order;
mod out;
pub(crate) mod par;

use crate::compress::{Compression, Compressor};
use crate::error::{io_err, Error, Result};
use crate::format::*;
use crate::reader::{Archive, Entry, FileLayout, Kind};
use data::{DataCtx, FileOut, Packer};
use order::Step;
use out::{block_starts, metadata_blocks, write_lookup_table, MetaStream, Out};
use std::collections::{HashMap, HashSet};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

/// Where the metadata tables go relative to the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TablePlacement {
    /// Cold data first, then hot data, then the tables at the end: hot data
    /// and hot metadata are adjacent. Accepted by the kernel and unsquashfs.
    #[default]
    HotDataBeforeTables,
    /// mksquashfs-like: hot data right after the superblock, cold data, tables at the end.
    HotDataFirst,
    /// Experimental, kernel only: inode, directory, fragment and export tables
    /// right after the superblock, then hot data, cold data, and the id and
    /// xattr tables at the end (the kernel requires the xattr lookup array to
    /// end the image). unsquashfs rejects this layout (it requires all tables
    /// to be contiguous); see docs/squashfs-writer.md.
    TablesFirst,
}

/// What to write.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Input inode numbers in first-access order: these files' data and fragments come first, in this order.
    pub hot_inodes: Vec<u32>,
    /// None = keep the input's compressor and options (and copy blocks raw if the block size is kept too).
    pub compression: Option<Compression>,
    /// None = keep the input's block size.
    pub block_size: Option<u32>,
    pub tables: TablePlacement,
    /// Recompress every block even when compressor, options and block size
    /// are unchanged (no raw copy), e.g. to benchmark recompression.
    pub recompress: bool,
}

/// What the writer did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Image length including the 4 KiB padding.
    pub bytes_written: u64,
    pub blocks_raw: u64,
    pub blocks_recompressed: u64,
    /// Files whose data was shared with an identical earlier file.
    pub dedup_hits: u64,
    /// Fragment blocks written (rebuilt and reused).
    pub fragment_blocks: u64,
    /// Of those, input fragment blocks copied raw (raw copy, no hot tail in them).
    pub fragment_blocks_reused: u64,
    pub metadata_blocks: u64,
    /// Bytes of file data (and fragments) before the first table.
    pub data_bytes: u64,
}

/// One unique inode of the output.
struct Node<'a> {
    entry: &'a Entry,
    number: u32,
    nlink: u32,
    parent: usize,
    /// Directories: (name, node) sorted by name.
    children: Vec<(&'a [u8], usize)>,
    xattr: u32,
    uid_idx: u16,
    gid_idx: u16,
}

/// One header's run: (compressed start of the inode block, base inode number, entries (offset, delta, type, name)).
type ListingRun = (u64, u32, Vec<(u16, i16, u16, Vec<u8>)>);
type XattrSet = Vec<(Vec<u8>, Vec<u8>)>;

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

/// Rewrites `input` into `out` following `plan`. Writes a temp file in out's
/// directory, fsyncs and renames it; refuses to overwrite the input. The
/// output gets the input's permission bits (rwx only).
pub fn write_image(
    input: &Archive,
    plan: &Plan,
    out_path: &Path,
    progress: &dyn Fn(u64, u64),
) -> Result<WriteStats> {
    refuse_same_file(input.path(), out_path)?;
    let dir = match out_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".liveopt-sort-")
        .tempfile_in(&dir)
        .map_err(|e| io_err("cannot create a temp file in", &dir, e))?;
    let file = tmp
        .reopen()
        .map_err(|e| io_err("cannot open", tmp.path(), e))?;
    // The temp file is 0600; the output gets the input image's permission bits.
    let mode = std::fs::metadata(input.path())
        .map(|m| m.mode() & 0o777)
        .unwrap_or(0o644);
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_err("cannot set the mode of", tmp.path(), e))?;
    let mut out = Out::new(file, tmp.path().to_path_buf());
    let stats = write_into(input, plan, &mut out, progress)?;
    out.file
        .sync_all()
        .map_err(|e| io_err("cannot fsync", tmp.path(), e))?;
    tmp.persist(out_path)
        .map_err(|e| io_err("cannot rename the temp file to", out_path, e.error))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(stats)
}

fn refuse_same_file(input: &Path, out: &Path) -> Result<()> {
    let same_path = match (input.canonicalize(), out.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let same_inode = match (std::fs::metadata(input), std::fs::metadata(out)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    };
    if same_path || same_inode {
        return Err(Error::Invalid(format!(
            "refusing to overwrite the input image {}",
            input.display()
        )));
    }
    Ok(())
}

fn write_into(
    input: &Archive,
    plan: &Plan,
    out: &mut Out,
    progress: &dyn Fn(u64, u64),
) -> Result<WriteStats> {
    let isb = input.superblock();
    let mut stats = WriteStats::default();

    // Output compressor and block size.
    let block_size = plan.block_size.unwrap_or(isb.block_size);
    if !block_size.is_power_of_two() || !(4096..=1 << 20).contains(&block_size) {
        return Err(Error::Invalid(format!(
            "block size {block_size} is not a power of two between 4 KiB and 1 MiB"
        )));
    }
    let comp = match &plan.compression {
        Some(c) => Compressor::from_compression(c, block_size),
        None => keep_compressor(input.compressor(), block_size),
    };
    let raw = comp == *input.compressor() && !plan.recompress;
    let use_fragments = !isb.has(flags::NO_FRAGMENTS);

    // Unique inodes and the tree.
    let entries = input.entries();
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_number: HashMap<u32, usize> = HashMap::new();
    let mut dir_by_path: HashMap<&[u8], usize> = HashMap::new();
    for e in entries {
        let parent = if e.path == b"/" {
            0
        } else {
            let cut = e.path.iter().rposition(|&c| c == b'/').unwrap_or(0);
            let pp: &[u8] = if cut == 0 { b"/" } else { &e.path[..cut] };
            *dir_by_path
                .get(pp)
                .ok_or_else(|| Error::Invalid("entry without a parent directory".into()))?
        };
        let idx = match by_number.get(&e.inode_number) {
            Some(&i) => {
                nodes[i].nlink += 1;
                i
            }
            None => {
                nodes.push(Node {
                    entry: e,
                    number: e.inode_number,
                    nlink: 1,
                    parent,
                    children: Vec::new(),
                    xattr: INVALID_XATTR,
                    uid_idx: 0,
                    gid_idx: 0,
                });
                by_number.insert(e.inode_number, nodes.len() - 1);
                nodes.len() - 1
            }
        };
        if e.kind == Kind::Dir {
            dir_by_path.insert(&e.path, idx);
        }
        if e.path != b"/" {
            let name = &e.path[e.path.iter().rposition(|&c| c == b'/').unwrap() + 1..];
            nodes[parent].children.push((name, idx));
        }
    }
    for i in 0..nodes.len() {
        if nodes[i].entry.kind == Kind::Dir {
            let subdirs = nodes[i]
                .children
                .iter()
                .filter(|c| nodes[c.1].entry.kind == Kind::Dir)
                .count();
            nodes[i].nlink = 2 + subdirs as u32;
            nodes[i].children.sort_by(|a, b| a.0.cmp(b.0));
        }
    }
    // Keep input inode numbers when they are exactly 1..=N, else renumber in path order.
    let n = nodes.len() as u32;
    let mut seen = vec![false; n as usize + 1];
    let keep = nodes.iter().all(|nd| {
        nd.number >= 1 && nd.number <= n && !std::mem::replace(&mut seen[nd.number as usize], true)
    });
    if !keep {
        for (i, nd) in nodes.iter_mut().enumerate() {
            nd.number = i as u32 + 1;
        }
    }

    // Metadata table order: cold inodes children first, then the hot ones.
    let hot_access: Vec<usize> = plan
        .hot_inodes
        .iter()
        .filter_map(|num| by_number.get(num).copied())
        .collect();
    let steps = order::table_order(&nodes, &hot_access);

    // Data order: hot files in plan order, then the other files in path order.
    let is_file_with_data = |i: usize| {
        nodes[i]
            .entry
            .file
            .as_ref()
            .is_some_and(|l| l.file_size > 0)
    };
    let hot_files: Vec<usize> = {
        let mut v = Vec::new();
        let mut taken = HashSet::new();
        for num in &plan.hot_inodes {
            if let Some(&i) = by_number.get(num) {
                if is_file_with_data(i) && taken.insert(i) {
                    v.push(i);
                }
            }
        }
        v
    };
    let hot_set: HashSet<usize> = hot_files.iter().copied().collect();
    let cold_files: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].entry.file.is_some() && !hot_set.contains(&i))
        .collect();
    let data_order: Vec<usize> = hot_files.iter().chain(cold_files.iter()).copied().collect();
    let layouts: Vec<&FileLayout> = data_order
        .iter()
        .map(|&i| nodes[i].entry.file.as_ref().unwrap())
        .collect();
    let dups = data::find_duplicates(input, &layouts, raw)?;
    stats.dedup_hits = dups.len() as u64;
    let total: u64 = data_order
        .iter()
        .enumerate()
        .filter(|(k, _)| !dups.contains_key(k))
        .map(|(_, &i)| nodes[i].entry.file.as_ref().unwrap().file_size)
        .sum();

    // Superblock placeholder and compressor options.
    out.write(&[0u8; SUPERBLOCK_SIZE])?;
    if let Some(o) = &comp.options {
        let mut b = ((o.len() as u16) | METADATA_UNCOMPRESSED)
            .to_le_bytes()
            .to_vec();
        b.extend_from_slice(o);
        out.write(&b)?;
    }

    // Tables first: reserve room for them after the superblock (generous: twice the input's metadata).
    let front_base = out.pos;
    if plan.tables == TablePlacement::TablesFirst {
        let estimate = 2 * (isb.bytes_used - isb.inode_table) + (64 << 10);
        out.skip_to(front_base + estimate.div_ceil(4096) * 4096)?;
    }
    let data_start = out.pos;

    // Data.
    let ctx = DataCtx {
        input,
        comp: &comp,
        block_size,
        raw,
        use_fragments,
        always_fragments: isb.has(flags::ALWAYS_FRAGMENTS),
    };
    let mut packer = Packer::new(block_size, &comp);
    // Raw copy: input fragment blocks with a hot tail are repacked, the others are reused as they are.
    if raw {
        for &i in &hot_files {
            if let Some((fi, _)) = nodes[i].entry.file.as_ref().unwrap().fragment {
                packer.repack.insert(fi);
            }
        }
    }
    let mut results: HashMap<usize, FileOut> = HashMap::new();
    let mut done = 0u64;
    let pos_of: HashMap<usize, usize> = data_order
        .iter()
        .enumerate()
        .map(|(k, &i)| (i, k))
        .collect();
    let segment = |list: &[usize]| -> Vec<(usize, &FileLayout)> {
        list.iter()
            .filter(|&&i| !dups.contains_key(&pos_of[&i]))
            .map(|&i| (i, nodes[i].entry.file.as_ref().unwrap()))
            .collect()
    };
    let segments: [(&[usize], bool); 2] = match plan.tables {
        TablePlacement::HotDataFirst | TablePlacement::TablesFirst => {
            [(&hot_files, true), (&cold_files, false)]
        }
        TablePlacement::HotDataBeforeTables => [(&cold_files, false), (&hot_files, true)],
    };
    for (seg, hot) in segments {
        let files = segment(seg);
        if hot {
            // Hot tails packed ahead in access order; each block is written
            // right after the data of its first file.
            packer.plan_hot(ctx.tails(&files)?)?;
        }
        ctx.write_files(
            &files,
            out,
            &mut packer,
            &mut stats,
            &mut done,
            total,
            progress,
            &mut results,
        )?;
        packer.flush(out, &mut stats)?;
    }
    for (&k, &j) in &dups {
        let orig = results[&data_order[j]].clone();
        results.insert(data_order[k], orig);
    }
    stats.data_bytes = out.pos - data_start;

    // Ids and xattrs.
    let mut ids: Vec<u32> = Vec::new();
    let mut id_index: HashMap<u32, u16> = HashMap::new();
    let mut xattr_sets: Vec<&XattrSet> = Vec::new();
    let mut xattr_index: HashMap<&XattrSet, u32> = HashMap::new();
    for i in steps.iter().filter_map(|s| match *s {
        Step::Inode(i) => Some(i),
        Step::Listing(_) => None,
    }) {
        let e = nodes[i].entry;
        let mut id = |v: u32| -> Result<u16> {
            if let Some(&k) = id_index.get(&v) {
                return Ok(k);
            }
            if ids.len() >= 65536 {
                return Err(Error::Invalid("more than 65536 distinct uids/gids".into()));
            }
            ids.push(v);
            id_index.insert(v, (ids.len() - 1) as u16);
            Ok((ids.len() - 1) as u16)
        };
        nodes[i].uid_idx = id(e.uid)?;
        nodes[i].gid_idx = id(e.gid)?;
        if !e.xattrs.is_empty() {
            let k = *xattr_index.entry(&e.xattrs).or_insert_with(|| {
                xattr_sets.push(&e.xattrs);
                (xattr_sets.len() - 1) as u32
            });
            nodes[i].xattr = k;
        }
    }

    // Both tables in one pass: every reference points backwards (see `order`).
    let mut itable = MetaStream::new(&comp);
    let mut dtable = MetaStream::new(&comp);
    let mut inode_ref = vec![u64::MAX; nodes.len()];
    let mut dirs: HashMap<usize, DirLoc> = HashMap::new();
    for step in &steps {
        match *step {
            Step::Listing(d) => {
                let at = dtable.len();
                let listing = build_listing(&nodes, d, &inode_ref);
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
                inode_ref[i] = itable.reference(itable.len());
                let parent_number = if i == 0 {
                    n + 1
                } else {
                    nodes[nodes[i].parent].number
                };
                itable.push(&inode_bytes(
                    &nodes,
                    i,
                    &results,
                    dirs.get(&i),
                    parent_number,
                ))?;
            }
        }
    }
    let inode_blocks = itable.finish()?;
    let dir_blocks = dtable.finish()?;

    // Write the tables: inode, directory, fragment and export tables go to
    // `front` (the reserved room after the superblock, or simply the end).
    let mut front_out;
    let front: &mut Out = if plan.tables == TablePlacement::TablesFirst {
        out.flush()?;
        let f = out
            .file
            .try_clone()
            .map_err(|e| io_err("cannot reopen", &out.path, e))?;
        front_out = Out::at(f, out.path.clone(), front_base);
        &mut front_out
    } else {
        &mut *out
    };
    let inode_table = front.pos;
    for b in &inode_blocks {
        front.write(b)?;
    }
    let directory_table = front.pos;
    for b in &dir_blocks {
        front.write(b)?;
    }
    stats.metadata_blocks = (inode_blocks.len() + dir_blocks.len()) as u64;
    let fragment_entries = packer.entries();
    let fragment_count = fragment_entries.len() as u32;
    let fragment_table = if fragment_count > 0 {
        let mut raw = Vec::with_capacity(fragment_entries.len() * 16);
        for f in &fragment_entries {
            f.write(&mut raw);
        }
        let (at, nb) = write_lookup_table(front, &comp, &raw)?;
        stats.metadata_blocks += nb as u64;
        at
    } else {
        INVALID_TABLE
    };
    if plan.tables == TablePlacement::TablesFirst {
        front.flush()?;
        if front.pos > data_start {
            return Err(Error::Invalid(
                "tables do not fit in the room reserved before the data".into(),
            ));
        }
    }
    let export_table = if input.export.is_some() {
        let mut refs = vec![0u64; n as usize];
        for (i, nd) in nodes.iter().enumerate() {
            refs[nd.number as usize - 1] = inode_ref[i];
        }
        let raw: Vec<u8> = refs.iter().flat_map(|r| r.to_le_bytes()).collect();
        let (at, nb) = write_lookup_table(out, &comp, &raw)?;
        stats.metadata_blocks += nb as u64;
        at
    } else {
        INVALID_TABLE
    };
    let raw_ids: Vec<u8> = ids.iter().flat_map(|v| v.to_le_bytes()).collect();
    let (id_table, nb) = write_lookup_table(out, &comp, &raw_ids)?;
    stats.metadata_blocks += nb as u64;
    let xattr_table = if xattr_sets.is_empty() {
        INVALID_TABLE
    } else {
        write_xattrs(out, &comp, &xattr_sets, &mut stats)?
    };

    // Superblock, padding, done.
    let bytes_used = out.pos;
    let pad = (4096 - bytes_used % 4096) % 4096;
    out.write(&vec![0u8; pad as usize])?;
    let mut fl = isb.flags
        & !(flags::UNCOMPRESSED_INODES
            | flags::UNCOMPRESSED_IDS
            | flags::UNCOMPRESSED_XATTRS
            | flags::EXPORTABLE
            | flags::COMPRESSOR_OPTIONS
            | flags::NO_XATTRS
            | flags::DUPLICATES);
    if !raw {
        fl &= !(flags::UNCOMPRESSED_DATA | flags::UNCOMPRESSED_FRAGMENTS);
    }
    fl |= flags::DUPLICATES;
    if export_table != INVALID_TABLE {
        fl |= flags::EXPORTABLE;
    }
    if comp.options.is_some() {
        fl |= flags::COMPRESSOR_OPTIONS;
    }
    if xattr_sets.is_empty() {
        fl |= flags::NO_XATTRS;
    }
    let sb = Superblock {
        magic: MAGIC,
        inode_count: n,
        mkfs_time: isb.mkfs_time,
        block_size,
        fragment_count,
        compressor: comp.id as u16,
        block_log: block_size.trailing_zeros() as u16,
        flags: fl,
        id_count: ids.len() as u16,
        version_major: 4,
        version_minor: 0,
        root_inode: inode_ref[0],
        bytes_used,
        id_table,
        xattr_table,
        inode_table,
        directory_table,
        fragment_table,
        export_table,
    };
    out.flush()?;
    let mut sbb = Vec::with_capacity(SUPERBLOCK_SIZE);
    sb.write(&mut sbb);
    use std::os::unix::fs::FileExt;
    out.file
        .write_all_at(&sbb, 0)
        .map_err(|e| io_err("cannot write", &out.path, e))?;
    stats.bytes_written = out.pos;
    Ok(stats)
}

/// The input compressor with its options, adapted to another block size (xz's default dictionary follows it).
fn keep_compressor(c: &Compressor, block_size: u32) -> Compressor {
    let mut k = c.with_block_size(block_size);
    if c.id == CompressorId::Xz {
        if let Some(o) = &c.options {
            if o.len() >= 8 {
                let dict = u32::from_le_bytes(o[0..4].try_into().unwrap());
                let filters = u32::from_le_bytes(o[4..8].try_into().unwrap());
                if dict == c.block_size {
                    k.options = (filters != 0).then(|| {
                        let mut v = block_size.to_le_bytes().to_vec();
                        v.extend_from_slice(&filters.to_le_bytes());
                        v
                    });
                }
            }
        }
    }
    k
}

/// Lays out one directory listing from its children's inode references.
fn build_listing(nodes: &[Node], d: usize, inode_ref: &[u64]) -> Listing {
    let mut l = Listing::default();
    let mut off = 0u32;
    // Index chunks are cut from the entry sizes alone (every 8 KiB of entries).
    let mut chunk = 0u32;
    for (k, &(name, c)) in nodes[d].children.iter().enumerate() {
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

/// Serializes the inode of node `i`; `dir` is where a directory's listing was written.
fn inode_bytes(
    nodes: &[Node],
    i: usize,
    results: &HashMap<usize, FileOut>,
    dir: Option<&DirLoc>,
    parent_number: u32,
) -> Vec<u8> {
    let nd = &nodes[i];
    let e = nd.entry;
    let header = InodeHeader {
        inode_type: e.kind.basic_type(),
        permissions: e.mode,
        uid_index: nd.uid_idx,
        gid_index: nd.gid_idx,
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
                xattr: nd.xattr,
                index: dir.index.clone(),
            }
        }
        Kind::File => {
            let fo = results.get(&i).cloned().unwrap_or_default();
            InodeBody::File {
                // 0 without blocks, like mksquashfs: a position there would be
                // noise costing ~5% of the compressed inode table.
                blocks_start: if fo.words.is_empty() {
                    0
                } else {
                    fo.blocks_start
                },
                file_size: e.file.as_ref().map_or(0, |l| l.file_size),
                sparse: fo.sparse,
                link_count: nd.nlink,
                fragment: fo.fragment.map_or(INVALID_FRAGMENT, |f| f.0),
                fragment_offset: fo.fragment.map_or(0, |f| f.1),
                xattr: nd.xattr,
                block_sizes: fo.words,
            }
        }
        Kind::Symlink => InodeBody::Symlink {
            link_count: nd.nlink,
            target: e.symlink_target.clone().unwrap_or_default(),
            xattr: nd.xattr,
        },
        Kind::BlockDev | Kind::CharDev => InodeBody::Device {
            link_count: nd.nlink,
            rdev: e.rdev.unwrap_or(0),
            xattr: nd.xattr,
        },
        Kind::Fifo | Kind::Socket => InodeBody::Ipc {
            link_count: nd.nlink,
            xattr: nd.xattr,
        },
    };
    let mut v = Vec::new();
    Inode { header, body }.write(&mut v);
    v
}

/// Writes the xattr key/value blocks, the id blocks and the lookup array; returns the array header's position.
fn write_xattrs(
    out: &mut Out,
    comp: &Compressor,
    sets: &[&Vec<(Vec<u8>, Vec<u8>)>],
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
