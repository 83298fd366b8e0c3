//! Arbitrary text as the boot configuration files of an ISO. The input is a set of
//! files: each starts with a line `@@ /absolute/path`; the text before the first such
//! line names the El Torito boot image (empty: none). Any outcome but a panic or a
//! hang is fine.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qemu::boot_entry::find_boot_entry;
use std::collections::HashMap;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split("\n@@ ");
    let boot_image = parts.next().unwrap_or("").trim();
    let files: HashMap<&str, &str> = parts
        .map(|part| part.split_once('\n').unwrap_or((part, "")))
        .map(|(path, body)| (path.trim(), body))
        .collect();
    let read = |path: &str| files.get(path).map(|body| body.to_string());
    let boot_image = (!boot_image.is_empty()).then_some(boot_image);
    let _ = find_boot_entry(boot_image, &read, &|path| files.contains_key(path));
});
