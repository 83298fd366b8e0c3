//! Arbitrary text as a readahead list. An accepted list is written back and must
//! parse to the same list.
#![no_main]

use formats::readahead;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(list) = readahead::parse(text) else {
        return;
    };
    let mut written = Vec::new();
    readahead::write(&list, &mut written).expect("writing to memory");
    let written = String::from_utf8(written).expect("the list writer writes UTF-8");
    let reread = readahead::parse(&written)
        .unwrap_or_else(|e| panic!("own output rejected: {e}\n{written}"));
    assert_eq!(reread, list, "the list changed on a round trip");
});
