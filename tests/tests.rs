//! Integration tests of the `liveopt` binary, one test binary with a module per area (ripgrep's layout).
//! Each `tests/*.rs` is a module here; `layout::every_test_file_is_a_module` checks it.
// A test binary links every dev-dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

mod block_root;
mod cli_usage;
mod common;
mod distribution_media;
mod dracut_live_iso;
mod erofs_boot;
mod erofs_simulate;
mod faults;
mod hostile_images;
mod initramfs_cli;
mod initramfs_media;
mod install_cli;
mod iso_sort_cli;
mod iso_sort_root;
mod layout;
mod profile_cli;
mod qemu_boot;
mod qemu_boot_side;
mod record;
mod shared_fixture;
mod simulate_cli;
mod sort_cli;
mod sort_erofs_cli;
mod verify_erofs;
