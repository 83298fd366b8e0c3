//! Writing an image in a planned order (in progress).
use crate::compress::Compression;
use crate::error::{Error, Result};
use crate::reader::Archive;
use std::path::Path;

/// Where the metadata tables go relative to the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TablePlacement {
    /// Data first, hot data last right before the tables at the end.
    #[default]
    HotDataBeforeTables,
    /// Tables right after the superblock, then hot data, then cold data.
    TablesFirst,
    /// mksquashfs layout: hot data first, tables at the end.
    TablesAtEnd,
}

/// What to write.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub hot_inodes: Vec<u32>,
    pub compression: Option<Compression>,
    pub block_size: Option<u32>,
    pub tables: TablePlacement,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub bytes_written: u64,
    pub blocks_raw: u64,
    pub blocks_recompressed: u64,
    pub dedup_hits: u64,
    pub fragment_blocks: u64,
    pub metadata_blocks: u64,
}

pub fn write_image(
    _input: &Archive,
    _plan: &Plan,
    _out: &Path,
    _progress: &dyn Fn(u64, u64),
) -> Result<WriteStats> {
    Err(Error::Invalid("write_image not implemented yet".into()))
}
