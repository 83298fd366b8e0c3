//! Integration tests of the `liveopt-boot` binary, one test binary with a module per area.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod usage;
