//! The boot side: initramfs, readahead service, live-root migration.
pub mod initramfs;
