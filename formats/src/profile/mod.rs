//! The boot profile: what a boot read, one entry per file in first-access order.
//!
//! Owns the data model, the versioned text format (docs/profile-format.md),
//! per-range first-access ranks, merging of several boots, and conversion to and from sort files
//! (mksquashfs, gensquashfs) and plain path lists.

mod format;
mod merge;
mod model;
mod ranks;
mod sortfile;

pub use format::{
    escape, kinds_from_text, kinds_to_text, load, normalize_pages, pages_from_text, pages_to_text,
    save, unescape, MAGIC,
};
pub use merge::merge;
pub use model::*;
pub use ranks::{rank_pages, RankedRange};
pub use sortfile::{
    export, import, paths_list, Converted, SortFileFormat, MKSQUASHFS_RANKS,
    MKSQUASHFS_ROOT_PRIORITY, MKSQUASHFS_TOP_PRIORITY,
};
