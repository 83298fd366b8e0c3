//! Arbitrary text as a block-trace file. An accepted trace is written back and
//! its text must parse to the same trace.
#![no_main]

use formats::block_trace::BlockTrace;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(trace) = BlockTrace::from_text(text) else {
        return;
    };
    let written = trace.to_text();
    let reread = BlockTrace::from_text(&written)
        .unwrap_or_else(|e| panic!("own output rejected: {e}\n{written}"));
    assert_eq!(reread, trace, "the trace changed on a round trip");
});
