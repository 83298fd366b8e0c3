//! The boot side: initramfs, readahead service, live-root migration.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]
pub mod initramfs;
pub mod migrate;
pub mod migrate_loop;
pub mod pxe;
pub mod readahead;
