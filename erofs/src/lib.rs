//! EROFS: the on-disk format as data structures and a reader of images made by
//! mkfs.erofs (uncompressed flat, flat-inline and chunk-based files, inline and
//! shared xattrs, directories) and of LZ4 files with full lcluster indexes.
//! Other compressed data is refused with a one-line error; the metadata of
//! such images is still read.
//!
//! - [`format`]: superblock, inodes, dirents, xattr entries, chunk indexes (parse / to_bytes).
//! - [`reader`]: [`Archive`] opens an image, walks its tree, reads file data.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

pub mod error;
pub mod format;
pub mod reader;

pub use error::{Error, Result};
pub use format::Superblock;
pub use reader::{Algorithm, Archive, Entry, Extent, Kind, Pcluster, ReadAt};
