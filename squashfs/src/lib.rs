//! Squashfs 4.0: the on-disk format as data structures, a reader, and a writer
//! with explicit control of data, fragment and metadata order.
//!
//! - [`format`]: superblock, inodes, directory entries, tables (read/write of their bytes).
//! - [`reader`]: [`Archive`] opens an image, decodes all metadata, reads data lazily.
//! - [`writer`]: [`write_image`] rewrites an image in a planned order.
//! - [`compare`]: content equality of two images (used by `liveopt verify`).
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

pub mod compare;
pub mod compress;
pub mod error;
pub mod format;
pub mod reader;
pub mod writer;

pub use compare::{compare, Difference};
pub use compress::{Compression, Compressor};
pub use error::{Error, Result};
pub use format::Superblock;
pub use reader::{
    Archive, Entry, EntryBody, FileLayout, Kind, Paths, ReadAt, Region, RegionKind, Xattr, XattrSet,
};
pub use writer::{write_image, Plan, TablePlacement, WriteStats};
