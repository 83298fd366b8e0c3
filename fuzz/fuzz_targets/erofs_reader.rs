//! Arbitrary bytes as an EROFS image: open, walk the tree, map and read every
//! entry, read its xattrs. Any outcome but a panic, a hang or a sanitizer report is fine.
#![no_main]

use erofs::Archive;
use libfuzzer_sys::fuzz_target;

/// File bytes read per input at most: chunk holes let a tiny image claim terabytes.
const READ_BUDGET: u64 = 64 << 20;

fuzz_target!(|data: &[u8]| {
    let Ok(archive) = Archive::from_bytes(data.to_vec()) else {
        return;
    };
    let mut budget = READ_BUDGET;
    for entry in archive.entries() {
        let _ = archive.xattrs(entry);
        let Ok(extents) = archive.extents(entry) else {
            continue;
        };
        let len: u64 = extents.iter().map(|e| e.len).sum();
        if len > budget {
            break;
        }
        budget -= len;
        let _ = archive.read_file(entry);
    }
});
