//! Booting a raw disk with readahead: its list has no directory beside the image to sit
//! in, so it goes into the initramfs at [`DISK_LIST_PATH`], checked first.

use std::path::Path;

use anyhow::{Context, Result};

use super::binary::{append_files, boot_files};
use super::ExtraFile;

/// Where `/init` looks for the readahead list of a raw disk (`liveopt.media=disk`).
pub const DISK_LIST_PATH: &str = "/lib/liveopt/disk.readahead";

/// The readahead list of a raw disk as the [`ExtraFile`] at [`DISK_LIST_PATH`], after
/// checking it parses as a readahead list (the parser the service uses): a garbage list
/// would only be skipped at boot. One path for `liveopt initramfs --readahead-list` and
/// [`initrd_for_disk`].
pub fn disk_list_file(list: &Path) -> Result<ExtraFile> {
    let text = std::fs::read_to_string(list)
        .with_context(|| format!("reading readahead list {}", list.display()))?;
    formats::readahead::parse(&text)
        .with_context(|| format!("readahead list {}", list.display()))?;
    Ok(ExtraFile {
        path: DISK_LIST_PATH.into(),
        mode: 0o644,
        data: text.into_bytes(),
    })
}

/// Writes to `out` an initrd for booting a raw disk with readahead: `base`, then the static
/// `liveopt-boot` found for the `liveopt` binary (see [`super::binary::find_boot_binary`])
/// and `list` at [`DISK_LIST_PATH`], appended as a second newc archive (the list checked by
/// [`disk_list_file`] before anything is read or written). Returns the size written.
pub fn initrd_for_disk(base: &Path, liveopt: &Path, list: &Path, out: &Path) -> Result<u64> {
    let list_file = disk_list_file(list)?;
    let mut files = boot_files(liveopt)?;
    files.push(list_file);
    append_files(base, &files, out)
}
