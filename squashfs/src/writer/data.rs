//! File data: written file by file in the planned order, either copied raw
//! (compressed blocks byte for byte) or recompressed on all cores; tails go
//! through a fragment packer so files written together share fragment blocks.
//! Also the whole-file duplicate detection (size/layout key, then sha256 of
//! the content, then a byte comparison).

use crate::compress::Compressor;
use crate::error::{corrupt, Result};
use crate::format::{data_size, FragmentEntry, DATA_UNCOMPRESSED};
use crate::reader::{Archive, FileLayout};
use crate::writer::out::Out;
use crate::writer::par::par_ordered;
use crate::writer::WriteStats;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;

/// Where a file's data went in the output.
#[derive(Clone, Debug, Default)]
pub(crate) struct FileOut {
    pub blocks_start: u64,
    pub words: Vec<u32>,
    pub fragment: Option<(u32, u32)>,
    pub sparse: u64,
}

/// Packs tails into fragment blocks, written into the data stream when full.
pub(crate) struct Packer {
    buf: Vec<u8>,
    block_size: usize,
    pub entries: Vec<FragmentEntry>,
}

impl Packer {
    pub fn new(block_size: u32) -> Packer {
        Packer {
            buf: Vec::new(),
            block_size: block_size as usize,
            entries: Vec::new(),
        }
    }
    pub fn add(
        &mut self,
        out: &mut Out,
        comp: &Compressor,
        stats: &mut WriteStats,
        tail: &[u8],
    ) -> Result<(u32, u32)> {
        if self.buf.len() + tail.len() > self.block_size {
            self.flush(out, comp, stats)?;
        }
        let at = (self.entries.len() as u32, self.buf.len() as u32);
        self.buf.extend_from_slice(tail);
        Ok(at)
    }
    pub fn flush(
        &mut self,
        out: &mut Out,
        comp: &Compressor,
        stats: &mut WriteStats,
    ) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let (bytes, word) = match comp.compress(&self.buf)? {
            Some(c) => {
                let w = c.len() as u32;
                (c, w)
            }
            None => (
                std::mem::take(&mut self.buf),
                self.buf.len() as u32 | DATA_UNCOMPRESSED,
            ),
        };
        let word = if word & DATA_UNCOMPRESSED != 0 {
            bytes.len() as u32 | DATA_UNCOMPRESSED
        } else {
            word
        };
        let start = out.write(&bytes)?;
        self.entries.push(FragmentEntry { start, size: word });
        stats.fragment_blocks += 1;
        self.buf.clear();
        Ok(())
    }
}

/// How file data is produced.
pub(crate) struct DataCtx<'a> {
    pub input: &'a Archive,
    pub comp: &'a Compressor,
    pub block_size: u32,
    /// Copy compressed blocks byte for byte (same compressor, options and block size).
    pub raw: bool,
    pub use_fragments: bool,
}

/// One unit of recompression work: a block-aligned range of one file.
struct Job<'a> {
    file: usize,
    layout: &'a FileLayout,
    positions: std::sync::Arc<Vec<(u64, u32)>>,
    start: u64,
    end: u64,
    first: bool,
    last: bool,
}

enum Chunk {
    Block(Vec<u8>, u32),
    Sparse(u32),
    Tail(Vec<u8>),
}

impl DataCtx<'_> {
    /// Writes the files (index, layout) in order; returns each file's output location.
    #[allow(clippy::too_many_arguments)]
    pub fn write_files(
        &self,
        files: &[(usize, &FileLayout)],
        out: &mut Out,
        packer: &mut Packer,
        stats: &mut WriteStats,
        done: &mut u64,
        total: u64,
        progress: &dyn Fn(u64, u64),
        results: &mut HashMap<usize, FileOut>,
    ) -> Result<()> {
        if self.raw {
            for &(idx, l) in files {
                let fo = self.copy_raw(l, out, packer, stats)?;
                results.insert(idx, fo);
                *done += l.file_size;
                progress(*done, total);
            }
            return Ok(());
        }
        let in_bs = self.input.superblock().block_size as u64;
        let group = in_bs.max(self.block_size as u64);
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
                last: g + 1 == n,
            })
        });
        // Zero-length files produce no jobs.
        for &(idx, l) in files {
            if l.file_size == 0 {
                results.insert(
                    idx,
                    FileOut {
                        blocks_start: out.pos,
                        ..Default::default()
                    },
                );
            }
        }
        let mut cur = FileOut::default();
        par_ordered(
            jobs,
            |job: Job| -> Result<(usize, u64, bool, bool, Vec<Chunk>)> {
                let content = self.read_range(&job, in_bs)?;
                let mut chunks = Vec::new();
                let bs = self.block_size as usize;
                for (ci, piece) in content.chunks(bs).enumerate() {
                    let is_file_end =
                        job.start + (ci * bs + piece.len()) as u64 == job.layout.file_size;
                    if piece.len() < bs && is_file_end && self.use_fragments {
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
                Ok((job.file, job.end - job.start, job.first, job.last, chunks))
            },
            |(idx, len, first, last, chunks)| {
                if first {
                    cur = FileOut {
                        blocks_start: out.pos,
                        ..Default::default()
                    };
                }
                for c in chunks {
                    match c {
                        Chunk::Block(b, w) => {
                            out.write(&b)?;
                            cur.words.push(w);
                            stats.blocks_recompressed += 1;
                        }
                        Chunk::Sparse(n) => {
                            cur.words.push(0);
                            cur.sparse += n as u64;
                        }
                        Chunk::Tail(t) => {
                            cur.fragment = Some(packer.add(out, self.comp, stats, &t)?);
                        }
                    }
                }
                *done += len;
                progress(*done, total);
                if last {
                    results.insert(idx, std::mem::take(&mut cur));
                }
                Ok(())
            },
        )
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

    fn copy_raw(
        &self,
        l: &FileLayout,
        out: &mut Out,
        packer: &mut Packer,
        stats: &mut WriteStats,
    ) -> Result<FileOut> {
        let mut fo = FileOut {
            blocks_start: out.pos,
            words: l.block_sizes.clone(),
            fragment: None,
            sparse: l.sparse,
        };
        let total: u64 = l.block_sizes.iter().map(|&w| data_size(w) as u64).sum();
        let mut pos = l.blocks_start;
        let end = l.blocks_start + total;
        while pos < end {
            let n = (end - pos).min(4 << 20) as usize;
            let b = self.input.read_raw(pos, n)?;
            out.write(&b)?;
            pos += n as u64;
        }
        stats.blocks_raw += l.block_sizes.iter().filter(|&&w| w != 0).count() as u64;
        if l.fragment.is_some() {
            let tail = self.input.read_tail(l)?;
            fo.fragment = Some(packer.add(out, self.comp, stats, &tail)?);
        }
        Ok(fo)
    }
}

/// Finds whole-file duplicates: returns, for each duplicate file (by index in
/// `files`, which is in write order), the index of the earlier identical file.
pub(crate) fn find_duplicates(
    input: &Archive,
    files: &[&FileLayout],
) -> Result<HashMap<usize, usize>> {
    // Cheap key first: only files sharing size (and, when raw, the block size words) can be equal.
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, l) in files.iter().enumerate() {
        if l.file_size > 0 {
            by_key.entry(l.file_size).or_default().push(i);
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
    let mut dups = HashMap::new();
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
