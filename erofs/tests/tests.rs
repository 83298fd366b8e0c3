//! Integration tests of the EROFS reader against the kernel and erofs-utils, one binary with a module per area.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod common;
mod corrupt;
mod kernel_compare;
mod writer;
