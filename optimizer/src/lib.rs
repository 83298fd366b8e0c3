//! Image layout for the boot: plans the order, drives the squashfs writer,
//! writes the readahead list, and reports before/after figures.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

pub mod analysis;
mod erofs_index;
pub mod erofs_sort;
pub mod estimate;
pub mod extent;
pub mod media;
pub mod plan;
pub mod plot;
pub mod regions;
pub mod replay;
pub mod report;
pub mod sort;

pub use plan::{map_profile, match_mode, plan, Mapping, MatchBy};
