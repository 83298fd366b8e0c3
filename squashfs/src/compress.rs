//! Block (de)compression for the squashfs compressors: gzip (zlib streams),
//! xz (with optional BCJ filters), zstd and lz4 (raw blocks). lzo and lzma are
//! recognised but refused with an "unsupported compressor" error.
//! Decompression is always bounded by the caller's maximum output size.

use crate::error::{corrupt, Error, Result};
use crate::format::CompressorId;
use std::io::{Read, Write};

/// A compressor with its options, as stored in (or written to) an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compressor {
    pub id: CompressorId,
    /// The raw compressor options payload, when the image stores one.
    pub options: Option<Vec<u8>>,
    pub block_size: u32,
}

/// Which compressor (and level) to recompress with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Compression {
    Gzip {
        level: u32,
    },
    Xz {
        dict_size: Option<u32>,
        filters: u32,
    },
    Zstd {
        level: u32,
    },
    Lz4,
}

impl Compression {
    /// Parses "gzip", "gzip:9", "xz", "zstd", "zstd:19", "lz4".
    pub fn parse(s: &str) -> Result<Compression> {
        let (name, level) = match s.split_once(':') {
            Some((n, l)) => (
                n,
                Some(
                    l.parse::<u32>()
                        .map_err(|_| Error::Invalid(format!("bad compression level in {s:?}")))?,
                ),
            ),
            None => (s, None),
        };
        Ok(match name {
            "gzip" => Compression::Gzip {
                level: level.unwrap_or(9).clamp(1, 9),
            },
            "xz" => Compression::Xz {
                dict_size: None,
                filters: 0,
            },
            "zstd" => Compression::Zstd {
                level: level.unwrap_or(15).clamp(1, 22),
            },
            "lz4" => Compression::Lz4,
            _ => {
                return Err(Error::Invalid(format!(
                    "unknown compressor {name:?} (gzip, xz, zstd, lz4)"
                )))
            }
        })
    }
}

impl Compressor {
    /// Checks that this compressor can be used at all.
    pub fn new(id: CompressorId, options: Option<Vec<u8>>, block_size: u32) -> Result<Self> {
        match id {
            CompressorId::Lzo | CompressorId::Lzma => Err(Error::Unsupported(format!(
                "unsupported compressor {} (supported: gzip, xz, zstd, lz4)",
                id.name()
            ))),
            _ => Ok(Compressor {
                id,
                options,
                block_size,
            }),
        }
    }

    /// Builds the compressor (with options in squashfs-tools' layout) for a requested compression.
    pub fn from_compression(c: &Compression, block_size: u32) -> Compressor {
        let (id, options) = match c {
            Compression::Gzip { level } => {
                let mut o = Vec::new();
                o.extend_from_slice(&level.to_le_bytes());
                o.extend_from_slice(&15u16.to_le_bytes());
                o.extend_from_slice(&0u16.to_le_bytes());
                // squashfs-tools only stores gzip options when they differ from the default.
                (CompressorId::Gzip, (*level != 9).then_some(o))
            }
            Compression::Xz { dict_size, filters } => {
                let dict = dict_size.unwrap_or(block_size);
                let opts = (dict != block_size || *filters != 0).then(|| {
                    let mut o = dict.to_le_bytes().to_vec();
                    o.extend_from_slice(&filters.to_le_bytes());
                    o
                });
                (CompressorId::Xz, opts)
            }
            Compression::Zstd { level } => (
                CompressorId::Zstd,
                (*level != 15).then(|| level.to_le_bytes().to_vec()),
            ),
            Compression::Lz4 => {
                let mut o = 1u32.to_le_bytes().to_vec();
                o.extend_from_slice(&0u32.to_le_bytes());
                (CompressorId::Lz4, Some(o))
            }
        };
        Compressor {
            id,
            options,
            block_size,
        }
    }

    /// The same compressor and options with another block size (xz's default dictionary follows it).
    pub fn with_block_size(&self, block_size: u32) -> Compressor {
        Compressor {
            id: self.id,
            options: self.options.clone(),
            block_size,
        }
    }

    fn opt_u32(&self, at: usize) -> Option<u32> {
        let o = self.options.as_ref()?;
        o.get(at..at + 4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
    }

    /// Decompresses one block; fails if the output would exceed `max_out` bytes.
    pub fn decompress(&self, data: &[u8], max_out: usize) -> Result<Vec<u8>> {
        let too_big = || corrupt(format!("block decompresses to more than {max_out} bytes"));
        let bad = |e: String| corrupt(format!("{} decompression failed: {e}", self.id.name()));
        let mut out = Vec::new();
        match self.id {
            CompressorId::Gzip => {
                flate2::read::ZlibDecoder::new(data)
                    .take(max_out as u64 + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| bad(e.to_string()))?;
            }
            CompressorId::Xz => {
                let stream = xz2::stream::Stream::new_stream_decoder(u64::MAX, 0)
                    .map_err(|e| bad(e.to_string()))?;
                xz2::read::XzDecoder::new_stream(data, stream)
                    .take(max_out as u64 + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| bad(e.to_string()))?;
            }
            CompressorId::Zstd => {
                // One decompression context per thread: creating one per block
                // cost as much as a small block's decompression.
                thread_local! {
                    static DCTX: std::cell::RefCell<Option<zstd::bulk::Decompressor<'static>>> =
                        const { std::cell::RefCell::new(None) };
                }
                out = DCTX
                    .with(|d| {
                        let mut d = d.borrow_mut();
                        if d.is_none() {
                            *d = Some(zstd::bulk::Decompressor::new()?);
                        }
                        d.as_mut().expect("just set").decompress(data, max_out)
                    })
                    .map_err(|e| bad(e.to_string()))?;
            }
            CompressorId::Lz4 => {
                out = vec![0; max_out];
                let n = lz4_flex::block::decompress_into(data, &mut out)
                    .map_err(|e| bad(e.to_string()))?;
                out.truncate(n);
            }
            CompressorId::Lzo | CompressorId::Lzma => {
                return Err(Error::Unsupported(format!(
                    "unsupported compressor {}",
                    self.id.name()
                )))
            }
        }
        if out.len() > max_out {
            return Err(too_big());
        }
        Ok(out)
    }

    /// Compresses one block; `None` when compression does not make it smaller
    /// (the caller then stores it uncompressed).
    pub fn compress(&self, data: &[u8]) -> Result<Option<Vec<u8>>> {
        let fail =
            |e: String| Error::Invalid(format!("{} compression failed: {e}", self.id.name()));
        let out = match self.id {
            CompressorId::Gzip => {
                let level = self.opt_u32(0).unwrap_or(9).clamp(1, 9);
                let mut enc = flate2::write::ZlibEncoder::new(
                    Vec::with_capacity(data.len()),
                    flate2::Compression::new(level),
                );
                enc.write_all(data).map_err(|e| fail(e.to_string()))?;
                enc.finish().map_err(|e| fail(e.to_string()))?
            }
            CompressorId::Xz => {
                let dict = self.opt_u32(0).unwrap_or(self.block_size).max(8192);
                let filters = self.opt_u32(4).unwrap_or(0);
                // Like squashfs-tools: try plain LZMA2 and each enabled BCJ filter, keep the smallest.
                let mut best: Option<Vec<u8>> = None;
                for bcj in
                    std::iter::once(0u32).chain((0..6).map(|b| 1 << b).filter(|b| filters & b != 0))
                {
                    let out = xz_compress(data, dict, bcj).map_err(fail)?;
                    if best.as_ref().is_none_or(|b| out.len() < b.len()) {
                        best = Some(out);
                    }
                }
                best.unwrap()
            }
            CompressorId::Zstd => {
                let level = self.opt_u32(0).unwrap_or(15).clamp(1, 22) as i32;
                zstd::bulk::compress(data, level).map_err(|e| fail(e.to_string()))?
            }
            CompressorId::Lz4 => lz4_flex::block::compress(data),
            CompressorId::Lzo | CompressorId::Lzma => {
                return Err(Error::Unsupported(format!(
                    "unsupported compressor {}",
                    self.id.name()
                )))
            }
        };
        Ok((out.len() < data.len()).then_some(out))
    }
}

fn xz_compress(data: &[u8], dict: u32, bcj: u32) -> Result<Vec<u8>, String> {
    use xz2::stream::{Check, Filters, LzmaOptions, Stream};
    let mut opts = LzmaOptions::new_preset(6).map_err(|e| e.to_string())?;
    opts.dict_size(dict);
    let mut filters = Filters::new();
    match bcj {
        1 => filters.x86(),
        2 => filters.powerpc(),
        4 => filters.ia64(),
        8 => filters.arm(),
        16 => filters.arm_thumb(),
        32 => filters.sparc(),
        _ => &mut filters,
    };
    filters.lzma2(&opts);
    let stream = Stream::new_stream_encoder(&filters, Check::Crc32).map_err(|e| e.to_string())?;
    let mut enc = xz2::write::XzEncoder::new_stream(Vec::with_capacity(data.len()), stream);
    enc.write_all(data).map_err(|e| e.to_string())?;
    enc.finish().map_err(|e| e.to_string())
}
