//! Fixed-output pclusters for compressors with no such mode (DEFLATE through
//! miniz_oxide, zstd through libzstd): the longest prefix of the input whose
//! compressed form fits the pcluster, found by compressing guesses scaled by
//! the ratio seen so far (a few passes, within 1 KiB of input). DEFLATE
//! first brackets the prefix in one streaming pass (see [`deflate_dest_size`]).

use std::cell::RefCell;

/// DEFLATE's window: 2^15 bytes (the configuration's `windowbits`).
pub const DEFLATE_WINDOW_BITS: u8 = 15;

/// zstd's window: 2^19 bytes, 8 times the 64 KiB cold pcluster, as mkfs.erofs
/// sizes it (the configuration holds it less 10).
pub const ZSTD_WINDOW_LOG: u8 = 19;

/// Raw DEFLATE (no zlib header) of all of `data`.
pub fn deflate(data: &[u8], level: u8) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(data, level.min(10))
}

thread_local! {
    static ZSTD: RefCell<Option<(u8, zstd::bulk::Compressor<'static>)>> = const { RefCell::new(None) };
}

/// One zstd frame of all of `data`; empty if libzstd fails.
pub fn zstd(data: &[u8], level: u8) -> Vec<u8> {
    ZSTD.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _)| *l != level) {
            let Ok(mut c) = zstd::bulk::Compressor::new(i32::from(level)) else {
                return Vec::new();
            };
            let window = zstd::stream::raw::CParameter::WindowLog(u32::from(ZSTD_WINDOW_LOG));
            if c.set_parameter(window).is_err() {
                return Vec::new();
            }
            *cell = Some((level, c));
        }
        let (_, c) = cell.as_mut().expect("set above");
        c.compress(data).unwrap_or_default()
    })
}

/// A pcluster within 1/256 of its capacity (0.4 %) is full: a longer prefix
/// could not gain more.
const FULL: usize = 256;

/// Input bytes between the streaming probe's flushes.
const PROBE_STEP: usize = 4096;

/// The compressed bytes of the longest prefix of `data` (found to within
/// 1 KiB) that DEFLATE at `level` packs into `capacity` bytes, and its length,
/// as [`dest_size`] finds it, in fewer passes: one streaming pass with a sync
/// flush every 4 KiB of input finds the last flush point whose output fits
/// (each flush ends a block, so that stream is a little larger than one
/// compression of the same prefix); the search then only refines between that
/// prefix and two steps past it, instead of compressing the whole window first.
pub fn deflate_dest_size(data: &[u8], capacity: usize, level: u8) -> (Vec<u8>, usize) {
    use miniz_oxide::deflate::core::{
        compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
    };
    let compress_prefix = |d: &[u8]| deflate(d, level);
    let flags = create_comp_flags_from_zip_params(
        i32::from(level.min(10)),
        -i32::from(DEFLATE_WINDOW_BITS),
        0,
    );
    let mut stream = CompressorOxide::new(flags);
    // Room for a step that expands (stored blocks) past the capacity.
    let mut out = vec![0u8; capacity + 2 * PROBE_STEP];
    let (mut fed, mut written) = (0usize, 0usize);
    while fed < data.len() {
        let step = &data[fed..(fed + PROBE_STEP).min(data.len())];
        let (status, read, wrote) =
            compress(&mut stream, step, &mut out[written..], TDEFLFlush::Sync);
        if status != TDEFLStatus::Okay || read != step.len() || written + wrote > capacity {
            break;
        }
        fed += read;
        written += wrote;
    }
    if fed == data.len() {
        return dest_size(data, capacity, compress_prefix);
    }
    let usable = |c: &Vec<u8>| !c.is_empty() && c.len() <= capacity && c[0] != 0;
    let first = compress_prefix(&data[..fed]);
    let best = if fed > 0 && usable(&first) {
        (first, fed)
    } else {
        (Vec::new(), 0)
    };
    let over = (fed + 2 * PROBE_STEP).min(data.len());
    // Aim just under full at the ratio of that prefix.
    let guess = scale(fed, capacity - capacity / (2 * FULL), best.0.len().max(1));
    refine(data, capacity, compress_prefix, best, over, guess)
}

/// The compressed bytes of the longest prefix of `data` (found to within
/// 1 KiB) that `compress` packs into `capacity` bytes, and its length;
/// nothing when not even a small prefix fits or the output would start with
/// a zero byte (the kernel skips leading zeros as padding).
pub fn dest_size(
    data: &[u8],
    capacity: usize,
    compress: impl Fn(&[u8]) -> Vec<u8>,
) -> (Vec<u8>, usize) {
    let usable = |c: &Vec<u8>| !c.is_empty() && c.len() <= capacity && c[0] != 0;
    let whole = compress(data);
    if usable(&whole) {
        return (whole, data.len());
    }
    if whole.is_empty() {
        return (Vec::new(), 0);
    }
    // Aim a little under the ratio so the first guess usually fits.
    let guess = scale(data.len(), capacity * 97 / 100, whole.len());
    refine(data, capacity, compress, (Vec::new(), 0), data.len(), guess)
}

/// Narrows the prefix length between `best` (its compressed bytes and
/// length: fits, or nothing) and `over` (assumed not to fit) by compressing
/// guesses scaled by the ratio seen, starting at `guess`: at most 8 passes,
/// done when the two are within 1 KiB or the pcluster is [`FULL`].
fn refine(
    data: &[u8],
    capacity: usize,
    compress: impl Fn(&[u8]) -> Vec<u8>,
    mut best: (Vec<u8>, usize),
    mut over: usize,
    mut guess: usize,
) -> (Vec<u8>, usize) {
    let usable = |c: &Vec<u8>| !c.is_empty() && c.len() <= capacity && c[0] != 0;
    // `fits` packs into `capacity`, `over` does not.
    let mut fits = best.1;
    for _ in 0..8 {
        if over - fits <= 1024 || capacity - best.0.len() < capacity / FULL {
            break;
        }
        guess = guess.clamp(fits + 1, over - 1);
        let c = compress(&data[..guess]);
        let next = if usable(&c) {
            fits = guess;
            let n = scale(guess, capacity, c.len());
            best = (c, guess);
            n
        } else {
            over = guess;
            scale(guess, capacity * 98 / 100, c.len().max(1))
        };
        // A ratio guess that lands outside the bracket: halve it instead.
        guess = if next > fits && next < over {
            next
        } else {
            fits + (over - fits) / 2
        };
    }
    best
}

/// `len * num / den`, without overflow.
fn scale(len: usize, num: usize, den: usize) -> usize {
    (len as u128 * num as u128 / den.max(1) as u128) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_found_fits_and_little_more_would() {
        let mut data = Vec::new();
        let mut state = 5u64;
        while data.len() < 1 << 20 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            data.extend_from_slice(format!("word{} ", (state >> 40) % 3000).as_bytes());
        }
        for level in [1u8, 9] {
            let compress = |d: &[u8]| deflate(d, level);
            let (c, n) = dest_size(&data, 65536, compress);
            assert!(c.len() <= 65536 && c.len() > 60000, "{}", c.len());
            assert_eq!(c, deflate(&data[..n], level));
            assert!(deflate(&data[..n + 2048], level).len() > 65536 * 99 / 100);
            let (s, m) = deflate_dest_size(&data, 65536, level);
            assert!(s.len() <= 65536 && s.len() > 60000, "{}", s.len());
            assert_eq!(s, deflate(&data[..m], level));
            assert!(deflate(&data[..m + 2048], level).len() > 65536 * 99 / 100);
            let (z, m) = dest_size(&data, 65536, |d| zstd(d, level));
            assert!(z.len() <= 65536 && z.len() > 60000, "{}", z.len());
            assert_eq!(&z[..4], &[0x28, 0xb5, 0x2f, 0xfd], "a zstd frame");
            assert!(m > n / 2);
        }
        // All of a small input fits.
        let (c, n) = dest_size(&data[..5000], 65536, |d| deflate(d, 9));
        assert_eq!(n, 5000);
        assert_eq!(c, deflate(&data[..5000], 9));
        assert_eq!(deflate_dest_size(&data[..5000], 65536, 9), (c, n));
    }
}
