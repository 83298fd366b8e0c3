//! Arbitrary bytes as an EROFS image: open, walk the tree, map and read every
//! entry (plain, chunk-based and compressed), read its xattrs. Any outcome but a panic,
//! a hang or a sanitizer report is fine.
#![no_main]

use erofs::Archive;
use libfuzzer_sys::fuzz_target;

/// File bytes read (decoded) per input at most: chunk holes and compressed extents let a
/// tiny image claim terabytes.
const READ_BUDGET: u64 = 64 << 20;

fuzz_target!(|data: &[u8]| {
    let Ok(archive) = Archive::from_bytes(data.to_vec()) else {
        return;
    };
    let mut budget = READ_BUDGET;
    for entry in archive.entries() {
        let _ = archive.xattrs(entry);
        let len = match archive.extents(entry) {
            Ok(extents) => extents.iter().map(|e| e.len).sum(),
            Err(_) => match archive.compressed_extents(entry) {
                Ok(extents) => extents.iter().map(|e| e.logical_len).sum::<u64>(),
                Err(_) => continue,
            },
        };
        // The inode's size bounds what a read allocates, whatever the extents claim.
        let len = len.max(entry.inode.size);
        if len > budget {
            break;
        }
        budget -= len;
        let _ = archive.read_file(entry);
    }
});
