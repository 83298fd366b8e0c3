//! Writing an image in a planned order: the data of `Plan::hot_inodes` in
//! that order (with their tails packed into shared fragment blocks), every
//! other file in path order; tables placed per `Plan::tables`.
//!
//! Data is copied raw when compressor, options and block size are unchanged,
//! else recompressed on all cores. The inode and directory tables are written
//! in one pass, children before parents, cold inodes then hot ones
//! (`order`), so every metadata reference points backwards and every block
//! is compressed normally. See docs/squashfs-writer.md.
//!
//! `write_into` runs the phases in order. Planning, free of squashfs
//! encoding (`tree`, `order`): the tree of unique inodes and their numbers,
//! the data order, the metadata table order. Writing, over one `Writer`:
//! header, data (`data`), ids and xattrs, metadata tables (`meta`), table
//! placement, superblock.

mod data;
mod meta;
mod order;
mod out;
pub(crate) mod par;
mod tree;

use tree::{DataOrder, Tree};

use crate::compress::{Compression, Compressor};
use crate::error::{io_err, Error, Result};
use crate::format::*;
use crate::reader::Archive;
use data::{DataCtx, Packer, Placed, Progress};
use meta::{write_xattrs, Ids, MetadataTables};
use out::{write_lookup_table, Out};
use std::os::unix::fs::{FileExt, MetadataExt, PermissionsExt};
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
    /// Of those, input fragment blocks copied raw (raw copy).
    pub fragment_blocks_reused: u64,
    pub metadata_blocks: u64,
    /// Bytes of file data (and fragments) before the first table.
    pub data_bytes: u64,
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
    if let Some((source, base)) = input.source_file() {
        let source = source
            .try_clone()
            .map_err(|e| io_err("cannot reopen", input.path(), e))?;
        out.set_source(source, base);
    }
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

/// The state of one write, shared by its phases.
struct Writer<'a> {
    plan: &'a Plan,
    tree: Tree<'a>,
    data: DataCtx<'a>,
    out: &'a mut Out,
    stats: WriteStats,
    packer: Packer,
    progress: Progress<'a>,
    /// Where each file node's data went, by node.
    placed: Placed,
    /// Where the inode table starts when the tables come first (else unused).
    front_base: u64,
    data_start: u64,
}

/// Where each table went, for the superblock.
struct TableLocations {
    front: FrontTables,
    export_table: u64,
    id_table: u64,
    xattr_table: u64,
}

/// Where the tables that may go before the data went.
struct FrontTables {
    inode_table: u64,
    directory_table: u64,
    fragment_table: u64,
    fragment_count: u32,
}

fn write_into(
    input: &Archive,
    plan: &Plan,
    out: &mut Out,
    progress: &dyn Fn(u64, u64),
) -> Result<WriteStats> {
    let data = output_encoding(input, plan)?;
    let tree = Tree::build(input)?;
    let data_order = DataOrder::plan(&tree, &plan.hot_inodes);
    let steps = order::table_order(&tree, &data_order.hot_access);
    let mut w = Writer::new(plan, tree, data, out, progress);
    w.write_header()?;
    w.write_data(&data_order)?;
    let ids = Ids::assign(&w.tree, &steps)?;
    let tables = w.build_metadata_tables(&steps, &ids)?;
    let root_inode = tables.inode_ref[0];
    let locations = w.place_tables(&tables, &ids)?;
    w.write_superblock(&locations, &ids, root_inode)
}

/// The output's compressor and block size, and whether blocks can be copied raw.
fn output_encoding<'a>(input: &'a Archive, plan: &Plan) -> Result<DataCtx<'a>> {
    let isb = input.superblock();
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
    Ok(DataCtx {
        input,
        raw: comp == *input.compressor() && !plan.recompress,
        comp,
        block_size,
        use_fragments: !isb.has(flags::NO_FRAGMENTS),
        always_fragments: isb.has(flags::ALWAYS_FRAGMENTS),
    })
}

impl<'a> Writer<'a> {
    fn new(
        plan: &'a Plan,
        tree: Tree<'a>,
        data: DataCtx<'a>,
        out: &'a mut Out,
        report: &'a dyn Fn(u64, u64),
    ) -> Writer<'a> {
        Writer {
            plan,
            placed: Placed::new(tree.nodes.len()),
            tree,
            packer: Packer::new(data.block_size, &data.comp),
            data,
            out,
            stats: WriteStats::default(),
            progress: Progress {
                done: 0,
                total: 0,
                report,
            },
            front_base: 0,
            data_start: 0,
        }
    }

    /// A superblock placeholder, the compressor options, and with the tables
    /// first, room for them (generous: twice the input's metadata).
    fn write_header(&mut self) -> Result<()> {
        self.out.write(&[0u8; SUPERBLOCK_SIZE])?;
        if let Some(o) = &self.data.comp.options {
            let mut b = ((o.len() as u16) | METADATA_UNCOMPRESSED)
                .to_le_bytes()
                .to_vec();
            b.extend_from_slice(o);
            self.out.write(&b)?;
        }
        self.front_base = self.out.pos;
        if self.plan.tables == TablePlacement::TablesFirst {
            let isb = self.data.input.superblock();
            let estimate = 2 * (isb.bytes_used - isb.inode_table) + (64 << 10);
            self.out
                .skip_to(self.front_base + estimate.div_ceil(4096) * 4096)?;
        }
        self.data_start = self.out.pos;
        Ok(())
    }

    /// The table placement phase: the inode, directory, fragment and export
    /// tables go to the front room (tables first) or the end, the id and
    /// xattr tables to the end.
    fn place_tables(&mut self, tables: &MetadataTables, ids: &Ids) -> Result<TableLocations> {
        let tables_first = self.plan.tables == TablePlacement::TablesFirst;
        let mut front_out;
        let front: &mut Out = if tables_first {
            self.out.flush()?;
            let file = self
                .out
                .file
                .try_clone()
                .map_err(|e| io_err("cannot reopen", &self.out.path, e))?;
            front_out = Out::at(file, self.out.path.clone(), self.front_base);
            &mut front_out
        } else {
            &mut *self.out
        };
        let front_tables = write_front_tables(
            front,
            &self.data.comp,
            tables,
            &self.packer,
            &mut self.stats,
        )?;
        if tables_first {
            front.flush()?;
            if front.pos > self.data_start {
                return Err(Error::Invalid(
                    "tables do not fit in the room reserved before the data".into(),
                ));
            }
        }
        let export_table = self.write_export_table(&tables.inode_ref)?;
        let raw_ids: Vec<u8> = ids.ids.iter().flat_map(|v| v.to_le_bytes()).collect();
        let (id_table, nb) = write_lookup_table(self.out, &self.data.comp, &raw_ids)?;
        self.stats.metadata_blocks += nb as u64;
        let xattr_table = if ids.xattr_sets.is_empty() {
            INVALID_TABLE
        } else {
            write_xattrs(self.out, &self.data.comp, &ids.xattr_sets, &mut self.stats)?
        };
        Ok(TableLocations {
            front: front_tables,
            export_table,
            id_table,
            xattr_table,
        })
    }

    /// The export table: every inode's reference by inode number (when the input had one).
    fn write_export_table(&mut self, inode_ref: &[u64]) -> Result<u64> {
        if !self.data.input.has_export {
            return Ok(INVALID_TABLE);
        }
        // Straight into bytes: this runs at the peak, with every table built.
        let mut raw = vec![0u8; self.tree.nodes.len() * 8];
        for (i, nd) in self.tree.nodes.iter().enumerate() {
            let at = (nd.number as usize - 1) * 8;
            raw[at..at + 8].copy_from_slice(&inode_ref[i].to_le_bytes());
        }
        let (at, nb) = write_lookup_table(self.out, &self.data.comp, &raw)?;
        self.stats.metadata_blocks += nb as u64;
        Ok(at)
    }

    /// The superblock phase: pads the image to 4 KiB and writes the superblock at 0.
    fn write_superblock(
        self,
        at: &TableLocations,
        ids: &Ids,
        root_inode: u64,
    ) -> Result<WriteStats> {
        let isb = self.data.input.superblock();
        let bytes_used = self.out.pos;
        let pad = (4096 - bytes_used % 4096) % 4096;
        self.out.write(&vec![0u8; pad as usize])?;
        let mut fl = isb.flags
            & !(flags::UNCOMPRESSED_INODES
                | flags::UNCOMPRESSED_IDS
                | flags::UNCOMPRESSED_XATTRS
                | flags::EXPORTABLE
                | flags::COMPRESSOR_OPTIONS
                | flags::NO_XATTRS
                | flags::DUPLICATES);
        if !self.data.raw {
            fl &= !(flags::UNCOMPRESSED_DATA | flags::UNCOMPRESSED_FRAGMENTS);
        }
        fl |= flags::DUPLICATES;
        if at.export_table != INVALID_TABLE {
            fl |= flags::EXPORTABLE;
        }
        if self.data.comp.options.is_some() {
            fl |= flags::COMPRESSOR_OPTIONS;
        }
        if ids.xattr_sets.is_empty() {
            fl |= flags::NO_XATTRS;
        }
        let block_size = self.data.block_size;
        let sb = Superblock {
            magic: MAGIC,
            inode_count: self.tree.nodes.len() as u32,
            mkfs_time: isb.mkfs_time,
            block_size,
            fragment_count: at.front.fragment_count,
            compressor: self.data.comp.id as u16,
            block_log: block_size.trailing_zeros() as u16,
            flags: fl,
            id_count: ids.ids.len() as u16,
            version_major: 4,
            version_minor: 0,
            root_inode,
            bytes_used,
            id_table: at.id_table,
            xattr_table: at.xattr_table,
            inode_table: at.front.inode_table,
            directory_table: at.front.directory_table,
            fragment_table: at.front.fragment_table,
            export_table: at.export_table,
        };
        self.out.flush()?;
        let mut sbb = Vec::with_capacity(SUPERBLOCK_SIZE);
        sb.write(&mut sbb);
        self.out
            .file
            .write_all_at(&sbb, 0)
            .map_err(|e| io_err("cannot write", &self.out.path, e))?;
        let mut stats = self.stats;
        stats.bytes_written = self.out.pos;
        Ok(stats)
    }
}

/// Writes the inode, directory and fragment tables to `front`.
fn write_front_tables(
    front: &mut Out,
    comp: &Compressor,
    tables: &MetadataTables,
    packer: &Packer,
    stats: &mut WriteStats,
) -> Result<FrontTables> {
    let inode_table = front.pos;
    for b in &tables.inode_blocks {
        front.write(b)?;
    }
    let directory_table = front.pos;
    for b in &tables.dir_blocks {
        front.write(b)?;
    }
    stats.metadata_blocks = (tables.inode_blocks.len() + tables.dir_blocks.len()) as u64;
    let fragment_entries = packer.entries();
    let fragment_table = if fragment_entries.is_empty() {
        INVALID_TABLE
    } else {
        let mut raw = Vec::with_capacity(fragment_entries.len() * 16);
        for f in &fragment_entries {
            f.write(&mut raw);
        }
        let (at, nb) = write_lookup_table(front, comp, &raw)?;
        stats.metadata_blocks += nb as u64;
        at
    };
    Ok(FrontTables {
        inode_table,
        directory_table,
        fragment_table,
        fragment_count: fragment_entries.len() as u32,
    })
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
