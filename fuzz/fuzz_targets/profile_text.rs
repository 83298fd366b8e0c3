//! Arbitrary text as a boot profile. Any accepted profile must survive its own
//! serialization: the text it writes parses back to the same profile.
#![no_main]

use formats::profile::Profile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(profile) = Profile::from_text(text) else {
        return;
    };
    // `to_text` normalizes page ranges, so compare from the first written text on.
    let written = profile.to_text();
    let reread = Profile::from_text(&written)
        .unwrap_or_else(|e| panic!("own output rejected: {e:#}\n{written}"));
    assert_eq!(reread.to_text(), written, "serialization is not stable");
});
