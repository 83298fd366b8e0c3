//! Writing an EROFS image in access order: any tree (read through any
//! reader into [`Node`]s and [`FileData`]) plus the boot's [`HotRange`]s in
//! first-access order become an image whose hot region holds, block by
//! block, exactly what the boot reads in the order it reads it: directory
//! blocks and inode records where lookups first need them, each file's hot
//! ranges as small pclusters (full lcluster indexes) or 4 KiB chunks next
//! to the reads that fault them. Cold data follows in path order with large
//! pclusters (files the boot never reads: compact indexes; the small ones
//! whole in the packed inode, or, for kernels without fragments, ending in a
//! pcluster inline in their record). See docs/erofs.md.
//!
//! `write_image` runs the phases in order over one `Writer`: planning
//! (`tree`, `order`: inodes, layouts, units, item order; the small cold files
//! encoded to find their inline tails), placement (data
//! units encoded on all cores and streamed out, room reserved for records
//! and directory blocks), metadata (`meta`: records and directories encoded
//! once every address is known), superblock.

mod data;
mod fit;
mod fragments;
mod lzma;
pub(crate) mod meta;
mod order;
mod pool;
mod source;
mod tree;

pub use data::Codec;
pub use order::HotRange;
pub use source::{nodes_from_archive, ArchiveData};
pub use tree::{FileData, Node};

use crate::error::{unsupported, Error, Result};
use crate::reader::Kind;
use data::{Encoded, Piece};
use fragments::{PackedData, Packing};
use meta::{Layout, Lcl, BLOCK};
use order::{Item, Order};
use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;
use tree::Tree;

/// How far (bytes of file data) encoding runs ahead of placement: enough to
/// keep every core busy past a 16 MiB cold unit, little memory.
const ENCODE_WINDOW: u64 = 64 << 20;

/// One data unit to encode: which bytes of which input file, and how.
struct Job {
    /// The unit's index in the plan.
    unit: usize,
    node: usize,
    start: u64,
    len: u64,
    max_blocks: u64,
    hot: bool,
    /// The whole of a file whose last pcluster may go inline: cut to end in
    /// one under a block where that saves a block.
    tail: bool,
}

/// Cold data is encoded in units of at most this many lclusters (16 MiB):
/// units are what is encoded in parallel, and each unit's last pcluster is
/// a partial one.
const COLD_UNIT_LCLUSTERS: u64 = 4096;

/// Files up to this size that the boot does not read are encoded while planning, so that
/// their last pcluster can sit inline in their record when it fits (ztailpacking).
const TAIL_FILE_MAX: u64 = 256 << 10;

/// At most this much input is encoded while planning (and held until placed).
const TAIL_BUDGET: u64 = 128 << 20;

/// Files up to this size (or the largest cold pcluster's, if larger) that the boot
/// does not read are whole-file fragments.
const FRAGMENT_FILE_MAX: u64 = 256 << 10;

/// Files up to this size that the boot reads whole are fragments in the hot part of
/// the packed inode: larger ones would be held twice in the page cache for little gain.
const HOT_FRAGMENT_FILE_MAX: u64 = 64 << 10;

/// How to write.
#[derive(Clone, Debug)]
pub struct Options {
    /// None: uncompressed, every file chunk-based.
    pub codec: Option<Codec>,
    /// Hot ranges are cut in pieces of at most this many 4 KiB lclusters of
    /// file data, each placed where the boot first reads it.
    pub hot_unit_blocks: u64,
    /// Largest pcluster of hot data, in 4 KiB blocks of the image: each
    /// holds as much of its piece as fits.
    pub hot_pcluster_blocks: u64,
    /// Largest pcluster of cold data, in 4 KiB blocks of the image (the
    /// physical size, as mkfs.erofs's `-C`): each holds as much file data as
    /// fits.
    pub cold_pcluster_blocks: u64,
    /// A small file's last pcluster that compresses below a block goes inline after its
    /// record's index (ztailpacking, Linux 5.17+), where it fits in the record's block.
    pub inline_tails: bool,
    /// Small files the boot does not read go whole into the packed inode,
    /// compressed together (whole-file fragments, Linux 6.1+).
    pub fragments: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            codec: Some(Codec::Lz4hc(9)),
            hot_unit_blocks: 16,
            hot_pcluster_blocks: 4,
            cold_pcluster_blocks: 16,
            inline_tails: true,
            fragments: true,
        }
    }
}

/// What the writer did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub bytes_written: u64,
    pub inodes: u64,
    pub pclusters: u64,
    pub compressed_blocks: u64,
    pub plain_blocks: u64,
    pub hole_blocks: u64,
    pub metadata_blocks: u64,
    /// Files whose last pcluster is inline after their index.
    pub inline_tails: u64,
    /// Files stored whole in the packed inode.
    pub fragments: u64,
    /// The hot region is the image's bytes before this offset.
    pub hot_end: u64,
    /// The records and directory blocks the hot region does not hold follow
    /// it, up to this offset.
    pub meta_end: u64,
    /// What the hot region holds, in placement (= first-access) order:
    /// (image offset, length) of each record, directory block run and unit.
    pub hot_extents: Vec<(u64, u64)>,
}

/// Writes `nodes` (content from `data`) to `out_path` with `hot` first:
/// a temp file in the same directory, fsynced, then renamed over `out_path`.
pub fn write_image(
    nodes: &[Node],
    data: &dyn FileData,
    hot: &[HotRange],
    opts: &Options,
    out_path: &Path,
    progress: &dyn Fn(u64, u64),
) -> Result<WriteStats> {
    if opts.hot_pcluster_blocks == 0
        || opts.cold_pcluster_blocks == 0
        || opts.hot_unit_blocks == 0
        || opts.hot_pcluster_blocks.max(opts.cold_pcluster_blocks) > 256
    {
        return Err(unsupported("pcluster sizes must be 1 to 256 blocks"));
    }
    if let Some(r) = hot.iter().find(|r| r.node >= nodes.len()) {
        return Err(Error::Corrupt(format!(
            "hot range of node {} past the input",
            r.node
        )));
    }
    let dir = match out_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let io = |what: &str, p: &Path, source| Error::Io {
        context: format!("{what} {}", p.display()),
        source,
    };
    // 0644 less the umask, as mkfs.erofs leaves its image (a temp file is 0600).
    let tmp = tempfile::Builder::new()
        .prefix(".liveopt-erofs-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .tempfile_in(&dir)
        .map_err(|e| io("cannot create a temp file in", &dir, e))?;
    let file = tmp.reopen().map_err(|e| io("cannot open", tmp.path(), e))?;
    let packing = match opts.codec {
        Some(_) if opts.fragments => Packing::choose(
            nodes,
            hot,
            FRAGMENT_FILE_MAX.max(opts.cold_pcluster_blocks * BLOCK),
            HOT_FRAGMENT_FILE_MAX,
            data,
        )?,
        _ => Packing::default(),
    };
    let with_packed: Vec<Node>;
    let packed_data: PackedData;
    let mut tree = Tree::build(nodes)?;
    let mut data = data;
    let mut packed = None;
    let hot_with_packed: Vec<HotRange>;
    let mut hot = hot;
    if !packing.members.is_empty() {
        hot_with_packed = packing.hot_ranges(nodes, hot, nodes.len());
        hot = &hot_with_packed;
        with_packed = [nodes, std::slice::from_ref(&packing.node())].concat();
        packed = Some(tree.add_unlisted(&with_packed));
        packed_data = PackedData {
            inner: data,
            node: nodes.len(),
            packing: &packing,
            nodes,
        };
        data = &packed_data;
    }
    let mut w = Writer::new(tree, data, opts, file, tmp.path());
    if let Some(ino) = packed {
        w.set_fragments(&packing, ino);
    }
    let order = w.plan(hot)?;
    w.place(&order, progress)?;
    w.write_metadata()?;
    let stats = w.write_superblock()?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| io("cannot fsync", tmp.path(), e))?;
    tmp.persist(out_path)
        .map_err(|e| io("cannot rename the temp file to", out_path, e.error))?;
    if let Ok(dir) = std::fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(stats)
}

/// The state of one write, shared by its phases; per-inode vectors are indexed by inode.
struct Writer<'a> {
    tree: Tree<'a>,
    data: &'a dyn FileData,
    opts: &'a Options,
    out: BufWriter<File>,
    out_file: File,
    path: std::path::PathBuf,
    /// (seconds, nanoseconds) most inodes share: compact inodes take it from the superblock.
    epoch: (u64, u32),
    layout: Vec<Layout>,
    size: Vec<u64>,
    compact: Vec<bool>,
    xattrs: Vec<Vec<u8>>,
    record_len: Vec<u64>,
    record_at: Vec<u64>,
    /// Flat inodes: first full block (NULL_ADDR when none) and block count.
    flat_blocks: Vec<(u32, u64)>,
    lcls: Vec<Vec<Lcl>>,
    /// Compressed inodes: the last pcluster's bytes when stored inline.
    inline_tail: Vec<Vec<u8>>,
    /// Units encoded while planning, by unit, until placed.
    pre_encoded: Vec<Option<Encoded>>,
    /// Whole-file fragments: each one's offset in the packed inode's content.
    fragment_at: Vec<Option<u64>>,
    /// The packed inode, when files are fragments in it.
    packed: Option<usize>,
    next_block: u64,
    /// Next free 32-byte slot in the open metadata block.
    meta_cursor: Option<u64>,
    /// The metadata zone's partly used blocks: (free bytes at the end, block).
    open_blocks: BTreeSet<(u64, u64)>,
    max_pcluster_blocks: u16,
    stats: WriteStats,
}

impl<'a> Writer<'a> {
    fn new(
        tree: Tree<'a>,
        data: &'a dyn FileData,
        opts: &'a Options,
        file: File,
        path: &Path,
    ) -> Writer<'a> {
        let n = tree.inodes.len();
        let mut counts: HashMap<(u64, u32), usize> = HashMap::new();
        for i in &tree.inodes {
            let nd = &tree.nodes[i.node];
            *counts.entry((nd.mtime, nd.mtime_nsec)).or_default() += 1;
        }
        let epoch = counts
            .into_iter()
            .max_by_key(|&(t, c)| (c, std::cmp::Reverse(t)))
            .map_or((0, 0), |(t, _)| t);
        let out_file = file.try_clone().expect("a file handle clones");
        Writer {
            tree,
            data,
            opts,
            out: BufWriter::with_capacity(1 << 20, file),
            out_file,
            path: path.to_path_buf(),
            epoch,
            layout: vec![Layout::Flat { tail: 0 }; n],
            size: vec![0; n],
            compact: vec![false; n],
            xattrs: vec![Vec::new(); n],
            record_len: vec![0; n],
            record_at: vec![0; n],
            flat_blocks: vec![(crate::format::NULL_ADDR, 0); n],
            lcls: vec![Vec::new(); n],
            inline_tail: vec![Vec::new(); n],
            pre_encoded: Vec::new(),
            fragment_at: vec![None; n],
            packed: None,
            next_block: 0,
            meta_cursor: None,
            open_blocks: BTreeSet::new(),
            max_pcluster_blocks: 1,
            stats: WriteStats::default(),
        }
    }

    fn io_err(&self, e: std::io::Error) -> Error {
        Error::Io {
            context: format!("cannot write {}", self.path.display()),
            source: e,
        }
    }

    /// Marks `packing`'s members as fragments in inode `packed`'s content.
    fn set_fragments(&mut self, packing: &Packing, packed: usize) {
        for &(node, offset) in packing.members.iter().chain(&packing.duplicates) {
            self.fragment_at[self.tree.inode_of[node]] = Some(offset);
        }
        self.packed = Some(packed);
        self.stats.fragments = (packing.members.len() + packing.duplicates.len()) as u64;
    }

    /// The planning phase: each inode's layout and record size, then the order, then
    /// the inline tails.
    fn plan(&mut self, hot: &[HotRange]) -> Result<Order> {
        let n = self.tree.inodes.len();
        // A file the boot reads from has hot units far from its cold ones, so
        // a full index; the rest is written as one run, so a compact one.
        let mut read_by_boot = vec![false; n];
        for r in hot {
            read_by_boot[self.tree.inode_of[r.node]] = true;
        }
        let mut blocks_of = vec![None; n];
        let mut has_flat_blocks = vec![false; n];
        for ino in 0..n {
            let node = self.tree.node(ino);
            let size = match node.kind {
                Kind::File => node.size,
                Kind::Dir => meta::dir_size(&self.tree.inodes[ino].dirents),
                Kind::Symlink => node.target.len() as u64,
                _ => 0,
            };
            self.size[ino] = size;
            self.compact[ino] = meta::fits_compact(node, self.tree.inodes[ino].nlink, self.epoch);
            // Checked by Tree::build: every name has a prefix.
            self.xattrs[ino] = meta::xattr_body(node).unwrap_or_default();
            let isize = if self.compact[ino] { 32 } else { 64 };
            let xlen = self.xattrs[ino].len() as u64;
            let layout = if let Some(offset) = self.fragment_at[ino] {
                Layout::Fragment { offset }
            } else if node.kind == Kind::File && size >= BLOCK {
                blocks_of[ino] = Some(size.div_ceil(BLOCK));
                if self.opts.codec.is_some() {
                    Layout::Compressed {
                        compact: !read_by_boot[ino],
                        tail: 0,
                    }
                } else {
                    Layout::Chunks
                }
            } else {
                let tail = size % BLOCK;
                let head = meta::record_head(isize, xlen, Layout::Flat { tail: 0 });
                let layout = if tail > 0 && head + tail <= BLOCK {
                    Layout::Flat { tail }
                } else {
                    Layout::Flat { tail: 0 }
                };
                let full = if let Layout::Flat { tail: t @ 1.. } = layout {
                    (size - t) / BLOCK
                } else {
                    size.div_ceil(BLOCK)
                };
                self.flat_blocks[ino].1 = full;
                has_flat_blocks[ino] = full > 0;
                layout
            };
            self.layout[ino] = layout;
            let head = meta::record_head(isize, xlen, layout);
            self.record_len[ino] = meta::record_size(head, layout, size);
            if blocks_of[ino].is_some() {
                self.lcls[ino] = vec![Lcl::Hole; size.div_ceil(BLOCK) as usize];
            }
        }
        let order = order::plan(
            &self.tree,
            hot,
            &blocks_of,
            &has_flat_blocks,
            self.opts.hot_unit_blocks,
            COLD_UNIT_LCLUSTERS,
        );
        self.pack_tails(&order)?;
        Ok(order)
    }

    /// The job that encodes unit `u`.
    fn job(&self, u: usize, unit: &order::Unit) -> Job {
        let start = unit.blocks.start * BLOCK;
        Job {
            unit: u,
            node: self.tree.inodes[unit.inode].node,
            start,
            len: (unit.blocks.end * BLOCK).min(self.size[unit.inode]) - start,
            max_blocks: if unit.hot {
                self.opts.hot_pcluster_blocks
            } else {
                self.opts.cold_pcluster_blocks
            },
            hot: unit.hot,
            tail: false,
        }
    }

    /// Ztailpacking: the small files the boot does not read (compact indexes, one unit
    /// each) are encoded now, on all cores, smallest first up to [`TAIL_BUDGET`] of
    /// input, each ending in a pcluster under a block where `data::cut_tail` can make
    /// one; where that fits in one block with the file's record, it goes there. The
    /// encoded units wait for their place.
    fn pack_tails(&mut self, order: &Order) -> Result<()> {
        self.pre_encoded = (0..order.units.len()).map(|_| None).collect();
        if !self.opts.inline_tails || self.opts.codec.is_none() {
            return Ok(());
        }
        // Every inline tail saves about half a block whatever the file's size:
        // the smallest files first.
        let mut candidates: Vec<usize> = (0..order.units.len())
            .filter(|&u| {
                let unit = &order.units[u];
                let size = self.size[unit.inode];
                matches!(
                    self.layout[unit.inode],
                    Layout::Compressed { compact: true, .. }
                ) && size <= TAIL_FILE_MAX
                    && Some(unit.inode) != self.packed
                    && unit.blocks.start == 0
                    && unit.blocks.end * BLOCK >= size
            })
            .collect();
        candidates.sort_by_key(|&u| self.size[order.units[u].inode]);
        let mut budget = TAIL_BUDGET;
        candidates.retain(
            |&u| match budget.checked_sub(self.size[order.units[u].inode]) {
                Some(left) => {
                    budget = left;
                    true
                }
                None => false,
            },
        );
        candidates.sort_unstable();
        let jobs: Vec<Job> = candidates
            .into_iter()
            .map(|u| Job {
                tail: true,
                ..self.job(u, &order.units[u])
            })
            .collect();
        let (data, codec, tree) = (self.data, self.opts.codec, &self.tree);
        let encoded = pool::encode_in_order(
            &jobs,
            |j| j.len,
            ENCODE_WINDOW,
            |j| encode_job(data, codec, j).map_err(|e| with_path(e, &tree.nodes[j.node])),
            |results| {
                (0..jobs.len())
                    .map(|_| results.next())
                    .collect::<Result<Vec<_>>>()
            },
        )?;
        for (job, enc) in jobs.iter().zip(encoded) {
            let ino = order.units[job.unit].inode;
            if let (Encoded::Pieces(pieces), Layout::Compressed { compact, .. }) =
                (&enc, self.layout[ino])
            {
                if let Some(Piece::Compressed { bytes, .. }) = pieces.last() {
                    // Compressed bytes end the pcluster behind zero padding; the
                    // kernel skips leading zeros (no pcluster starts with one).
                    let payload = &bytes[bytes.iter().take_while(|&&b| b == 0).count()..];
                    let len = payload.len() as u64;
                    if len < BLOCK && self.record_len[ino] + len <= BLOCK {
                        self.layout[ino] = Layout::Compressed { compact, tail: len };
                        self.record_len[ino] += len;
                        self.inline_tail[ino] = payload.to_vec();
                    }
                }
            }
            // A tail that stays out of the record is encoded again at its place,
            // uncut: the cut may leave two pclusters in the last lcluster, which
            // only files with an inline tail may have (`data::indexable`).
            if !self.inline_tail[ino].is_empty() {
                self.pre_encoded[job.unit] = Some(enc);
            }
        }
        Ok(())
    }

    /// Reserves `blocks` zero blocks at the end; returns the first.
    fn reserve(&mut self, blocks: u64) -> Result<u64> {
        let at = self.next_block;
        let zero = [0u8; BLOCK as usize];
        for _ in 0..blocks {
            self.out.write_all(&zero).map_err(|e| self.io_err(e))?;
        }
        self.next_block += blocks;
        Ok(at)
    }

    fn append(&mut self, bytes: &[u8]) -> Result<u64> {
        debug_assert_eq!(bytes.len() as u64 % BLOCK, 0);
        let at = self.next_block;
        self.out.write_all(bytes).map_err(|e| self.io_err(e))?;
        self.next_block += bytes.len() as u64 / BLOCK;
        Ok(at)
    }

    /// A record's place. In the hot region: in the open metadata block if it
    /// fits whole, else at the start of fresh blocks, so records follow the
    /// boot. In the metadata zone (`best_fit`): in the fullest partly used
    /// block it fits in whole, so that records with inline tails (up to a
    /// block each) leave few gaps.
    fn place_record(&mut self, ino: usize, best_fit: bool) -> Result<(u64, u64)> {
        let len = self.record_len[ino];
        let open = if best_fit {
            self.open_blocks.range((len, 0)..).next().copied()
        } else {
            self.meta_cursor
                .filter(|&at| at + len <= (at / BLOCK + 1) * BLOCK)
                .map(|at| ((at / BLOCK + 1) * BLOCK - at, at / BLOCK))
        };
        let at = match open {
            Some((free, block)) => {
                self.open_blocks.remove(&(free, block));
                (block + 1) * BLOCK - free
            }
            None => {
                let blocks = len.div_ceil(BLOCK);
                self.stats.metadata_blocks += blocks;
                self.reserve(blocks)? * BLOCK
            }
        };
        let next = (at + len).next_multiple_of(32);
        let free = (BLOCK - next % BLOCK) % BLOCK;
        if best_fit {
            if free > 0 {
                self.open_blocks.insert((free, next / BLOCK));
            }
        } else {
            self.meta_cursor = (free > 0).then_some(next);
        }
        self.record_at[ino] = at;
        Ok((at, len))
    }

    /// The placement phase: items in plan order; data units encoded on all
    /// cores ahead of placement (at most [`ENCODE_WINDOW`] bytes of input) and
    /// placed as they come, in order.
    fn place(&mut self, order: &Order, progress: &dyn Fn(u64, u64)) -> Result<()> {
        self.reserve(1)?; // the superblock block
        let jobs: Vec<Job> = order
            .items
            .iter()
            .filter_map(|it| match it {
                Item::Unit(u) => Some(self.job(*u, &order.units[*u])),
                _ => None,
            })
            .collect();
        let total: u64 = jobs.iter().map(|j| j.len).sum();
        let (data, codec) = (self.data, self.opts.codec);
        let pre_encoded = std::sync::Mutex::new(std::mem::take(&mut self.pre_encoded));
        let tree = &self.tree;
        let encode = |job: &Job| {
            let ready = pre_encoded.lock().expect("no panic holds it")[job.unit].take();
            match ready {
                Some(enc) => Ok(enc),
                None => {
                    encode_job(data, codec, job).map_err(|e| with_path(e, &tree.nodes[job.node]))
                }
            }
        };
        pool::encode_in_order(
            &jobs,
            |j| j.len,
            ENCODE_WINDOW,
            encode,
            |encoded| {
                let mut done = 0u64;
                for (idx, item) in order.items.iter().enumerate() {
                    let placed = match *item {
                        Item::Record(ino) => {
                            let meta_zone = (order.hot_items..order.meta_items).contains(&idx);
                            self.place_record(ino, meta_zone)?
                        }
                        Item::FlatBlocks(ino) => {
                            let blocks = self.flat_blocks[ino].1;
                            self.stats.metadata_blocks += blocks;
                            let at = self.reserve(blocks)?;
                            self.flat_blocks[ino].0 = at as u32;
                            (at * BLOCK, blocks * BLOCK)
                        }
                        Item::Unit(u) => {
                            let unit = &order.units[u];
                            let enc = encoded.next()?;
                            done += (unit.blocks.end - unit.blocks.start) * BLOCK;
                            progress(done.min(total), total);
                            self.place_unit(unit, enc)?
                        }
                    };
                    if idx < order.hot_items {
                        self.stats.hot_extents.push(placed);
                    }
                    if idx + 1 == order.hot_items {
                        self.meta_cursor = None;
                        self.stats.hot_end = self.next_block * BLOCK;
                    }
                    if idx + 1 == order.meta_items {
                        self.open_blocks.clear();
                        self.stats.meta_end = self.next_block * BLOCK;
                    }
                }
                Ok(())
            },
        )?;
        if order.hot_items == order.items.len() {
            self.stats.hot_end = self.next_block * BLOCK;
        }
        if order.meta_items == order.items.len() {
            self.stats.meta_end = self.next_block * BLOCK;
        }
        if self.next_block > u64::from(u32::MAX) {
            return Err(unsupported("image larger than 16 TiB"));
        }
        Ok(())
    }

    fn place_unit(&mut self, unit: &order::Unit, enc: Encoded) -> Result<(u64, u64)> {
        let first = unit.blocks.start as usize;
        let start = self.next_block;
        match enc {
            Encoded::Pieces(pieces) => {
                // Byte position in the file: a pcluster may start inside an
                // lcluster (its HEAD's clusterofs), never a plain run.
                let mut pos = first as u64 * BLOCK;
                let count = pieces.len();
                // The file's last pcluster, when inline, takes the place (for the
                // compact index's count) a block of its own would have.
                let inline = !self.inline_tail[unit.inode].is_empty()
                    && unit.blocks.end * BLOCK >= self.size[unit.inode];
                for (k, piece) in pieces.into_iter().enumerate() {
                    match piece {
                        Piece::Compressed { len, .. } if inline && k + 1 == count => {
                            let lcn = (pos / BLOCK) as usize;
                            let end = (pos + len).div_ceil(BLOCK) as usize;
                            let l = &mut self.lcls[unit.inode];
                            l[lcn] = Lcl::Head {
                                blkaddr: self.next_block as u32,
                                blocks: 1,
                                clusterofs: (pos % BLOCK) as u16,
                            };
                            l[lcn + 1..end].fill(Lcl::NonHead { head: lcn as u64 });
                            self.stats.pclusters += 1;
                            self.stats.inline_tails += 1;
                            pos += len;
                        }
                        Piece::Compressed { bytes, len } => {
                            let blocks = bytes.len() as u64 / BLOCK;
                            let at = self.append(&bytes)? as u32;
                            let lcn = (pos / BLOCK) as usize;
                            // Lclusters starting inside this pcluster's bytes.
                            let end = (pos + len).div_ceil(BLOCK) as usize;
                            let l = &mut self.lcls[unit.inode];
                            l[lcn] = Lcl::Head {
                                blkaddr: at,
                                blocks: blocks as u16,
                                clusterofs: (pos % BLOCK) as u16,
                            };
                            l[lcn + 1..end].fill(Lcl::NonHead { head: lcn as u64 });
                            self.max_pcluster_blocks = self.max_pcluster_blocks.max(blocks as u16);
                            self.stats.pclusters += 1;
                            self.stats.compressed_blocks += blocks;
                            pos += len;
                        }
                        Piece::Plain(bytes) => {
                            debug_assert_eq!(pos % BLOCK, 0, "plain runs start on a boundary");
                            let at = self.append(&bytes)? as u32;
                            let blocks = bytes.len() / BLOCK as usize;
                            let lcn = (pos / BLOCK) as usize;
                            for k in 0..blocks {
                                self.lcls[unit.inode][lcn + k] = Lcl::Plain(at + k as u32);
                            }
                            self.stats.plain_blocks += blocks as u64;
                            pos += (blocks as u64 * BLOCK).min(self.size[unit.inode] - pos);
                        }
                    }
                }
                debug_assert_eq!(pos, (unit.blocks.end * BLOCK).min(self.size[unit.inode]));
            }
            Encoded::Chunks(chunks) => {
                for (k, c) in chunks.into_iter().enumerate() {
                    self.lcls[unit.inode][first + k] = match c {
                        Some(b) => {
                            self.stats.plain_blocks += 1;
                            Lcl::Plain(self.append(&b)? as u32)
                        }
                        None => {
                            self.stats.hole_blocks += 1;
                            Lcl::Hole
                        }
                    };
                }
            }
        }
        Ok((start * BLOCK, (self.next_block - start) * BLOCK))
    }

    /// The metadata phase: every record and directory block, now that every nid and address is known.
    fn write_metadata(&mut self) -> Result<()> {
        self.out.flush().map_err(|e| self.io_err(e))?;
        let n = self.tree.inodes.len();
        let nid: Vec<u64> = self.record_at.iter().map(|&at| at / 32).collect();
        let ftype: Vec<u8> = (0..n)
            .map(|i| meta::file_type(self.tree.node(i).kind))
            .collect();
        for ino in 0..n {
            let node = self.tree.node(ino);
            let content = match node.kind {
                Kind::Dir => meta::dir_content(&self.tree.inodes[ino].dirents, &nid, &ftype),
                Kind::Symlink => node.target.clone(),
                Kind::File if matches!(self.layout[ino], Layout::Flat { .. }) && node.size > 0 => {
                    self.data
                        .read(self.tree.inodes[ino].node, 0, node.size as usize)?
                }
                _ => Vec::new(),
            };
            let (blkaddr, full) = self.flat_blocks[ino];
            let tail: &[u8] = match self.layout[ino] {
                Layout::Compressed { .. } => &self.inline_tail[ino],
                Layout::Flat { tail } => {
                    let body = &content[..content.len() - tail as usize];
                    if full > 0 {
                        let mut b = body.to_vec();
                        b.resize((full * BLOCK) as usize, 0);
                        self.out_file
                            .write_all_at(&b, u64::from(blkaddr) * BLOCK)
                            .map_err(|e| self.io_err(e))?;
                    }
                    &content[content.len() - tail as usize..]
                }
                _ => &[],
            };
            let compressed_blocks = self.lcls[ino]
                .iter()
                .map(|l| match l {
                    Lcl::Head { blocks, .. } => u32::from(*blocks),
                    Lcl::Plain(_) => 1,
                    _ => 0,
                })
                .sum();
            let record = meta::encode_record(&meta::RecordInput {
                tree: &self.tree,
                inode: ino,
                ino: ino as u32 + 1,
                compact: self.compact[ino],
                layout: self.layout[ino],
                size: self.size[ino],
                xattrs: &self.xattrs[ino],
                blkaddr,
                tail,
                lcls: &self.lcls[ino],
                compressed_blocks,
                algorithm: self.algorithm(),
            })
            .map_err(|e| {
                Error::Unsupported(format!(
                    "the index of {}: {e}",
                    String::from_utf8_lossy(&self.tree.node(ino).path)
                ))
            })?;
            debug_assert_eq!(record.len() as u64, self.record_len[ino]);
            self.out_file
                .write_all_at(&record, self.record_at[ino])
                .map_err(|e| self.io_err(e))?;
        }
        Ok(())
    }

    /// The compressed files' algorithm, as the index and superblock name it.
    fn algorithm(&self) -> u8 {
        self.opts
            .codec
            .and_then(|c| c.algorithm().compression_type())
            .unwrap_or(0)
    }

    fn write_superblock(mut self) -> Result<WriteStats> {
        let root_nid = self.record_at[self.tree.root] / 32;
        let root_nid =
            u16::try_from(root_nid).map_err(|_| unsupported("root inode past the first 2 MiB"))?;
        let compressed = self
            .layout
            .iter()
            .any(|l| matches!(l, Layout::Compressed { .. } | Layout::Fragment { .. }));
        let inline_tails = self
            .layout
            .iter()
            .any(|l| matches!(l, Layout::Compressed { tail: 1.., .. }));
        let block = meta::superblock_block(
            root_nid,
            self.tree.inodes.len() as u64,
            self.epoch,
            self.next_block as u32,
            compressed.then(|| meta::Compression {
                algorithm: self.algorithm(),
                max_pcluster_blocks: self.max_pcluster_blocks,
                inline_tails,
                packed_nid: self.packed.map(|ino| self.record_at[ino] / 32),
                lzma_dict: data::lzma_dict_size(
                    self.opts
                        .hot_pcluster_blocks
                        .max(self.opts.cold_pcluster_blocks)
                        * BLOCK,
                ),
            }),
        );
        self.out_file
            .write_all_at(&block, 0)
            .map_err(|e| self.io_err(e))?;
        self.stats.bytes_written = self.next_block * BLOCK;
        self.stats.inodes = self.tree.inodes.len() as u64;
        Ok(self.stats)
    }
}

/// Reads and encodes one job's bytes.
fn encode_job(data: &dyn FileData, codec: Option<Codec>, job: &Job) -> Result<Encoded> {
    let bytes = data.read(job.node, job.start, job.len as usize)?;
    if bytes.len() as u64 != job.len {
        return Err(Error::Corrupt(format!(
            "read {} bytes, expected {}",
            bytes.len(),
            job.len
        )));
    }
    let mut encoded = data::encode(&bytes, codec, job.max_blocks, job.hot);
    if let (true, Some(codec), Encoded::Pieces(pieces)) = (job.tail, codec, &mut encoded) {
        data::cut_tail(&bytes, pieces, codec);
    }
    Ok(encoded)
}

/// `e` with `node`'s path in front of a corruption message.
fn with_path(e: Error, node: &Node) -> Error {
    match e {
        Error::Corrupt(m) => {
            Error::Corrupt(format!("{}: {m}", String::from_utf8_lossy(&node.path)))
        }
        e => e,
    }
}
