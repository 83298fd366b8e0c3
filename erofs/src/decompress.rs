//! Decoding one pcluster into the first `want` bytes it holds. Every decoder
//! stops at `want` (the kernel's partial decoding: a dedupe reference may use
//! only the start of a pcluster) and fails if the data yields fewer bytes.
//!
//! Codecs, all in safe Rust: LZ4 (a block decoder here, as lz4_flex cannot stop
//! early), MicroLZMA (lzma-rs's raw decoder: MicroLZMA is an LZMA stream whose
//! first range-coder byte, always zero, carries the inverted properties),
//! raw DEFLATE (miniz_oxide), Zstandard frames (ruzstd).

use crate::zmap::Algorithm;
use std::io::Read;

/// Why a pcluster did not decode (the caller names the file and offset).
pub type DecodeError = String;

/// The bytes `raw` decodes to, exactly `want` of them. `block_offset` is the
/// extent's offset within its block (interlaced plain pclusters are rotated by
/// it); `block_size` bounds the zero padding; `lzma_dict` is the dictionary
/// size from the superblock's configuration.
pub fn decode(
    algorithm: Algorithm,
    raw: &[u8],
    want: usize,
    block_offset: usize,
    block_size: usize,
    lzma_dict: u32,
) -> Result<Vec<u8>, DecodeError> {
    let short = |got: usize| format!("{algorithm:?} data yields {got} bytes, not {want}");
    match algorithm {
        Algorithm::Shifted => raw
            .get(..want)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| short(raw.len())),
        Algorithm::Interlaced => {
            if want > raw.len() || block_offset > raw.len() {
                return Err(short(raw.len()));
            }
            let right = (raw.len() - block_offset).min(want);
            let mut out = raw[block_offset..block_offset + right].to_vec();
            out.extend_from_slice(&raw[..want - right]);
            Ok(out)
        }
        _ => {
            // "0padding": the compressed bytes end the pcluster; zeros lead,
            // within the first block.
            let scan = raw.len().min(block_size);
            let start = raw[..scan]
                .iter()
                .position(|&b| b != 0)
                .ok_or_else(|| "a pcluster of zeros".to_string())?;
            let input = &raw[start..];
            let out = match algorithm {
                Algorithm::Lz4 => lz4(input, want)?,
                Algorithm::Lzma => microlzma(input, want, lzma_dict)?,
                Algorithm::Deflate => deflate(input, want)?,
                Algorithm::Zstd => zstd(input, want)?,
                Algorithm::Shifted | Algorithm::Interlaced => unreachable!("handled above"),
            };
            if out.len() != want {
                return Err(short(out.len()));
            }
            Ok(out)
        }
    }
}

/// An LZ4 block, decoded until `want` bytes are out.
fn lz4(input: &[u8], want: usize) -> Result<Vec<u8>, DecodeError> {
    let bad = || "bad LZ4 data".to_string();
    let mut out = Vec::with_capacity(want);
    let mut i = 0;
    let length = |i: &mut usize, mut n: usize| -> Result<usize, DecodeError> {
        if n == 15 {
            loop {
                let b = *input.get(*i).ok_or_else(bad)?;
                *i += 1;
                n = n.checked_add(usize::from(b)).ok_or_else(bad)?;
                if b != 255 {
                    break;
                }
            }
        }
        Ok(n)
    };
    while out.len() < want {
        let token = *input.get(i).ok_or_else(bad)?;
        i += 1;
        let literals = length(&mut i, usize::from(token >> 4))?;
        let bytes = input
            .get(i..i.checked_add(literals).ok_or_else(bad)?)
            .ok_or_else(bad)?;
        i += literals;
        out.extend_from_slice(&bytes[..literals.min(want - out.len())]);
        if out.len() == want || i == input.len() {
            break; // the last sequence has literals only
        }
        let offset = usize::from(u16::from_le_bytes([
            *input.get(i).ok_or_else(bad)?,
            *input.get(i + 1).ok_or_else(bad)?,
        ]));
        i += 2;
        if offset == 0 || offset > out.len() {
            return Err(bad());
        }
        let matched = length(&mut i, usize::from(token & 15))?
            .checked_add(4)
            .ok_or_else(bad)?
            .min(want - out.len());
        let from = out.len() - offset;
        if offset >= matched {
            out.extend_from_within(from..from + matched);
        } else {
            // Overlapping copy: a repeated pattern.
            for k in 0..matched {
                out.push(out[from + k]);
            }
        }
    }
    Ok(out)
}

/// The kernel's limit on the LZMA dictionary.
const LZMA_MAX_DICT: u32 = 8 << 20;

/// MicroLZMA: byte 0 is the inverted properties byte; the rest is the range
/// coder's stream after its always-zero first byte.
fn microlzma(input: &[u8], want: usize, dict_size: u32) -> Result<Vec<u8>, DecodeError> {
    use lzma_rs::decompress::raw::{LzmaDecoder, LzmaParams, LzmaProperties};
    let props = !*input.first().ok_or("empty LZMA data")?;
    // As the kernel's MicroLZMA decoder: pb <= 4, lc + lp <= 4.
    let (lc, lp, pb) = (props % 9, props / 9 % 5, props / 45);
    if props >= 225 || lc + lp > 4 {
        return Err(format!("bad MicroLZMA properties {props:#x}"));
    }
    if dict_size == 0 || dict_size > LZMA_MAX_DICT {
        return Err(format!("LZMA dictionary of {dict_size} bytes"));
    }
    let mut stream = Vec::with_capacity(input.len());
    stream.push(0);
    stream.extend_from_slice(&input[1..]);
    let properties = LzmaProperties {
        lc: u32::from(lc),
        lp: u32::from(lp),
        pb: u32::from(pb),
    };
    let params = LzmaParams::new(properties, dict_size, Some(want as u64));
    let mut decoder =
        LzmaDecoder::new(params, Some(LZMA_MAX_DICT as usize)).map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(want);
    decoder
        .decompress(&mut stream.as_slice(), &mut out)
        .map_err(|e| format!("bad LZMA data: {e}"))?;
    Ok(out)
}

/// Raw DEFLATE (no zlib header), decoded until `want` bytes are out.
fn deflate(input: &[u8], want: usize) -> Result<Vec<u8>, DecodeError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
    match decompress_to_vec_with_limit(input, want) {
        Ok(out) => Ok(out),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Ok(e.output),
        Err(e) => Err(format!("bad DEFLATE data: {:?}", e.status)),
    }
}

/// One Zstandard frame, decoded until `want` bytes are out.
fn zstd(input: &[u8], want: usize) -> Result<Vec<u8>, DecodeError> {
    let mut reader = input;
    let decoder = ruzstd::decoding::StreamingDecoder::new(&mut reader)
        .map_err(|e| format!("bad Zstandard frame: {e}"))?;
    let mut out = Vec::with_capacity(want);
    decoder
        .take(want as u64)
        .read_to_end(&mut out)
        .map_err(|e| format!("bad Zstandard data: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lz4_decodes_literals_and_overlapping_matches() {
        // "abc" then a match of offset 3, length 9 (overlapping), then literal "z".
        let block = [0x35, b'a', b'b', b'c', 3, 0, 0x10, b'z'];
        assert_eq!(lz4(&block, 13).unwrap(), b"abcabcabcabcz");
        // Partial: stops inside the match.
        assert_eq!(lz4(&block, 5).unwrap(), b"abcab");
        // A match reaching before the start is refused.
        assert!(lz4(&[0x10, b'a', 2, 0, 0x00], 8).is_err());
    }
}
