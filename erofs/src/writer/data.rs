//! Encoding one unit of file data: LZ4/LZ4HC into as few whole blocks as it
//! takes (compressed bytes at the end of the pcluster, zero padding first,
//! as `LZ4_0PADDING` wants), stored plain block by block when that saves
//! nothing, or chunks with all-zero blocks left as holes. Units are encoded
//! in parallel batches on all cores; placement stays in plan order.

use crate::error::{Error, Result};
use crate::writer::meta::BLOCK;
use std::os::raw::{c_char, c_int};

/// The compressor for regular files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Lz4,
    /// LZ4 high compression at this level (1..=12; mkfs.erofs's default is 9).
    Lz4hc(u8),
}

/// How a unit's blocks are stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Encoded {
    /// One pcluster of `bytes.len() / 4096` blocks.
    Compressed(Vec<u8>),
    /// One block per lcluster, zero padded at the file end.
    Plain(Vec<u8>),
    /// Chunk-based: per block, its bytes or None for a hole.
    Chunks(Vec<Option<Vec<u8>>>),
}

/// LZ4-compresses `data` into at most `capacity` bytes; None if it does not fit.
fn lz4(data: &[u8], capacity: usize, codec: Codec) -> Option<Vec<u8>> {
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
    };
    if n <= 0 {
        return None;
    }
    out.truncate(n as usize);
    Some(out)
}

/// Encodes one unit's bytes (`data`, whole lclusters except at the file end).
pub fn encode(data: &[u8], codec: Option<Codec>) -> Encoded {
    let lclusters = (data.len() as u64).div_ceil(BLOCK);
    let Some(codec) = codec else {
        return Encoded::Chunks(
            data.chunks(BLOCK as usize)
                .map(|b| {
                    (!b.iter().all(|&x| x == 0)).then(|| {
                        let mut v = b.to_vec();
                        v.resize(BLOCK as usize, 0);
                        v
                    })
                })
                .collect(),
        );
    };
    // Compressed data must save at least one block to be worth a pcluster.
    if lclusters >= 2 {
        if let Some(c) = lz4(data, ((lclusters - 1) * BLOCK) as usize, codec) {
            let blocks = (c.len() as u64).div_ceil(BLOCK);
            let mut b = vec![0u8; (blocks * BLOCK) as usize - c.len()];
            b.extend_from_slice(&c);
            return Encoded::Compressed(b);
        }
    }
    let mut b = data.to_vec();
    b.resize((lclusters * BLOCK) as usize, 0);
    Encoded::Plain(b)
}

/// Runs `f` over `inputs` on all cores, results in input order.
pub fn par_map<I: Sync, O: Send>(
    inputs: &[I],
    f: impl Fn(&I) -> Result<O> + Sync,
) -> Result<Vec<O>> {
    use rayon::prelude::*;
    inputs.par_iter().map(&f).collect::<Result<Vec<O>, Error>>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressible_data_saves_blocks_and_noise_stays_plain() {
        let text = b"abcdefgh".repeat(4096);
        let Encoded::Compressed(c) = encode(&text, Some(Codec::Lz4hc(9))) else {
            panic!("text should compress")
        };
        assert_eq!(c.len() as u64 % BLOCK, 0);
        assert!(c.len() < text.len());
        assert_ne!(c[c.len() - 1], 0, "compressed bytes end the pcluster");
        let mut state = 1u64;
        let noise: Vec<u8> = (0..3 * BLOCK + 5)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                (state >> 56) as u8
            })
            .collect();
        let Encoded::Plain(p) = encode(&noise, Some(Codec::Lz4)) else {
            panic!("noise should stay plain")
        };
        assert_eq!(p.len() as u64, 4 * BLOCK);
        let mut sparse = vec![0u8; 3 * BLOCK as usize];
        sparse[5000] = 1;
        let Encoded::Chunks(c) = encode(&sparse, None) else {
            panic!("no codec means chunks")
        };
        assert_eq!(
            c.iter().map(Option::is_some).collect::<Vec<_>>(),
            [false, true, false]
        );
    }
}
