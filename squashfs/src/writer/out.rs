//! The output file: a buffered, position-tracking writer over the temp file,
//! plus metadata block and lookup table encoding (shared by all tables).

use crate::compress::Compressor;
use crate::error::{io_err, Result};
use crate::format::{METADATA_SIZE, METADATA_UNCOMPRESSED};
use crate::writer::par::par_ordered;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

pub(crate) struct Out {
    pub file: File,
    pub path: PathBuf,
    pub pos: u64,
    buf: Vec<u8>,
    /// Where `copy` takes raw runs from: a file and the image's offset in it.
    source: Option<(File, u64)>,
    /// A run of source bytes still to copy, ending at `pos`: (source offset,
    /// length). Never pending together with buffered bytes.
    run: Option<(u64, u64)>,
}

const BUF: usize = 4 << 20;

impl Out {
    pub fn new(file: File, path: PathBuf) -> Out {
        Self::at(file, path, 0)
    }
    /// A writer starting at `pos` (positioned writes: several may share one file).
    pub fn at(file: File, path: PathBuf, pos: u64) -> Out {
        Out {
            file,
            path,
            pos,
            buf: Vec::with_capacity(BUF),
            source: None,
            run: None,
        }
    }
    /// The file `copy` reads from (its cursor is moved)
    /// and where the image starts in it.
    pub fn set_source(&mut self, source: File, base: u64) {
        self.source = Some((source, base));
    }
    pub fn has_source(&self) -> bool {
        self.source.is_some()
    }
    /// Appends `len` bytes of the source image from `offset` (raw data blocks);
    /// returns their start offset. Adjacent runs are merged and copied file to
    /// file in the kernel (copy_file_range where the filesystem has it).
    pub fn copy(&mut self, offset: u64, len: u64) -> Result<u64> {
        let at = self.pos;
        match &mut self.run {
            Some((start, n)) if *start + *n == offset => *n += len,
            _ => {
                self.flush()?;
                self.run = Some((offset, len));
            }
        }
        self.pos += len;
        Ok(at)
    }
    /// Appends bytes; returns their start offset.
    pub fn write(&mut self, b: &[u8]) -> Result<u64> {
        let at = self.pos;
        if self.run.is_some() || self.buf.len() + b.len() > BUF {
            self.flush()?;
        }
        if b.len() >= BUF {
            self.file
                .write_all_at(b, at)
                .map_err(|e| io_err("cannot write", &self.path, e))?;
        } else {
            self.buf.extend_from_slice(b);
        }
        self.pos += b.len() as u64;
        Ok(at)
    }
    /// Continues writing at `pos` (leaving a hole).
    pub fn skip_to(&mut self, pos: u64) -> Result<()> {
        self.flush()?;
        self.pos = pos;
        Ok(())
    }
    pub fn flush(&mut self) -> Result<()> {
        if let Some((offset, len)) = self.run.take() {
            return self.copy_run(offset, len);
        }
        let at = self.pos - self.buf.len() as u64;
        self.file
            .write_all_at(&self.buf, at)
            .map_err(|e| io_err("cannot write", &self.path, e))?;
        self.buf.clear();
        Ok(())
    }
}

impl Out {
    /// Copies the run that ends at `pos`.
    fn copy_run(&mut self, offset: u64, len: u64) -> Result<()> {
        use std::io::{Read, Seek, SeekFrom};
        let at = self.pos - len;
        let err = |e| io_err("cannot copy data into", &self.path, e);
        let (src, base) = self.source.as_ref().expect("copy runs have a source");
        let (mut src, mut dst): (&File, &File) = (src, &self.file);
        src.seek(SeekFrom::Start(base + offset)).map_err(err)?;
        dst.seek(SeekFrom::Start(at)).map_err(err)?;
        let n = std::io::copy(&mut src.take(len), &mut dst).map_err(err)?;
        if n != len {
            return Err(err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!("input ended {} bytes early", len - n),
            )));
        }
        Ok(())
    }
}

/// Compresses a metadata stream into on-disk blocks (2-byte header + payload);
/// a block is stored uncompressed only when compression would not shrink it.
pub(crate) fn metadata_blocks(comp: &Compressor, stream: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut blocks = Vec::with_capacity(stream.len().div_ceil(METADATA_SIZE));
    par_ordered(
        stream.chunks(METADATA_SIZE),
        |chunk| metadata_block(comp, chunk),
        |b| {
            blocks.push(b);
            Ok(())
        },
    )?;
    Ok(blocks)
}

/// One on-disk metadata block: compressed unless that would not shrink it.
/// Sized to what it holds: the tables' blocks are all kept until placed.
fn metadata_block(comp: &Compressor, chunk: &[u8]) -> Result<Vec<u8>> {
    let (word, bytes) = match comp.compress(chunk)? {
        Some(c) => (c.len() as u16, c),
        None => (chunk.len() as u16 | METADATA_UNCOMPRESSED, chunk.to_vec()),
    };
    let mut b = Vec::with_capacity(bytes.len() + 2);
    b.extend_from_slice(&word.to_le_bytes());
    b.extend_from_slice(&bytes);
    Ok(b)
}

/// A metadata table built front to back. Every block is compressed as soon as
/// it is full, so the location of any byte already pushed — compressed start
/// of its block plus offset — is final: a reference to something written
/// earlier (even into the still open block) is known at once.
pub(crate) struct MetaStream<'a> {
    comp: &'a Compressor,
    blocks: Vec<Vec<u8>>,
    /// Compressed start of every flushed block, then of the open one.
    starts: Vec<u64>,
    open: Vec<u8>,
}

impl<'a> MetaStream<'a> {
    pub fn new(comp: &'a Compressor) -> Self {
        MetaStream {
            comp,
            blocks: Vec::new(),
            starts: vec![0],
            open: Vec::with_capacity(METADATA_SIZE),
        }
    }
    /// Uncompressed length pushed so far.
    pub fn len(&self) -> u64 {
        self.blocks.len() as u64 * METADATA_SIZE as u64 + self.open.len() as u64
    }
    /// Reference (compressed block start << 16 | offset) of uncompressed position `pos`,
    /// which must not lie past the open block.
    pub fn reference(&self, pos: u64) -> u64 {
        let block = (pos / METADATA_SIZE as u64) as usize;
        (self.starts[block] << 16) | (pos % METADATA_SIZE as u64)
    }
    pub fn push(&mut self, bytes: &[u8]) -> Result<()> {
        self.open.extend_from_slice(bytes);
        while self.open.len() >= METADATA_SIZE {
            let b = metadata_block(self.comp, &self.open[..METADATA_SIZE])?;
            self.open.drain(..METADATA_SIZE);
            self.starts
                .push(self.starts.last().unwrap() + b.len() as u64);
            self.blocks.push(b);
        }
        Ok(())
    }
    /// The on-disk blocks (the last one may be short).
    pub fn finish(mut self) -> Result<Vec<Vec<u8>>> {
        if !self.open.is_empty() {
            self.blocks.push(metadata_block(self.comp, &self.open)?);
        }
        Ok(self.blocks)
    }
}

/// Relative start of each block, plus the total length as a final element.
pub(crate) fn block_starts(blocks: &[Vec<u8>]) -> Vec<u64> {
    let mut v = Vec::with_capacity(blocks.len() + 1);
    let mut p = 0u64;
    for b in blocks {
        v.push(p);
        p += b.len() as u64;
    }
    v.push(p);
    v
}

/// Writes a table as metadata blocks followed by the array of their locations;
/// returns the location of the array (what the superblock points at) and the block count.
pub(crate) fn write_lookup_table(
    out: &mut Out,
    comp: &Compressor,
    data: &[u8],
) -> Result<(u64, usize)> {
    let blocks = metadata_blocks(comp, data)?;
    let mut locs = Vec::with_capacity(blocks.len() * 8);
    for b in &blocks {
        let at = out.write(b)?;
        locs.extend_from_slice(&at.to_le_bytes());
    }
    let start = out.write(&locs)?;
    Ok((start, blocks.len()))
}
