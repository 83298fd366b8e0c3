//! Image layout for the boot: plans the order, drives the squashfs writer,
//! writes the readahead list, and reports before/after figures.

pub mod analysis;
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
