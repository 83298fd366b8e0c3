//! The boot side. Run at boot (in `liveopt-boot` and `liveopt`): the readahead service
//! (`readahead`), the live-root migration (`migrate`, `migrate_loop`), device-mapper
//! (`dm`, the block live root's stack) and their shared command line (`cli`). Run on the host: the initramfs builder (`initramfs`), the PXE
//! tree (`pxe`) and the hook injection into distribution initrds (`inject`).
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]
pub mod cli;
pub mod dm;
pub mod gpt;
pub mod initramfs;
#[cfg(feature = "inject")]
pub mod inject;
pub mod install;
pub mod migrate;
pub mod migrate_loop;
pub mod pxe;
pub mod readahead;
