//! Integration tests of the optimizer against the real kernel, one binary with a module per area.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod kernel_reads;
