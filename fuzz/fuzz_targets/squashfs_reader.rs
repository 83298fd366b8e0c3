//! Arbitrary bytes as a squashfs image: open, walk the tree, read every file and map
//! the image. Any outcome but a panic, a hang or a sanitizer report is fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use squashfs::Archive;
use std::io::Write;

/// File bytes read per input at most: sparse blocks let a tiny image claim terabytes.
const READ_BUDGET: u64 = 64 << 20;

/// Discards what it is given, and fails once the budget is spent.
struct Budget(u64);

impl Write for Budget {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let Some(left) = self.0.checked_sub(buf.len() as u64) else {
            self.0 = 0;
            return Err(std::io::Error::other("read budget spent"));
        };
        self.0 = left;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(archive) = Archive::from_bytes(data) else {
        return;
    };
    let mut budget = Budget(READ_BUDGET);
    for entry in archive.entries().iter().filter(|e| e.file().is_some()) {
        if archive.read_file_to(entry, &mut budget).is_err() && budget.0 == 0 {
            break;
        }
    }
    let regions = archive.regions();
    if let Some(last) = regions.last() {
        let _ = archive.locate(last.start + last.len / 2);
    }
});
