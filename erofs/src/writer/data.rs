//! Encoding one unit of file data into pclusters with a fixed *output*
//! bound: each pcluster takes as much of the unit as LZ4/LZ4HC packs into
//! at most `max_blocks` blocks (`LZ4_compress_destSize` /
//! `LZ4_compress_HC_destSize`). Cold data is compressed once: the next
//! pcluster starts where one ended, inside an lcluster (`clusterofs`).
//! Hot pieces are cut back to whole lclusters and compressed again, so
//! that every pcluster starts on an lcluster boundary (`clusterofs` 0) and a
//! page faulted on the boot path decodes one pcluster. Compressed bytes sit
//! at the end of the pcluster, zero padding first, as `LZ4_0PADDING` wants.
//! What saves no block is stored plain, one block per lcluster, from an
//! lcluster boundary. Without a codec: chunks with all-zero blocks left as
//! holes. Units are encoded on all cores (`pool`); placement stays in plan
//! order.

use crate::writer::meta::BLOCK;
use crate::writer::{fit, lzma};
use std::os::raw::{c_char, c_int, c_void};

/// The compressor for regular files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Lz4,
    /// LZ4 high compression at this level (1..=12; mkfs.erofs's default is 9).
    Lz4hc(u8),
    /// MicroLZMA (liblzma) at this preset (0..=9; Fedora's images use 6).
    Lzma(u8),
    /// Raw DEFLATE (miniz_oxide) at this level (0..=10).
    Deflate(u8),
    /// zstd frames (libzstd) at this level.
    Zstd(u8),
}

impl Codec {
    /// Each compressor once, at the level `liveopt sort --compress` writes it.
    pub const EACH: [Codec; 5] = [
        Codec::Lz4,
        Codec::Lz4hc(9),
        Codec::Lzma(6),
        Codec::Deflate(9),
        Codec::Zstd(9),
    ];

    /// The on-disk algorithm the index and superblock name.
    pub fn algorithm(self) -> crate::zmap::Algorithm {
        match self {
            Codec::Lz4 | Codec::Lz4hc(_) => crate::zmap::Algorithm::Lz4,
            Codec::Lzma(_) => crate::zmap::Algorithm::Lzma,
            Codec::Deflate(_) => crate::zmap::Algorithm::Deflate,
            Codec::Zstd(_) => crate::zmap::Algorithm::Zstd,
        }
    }
}

/// The LZMA dictionary for pclusters of at most `capacity` bytes: 8 times
/// that, as mkfs.erofs sizes it, from 512 KiB (64 KiB pclusters and less) to
/// 8 MiB (1 MiB pclusters); a match reaches back at most this far, and the
/// kernel keeps one such dictionary per CPU.
pub fn lzma_dict_size(capacity: u64) -> u32 {
    (capacity.next_multiple_of(BLOCK) * 8).clamp(512 << 10, 8 << 20) as u32
}

/// The most lclusters one pcluster of at most `max_blocks` blocks decodes
/// to: 8 times its size, at least 1 MiB, at most 8 MiB (mkfs.erofs's 1 MiB
/// pclusters decode to up to about 8 MB). Data that compresses better is cut
/// here, inside the kernel's limits on a decoded extent (12 MiB) and the
/// index's lookback distances (4,095 lclusters).
fn window_lclusters(max_blocks: u64) -> u64 {
    (max_blocks * 8).clamp(256, 2048)
}

/// One piece of a unit, in file order.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    /// One pcluster of `bytes.len() / 4096` blocks decoding to the next
    /// `len` bytes of the unit.
    Compressed { bytes: Vec<u8>, len: u64 },
    /// One block per lcluster, zero padded at the file end.
    Plain(Vec<u8>),
}

/// How a unit's blocks are stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Encoded {
    Pieces(Vec<Piece>),
    /// Chunk-based: per block, its bytes or None for a hole.
    Chunks(Vec<Option<Vec<u8>>>),
}

// lz4-sys builds lz4 1.10's C sources, which define these, but does not
// declare them.
extern "C" {
    fn LZ4_compress_destSize(
        src: *const c_char,
        dst: *mut c_char,
        src_size: *mut c_int,
        target_dst_size: c_int,
    ) -> c_int;
    fn LZ4_compress_HC_destSize(
        state: *mut c_void,
        src: *const c_char,
        dst: *mut c_char,
        src_size: *mut c_int,
        target_dst_size: c_int,
        level: c_int,
    ) -> c_int;
    fn LZ4_sizeofStateHC() -> c_int;
}

/// Compresses all of `data` into at most `capacity` bytes; None if it does not fit.
fn compress(data: &[u8], capacity: usize, codec: Codec) -> Option<Vec<u8>> {
    let whole =
        |out: Vec<u8>| (!out.is_empty() && out.len() <= capacity && out[0] != 0).then_some(out);
    match codec {
        Codec::Lzma(preset) => {
            let (out, consumed) = lzma::dest_size(data, capacity, preset);
            return (consumed == data.len() && !out.is_empty()).then_some(out);
        }
        Codec::Deflate(level) => return whole(fit::deflate(data, level)),
        Codec::Zstd(level) => return whole(fit::zstd(data, level)),
        Codec::Lz4 | Codec::Lz4hc(_) => {}
    }
    let mut out = vec![0u8; capacity];
    let (src, dst) = (
        data.as_ptr() as *const c_char,
        out.as_mut_ptr() as *mut c_char,
    );
    let (len, cap) = (data.len() as c_int, capacity as c_int);
    let n = match codec {
        // SAFETY: src is valid for len bytes, dst writable for cap bytes; LZ4 writes at most cap.
        Codec::Lz4 => unsafe { lz4_sys::LZ4_compress_default(src, dst, len, cap) },
        // SAFETY: as above.
        Codec::Lz4hc(level) => unsafe {
            lz4_sys::LZ4_compress_HC(src, dst, len, cap, c_int::from(level))
        },
        Codec::Lzma(_) | Codec::Deflate(_) | Codec::Zstd(_) => unreachable!("handled above"),
    };
    if n <= 0 {
        return None;
    }
    out.truncate(n as usize);
    Some(out)
}

/// The compressed bytes of as many leading bytes of `data` as the codec
/// packs into `capacity` bytes, and that count (0 when compression fails).
fn dest_size(data: &[u8], capacity: usize, codec: Codec) -> (Vec<u8>, usize) {
    match codec {
        Codec::Lzma(preset) => return lzma::dest_size(data, capacity, preset),
        Codec::Deflate(level) => return fit::deflate_dest_size(data, capacity, level),
        Codec::Zstd(level) => return fit::dest_size(data, capacity, |d| fit::zstd(d, level)),
        Codec::Lz4 | Codec::Lz4hc(_) => {}
    }
    let mut out = vec![0u8; capacity];
    let (src, dst) = (
        data.as_ptr() as *const c_char,
        out.as_mut_ptr() as *mut c_char,
    );
    let mut consumed = data.len() as c_int;
    let cap = capacity as c_int;
    let n = match codec {
        // SAFETY: src is valid for `consumed` bytes, dst writable for cap
        // bytes; LZ4 writes at most cap and stores what it read in `consumed`.
        Codec::Lz4 => unsafe { LZ4_compress_destSize(src, dst, &mut consumed, cap) },
        Codec::Lz4hc(level) => {
            // SAFETY: a pure size query.
            let state_size = unsafe { LZ4_sizeofStateHC() };
            // u64s: the state must be 8-byte aligned.
            let mut state = vec![0u64; (state_size as usize).div_ceil(8)];
            // SAFETY: state is LZ4_sizeofStateHC() bytes, 8-byte aligned (the
            // function initialises it); src, dst and `consumed` as above.
            unsafe {
                LZ4_compress_HC_destSize(
                    state.as_mut_ptr() as *mut c_void,
                    src,
                    dst,
                    &mut consumed,
                    cap,
                    c_int::from(level),
                )
            }
        }
        Codec::Lzma(_) | Codec::Deflate(_) | Codec::Zstd(_) => unreachable!("handled above"),
    };
    if n <= 0 {
        return (Vec::new(), 0);
    }
    out.truncate(n as usize);
    (out, consumed as usize)
}

/// The zero-padded pcluster for compressed bytes `c`.
fn pcluster(c: &[u8]) -> Vec<u8> {
    let blocks = (c.len() as u64).div_ceil(BLOCK);
    let mut b = vec![0u8; (blocks * BLOCK) as usize - c.len()];
    b.extend_from_slice(c);
    b
}

/// `data` (an lcluster or less at the file end) as one plain block.
fn plain_block(data: &[u8]) -> Vec<u8> {
    let mut b = data.to_vec();
    b.resize(BLOCK as usize, 0);
    b
}

/// What the start of a unit's remaining data becomes.
enum Next {
    /// Compressed bytes and the input bytes they hold.
    Pcluster(Vec<u8>, usize),
    /// This many lclusters saved no block: store them plain.
    Plain(usize),
}

/// The next pcluster from the start of `data`.
fn next_pcluster(data: &[u8], max_blocks: u64, codec: Codec) -> Next {
    let cap = (max_blocks * BLOCK) as usize;
    let window = &data[..data
        .len()
        .min((window_lclusters(max_blocks) * BLOCK) as usize)];
    if window.len() as u64 <= BLOCK {
        return Next::Plain(1);
    }
    let (c, fits) = dest_size(window, cap, codec);
    // The window fits whole (the rest of the unit): that output serves when
    // it saves a block.
    let lclusters = (fits as u64).div_ceil(BLOCK);
    if fits == window.len() && fits as u64 > BLOCK && (c.len() as u64).div_ceil(BLOCK) < lclusters {
        return Next::Pcluster(c, fits);
    }
    // Whole lclusters, unless the window fits whole (it may end at the file end).
    let mut take = if fits == window.len() {
        fits
    } else {
        fits / BLOCK as usize * BLOCK as usize
    };
    // The compressor may pack a shorter prefix a little worse: one block
    // less is tried too.
    for _ in 0..2 {
        if take as u64 <= BLOCK {
            break;
        }
        let lclusters = (take as u64).div_ceil(BLOCK);
        // Worth a pcluster only when it saves a block.
        let room = ((lclusters - 1).min(max_blocks) * BLOCK) as usize;
        if let Some(c) = compress(&window[..take], room, codec) {
            return Next::Pcluster(c, take);
        }
        take = (take - 1) / BLOCK as usize * BLOCK as usize;
    }
    // Incompressible here: half of what was tried goes plain (at least one
    // lcluster), so that noise costs few attempts and compressible data
    // after it is not lost for long.
    Next::Plain(((fits as u64 / BLOCK / 2).max(1)) as usize)
}

/// Whether a pcluster of `blocks` blocks decoding `data[at..end]` can be
/// indexed: it reaches past its head lcluster (the next head needs an
/// lcluster of its own), unless it ends the unit and starts that lcluster,
/// and a big pcluster has a NONHEAD lcluster after its head to carry the
/// block count. A last lcluster holding the end of one pcluster and all of
/// the next is read by Linux 6.1 only in files with an inline tail (where
/// `cut_tail` makes it); elsewhere 6.1 decodes a whole lcluster from it and
/// fails the read (newer kernels stop at the file size).
fn indexable(at: usize, end: usize, blocks: usize, unit_len: usize) -> bool {
    let b = BLOCK as usize;
    let past_head = end >= (at / b + 1) * b;
    let nonhead = end > (at / b + 1) * b;
    (past_head || (end == unit_len && at.is_multiple_of(b))) && (blocks == 1 || nonhead)
}

/// Appends `len` bytes of `data` from `at` as plain blocks (one per lcluster).
fn push_plain(pieces: &mut Vec<Piece>, data: &[u8], at: usize, end: usize) {
    if !matches!(pieces.last(), Some(Piece::Plain(_))) {
        pieces.push(Piece::Plain(Vec::new()));
    }
    let Some(Piece::Plain(p)) = pieces.last_mut() else {
        unreachable!("a plain piece was just pushed")
    };
    for b in data[at..end].chunks(BLOCK as usize) {
        p.extend_from_slice(&plain_block(b));
    }
}

/// One step of the byte-granular encoding at `at`: the pcluster LZ4 fills
/// from there (compressed once), or None when it saves nothing there.
/// A pcluster must take fewer blocks than its input's length in blocks, or,
/// from inside an lcluster (after a pcluster that ended there), be one block.
fn fill(
    data: &[u8],
    at: usize,
    max_blocks: u64,
    codec: Codec,
) -> (Option<(Vec<u8>, usize)>, usize) {
    let b = BLOCK as usize;
    let window = &data[at..data
        .len()
        .min(at + (window_lclusters(max_blocks) * BLOCK) as usize)];
    let (c, fits) = dest_size(window, (max_blocks * BLOCK) as usize, codec);
    if fits == 0 {
        return (None, 0);
    }
    let (end, blocks) = (at + fits, c.len().div_ceil(b));
    let worth = blocks < fits.div_ceil(b) || (blocks == 1 && !at.is_multiple_of(b));
    if worth && indexable(at, end, blocks, data.len()) {
        (Some((c, fits)), fits)
    } else {
        (None, fits)
    }
}

/// Cuts the last pcluster of a whole file's encoding (`data`, byte-granular
/// pieces) in two where that leaves a last piece under a block, which can then
/// sit inline in the file's record (ztailpacking): the first part fills one
/// block less than the last pcluster took, the rest is compressed alone.
/// Nothing changes when the rest does not fit under a block.
pub fn cut_tail(data: &[u8], pieces: &mut Vec<Piece>, codec: Codec) {
    let b = BLOCK as usize;
    let Some(Piece::Compressed { bytes, len }) = pieces.last() else {
        return;
    };
    let blocks = bytes.len() / b;
    if blocks < 2 {
        return;
    }
    let start = data.len() - *len as usize;
    let (Some((head, fits)), _) = fill(data, start, blocks as u64 - 1, codec) else {
        return;
    };
    let rest = start + fits;
    if rest >= data.len() {
        return;
    }
    let Some(tail) = compress(&data[rest..], b - 1, codec) else {
        return;
    };
    pieces.pop();
    pieces.push(Piece::Compressed {
        bytes: pcluster(&head),
        len: fits as u64,
    });
    pieces.push(Piece::Compressed {
        bytes: pcluster(&tail),
        len: (data.len() - rest) as u64,
    });
}

/// Encodes one unit's bytes (`data`, whole lclusters except at the file
/// end): pclusters of at most `max_blocks` blocks each.
///
/// `aligned`: every pcluster starts on an lcluster boundary (each is cut
/// back to whole lclusters and compressed again), so a page of the unit
/// decodes one pcluster; the hot pieces are written so. Otherwise each
/// pcluster holds exactly what the compressor packed into it, compressed
/// once, and the next one starts where it ended, inside an lcluster
/// (`clusterofs` > 0), as mkfs.erofs does; only where that would leave an
/// incompressible run starting inside an lcluster is the pcluster before it
/// cut back to a boundary.
pub fn encode(data: &[u8], codec: Option<Codec>, max_blocks: u64, aligned: bool) -> Encoded {
    let Some(codec) = codec else {
        return Encoded::Chunks(
            data.chunks(BLOCK as usize)
                .map(|b| (!b.iter().all(|&x| x == 0)).then(|| plain_block(b)))
                .collect(),
        );
    };
    let b = BLOCK as usize;
    let mut pieces: Vec<Piece> = Vec::new();
    // Start of each piece in `pieces`.
    let mut starts: Vec<usize> = Vec::new();
    let mut at = 0;
    // The next pcluster is cut back to whole lclusters (always when `aligned`).
    let mut cut = aligned;
    while at < data.len() {
        if cut {
            match next_pcluster(&data[at..], max_blocks, codec) {
                Next::Pcluster(c, take) => {
                    starts.push(at);
                    pieces.push(Piece::Compressed {
                        bytes: pcluster(&c),
                        len: take as u64,
                    });
                    at += take;
                }
                Next::Plain(lclusters) => {
                    let end = (at + lclusters * b).min(data.len());
                    if !matches!(pieces.last(), Some(Piece::Plain(_))) {
                        starts.push(at);
                    }
                    push_plain(&mut pieces, data, at, end);
                    at = end;
                }
            }
            cut = aligned;
            continue;
        }
        if at.is_multiple_of(b) && data.len() - at <= b {
            starts.push(at);
            push_plain(&mut pieces, data, at, data.len());
            at = data.len();
            continue;
        }
        match fill(data, at, max_blocks, codec) {
            (Some((c, fits)), _) => {
                starts.push(at);
                pieces.push(Piece::Compressed {
                    bytes: pcluster(&c),
                    len: fits as u64,
                });
                at += fits;
            }
            (None, fits) if at.is_multiple_of(b) => {
                // Incompressible here: half of what was tried goes plain
                // (at least one lcluster), as in `next_pcluster`.
                let end = (at + (fits / b / 2).max(1) * b).min(data.len());
                if !matches!(pieces.last(), Some(Piece::Plain(_))) {
                    starts.push(at);
                }
                push_plain(&mut pieces, data, at, end);
                at = end;
            }
            (None, _) => {
                // Inside an lcluster before data that does not compress:
                // the pcluster that ended here is cut back to the boundary
                // before `at` (compressed again), or, when that does not
                // fit, dropped in turn, down to one that starts on a
                // boundary, which is then encoded cut back.
                loop {
                    let s = starts.pop().expect("a piece ends inside an lcluster");
                    pieces.pop();
                    if s.is_multiple_of(b) {
                        at = s;
                        cut = true;
                        break;
                    }
                    let end = (at / b * b).max(s);
                    let room = (max_blocks * BLOCK) as usize;
                    let again = (end > s)
                        .then(|| compress(&data[s..end], room, codec))
                        .flatten()
                        .filter(|c| {
                            let blocks = c.len().div_ceil(b);
                            (blocks < (end - s).div_ceil(b) || blocks == 1)
                                && indexable(s, end, blocks, data.len())
                        });
                    if let Some(c) = again {
                        starts.push(s);
                        pieces.push(Piece::Compressed {
                            bytes: pcluster(&c),
                            len: (end - s) as u64,
                        });
                        at = end;
                        break;
                    }
                    at = s;
                }
            }
        }
    }
    Encoded::Pieces(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noise(len: u64, mut state: u64) -> Vec<u8> {
        (0..len)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                (state >> 56) as u8
            })
            .collect()
    }

    /// Compressible text (words drawn from noise).
    fn text(len: usize) -> Vec<u8> {
        let words = [
            &b"erofs "[..],
            b"pcluster ",
            b"lz4 ",
            b"kernel ",
            b"block ",
            b"the ",
        ];
        let mut out = Vec::new();
        for (k, r) in noise(len as u64, 7).iter().enumerate() {
            if out.len() >= len {
                break;
            }
            out.extend_from_slice(words[*r as usize % words.len()]);
            if r % 5 == 0 {
                out.extend_from_slice(format!("{k}").as_bytes());
            }
        }
        out.truncate(len);
        out
    }

    /// The unit's `len` bytes back, decoded by the reader's decoder.
    fn decode(pieces: &[Piece], len: usize, codec: Codec) -> Vec<u8> {
        let mut out = Vec::new();
        for p in pieces {
            match p {
                Piece::Compressed { bytes, len: n } => {
                    let want = (*n as usize).min(len - out.len());
                    let d = crate::decompress::decode(
                        codec.algorithm(),
                        bytes,
                        want,
                        0,
                        BLOCK as usize,
                        lzma_dict_size(16 * BLOCK),
                    )
                    .unwrap();
                    out.extend_from_slice(&d);
                }
                Piece::Plain(b) => out.extend_from_slice(b),
            }
        }
        out
    }

    #[test]
    fn pclusters_are_filled_to_the_output_bound() {
        let data = text(1 << 20);
        for (codec, aligned) in [
            (Codec::Lz4, true),
            (Codec::Lz4hc(9), true),
            (Codec::Lz4, false),
            (Codec::Lz4hc(9), false),
            (Codec::Lzma(6), true),
            (Codec::Lzma(6), false),
            (Codec::Deflate(9), false),
            (Codec::Zstd(9), true),
        ] {
            let Encoded::Pieces(pieces) = encode(&data, Some(codec), 16, aligned) else {
                panic!("a codec means pieces")
            };
            assert!(pieces.len() > 2, "{pieces:?}");
            let (last, full) = pieces.split_last().unwrap();
            for p in full {
                let Piece::Compressed { bytes, len } = p else {
                    panic!("text compresses")
                };
                assert_eq!(
                    bytes.len() as u64,
                    16 * BLOCK,
                    "every pcluster but the last is full"
                );
                let pad = bytes.iter().take_while(|&&b| b == 0).count() as u64;
                assert!(pad < BLOCK, "less than a block of padding: {pad}");
                assert!(*len > 32 * BLOCK, "64 KiB hold more than 128 KiB of text");
                assert_eq!(aligned, len.is_multiple_of(BLOCK), "{len}");
            }
            assert!(matches!(last, Piece::Compressed { .. }));
            let mut back = decode(&pieces, data.len(), codec);
            back.truncate(data.len());
            assert_eq!(back, data);
        }
    }

    #[test]
    fn a_files_last_pcluster_is_cut_to_an_inline_tail() {
        let blocks = |pieces: &[Piece]| -> usize {
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Compressed { bytes, .. } => bytes.len() / BLOCK as usize,
                    Piece::Plain(b) => b.len() / BLOCK as usize,
                })
                .sum()
        };
        let payload = |pieces: &[Piece]| match pieces.last() {
            Some(Piece::Compressed { bytes, .. }) => {
                bytes.iter().skip_while(|&&b| b == 0).count() as u64
            }
            _ => panic!("text compresses"),
        };
        for codec in Codec::EACH {
            for len in (0..12).map(|k| 9_000 + k * 21_011) {
                let data = text(len);
                let Encoded::Pieces(mut pieces) = encode(&data, Some(codec), 16, false) else {
                    panic!("a codec means pieces")
                };
                let (before, last) = (blocks(&pieces), payload(&pieces));
                cut_tail(&data, &mut pieces, codec);
                // Where the last pcluster wasted half a block or more, the rest
                // compressed alone fits under a block.
                if last % BLOCK <= BLOCK / 2 && last > BLOCK {
                    assert!(
                        payload(&pieces) < BLOCK,
                        "{codec:?} {len}: a tail of {} (last pcluster {last})",
                        payload(&pieces)
                    );
                }
                if payload(&pieces) < BLOCK {
                    assert_eq!(
                        blocks(&pieces[..pieces.len() - 1]),
                        before - 1,
                        "{codec:?} {len}: inline, the tail saves its block"
                    );
                } else {
                    assert_eq!(blocks(&pieces), before, "{codec:?} {len}: unchanged");
                }
                let mut back = decode(&pieces, data.len(), codec);
                back.truncate(data.len());
                assert!(back == data, "{codec:?} {len}: decodes to the input");
            }
        }
    }

    #[test]
    fn no_pcluster_starts_inside_the_last_lcluster() {
        // Linux 6.1 reads such a pcluster only in a file with an inline tail.
        let data = text(1 << 20);
        for codec in Codec::EACH {
            for len in (0..40).map(|k| 20_000 + k * 15_013) {
                let Encoded::Pieces(pieces) = encode(&data[..len], Some(codec), 16, false) else {
                    panic!("a codec means pieces")
                };
                let (mut at, mut last_start) = (0u64, 0u64);
                for p in &pieces {
                    last_start = at;
                    at += match p {
                        Piece::Compressed { len, .. } => *len,
                        Piece::Plain(b) => (b.len() as u64).min(len as u64 - at),
                    };
                }
                assert_eq!(at, len as u64);
                assert!(
                    last_start.is_multiple_of(BLOCK)
                        || last_start / BLOCK != (len as u64 - 1) / BLOCK,
                    "{codec:?} {len}: the last pcluster starts at {last_start}"
                );
            }
        }
    }

    #[test]
    fn noise_stays_plain_and_the_file_end_is_kept() {
        let mut data = noise(3 * BLOCK + 5, 1);
        let Encoded::Pieces(p) = encode(&data, Some(Codec::Lz4), 16, false) else {
            panic!("a codec means pieces")
        };
        assert_eq!(p.len(), 1);
        let Piece::Plain(b) = &p[0] else {
            panic!("noise stays plain")
        };
        assert_eq!(b.len() as u64, 4 * BLOCK);
        // Noise, then text, then a partial lcluster: plain, then pclusters.
        data = noise(10 * BLOCK, 2);
        data.extend_from_slice(&text(300_000 + 77));
        for (codec, aligned) in [
            (Codec::Lz4hc(9), true),
            (Codec::Lz4hc(9), false),
            (Codec::Lzma(6), true),
            (Codec::Lzma(6), false),
        ] {
            let Encoded::Pieces(p) = encode(&data, Some(codec), 4, aligned) else {
                panic!("a codec means pieces")
            };
            assert!(matches!(p[0], Piece::Plain(ref b) if b.len() as u64 >= 4 * BLOCK));
            assert!(p[1..].iter().all(
                |x| matches!(x, Piece::Compressed { bytes, .. } if bytes.len() as u64 <= 4 * BLOCK)
            ));
            let mut back = decode(&p, data.len(), codec);
            back.truncate(data.len());
            assert_eq!(back, data);
        }
        let mut sparse = vec![0u8; 3 * BLOCK as usize];
        sparse[5000] = 1;
        let Encoded::Chunks(c) = encode(&sparse, None, 16, false) else {
            panic!("no codec means chunks")
        };
        assert_eq!(
            c.iter().map(Option::is_some).collect::<Vec<_>>(),
            [false, true, false]
        );
    }

    #[test]
    fn noise_after_text_starts_on_a_boundary() {
        // Text, noise, text, and a short text tail: pclusters start inside
        // lclusters, plain runs only on boundaries, everything decodes back.
        for (tail, codec) in [
            (0usize, Codec::Lz4hc(9)),
            (77, Codec::Lz4hc(9)),
            (4095, Codec::Lz4hc(9)),
            (4097, Codec::Lz4hc(9)),
            (77, Codec::Lzma(6)),
            (4097, Codec::Deflate(9)),
            (77, Codec::Zstd(9)),
        ] {
            let mut data = text(200_000 + 123);
            data.extend_from_slice(&noise(40 * BLOCK + 11, 3));
            data.extend_from_slice(&text(150_000));
            data.extend_from_slice(&noise(tail as u64, 4));
            let Encoded::Pieces(p) = encode(&data, Some(codec), 16, false) else {
                panic!("a codec means pieces")
            };
            let mut pos = 0u64;
            let mut unaligned = 0;
            for x in &p {
                match x {
                    Piece::Plain(b) => {
                        assert_eq!(pos % BLOCK, 0, "plain at {pos}");
                        pos += b.len() as u64;
                    }
                    Piece::Compressed { bytes, len } => {
                        unaligned += usize::from(!pos.is_multiple_of(BLOCK));
                        let blocks = bytes.len() as u64 / BLOCK;
                        assert!(blocks <= 16);
                        let end = pos + len;
                        assert!(
                            end >= (pos / BLOCK + 1) * BLOCK || end == data.len() as u64,
                            "a pcluster ends past its head lcluster"
                        );
                        assert!(blocks == 1 || end > (pos / BLOCK + 1) * BLOCK);
                        pos = end;
                    }
                }
            }
            assert!(pos >= data.len() as u64);
            // With LZ4's ratio the text fills several pclusters, each ending
            // inside an lcluster; the others may pack each text run whole.
            assert!(
                unaligned > 0 || !matches!(codec, Codec::Lz4hc(_)),
                "some pclusters start inside an lcluster"
            );
            assert!(p.iter().any(|x| matches!(x, Piece::Plain(_))));
            let mut back = decode(&p, data.len(), codec);
            back.truncate(data.len());
            assert_eq!(back, data, "tail {tail} {codec:?}");
        }
    }
}
