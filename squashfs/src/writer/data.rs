//! File data: written file by file in the planned order, either copied raw
//! (compressed blocks byte for byte) or recompressed on all cores; tails go
//! through a fragment packer so files written together share fragment blocks.
//! Also the whole-file duplicate detection (size/layout key, then sha256 of
//! the content, then a byte comparison).

use crate::compress::Compressor;
use crate::error::{corrupt, Error, Result};
use crate::format::{data_size, FragmentEntry, DATA_UNCOMPRESSED, INVALID_FRAGMENT};
use crate::reader::{Archive, FileLayout};
use crate::writer::out::Out;
use crate::writer::par::{par_ordered, threads};
use crate::writer::tree::DataOrder;
use crate::writer::{TablePlacement, WriteStats, Writer};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write;
use std::sync::{mpsc, Arc, Mutex};

/// Where a file's data went in the output. One per node for the whole write,
/// so kept to 24 bytes: the block size words are a range of `Placed::words`,
/// and the rare sparse byte counts are in a map.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FileOut {
    pub blocks_start: u64,
    words_at: u32,
    words_len: u32,
    /// Fragment index (`INVALID_FRAGMENT`: none) and offset in its block.
    pub fragment: u32,
    pub fragment_offset: u32,
}

/// Where every file node's data went, by node.
pub(crate) struct Placed {
    files: Vec<FileOut>,
    words: Vec<u32>,
    /// Bytes of sparse blocks, for the files that have some.
    sparse: HashMap<u32, u64>,
}

impl Placed {
    pub fn new(nodes: usize) -> Placed {
        let none = FileOut {
            blocks_start: 0,
            words_at: 0,
            words_len: 0,
            fragment: INVALID_FRAGMENT,
            fragment_offset: 0,
        };
        Placed {
            files: vec![none; nodes],
            words: Vec::new(),
            sparse: HashMap::new(),
        }
    }

    pub fn get(&self, node: usize) -> FileOut {
        self.files[node]
    }

    /// The output block size words of a file node.
    pub fn words(&self, node: usize) -> &[u32] {
        let f = &self.files[node];
        &self.words[f.words_at as usize..(f.words_at + f.words_len) as usize]
    }

    pub fn sparse(&self, node: usize) -> u64 {
        self.sparse.get(&(node as u32)).copied().unwrap_or(0)
    }

    /// Starts the record of a file whose blocks begin at `blocks_start`.
    fn start(&mut self, node: usize, blocks_start: u64) -> Result<()> {
        let words_at = u32::try_from(self.words.len())
            .map_err(|_| Error::Invalid("more than 2^32 data blocks".into()))?;
        self.files[node] = FileOut {
            blocks_start,
            words_at,
            words_len: 0,
            fragment: INVALID_FRAGMENT,
            fragment_offset: 0,
        };
        self.sparse.remove(&(node as u32));
        Ok(())
    }

    /// Appends a block size word to the file `start` began last.
    fn push_word(&mut self, node: usize, word: u32) {
        self.words.push(word);
        self.files[node].words_len += 1;
    }

    fn add_sparse(&mut self, node: usize, bytes: u64) {
        if bytes > 0 {
            *self.sparse.entry(node as u32).or_default() += bytes;
        }
    }

    fn set_fragment(&mut self, node: usize, at: Option<(u32, u32)>) {
        let (index, offset) = at.unwrap_or((INVALID_FRAGMENT, 0));
        self.files[node].fragment = index;
        self.files[node].fragment_offset = offset;
    }

    /// A duplicate file shares the data of the file it duplicates.
    fn copy(&mut self, from: usize, to: usize) {
        self.files[to] = self.files[from];
        match self.sparse.get(&(from as u32)).copied() {
            Some(s) => self.sparse.insert(to as u32, s),
            None => self.sparse.remove(&(to as u32)),
        };
    }
}

/// A compressed (or stored) block and its on-disk size word.
type CompressedBlock = (Vec<u8>, u32);
/// A file's tail to pack: (file node, layout, tail length).
type Tail<'a> = (usize, &'a FileLayout, u64);

/// Packs tails into fragment blocks. Full blocks are compressed by a small
/// pool of threads while data copying goes on. Sealed blocks are written in
/// sealing order at points that depend only on the write sequence (when more
/// than `2 * workers` are pending, and at `flush`), never on thread timing, so
/// the output is reproducible.
///
/// Hot tails are planned ahead (`plan_hot`): packed in access order, each
/// planned block is written right after the data of the first file whose
/// tail it holds (`place_hot`), so a boot reading files one by one reads a
/// file's blocks and its tail in one run, and the next files' tails come
/// from the same, already read, fragment block.
pub(crate) struct Packer {
    buf: Vec<u8>,
    block_size: usize,
    /// Fragment entries by index, filled in when written.
    written: Vec<Option<FragmentEntry>>,
    next_index: u32,
    /// Index of the block being filled, assigned when its first tail arrives.
    open_index: Option<u32>,
    /// Raw copy: input fragment blocks are reused as they are (input index ->
    /// output index), except those in `repack`, whose cold tails are repacked.
    pub reuse: HashMap<u32, u32>,
    pub repack: HashSet<u32>,
    /// Planned hot tails: file (node index) -> (planned block, offset in it).
    hot_slot: HashMap<usize, (usize, u32)>,
    /// Planned hot blocks, compressed; taken when written.
    hot_blocks: Vec<Option<CompressedBlock>>,
    /// Output fragment index of each planned hot block once written.
    hot_index: Vec<Option<u32>>,
    job_tx: Option<mpsc::Sender<(u32, Vec<u8>)>>,
    done_rx: mpsc::Receiver<(u32, Result<CompressedBlock>)>,
    /// Sealed blocks not yet written, in sealing order.
    pending: VecDeque<u32>,
    /// Compressed blocks received from the pool, not yet written.
    done: HashMap<u32, CompressedBlock>,
    workers: Vec<std::thread::JoinHandle<()>>,
    comp: Compressor,
}

impl Packer {
    pub fn new(block_size: u32, comp: &Compressor) -> Packer {
        let (job_tx, job_rx) = mpsc::channel::<(u32, Vec<u8>)>();
        let (done_tx, done_rx) = mpsc::channel();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let workers = (0..threads())
            .map(|_| {
                let job_rx = job_rx.clone();
                let done_tx = done_tx.clone();
                let comp = comp.clone();
                std::thread::spawn(move || loop {
                    let job = job_rx.lock().unwrap().recv();
                    let Ok((index, buf)) = job else { break };
                    if done_tx.send((index, compress_block(&comp, buf))).is_err() {
                        break;
                    }
                })
            })
            .collect();
        Packer {
            buf: Vec::new(),
            block_size: block_size as usize,
            written: Vec::new(),
            next_index: 0,
            open_index: None,
            reuse: HashMap::new(),
            repack: HashSet::new(),
            hot_slot: HashMap::new(),
            hot_blocks: Vec::new(),
            hot_index: Vec::new(),
            job_tx: Some(job_tx),
            done_rx,
            pending: VecDeque::new(),
            done: HashMap::new(),
            workers,
            comp: comp.clone(),
        }
    }

    /// Adds a tail; returns (fragment index, offset in the fragment block).
    pub fn add(
        &mut self,
        out: &mut Out,
        stats: &mut WriteStats,
        tail: &[u8],
    ) -> Result<(u32, u32)> {
        if self.buf.len() + tail.len() > self.block_size {
            self.seal(out, stats)?;
        }
        let index = *self.open_index.get_or_insert_with(|| {
            self.next_index += 1;
            self.next_index - 1
        });
        let at = (index, self.buf.len() as u32);
        self.buf.extend_from_slice(tail);
        Ok(at)
    }

    /// Packs the hot files' tails `(file, layout, tail length)` (in access
    /// order) into planned blocks by length alone, then reads and compresses
    /// the blocks on all cores (`read` gives a tail's bytes): only compressed
    /// blocks are held until `place_hot` writes them.
    pub fn plan_hot<'a>(
        &mut self,
        tails: Vec<Tail<'a>>,
        read: impl Fn(&FileLayout) -> Result<Vec<u8>> + Sync,
    ) -> Result<()> {
        // Planned blocks: (bytes used, tails).
        let mut blocks: Vec<(u64, Vec<Tail<'a>>)> = Vec::new();
        for (file, l, len) in tails {
            match blocks.last() {
                Some((used, _)) if used + len <= self.block_size as u64 => {}
                _ => blocks.push((0, Vec::new())),
            }
            let k = blocks.len() - 1;
            let (used, members) = &mut blocks[k];
            self.hot_slot.insert(file, (k, *used as u32));
            *used += len;
            members.push((file, l, len));
        }
        let base = self.hot_blocks.len();
        self.hot_blocks.resize(base + blocks.len(), None);
        self.hot_index.resize(base + blocks.len(), None);
        let (comp, block_size) = (&self.comp, self.block_size);
        let hot_blocks = &mut self.hot_blocks;
        par_ordered(
            blocks.into_iter().enumerate(),
            |(k, (_, members))| {
                let mut b = Vec::with_capacity(block_size);
                for (_, l, len) in members {
                    let tail = read(l)?;
                    if tail.len() as u64 != len {
                        return Err(corrupt("file tail shorter than its size"));
                    }
                    b.extend_from_slice(&tail);
                }
                // Held until written: no compressor's spare capacity.
                let (mut c, w) = compress_block(comp, b)?;
                c.shrink_to_fit();
                Ok((k, (c, w)))
            },
            |(k, c)| {
                hot_blocks[base + k] = Some(c);
                Ok(())
            },
        )
    }

    /// For a file with a planned hot tail: writes its planned block here if
    /// this is the block's first file, and returns (fragment index, offset).
    pub fn place_hot(
        &mut self,
        out: &mut Out,
        stats: &mut WriteStats,
        file: usize,
    ) -> Result<Option<(u32, u32)>> {
        let Some(&(k, offset)) = self.hot_slot.get(&file) else {
            return Ok(None);
        };
        let index = match self.hot_index[k] {
            Some(i) => i,
            None => {
                let (bytes, word) = self.hot_blocks[k].take().expect("planned block compressed");
                let i = self.next_index;
                self.next_index += 1;
                self.write_block(out, i, &bytes, word)?;
                stats.fragment_blocks += 1;
                self.hot_index[k] = Some(i);
                i
            }
        };
        Ok(Some((index, offset)))
    }

    fn write_block(&mut self, out: &mut Out, index: u32, bytes: &[u8], word: u32) -> Result<()> {
        let start = out.write(bytes)?;
        let i = index as usize;
        if self.written.len() <= i {
            self.written.resize(i + 1, None);
        }
        self.written[i] = Some(FragmentEntry { start, size: word });
        Ok(())
    }

    /// Hands the current block to the compression pool.
    fn seal(&mut self, out: &mut Out, stats: &mut WriteStats) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.buf);
        let index = self.open_index.take().expect("open block has an index");
        self.job_tx
            .as_ref()
            .unwrap()
            .send((index, buf))
            .expect("fragment workers alive");
        self.pending.push_back(index);
        // Bound memory: write the oldest blocks while too many are pending.
        while self.pending.len() > 2 * self.workers.len() {
            self.write_oldest(out, stats)?;
        }
        Ok(())
    }

    /// Waits for the oldest sealed block and writes it.
    fn write_oldest(&mut self, out: &mut Out, stats: &mut WriteStats) -> Result<()> {
        let Some(index) = self.pending.pop_front() else {
            return Ok(());
        };
        let (bytes, word) = loop {
            if let Some(b) = self.done.remove(&index) {
                break b;
            }
            let (i, r) = self.done_rx.recv().expect("fragment workers alive");
            self.done.insert(i, r?);
        };
        self.write_block(out, index, &bytes, word)?;
        stats.fragment_blocks += 1;
        Ok(())
    }

    /// The fragment table, once every block is written.
    pub fn entries(&self) -> Vec<FragmentEntry> {
        self.written
            .iter()
            .map(|e| e.expect("every fragment block written"))
            .collect()
    }

    /// Writes an already compressed fragment block (copied raw from the input) here; returns its index.
    pub fn add_raw_block(
        &mut self,
        out: &mut Out,
        stats: &mut WriteStats,
        bytes: Vec<u8>,
        word: u32,
    ) -> Result<u32> {
        let index = self.next_index;
        self.next_index += 1;
        self.write_block(out, index, &bytes, word)?;
        stats.fragment_blocks += 1;
        stats.fragment_blocks_reused += 1;
        Ok(index)
    }

    /// Like `add_raw_block`, for the input's block `f`, copied from the source.
    pub fn copy_raw_block(
        &mut self,
        out: &mut Out,
        stats: &mut WriteStats,
        f: FragmentEntry,
    ) -> Result<u32> {
        let index = self.next_index;
        self.next_index += 1;
        let start = out.copy(f.start, data_size(f.size) as u64)?;
        let i = index as usize;
        if self.written.len() <= i {
            self.written.resize(i + 1, None);
        }
        self.written[i] = Some(FragmentEntry {
            start,
            size: f.size,
        });
        stats.fragment_blocks += 1;
        stats.fragment_blocks_reused += 1;
        Ok(index)
    }

    /// Seals the current block and writes every pending one (end of a segment).
    pub fn flush(&mut self, out: &mut Out, stats: &mut WriteStats) -> Result<()> {
        self.seal(out, stats)?;
        while !self.pending.is_empty() {
            self.write_oldest(out, stats)?;
        }
        // Planned hot blocks whose files were not written (cannot happen: every
        // planned file is written in its segment); keep the image consistent anyway.
        for k in 0..self.hot_blocks.len() {
            if let Some((bytes, word)) = self.hot_blocks[k].take() {
                let i = self.next_index;
                self.next_index += 1;
                self.write_block(out, i, &bytes, word)?;
                stats.fragment_blocks += 1;
                self.hot_index[k] = Some(i);
            }
        }
        Ok(())
    }
}

/// Compresses one fragment block (stored raw when compression does not shrink it).
fn compress_block(comp: &Compressor, buf: Vec<u8>) -> Result<CompressedBlock> {
    Ok(match comp.compress(&buf)? {
        Some(c) => {
            let w = c.len() as u32;
            (c, w)
        }
        None => {
            let w = buf.len() as u32 | DATA_UNCOMPRESSED;
            (buf, w)
        }
    })
}

impl Drop for Packer {
    fn drop(&mut self) {
        self.job_tx = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

/// How file data is produced: the input and the output's encoding.
pub(crate) struct DataCtx<'a> {
    pub input: &'a Archive,
    pub comp: Compressor,
    pub block_size: u32,
    /// Copy compressed blocks byte for byte (same compressor, options and block size).
    pub raw: bool,
    pub use_fragments: bool,
    pub always_fragments: bool,
}

/// Bytes of file data written so far, reported as they grow.
pub(crate) struct Progress<'a> {
    pub done: u64,
    pub total: u64,
    pub report: &'a dyn Fn(u64, u64),
}

impl Progress<'_> {
    fn advance(&mut self, bytes: u64) {
        self.done += bytes;
        (self.report)(self.done, self.total);
    }
}

/// One unit of recompression work: a block-aligned range of one file.
struct Job<'a> {
    file: usize,
    layout: &'a FileLayout,
    positions: std::sync::Arc<Vec<(u64, u32)>>,
    start: u64,
    end: u64,
    first: bool,
}

enum Chunk {
    Block(Vec<u8>, u32),
    Sparse(u32),
    Tail(Vec<u8>),
}

impl<'a> Writer<'a> {
    /// The data phase: every file's blocks, then its tail in a fragment,
    /// hot and cold files in the order the table placement asks for; a
    /// file identical to an earlier one shares that file's data.
    pub(super) fn write_data(&mut self, order: &DataOrder) -> Result<()> {
        let files: Vec<usize> = order.files().collect();
        let layouts: Vec<&FileLayout> = files.iter().map(|&i| self.tree.layout(i)).collect();
        let dups = find_duplicates(self.data.input, &layouts, self.data.raw)?;
        self.stats.dedup_hits = dups.len() as u64;
        self.progress.total = layouts
            .iter()
            .enumerate()
            .filter(|(k, _)| !dups.contains_key(k))
            .map(|(_, l)| l.file_size)
            .sum();
        if self.data.raw {
            self.packer.repack = self.blocks_to_repack(order);
        }
        // Position in `files` by node.
        let mut position = vec![u32::MAX; self.tree.nodes.len()];
        for (k, &i) in files.iter().enumerate() {
            position[i] = k as u32;
        }
        let unique = |list: &[usize]| -> Vec<(usize, &'a FileLayout)> {
            list.iter()
                .filter(|&&i| !dups.contains_key(&(position[i] as usize)))
                .map(|&i| (i, self.tree.layout(i)))
                .collect()
        };
        let hot = unique(&order.hot_files);
        let cold = unique(&order.cold_files);
        let segments = match self.plan.tables {
            TablePlacement::HotDataFirst | TablePlacement::TablesFirst => {
                [(hot, true), (cold, false)]
            }
            TablePlacement::HotDataBeforeTables => [(cold, false), (hot, true)],
        };
        for (segment, is_hot) in segments {
            if is_hot {
                // Hot tails packed ahead in access order; each block is written
                // right after the data of its first file.
                let tails = self.data.tails(&segment);
                let data = &self.data;
                self.packer.plan_hot(tails, |l| data.tail(l))?;
            }
            self.write_files(&segment)?;
            self.packer.flush(self.out, &mut self.stats)?;
        }
        for (&k, &j) in &dups {
            self.placed.copy(files[j], files[k]);
        }
        self.stats.data_bytes = self.out.pos - self.data_start;
        Ok(())
    }

    /// Raw copy: the input fragment blocks whose cold tails are repacked into
    /// new blocks. Hot tails always move to the planned hot blocks; the block
    /// they leave is otherwise copied as it is, their bytes left in it unused,
    /// because rebuilding it (decompress, then recompress every cold tail) was
    /// a third of the CPU time of a raw sort. A block is rebuilt when the hot
    /// tails are more than `1 / REPACK_HOT_SHARE` of its bytes, and once the
    /// unused bytes (estimated as the hot share of each reused block's
    /// compressed size; blocks least used by hot tails are reused first)
    /// would pass `1 / UNUSED_BUDGET` of the input: on an image of small
    /// files, whose data is nearly all in fragments, a per-block bound alone
    /// would let the output grow by up to a quarter.
    fn blocks_to_repack(&self, order: &DataOrder) -> HashSet<u32> {
        const REPACK_HOT_SHARE: u64 = 4;
        const UNUSED_BUDGET: u64 = 200;
        let in_bs = self.data.input.superblock().block_size as u64;
        let tail = |i: usize| {
            let l = self.tree.layout(i);
            let (fi, _) = l.fragment?;
            let len = l
                .file_size
                .saturating_sub(l.block_sizes.len() as u64 * in_bs);
            Some((fi, len))
        };
        // Per input block: (bytes of hot tails, bytes of all tails).
        let mut share: HashMap<u32, (u64, u64)> = HashMap::new();
        for &i in &order.hot_files {
            if let Some((fi, len)) = tail(i) {
                share.entry(fi).or_default().0 += len;
            }
        }
        for i in order.files() {
            if let Some((fi, len)) = tail(i) {
                if let Some(s) = share.get_mut(&fi) {
                    s.1 += len;
                }
            }
        }
        let input = self.data.input;
        let mut blocks: Vec<(u32, u64, u64)> = share
            .into_iter()
            .map(|(fi, (hot, all))| (fi, hot, all.max(1)))
            .collect();
        // Least hot share first; ties by index, so the choice is reproducible.
        blocks.sort_unstable_by(|a, b| (a.1 * b.2, a.0).cmp(&(b.1 * a.2, b.0)));
        let mut budget = input.superblock().bytes_used / UNUSED_BUDGET;
        let mut repack = HashSet::new();
        for (fi, hot, all) in blocks {
            let compressed = input
                .fragments
                .get(fi as usize)
                .map_or(0, |f| data_size(f.size) as u64);
            let unused = compressed * hot / all;
            if hot * REPACK_HOT_SHARE > all || unused > budget {
                repack.insert(fi);
            } else {
                budget -= unused;
            }
        }
        repack
    }

    /// Writes the files (index, layout) in order, noting where each went.
    fn write_files(&mut self, files: &[(usize, &FileLayout)]) -> Result<()> {
        if self.data.raw {
            for &(idx, l) in files {
                self.copy_raw(idx, l)?;
                self.progress.advance(l.file_size);
            }
            return Ok(());
        }
        let in_bs = self.data.input.superblock().block_size as u64;
        let group = in_bs.max(self.data.block_size as u64);
        let jobs = files.iter().flat_map(|&(idx, l)| {
            let positions = std::sync::Arc::new(l.block_positions().collect::<Vec<_>>());
            let n = l.file_size.div_ceil(group);
            (0..n).map(move |g| Job {
                file: idx,
                layout: l,
                positions: positions.clone(),
                start: g * group,
                end: ((g + 1) * group).min(l.file_size),
                first: g == 0,
            })
        });
        // Zero-length files produce no jobs.
        for &(idx, l) in files {
            if l.file_size == 0 {
                self.placed.start(idx, self.out.pos)?;
            }
        }
        let data = &self.data;
        let (out, packer, stats) = (&mut *self.out, &mut self.packer, &mut self.stats);
        let (placed, progress) = (&mut self.placed, &mut self.progress);
        par_ordered(
            jobs,
            |job: Job| -> Result<(usize, u64, bool, Vec<Chunk>)> {
                let chunks = data.recompress(&job, in_bs)?;
                Ok((job.file, job.end - job.start, job.first, chunks))
            },
            |(idx, len, first, chunks)| {
                // A file's jobs arrive in order, one file after the other.
                if first {
                    placed.start(idx, out.pos)?;
                }
                for c in chunks {
                    match c {
                        Chunk::Block(b, w) => {
                            out.write(&b)?;
                            placed.push_word(idx, w);
                            stats.blocks_recompressed += 1;
                        }
                        Chunk::Sparse(n) => {
                            placed.push_word(idx, 0);
                            placed.add_sparse(idx, n as u64);
                        }
                        Chunk::Tail(t) => {
                            let at = match packer.place_hot(out, stats, idx)? {
                                Some(at) => at,
                                None => packer.add(out, stats, &t)?,
                            };
                            placed.set_fragment(idx, Some(at));
                        }
                    }
                }
                progress.advance(len);
                Ok(())
            },
        )
    }

    fn copy_raw(&mut self, idx: usize, l: &FileLayout) -> Result<()> {
        let input = self.data.input;
        let (out, packer, stats) = (&mut *self.out, &mut self.packer, &mut self.stats);
        let placed = &mut self.placed;
        placed.start(idx, out.pos)?;
        for &w in &l.block_sizes {
            placed.push_word(idx, w);
        }
        placed.add_sparse(idx, l.sparse);
        let total: u64 = l.block_sizes.iter().map(|&w| data_size(w) as u64).sum();
        let mut pos = l.blocks_start;
        let end = l.blocks_start + total;
        if out.has_source() && total > 0 {
            // The reader checked that the blocks lie inside the image.
            out.copy(pos, total)?;
            pos = end;
        }
        while pos < end {
            let n = (end - pos).min(4 << 20) as usize;
            let b = input.read_raw(pos, n)?;
            out.write(&b)?;
            pos += n as u64;
        }
        stats.blocks_raw += l.block_sizes.iter().filter(|&&w| w != 0).count() as u64;
        if let Some(at) = packer.place_hot(out, stats, idx)? {
            placed.set_fragment(idx, Some(at));
        } else if let Some((fi, off)) = l.fragment {
            if packer.repack.contains(&fi) {
                let tail = input.read_tail(l)?;
                placed.set_fragment(idx, Some(packer.add(out, stats, &tail)?));
            } else {
                let index = match packer.reuse.get(&fi) {
                    Some(&i) => i,
                    None => {
                        let f = input.fragments[fi as usize];
                        let i = if out.has_source() {
                            packer.copy_raw_block(out, stats, f)?
                        } else {
                            let bytes = input.read_raw(f.start, data_size(f.size) as usize)?;
                            packer.add_raw_block(out, stats, bytes, f.size)?
                        };
                        packer.reuse.insert(fi, i);
                        i
                    }
                };
                placed.set_fragment(idx, Some((index, off)));
            }
        }
        Ok(())
    }
}

impl DataCtx<'_> {
    /// One job's range, cut into output blocks: each compressed (or stored),
    /// sparse, or the file's tail for a fragment.
    fn recompress(&self, job: &Job, in_bs: u64) -> Result<Vec<Chunk>> {
        let content = self.read_range(job, in_bs)?;
        let mut chunks = Vec::new();
        let bs = self.block_size as usize;
        for (ci, piece) in content.chunks(bs).enumerate() {
            let is_file_end = job.start + (ci * bs + piece.len()) as u64 == job.layout.file_size;
            // Like mksquashfs: only files smaller than a block go to fragments,
            // unless the input always used fragments (tails of larger files too).
            let fragment_ok =
                self.use_fragments && (job.layout.file_size < bs as u64 || self.always_fragments);
            if piece.len() < bs && is_file_end && fragment_ok {
                chunks.push(Chunk::Tail(piece.to_vec()));
            } else if piece.iter().all(|&b| b == 0) {
                chunks.push(Chunk::Sparse(piece.len() as u32));
            } else {
                match self.comp.compress(piece)? {
                    Some(c) => {
                        let w = c.len() as u32;
                        chunks.push(Chunk::Block(c, w));
                    }
                    None => {
                        let w = piece.len() as u32 | DATA_UNCOMPRESSED;
                        chunks.push(Chunk::Block(piece.to_vec(), w));
                    }
                }
            }
        }
        Ok(chunks)
    }

    /// The tails `files` will put in fragments, in order: (file, layout,
    /// tail length). Same rule as `write_files`: raw copy keeps the input's
    /// tails; recompression puts the last partial block of a file in a
    /// fragment when the file is smaller than a block (or the input always
    /// used fragments).
    pub fn tails<'f>(&self, files: &[(usize, &'f FileLayout)]) -> Vec<Tail<'f>> {
        let bs = self.block_size as u64;
        let in_bs = self.input.superblock().block_size as u64;
        files
            .iter()
            .filter_map(|&(idx, l)| {
                let len = if self.raw {
                    l.fragment?;
                    l.file_size
                        .saturating_sub(l.block_sizes.len() as u64 * in_bs)
                } else {
                    let ok = self.use_fragments
                        && !l.file_size.is_multiple_of(bs)
                        && (l.file_size < bs || self.always_fragments);
                    if !ok {
                        return None;
                    }
                    l.file_size % bs
                };
                Some((idx, l, len))
            })
            .collect()
    }

    /// The bytes of a tail `tails` lists.
    pub fn tail(&self, l: &FileLayout) -> Result<Vec<u8>> {
        if self.raw {
            self.input.read_tail(l)
        } else {
            let bs = self.block_size as u64;
            self.file_bytes(l, l.file_size - l.file_size % bs, l.file_size)
        }
    }

    /// Decompressed bytes [start, end) of a file (any alignment).
    fn file_bytes(&self, l: &FileLayout, start: u64, end: u64) -> Result<Vec<u8>> {
        let in_bs = self.input.superblock().block_size as u64;
        let positions: Vec<(u64, u32)> = l.block_positions().collect();
        let base = start / in_bs * in_bs;
        let mut i = (start / in_bs) as usize;
        let mut v = Vec::new();
        while base + (v.len() as u64) < end {
            if i < l.block_sizes.len() {
                v.extend_from_slice(&self.input.read_block(l, i, positions[i].0)?);
            } else {
                v.extend_from_slice(&self.input.read_tail(l)?);
                break;
            }
            i += 1;
        }
        if base + (v.len() as u64) < end {
            return Err(corrupt("file data shorter than its size"));
        }
        Ok(v[(start - base) as usize..(end - base) as usize].to_vec())
    }

    /// Decompressed bytes [start, end) of a file (block aligned).
    fn read_range(&self, job: &Job, in_bs: u64) -> Result<Vec<u8>> {
        let l = job.layout;
        let mut v = Vec::with_capacity((job.end - job.start) as usize);
        let mut i = (job.start / in_bs) as usize;
        while (v.len() as u64) < job.end - job.start {
            if i < l.block_sizes.len() {
                v.extend_from_slice(&self.input.read_block(l, i, job.positions[i].0)?);
            } else {
                v.extend_from_slice(&self.input.read_tail(l)?);
                break;
            }
            i += 1;
        }
        if v.len() as u64 != job.end - job.start {
            return Err(corrupt("file data shorter than its size"));
        }
        Ok(v)
    }
}

/// Finds whole-file duplicates: returns, for each duplicate file (by index in
/// `files`, which is in write order), the index of the earlier identical file.
/// Files already sharing their data in the input are duplicates without
/// reading; other files are compared only within groups of equal size (and,
/// when copying raw, equal block size words): sha256 of the content, then a
/// byte comparison.
pub(crate) fn find_duplicates(
    input: &Archive,
    files: &[&FileLayout],
    raw: bool,
) -> Result<HashMap<usize, usize>> {
    let mut dups = HashMap::new();
    // Files sharing a layout (the same data in the input): the first in write
    // order keeps it. Sorted indices, not a map of keys: this runs over every
    // file of the image.
    let layout = |i: u32| {
        let l = files[i as usize];
        let start = if l.block_sizes.iter().any(|&w| w != 0) {
            l.blocks_start
        } else {
            0
        };
        (l.file_size, start, &l.block_sizes[..], l.fragment)
    };
    let mut by_layout: Vec<u32> = (0..files.len() as u32)
        .filter(|&i| files[i as usize].file_size > 0)
        .collect();
    by_layout.sort_unstable_by(|&a, &b| layout(a).cmp(&layout(b)).then(a.cmp(&b)));
    for run in by_layout.chunk_by(|&a, &b| layout(a) == layout(b)) {
        for &i in &run[1..] {
            dups.insert(i as usize, run[0] as usize);
        }
    }
    drop(by_layout);
    // An image made with duplicate detection (mksquashfs's default, this
    // writer's always) already shares identical files' data; a raw copy then
    // finds nothing more by content, and hashing would read much of the image.
    if raw && input.superblock().has(crate::format::flags::DUPLICATES) {
        return Ok(dups);
    }
    let mut by_key: HashMap<(u64, &[u32]), Vec<usize>> = HashMap::new();
    for (i, l) in files.iter().enumerate() {
        if l.file_size > 0 && !dups.contains_key(&i) {
            let words: &[u32] = if raw { &l.block_sizes } else { &[] };
            by_key.entry((l.file_size, words)).or_default().push(i);
        }
    }
    let candidates: Vec<usize> = {
        let mut v: Vec<usize> = by_key
            .values()
            .filter(|g| g.len() > 1)
            .flatten()
            .copied()
            .collect();
        v.sort_unstable();
        v
    };
    let mut hashes: HashMap<usize, [u8; 32]> = HashMap::new();
    par_ordered(
        candidates.iter().copied(),
        |i| -> Result<(usize, [u8; 32])> {
            let mut h = HashWriter(Sha256::new());
            stream_content(input, files[i], &mut h)?;
            Ok((i, h.0.finalize().into()))
        },
        |(i, h)| {
            hashes.insert(i, h);
            Ok(())
        },
    )?;
    let mut first: HashMap<(u64, [u8; 32]), Vec<usize>> = HashMap::new();
    for &i in &candidates {
        let key = (files[i].file_size, hashes[&i]);
        let seen = first.entry(key).or_default();
        let mut matched = None;
        for &j in seen.iter() {
            if same_content(input, files[j], files[i])? {
                matched = Some(j);
                break;
            }
        }
        match matched {
            Some(j) => {
                dups.insert(i, j);
            }
            None => seen.push(i),
        }
    }
    Ok(dups)
}

struct HashWriter(Sha256);
impl Write for HashWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.update(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn stream_content(input: &Archive, l: &FileLayout, out: &mut dyn Write) -> Result<()> {
    for (i, (pos, _)) in l.block_positions().enumerate() {
        let b = input.read_block(l, i, pos)?;
        out.write_all(&b).map_err(|e| corrupt(e.to_string()))?;
    }
    out.write_all(&input.read_tail(l)?)
        .map_err(|e| corrupt(e.to_string()))?;
    Ok(())
}

/// Byte comparison of two files of the same image, block by block.
fn same_content(input: &Archive, a: &FileLayout, b: &FileLayout) -> Result<bool> {
    if a.file_size != b.file_size || a.block_sizes.len() != b.block_sizes.len() {
        return Ok(false);
    }
    let pa: Vec<_> = a.block_positions().collect();
    let pb: Vec<_> = b.block_positions().collect();
    for i in 0..pa.len() {
        if input.read_block(a, i, pa[i].0)? != input.read_block(b, i, pb[i].0)? {
            return Ok(false);
        }
    }
    Ok(input.read_tail(a)? == input.read_tail(b)?)
}
