//! EROFS: the on-disk format as data structures and a reader of images made by
//! mkfs.erofs: uncompressed flat, flat-inline and chunk-based files, inline and
//! shared xattrs, directories, and compressed files (full and compact
//! indexes, big pclusters, ztailpacking, fragments and the packed inode,
//! dedupe) in LZ4, LZMA, DEFLATE and Zstandard: Fedora's live media included.
//!
//! - [`format`]: superblock, inodes, dirents, xattr entries, chunk indexes (parse / to_bytes),
//!   the magic check (all that is built without the default `images` feature).
//! - [`reader`]: [`Archive`] opens an image, walks its tree, reads file data.
//! - [`zmap`]: a compressed file's map header and lcluster index, as extents.
//! - [`decompress`]: one pcluster's bytes, per codec.
//! - [`writer`]: an access-ordered image from any tree and the boot's hot ranges.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

#[cfg(feature = "images")]
pub mod decompress;
pub mod error;
pub mod format;
#[cfg(feature = "images")]
pub mod reader;
#[cfg(feature = "images")]
pub mod writer;
#[cfg(feature = "images")]
pub mod zmap;

pub use error::{Error, Result};
pub use format::{has_magic, has_magic_at, Superblock};
#[cfg(feature = "images")]
pub use reader::{Archive, Entry, Extent, Kind, ReadAt};
#[cfg(feature = "images")]
pub use zmap::{Algorithm, CompressedExtent, Source};
