//! Arbitrary bytes as an ISO9660 image: list every file and look up the usual live
//! image paths. Any outcome but a panic, a hang or a huge allocation is fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qemu::iso;
use std::io::Cursor;

fuzz_target!(|data: &[u8]| {
    let _ = iso::files(&mut Cursor::new(data));
    for wanted in ["/live/filesystem.squashfs", "/isolinux/isolinux.cfg"] {
        let _ = iso::find_extent(&mut Cursor::new(data), wanted);
    }
});
