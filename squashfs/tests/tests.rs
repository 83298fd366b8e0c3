//! Integration tests of the squashfs reader and writer against squashfs-tools and the kernel, one binary with a module per area.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod common;
mod corrupt;
mod crafted;
mod differential;
mod metadata;
mod output_file;
mod roundtrip;
