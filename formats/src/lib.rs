//! liveopt's file formats, and the one identity of a squashfs image they all refer to.
//!
//! - [`profile`]: the boot profile (what a boot read, one entry per file in
//!   first-access order): its model, its text format (docs/profile-format.md),
//!   merging, and sort-file import/export.
//! - [`readahead`]: the readahead list (docs/readahead-format.md), the image byte
//!   ranges a boot needs, which the boot-side service reads.
//! - [`block_trace`]: the host-side block-trace file (docs/qemu.md) that
//!   `liveopt qemu profile --trace` writes and `liveopt simulate` replays.
//! - [`ImageIdentity`], [`Extent`]: the image and the byte ranges those formats name.
//! - [`AtomicFile`], [`write_atomic`]: how every output file of the workspace is written.
//!
//! Parsing and writing work on text and `std::io` readers/writers the caller
//! hands in; the only file-system access is loading and saving whole files by
//! path (`profile::load`/`save`, `BlockTrace::load`) and the atomic write they
//! use. No tracing, and no image I/O except `ImageIdentity::of_squashfs` behind
//! the `squashfs` feature, which the boot side leaves off: it depends on this
//! crate alone for its list.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

mod atomic;
pub mod block_trace;
mod extent;
mod identity;
pub mod profile;
pub mod readahead;

pub use atomic::{write_atomic, AtomicFile};
pub use extent::Extent;
pub use identity::ImageIdentity;
