//! MicroLZMA through the system's liblzma (5.3.2+): the encoder EROFS's
//! LZMA support was made for. It packs as much input as fits into a given
//! output size, which is what fixed-output pclusters need. One encoder per
//! thread, re-initialised per pcluster, keeps its allocations.

use std::cell::RefCell;

// lzma-sys declares the stream and the options but not this (liblzma 5.3.2+).
extern "C" {
    fn lzma_microlzma_encoder(
        strm: *mut lzma_sys::lzma_stream,
        options: *const lzma_sys::lzma_options_lzma,
    ) -> lzma_sys::lzma_ret;
}

/// Below this, liblzma cannot write a valid MicroLZMA stream.
const MIN_OUTPUT: usize = 6;

struct Stream(Box<lzma_sys::lzma_stream>);

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: the stream was zero-initialised (LZMA_STREAM_INIT) and only used by
        // liblzma; lzma_end frees what it allocated and accepts a never-used stream.
        unsafe { lzma_sys::lzma_end(&mut *self.0) };
    }
}

thread_local! {
    static STREAM: RefCell<Stream> = RefCell::new(Stream(Box::new(
        // SAFETY: all-zero is LZMA_STREAM_INIT (null pointers, zero counts).
        unsafe { std::mem::zeroed() },
    )));
}

/// The MicroLZMA bytes of as many leading bytes of `data` as fit into
/// `capacity` bytes at `preset` (dictionary [`super::data::lzma_dict_size`]),
/// and that count; nothing when the encoder fails.
pub fn dest_size(data: &[u8], capacity: usize, preset: u8) -> (Vec<u8>, usize) {
    if capacity < MIN_OUTPUT || data.is_empty() {
        return (Vec::new(), 0);
    }
    // SAFETY: all-zero is a valid bit pattern for the options struct (integers and
    // null pointers); lzma_lzma_preset then fills it.
    let mut options: lzma_sys::lzma_options_lzma = unsafe { std::mem::zeroed() };
    // SAFETY: options is a valid, writable struct.
    if unsafe { lzma_sys::lzma_lzma_preset(&mut options, u32::from(preset.min(9))) } != 0 {
        return (Vec::new(), 0);
    }
    options.dict_size = super::data::lzma_dict_size(capacity as u64);
    let mut out = vec![0u8; capacity];
    STREAM.with(|stream| {
        let strm = &mut *stream.borrow_mut().0;
        // SAFETY: strm is a stream owned by this thread; options is initialised.
        if unsafe { lzma_microlzma_encoder(strm, &options) } != lzma_sys::LZMA_OK {
            return (Vec::new(), 0);
        }
        strm.next_in = data.as_ptr();
        strm.avail_in = data.len();
        strm.next_out = out.as_mut_ptr();
        strm.avail_out = capacity;
        // SAFETY: next_in/avail_in describe `data`, next_out/avail_out `out`, both live
        // for the call; the encoder writes at most avail_out bytes.
        let ret = unsafe { lzma_sys::lzma_code(strm, lzma_sys::LZMA_FINISH) };
        let (written, consumed) = (capacity - strm.avail_out, data.len() - strm.avail_in);
        strm.next_in = std::ptr::null();
        strm.next_out = std::ptr::null_mut();
        if ret != lzma_sys::LZMA_STREAM_END {
            return (Vec::new(), 0);
        }
        out.truncate(written);
        (out, consumed)
    })
}
