//! Profiling real boots in QEMU: the example live system, host-side block traces, and
//! layouts compared under the media models (replayed by `optimizer::replay`).
//!
//! - [`example`]: builds (and caches) the example Debian live system.
//! - [`boot`]: runs QEMU (TCG) until the guest's boot marker, with a hard timeout.
//! - [`direct_kernel`]: a bzImage's kernel decompressed once on the host, for QEMU's PVH entry.
//! - [`trace`]: QEMU trace-event lines and liveopt's block-trace file.
//! - [`iso`]: ISO9660 extents, wrapping a squashfs in a live-CD ISO, live images read in place.
//! - [`image_tree`]: one view of a squashfs or EROFS tree, for comparing images across formats.
//! - [`iso_edit`]: rewriting an ISO with files replaced, booting as before (xorriso replay).
//! - [`iso_sort`]: `liveopt iso sort`, the live image sorted inside its ISO.
//! - [`iso_inject`]: the readahead hook appended to the ISO's own initrds.
//! - [`live_build`]: a real Debian live-build ISO, for tests on distribution media.
//! - [`dracut_live`]: a real dracut `LiveOS/` ISO (dmsquash-live), for the same tests.
//! - [`live_iso`]: a distribution's live ISO as it ships: boot image, live image, files.
//! - [`boot_entry`]: its default boot entry from isolinux/syslinux and GRUB configs.
//! - [`mapping`]: image reads → files (the host-side profile).
//! - [`profile_boot`]: all of it for `liveopt qemu profile`.
//! - [`compare`]: boots the example's layouts against each other (`liveopt qemu compare`).
//! - [`compare_iso`]: the layouts `iso sort` makes of a live ISO, for `qemu compare --iso`.
//! - [`compare_plot`]: its seek diagrams and bar chart.
//! - [`guest`]: the guest-side eBPF recorder (`liveopt record` inside the guest).

// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

pub mod boot;
pub mod boot_entry;
pub mod compare;
pub mod compare_iso;
pub mod compare_plot;
pub mod direct_kernel;
pub mod dracut_live;
pub mod example;
pub mod example_block;
pub mod guest;
pub mod image_tree;
pub mod iso;
pub mod iso_edit;
pub mod iso_inject;
pub mod iso_sort;
pub mod live_build;
pub mod live_iso;
pub mod mapping;
pub mod profile_boot;
pub mod session;
pub mod trace;

pub use boot::{boot, BootConfig, BootOutcome, MARKER};
pub use example::{build_example, Example};
pub use profile_boot::{profile_boot, ProfileRequest, ProfiledBoot};
