//! Arbitrary bytes as a mksquashfs sort file, a gensquashfs sort file and a path
//! list. Whatever one of them imports, exporting it in the same format must give
//! a file that imports again.
#![no_main]

use formats::profile::{export, import, SortFileFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [
        SortFileFormat::Mksquashfs,
        SortFileFormat::Gensquashfs,
        SortFileFormat::List,
    ] {
        let Ok(imported) = import(data, format) else {
            continue;
        };
        let written = export(&imported.value, format).value;
        if let Err(e) = import(&written, format) {
            panic!(
                "{}: own export rejected: {e:#}\n{}",
                format.name(),
                String::from_utf8_lossy(&written)
            );
        }
    }
});
