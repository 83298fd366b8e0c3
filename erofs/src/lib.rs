//! EROFS: the on-disk format as data structures and a reader of images made by
//! mkfs.erofs: uncompressed flat, flat-inline and chunk-based files, inline and
//! shared xattrs, directories, and compressed files (full and compact
//! indexes, big pclusters, ztailpacking, fragments and the packed inode,
//! dedupe) in LZ4, LZMA, DEFLATE and Zstandard: Fedora's live media included.
//!
//! - [`format`]: superblock, inodes, dirents, xattr entries, chunk indexes (parse / to_bytes).
//! - [`reader`]: [`Archive`] opens an image, walks its tree, reads file data.
//! - [`zmap`]: a compressed file's map header and lcluster index, as extents.
//! - [`decompress`]: one pcluster's bytes, per codec.
//! - [`writer`]: an access-ordered image from any tree and the boot's hot ranges.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

pub mod decompress;
pub mod error;
pub mod format;
pub mod reader;
pub mod writer;
pub mod zmap;

pub use error::{Error, Result};
pub use format::Superblock;
pub use reader::{has_magic, Archive, Entry, Extent, Kind, ReadAt};
pub use zmap::{Algorithm, CompressedExtent, Source};
