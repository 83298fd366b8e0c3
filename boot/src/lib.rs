//! The boot side: initramfs, readahead service, live-root migration.
pub mod cli;
pub mod initramfs;
pub mod migrate;
pub mod migrate_loop;
pub mod pxe;
pub mod readahead;
