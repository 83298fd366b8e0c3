//! Integration tests of the boot side (readahead, migrate, PXE), one binary with a module per area.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod common;
mod disk_list;
mod hidden_backing;
mod migrate;
mod pxe;
mod readahead;
