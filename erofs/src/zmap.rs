//! Where a compressed file's bytes are: its map header and lcluster index
//! (full 8-byte entries, or compact 4-byte and 2-byte packs) decoded into
//! extents, as the kernel's `zmap.c` reads them. I/O-free: the caller reads the
//! header and index bytes and passes them in.

use crate::error::{corrupt, unsupported, Result};
use crate::format::{
    DataLayout, Z_ADVISE_BIG_PCLUSTER_1, Z_ADVISE_BIG_PCLUSTER_2, Z_ADVISE_COMPACTED_2B,
    Z_ADVISE_EXTENTS, Z_ADVISE_FRAGMENT_PCLUSTER, Z_ADVISE_INLINE_PCLUSTER,
    Z_ADVISE_INTERLACED_PCLUSTER, Z_FRAGMENT_INODE_BIT, Z_LI_D0_CBLKCNT, Z_LI_PARTIAL_REF,
};

/// Lcluster types (the low two bits of an index entry).
pub(crate) const PLAIN: u8 = 0;
pub(crate) const HEAD1: u8 = 1;
pub(crate) const NONHEAD: u8 = 2;
const HEAD2: u8 = 3;

/// The 8-byte map header that follows a compressed inode and its xattrs (8-aligned).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapHeader {
    pub advise: u16,
    /// Algorithm of HEAD1 and HEAD2 lclusters.
    pub algorithms: [u8; 2],
    pub lclusterbits: u32,
    /// The whole file is in the packed inode from this offset.
    pub whole_fragment: Option<u64>,
    /// Low 32 bits of the tail fragment's offset (`FRAGMENT_PCLUSTER`).
    pub fragment_off: u32,
    /// Bytes of the inline tail pcluster (`INLINE_PCLUSTER`).
    pub idata_size: u16,
}

impl MapHeader {
    pub fn parse(b: &[u8; 8], blkszbits: u8) -> Result<MapHeader> {
        let clusterbits = b[7];
        if clusterbits >> Z_FRAGMENT_INODE_BIT != 0 {
            return Ok(MapHeader {
                advise: Z_ADVISE_FRAGMENT_PCLUSTER,
                algorithms: [0; 2],
                lclusterbits: u32::from(blkszbits),
                whole_fragment: Some(u64::from_le_bytes(*b) ^ (1 << 63)),
                fragment_off: 0,
                idata_size: 0,
            });
        }
        Ok(MapHeader {
            advise: u16::from_le_bytes([b[4], b[5]]),
            algorithms: [b[6] & 0xf, b[6] >> 4],
            lclusterbits: u32::from(blkszbits) + u32::from(clusterbits & 0xf),
            whole_fragment: None,
            fragment_off: u32::from_le_bytes(b[0..4].try_into().expect("4")),
            idata_size: u16::from_le_bytes([b[2], b[3]]),
        })
    }

    fn has(&self, bit: u16) -> bool {
        self.advise & bit != 0
    }

    /// Whether the tail extent is stored inline after the index.
    pub fn inline_tail(&self) -> bool {
        self.has(Z_ADVISE_INLINE_PCLUSTER) && !self.has(Z_ADVISE_FRAGMENT_PCLUSTER)
    }
}

/// How an extent's stored bytes become file bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// Stored uncompressed from the pcluster's start.
    Shifted,
    /// Stored uncompressed, rotated to the extent's offset in its block.
    Interlaced,
    Lz4,
    Lzma,
    Deflate,
    Zstd,
}

impl Algorithm {
    /// The algorithm of on-disk type `t` (`Z_EROFS_COMPRESSION_*`).
    pub fn from_type(t: u8) -> Result<Algorithm> {
        Ok(match t {
            0 => Algorithm::Lz4,
            1 => Algorithm::Lzma,
            2 => Algorithm::Deflate,
            3 => Algorithm::Zstd,
            other => return Err(corrupt(format!("unknown compression algorithm {other}"))),
        })
    }

    /// The on-disk type, for compressing algorithms.
    pub fn compression_type(self) -> Option<u8> {
        match self {
            Algorithm::Lz4 => Some(0),
            Algorithm::Lzma => Some(1),
            Algorithm::Deflate => Some(2),
            Algorithm::Zstd => Some(3),
            Algorithm::Shifted | Algorithm::Interlaced => None,
        }
    }
}

/// Where an extent's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A pcluster: `image_len` bytes at `image_offset`, decoded with `algorithm`.
    /// `inline`: the ztailpacking tail, stored right after the index.
    /// `partial_ref`: the extent is only the first part of what the pcluster
    /// decodes to (dedupe shares another extent's pcluster).
    Pcluster {
        image_offset: u64,
        image_len: u64,
        algorithm: Algorithm,
        inline: bool,
        partial_ref: bool,
    },
    /// In the packed inode's content, from `packed_offset`.
    Fragment { packed_offset: u64 },
}

/// `logical_len` bytes of the file from `logical_start`, stored as `source` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompressedExtent {
    pub logical_start: u64,
    pub logical_len: u64,
    pub source: Source,
}

/// The kernel's limits: a pcluster is at most 1 MiB, an extent decodes to at most 12 MiB.
pub const PCLUSTER_MAX_SIZE: u64 = 1 << 20;
pub const PCLUSTER_MAX_DSIZE: u64 = 12 << 20;

/// One decoded lcluster index entry.
#[derive(Debug, Clone, Copy)]
struct Lcluster {
    kind: u8,
    clusterofs: u64,
    /// HEAD/PLAIN: the pcluster's block address.
    blkaddr: u64,
    /// NONHEAD right after a big pcluster's head: its compressed block count.
    cblkcnt: Option<u64>,
    partial_ref: bool,
}

/// Everything needed to decode one compressed inode's index.
pub struct IndexLayout {
    pub layout: DataLayout,
    pub header: MapHeader,
    pub size: u64,
    pub blkszbits: u8,
    /// Image offset of the first index byte (right after the map header).
    pub index_start: u64,
}

impl IndexLayout {
    fn lcluster_size(&self) -> u64 {
        1 << self.header.lclusterbits
    }

    /// Number of lcluster index entries.
    pub fn count(&self) -> u64 {
        self.size.div_ceil(self.lcluster_size())
    }

    /// Checks what this reader and the kernel accept; `Ok` for files to decode with an index.
    pub fn validate(&self, path: &str) -> Result<()> {
        let h = &self.header;
        if h.has(Z_ADVISE_EXTENTS) && self.layout == DataLayout::CompressedFull {
            return Err(unsupported(format!(
                "encoded extents (48-bit layout) of {path}"
            )));
        }
        match self.layout {
            DataLayout::CompressedFull if h.lclusterbits > 20 => Err(corrupt(format!(
                "lcluster size 2^{} in {path}",
                h.lclusterbits
            ))),
            DataLayout::CompressedCompact if h.lclusterbits > 14 => Err(corrupt(format!(
                "lcluster size 2^{} in {path}",
                h.lclusterbits
            ))),
            DataLayout::CompressedCompact
                if h.has(Z_ADVISE_BIG_PCLUSTER_1) != h.has(Z_ADVISE_BIG_PCLUSTER_2) =>
            {
                Err(corrupt(format!(
                    "big pcluster head1/2 of compact indexes differ in {path}"
                )))
            }
            _ => Ok(()),
        }
    }

    /// (start of the 4-byte packs that align the 2-byte ones, number of 2-byte entries).
    fn compact_regions(&self) -> (u64, u64) {
        let initial = ((32 - self.index_start % 32) / 4) & 7;
        let total = self.count();
        let two_byte = if self.header.has(Z_ADVISE_COMPACTED_2B) && initial < total {
            (total - initial) / 16 * 16
        } else {
            0
        };
        (initial, two_byte)
    }

    /// Image offset of entry `lcn`'s pack, the pack's entry count and byte
    /// size, and the entry's place in it.
    fn compact_pack(&self, lcn: u64) -> Result<(u64, u64, u64, u64)> {
        let (initial, two_byte) = self.compact_regions();
        let mut pos = self.index_start;
        let mut lcn = lcn;
        let mut shift = 2;
        if lcn >= initial {
            pos += initial * 4;
            lcn -= initial;
            if lcn < two_byte {
                shift = 1;
            } else {
                pos += two_byte * 2;
                lcn -= two_byte;
            }
        }
        pos += lcn << shift;
        let vcnt = match shift {
            2 => 2,
            _ if self.header.lclusterbits <= 12 => 16,
            _ => {
                return Err(unsupported(format!(
                    "2-byte compact indexes with lcluster size 2^{}",
                    self.header.lclusterbits
                )))
            }
        };
        let pack_bytes = vcnt << shift;
        let pack_at = pos / pack_bytes * pack_bytes;
        Ok((pack_at, vcnt, pack_bytes, (pos - pack_at) >> shift))
    }

    /// Image offset just past the index: where an inline tail pcluster is.
    pub fn index_end(&self) -> Result<u64> {
        let count = self.count();
        match self.layout {
            DataLayout::CompressedFull => Ok(self.index_start + count * 8),
            _ if count == 0 => Ok(self.index_start),
            _ => {
                let (pack, _, bytes, _) = self.compact_pack(count - 1)?;
                Ok(pack + bytes)
            }
        }
    }

    /// Decodes entry `lcn`; `index` holds the bytes from `index_start` to `index_end`.
    fn lcluster(&self, index: &[u8], lcn: u64) -> Result<Lcluster> {
        match self.layout {
            DataLayout::CompressedFull => {
                let at = (lcn * 8) as usize;
                let di = index
                    .get(at..at + 8)
                    .ok_or_else(|| corrupt("lcluster index truncated"))?;
                let advise = u16::from_le_bytes([di[0], di[1]]);
                let kind = (advise & 3) as u8;
                let delta0 = u16::from_le_bytes([di[4], di[5]]);
                Ok(Lcluster {
                    kind,
                    clusterofs: u64::from(u16::from_le_bytes([di[2], di[3]])),
                    blkaddr: u64::from(u32::from_le_bytes(di[4..8].try_into().expect("4"))),
                    cblkcnt: (kind == NONHEAD && delta0 & Z_LI_D0_CBLKCNT != 0)
                        .then(|| u64::from(delta0 & !Z_LI_D0_CBLKCNT)),
                    partial_ref: kind != NONHEAD && advise & Z_LI_PARTIAL_REF != 0,
                })
            }
            _ => self.compact_lcluster(index, lcn),
        }
    }

    /// A compact entry: type and low bits packed at `encodebits` per entry; the
    /// pack's last 4 bytes hold a base block address from which heads count on.
    fn compact_lcluster(&self, index: &[u8], lcn: u64) -> Result<Lcluster> {
        let (pack_at, vcnt, pack_bytes, i) = self.compact_pack(lcn)?;
        let start = (pack_at - self.index_start) as usize;
        let pack = index
            .get(start..start + pack_bytes as usize)
            .ok_or_else(|| corrupt("compact lcluster index truncated"))?;
        let lobits = self.header.lclusterbits.max(Z_LI_D0_CBLKCNT.ilog2() + 1);
        let encodebits = ((pack_bytes as u32 - 4) * 8) / vcnt as u32;
        let decode = |i: u64| -> (u32, u8) {
            let bit = encodebits as usize * i as usize;
            let v =
                u32::from_le_bytes(pack[bit / 8..bit / 8 + 4].try_into().expect("4")) >> (bit & 7);
            (v & ((1 << lobits) - 1), ((v >> lobits) & 3) as u8)
        };
        let (lo, kind) = decode(i);
        let big = self.header.has(Z_ADVISE_BIG_PCLUSTER_1);
        if kind == NONHEAD {
            let cblkcnt = lo & u32::from(Z_LI_D0_CBLKCNT) != 0;
            if cblkcnt && !big {
                return Err(corrupt("compressed block count without big pclusters"));
            }
            return Ok(Lcluster {
                kind,
                clusterofs: 0,
                blkaddr: 0,
                cblkcnt: cblkcnt.then(|| u64::from(lo & !u32::from(Z_LI_D0_CBLKCNT))),
                partial_ref: false,
            });
        }
        // The head's block: the pack's base plus the blocks of the pclusters
        // that start before it in this pack (walked back as the kernel does).
        let mut i = i as i64;
        let mut nblk: u64 = if big { 0 } else { 1 };
        while i > 0 {
            i -= 1;
            let (lo, kind) = decode(i as u64);
            if !big {
                if kind == NONHEAD {
                    i -= i64::from(lo);
                }
                if i >= 0 {
                    nblk += 1;
                }
            } else if kind == NONHEAD {
                if lo & u32::from(Z_LI_D0_CBLKCNT) != 0 {
                    i -= 1;
                    nblk += u64::from(lo & !u32::from(Z_LI_D0_CBLKCNT));
                } else if lo <= 1 {
                    return Err(corrupt("bad lcluster delta in a big pcluster"));
                } else {
                    i -= i64::from(lo) - 2;
                }
            } else {
                nblk += 1;
            }
        }
        let base_at = (pack_bytes - 4) as usize;
        let base = u32::from_le_bytes(pack[base_at..base_at + 4].try_into().expect("4"));
        Ok(Lcluster {
            kind,
            clusterofs: u64::from(lo),
            blkaddr: u64::from(base) + nblk,
            cblkcnt: None,
            partial_ref: false,
        })
    }

    /// The file's extents in file order. `index` holds the bytes from
    /// `index_start` to [`IndexLayout::index_end`]; the packed inode itself
    /// passes `in_packed` (it may not hold fragments).
    pub fn extents(&self, index: &[u8], path: &str) -> Result<Vec<CompressedExtent>> {
        let h = &self.header;
        if let Some(packed_offset) = h.whole_fragment {
            return Ok(vec![CompressedExtent {
                logical_start: 0,
                logical_len: self.size,
                source: Source::Fragment { packed_offset },
            }]);
        }
        let lcs = self.lcluster_size();
        let bs = 1u64 << self.blkszbits;
        let count = self.count();
        let mut out: Vec<CompressedExtent> = Vec::new();
        // The block count of a head's pcluster comes from the next entry (big pclusters).
        let mut heads: Vec<(Lcluster, u64)> = Vec::new();
        for lcn in 0..count {
            let l = self.lcluster(index, lcn)?;
            if l.kind == NONHEAD {
                continue;
            }
            if l.clusterofs >= lcs {
                return Err(corrupt(format!(
                    "cluster offset {} in {path}",
                    l.clusterofs
                )));
            }
            let start = lcn * lcs + l.clusterofs;
            if start >= self.size {
                break; // mkfs may end a full index with a head at the end of the file
            }
            heads.push((l, lcn));
        }
        if heads
            .first()
            .is_none_or(|(l, lcn)| *lcn != 0 || l.clusterofs != 0)
        {
            return Err(corrupt(format!("{path} does not start with an extent")));
        }
        for (n, &(l, lcn)) in heads.iter().enumerate() {
            let start = lcn * lcs + l.clusterofs;
            let end = heads.get(n + 1).map_or(self.size, |(next, next_lcn)| {
                next_lcn * lcs + next.clusterofs
            });
            if end <= start {
                return Err(corrupt(format!("empty extent at {start} of {path}")));
            }
            let is_tail = n + 1 == heads.len();
            let algorithm = match l.kind {
                PLAIN if h.has(Z_ADVISE_INTERLACED_PCLUSTER) => Algorithm::Interlaced,
                PLAIN => Algorithm::Shifted,
                HEAD1 => Algorithm::from_type(h.algorithms[0])?,
                HEAD2 => Algorithm::from_type(h.algorithms[1])?,
                _ => unreachable!("NONHEAD entries are skipped"),
            };
            let source = if is_tail && h.has(Z_ADVISE_FRAGMENT_PCLUSTER) {
                let high = match self.layout {
                    DataLayout::CompressedFull => l.blkaddr << 32,
                    _ => 0,
                };
                Source::Fragment {
                    packed_offset: high | u64::from(h.fragment_off),
                }
            } else if is_tail && h.inline_tail() {
                let image_offset = self.index_end()?;
                let image_len = u64::from(h.idata_size);
                if image_offset % bs + image_len > bs {
                    return Err(corrupt(format!(
                        "inline tail pcluster of {path} crosses a block"
                    )));
                }
                Source::Pcluster {
                    image_offset,
                    image_len,
                    algorithm,
                    inline: true,
                    partial_ref: l.partial_ref,
                }
            } else {
                let big = match l.kind {
                    HEAD1 => h.has(Z_ADVISE_BIG_PCLUSTER_1),
                    _ => h.has(Z_ADVISE_BIG_PCLUSTER_2),
                };
                let blocks = if big && (lcn + 1) * lcs < self.size {
                    let next = self.lcluster(index, lcn + 1)?;
                    match (next.kind, next.cblkcnt) {
                        (NONHEAD, Some(blocks)) if blocks > 0 => blocks,
                        (NONHEAD, _) => {
                            return Err(corrupt(format!(
                                "missing compressed block count at lcluster {} of {path}",
                                lcn + 1
                            )))
                        }
                        _ => 1,
                    }
                } else {
                    1
                };
                Source::Pcluster {
                    image_offset: l.blkaddr * bs,
                    image_len: blocks * bs,
                    algorithm,
                    inline: false,
                    partial_ref: l.partial_ref,
                }
            };
            if let Source::Pcluster {
                image_len,
                algorithm,
                ..
            } = source
            {
                let plain = matches!(algorithm, Algorithm::Shifted | Algorithm::Interlaced);
                if image_len > PCLUSTER_MAX_SIZE
                    || end - start > PCLUSTER_MAX_DSIZE
                    || (plain && end - start > image_len)
                {
                    return Err(corrupt(format!(
                        "pcluster of {} bytes at {start} of {path} claims {} bytes",
                        image_len,
                        end - start
                    )));
                }
            }
            out.push(CompressedExtent {
                logical_start: start,
                logical_len: end - start,
                source,
            });
        }
        Ok(out)
    }
}
