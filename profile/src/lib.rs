//! The boot profile: what a boot read, one entry per file in first-access order.
//!
//! Owns the data model, the versioned text format (docs/profile-format.md),
//! merging of several boots, and conversion to and from sort files
//! (mksquashfs, gensquashfs) and plain path lists. Pure: no tracing, no image I/O.

mod format;
mod model;

pub use format::{
    escape, kinds_from_text, kinds_to_text, load, normalize_pages, pages_from_text, pages_to_text,
    save, unescape, write_atomic, MAGIC,
};
pub use model::*;
