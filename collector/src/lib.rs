//! Loads the eBPF probe, drains its events, and builds boot profiles from them.
//!
//! `tracefs` finds the tracepoints and their field offsets, `target` maps the
//! recorded filesystem's inodes to paths, `record` runs a recording and
//! `builder` folds its events into a `formats::profile::Profile`.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]
pub mod builder;
pub mod probe;
pub mod record;
pub mod target;
pub mod tracefs;

pub use record::{check_privileges, record, RecordOptions, Recording};
