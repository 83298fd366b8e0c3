//! The boot side. Run at boot (in `liveopt-boot` and `liveopt`): the readahead service
//! (`readahead`), the live-root migration (`migrate`, `migrate_loop`) and their shared
//! command line (`cli`). Run on the host: the initramfs builder (`initramfs`) and the PXE
//! tree (`pxe`).
pub mod cli;
pub mod initramfs;
pub mod migrate;
pub mod migrate_loop;
pub mod pxe;
pub mod readahead;
