//! The readahead list: the image byte ranges a boot needs, in on-disk order,
//! with the identity of the image they belong to. Text format, version 1,
//! specified in docs/readahead-format.md; `write` and `parse` are its only
//! producer and consumer (the boot-side service parses with `parse`).

use std::io::{self, Write};

use sha2::{Digest, Sha256};

use crate::{Extent, ImageIdentity};

/// The format version `write` produces and `parse` accepts.
pub const VERSION: u32 = 1;

/// First token of the header line.
pub const MAGIC: &str = "liveopt-readahead";

/// How many leading image bytes `head_sha256` covers (or fewer, if the image is smaller).
pub const HEAD_LEN: u64 = 64 * 1024;

/// Which image a list belongs to: the image's identity plus the sha256 of its
/// first `head_len` bytes. The superblock fields and the head hash are the cheap
/// check a boot service does before trusting the list; `image.sha256` (whole
/// image) is for offline checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListIdentity {
    pub image: ImageIdentity,
    pub head_len: u64,
    pub head_sha256: String,
}

impl ListIdentity {
    /// Builds it from the image's identity plus its first bytes
    /// (`head` = the first `min(HEAD_LEN, bytes_used)` bytes).
    pub fn new(image: ImageIdentity, head: &[u8]) -> Self {
        ListIdentity {
            image,
            head_len: head.len() as u64,
            head_sha256: hex::encode(Sha256::digest(head)),
        }
    }
}

/// A parsed or to-be-written readahead list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadaheadList {
    pub identity: ListIdentity,
    /// Sorted by offset, non-overlapping, non-empty.
    pub ranges: Vec<Extent>,
}

impl ReadaheadList {
    pub fn total_bytes(&self) -> u64 {
        self.ranges.iter().map(|r| r.len).sum()
    }
}

/// Why a list was rejected.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("not a liveopt readahead list (first line must be `{MAGIC} <version>`)")]
    NotAList,
    #[error("unsupported readahead list version {0} (this build reads {VERSION})")]
    Version(u32),
    #[error("line {line}: {msg}")]
    Line { line: usize, msg: String },
    #[error("truncated readahead list: no `end` trailer")]
    Truncated,
    #[error("trailer says {want_ranges} ranges / {want_bytes} bytes, the list has {got_ranges} / {got_bytes}")]
    TrailerMismatch {
        want_ranges: u64,
        want_bytes: u64,
        got_ranges: u64,
        got_bytes: u64,
    },
}

/// Writes `list` in the version-1 text format.
pub fn write(list: &ReadaheadList, out: &mut dyn Write) -> io::Result<()> {
    let id = &list.identity;
    let image = &id.image;
    let mut w = io::BufWriter::new(out);
    writeln!(w, "{MAGIC} {VERSION}")?;
    writeln!(w, "bytes_used {}", image.bytes_used)?;
    writeln!(w, "mkfs_time {}", image.mkfs_time)?;
    writeln!(w, "inode_count {}", image.inode_count)?;
    writeln!(w, "block_size {}", image.block_size)?;
    writeln!(w, "compressor {}", image.compressor)?;
    writeln!(w, "sha256 {}", image.sha256)?;
    writeln!(w, "head_sha256 {} {}", id.head_len, id.head_sha256)?;
    writeln!(w, "ranges {} {}", list.ranges.len(), list.total_bytes())?;
    for r in &list.ranges {
        writeln!(w, "{} {}", r.offset, r.len)?;
    }
    writeln!(w, "end {} {}", list.ranges.len(), list.total_bytes())?;
    w.flush()
}

/// Parses and validates a version-1 list: header complete, ranges sorted,
/// non-overlapping and inside the image, trailer present and consistent.
pub fn parse(text: &str) -> Result<ReadaheadList, ParseError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));

    let (_, first) = lines.next().ok_or(ParseError::NotAList)?;
    let mut tok = first.split_whitespace();
    if tok.next() != Some(MAGIC) {
        return Err(ParseError::NotAList);
    }
    let version: u32 = tok
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or(ParseError::NotAList)?;
    if version != VERSION {
        return Err(ParseError::Version(version));
    }

    let mut header = |key: &str| -> Result<(usize, Vec<String>), ParseError> {
        let (n, line) = lines.next().ok_or(ParseError::Truncated)?;
        let mut t = line.split_whitespace();
        if t.next() != Some(key) {
            return Err(bad(n, format!("expected `{key} ...`, found `{line}`")));
        }
        Ok((n, t.map(str::to_owned).collect()))
    };
    let bytes_used = one_num(header("bytes_used")?)?;
    let mkfs_time = one_u32(header("mkfs_time")?)?;
    let inode_count = one_u32(header("inode_count")?)?;
    let block_size = one_u32(header("block_size")?)?;
    let (n, v) = header("compressor")?;
    let compressor = single(n, v)?;
    let (n, v) = header("sha256")?;
    let sha256 = hex64(n, single(n, v)?)?;
    let (n, v) = header("head_sha256")?;
    if v.len() != 2 {
        return Err(bad(n, "expected `head_sha256 <len> <hex>`".into()));
    }
    let head_len = num(n, &v[0])?;
    let head_sha256 = hex64(n, v[1].clone())?;
    let (n, v) = header("ranges")?;
    if v.len() != 2 {
        return Err(bad(n, "expected `ranges <count> <bytes>`".into()));
    }
    let (want_ranges, want_bytes) = (num(n, &v[0])?, num(n, &v[1])?);

    // Ranges may lie up to the 4 KiB-padded end of the image.
    // Saturating: a claimed size near u64::MAX must not overflow the padding.
    let limit = bytes_used.div_ceil(4096).saturating_mul(4096);
    let mut ranges = Vec::new();
    let mut trailer = None;
    for (n, line) in lines.by_ref() {
        let t: Vec<&str> = line.split_whitespace().collect();
        if t.first() == Some(&"end") {
            if t.len() != 3 {
                return Err(bad(n, "expected `end <count> <bytes>`".into()));
            }
            trailer = Some((num(n, t[1])?, num(n, t[2])?));
            break;
        }
        if t.len() != 2 {
            return Err(bad(
                n,
                format!("expected `<offset> <length>`, found `{line}`"),
            ));
        }
        let r = Extent::new(num(n, t[0])?, num(n, t[1])?);
        if r.len == 0 {
            return Err(bad(n, "empty range".into()));
        }
        if r.offset.checked_add(r.len).is_none_or(|end| end > limit) {
            return Err(bad(
                n,
                format!("range ends past the image ({bytes_used} bytes)"),
            ));
        }
        if let Some(prev) = ranges.last() {
            let prev: &Extent = prev;
            if r.offset < prev.end() {
                return Err(bad(n, "ranges not sorted or overlapping".into()));
            }
        }
        ranges.push(r);
    }
    let (end_ranges, end_bytes) = trailer.ok_or(ParseError::Truncated)?;
    if let Some((n, line)) = lines.next() {
        return Err(bad(n, format!("text after the trailer: `{line}`")));
    }
    let got_ranges = ranges.len() as u64;
    let got_bytes: u64 = ranges.iter().map(|r| r.len).sum();
    if (want_ranges, want_bytes) != (end_ranges, end_bytes)
        || (got_ranges, got_bytes) != (end_ranges, end_bytes)
    {
        return Err(ParseError::TrailerMismatch {
            want_ranges: end_ranges,
            want_bytes: end_bytes,
            got_ranges,
            got_bytes,
        });
    }
    Ok(ReadaheadList {
        identity: ListIdentity {
            image: ImageIdentity {
                bytes_used,
                mkfs_time,
                inode_count,
                block_size,
                compressor,
                sha256,
            },
            head_len,
            head_sha256,
        },
        ranges,
    })
}

fn bad(line: usize, msg: String) -> ParseError {
    ParseError::Line { line, msg }
}

fn num(line: usize, s: &str) -> Result<u64, ParseError> {
    s.parse()
        .map_err(|_| bad(line, format!("`{s}` is not a decimal number")))
}

fn single(line: usize, v: Vec<String>) -> Result<String, ParseError> {
    match <[String; 1]>::try_from(v) {
        Ok([s]) => Ok(s),
        Err(_) => Err(bad(line, "expected exactly one value".into())),
    }
}

fn one_num((line, v): (usize, Vec<String>)) -> Result<u64, ParseError> {
    let s = single(line, v)?;
    num(line, &s)
}

/// A superblock field: the image stores it in 32 bits, so a larger value is no image's.
fn one_u32((line, v): (usize, Vec<String>)) -> Result<u32, ParseError> {
    let s = single(line, v)?;
    u32::try_from(num(line, &s)?).map_err(|_| bad(line, format!("`{s}` does not fit in 32 bits")))
}

fn hex64(line: usize, s: String) -> Result<String, ParseError> {
    if s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        Ok(s)
    } else {
        Err(bad(line, "expected 64 lowercase hex digits".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ReadaheadList {
        ReadaheadList {
            identity: ListIdentity {
                image: ImageIdentity {
                    bytes_used: 1_000_000,
                    mkfs_time: 1234,
                    inode_count: 42,
                    block_size: 131072,
                    compressor: "zstd".into(),
                    sha256: "ab".repeat(32),
                },
                head_len: 65536,
                head_sha256: "cd".repeat(32),
            },
            ranges: vec![
                Extent::new(0, 4096),
                Extent::new(8192, 100),
                Extent::new(999_000, 1000),
            ],
        }
    }

    fn text(l: &ReadaheadList) -> String {
        let mut v = Vec::new();
        write(l, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn round_trip() {
        let l = sample();
        assert_eq!(parse(&text(&l)).unwrap(), l);
    }

    #[test]
    fn truncation_is_detected_at_every_line() {
        let t = text(&sample());
        let lines: Vec<&str> = t.lines().collect();
        for keep in 0..lines.len() {
            let cut = lines[..keep].join("\n");
            assert!(parse(&cut).is_err(), "accepted a list cut to {keep} lines");
        }
    }

    #[test]
    fn rejects_bad_lists() {
        let t = text(&sample());
        assert_eq!(parse("hello\n"), Err(ParseError::NotAList));
        assert_eq!(
            parse(&t.replace("readahead 1", "readahead 9")),
            Err(ParseError::Version(9))
        );
        // Unsorted.
        assert!(parse(&t.replace("8192 100", "0 100")).is_err());
        // Past the end of the image.
        assert!(parse(&t.replace("999000 1000", "999000 100000")).is_err());
        // A dropped range line, trailer unchanged.
        assert!(matches!(
            parse(&t.replace("8192 100\n", "")),
            Err(ParseError::TrailerMismatch { .. })
        ));
        assert!(parse(&format!("{t}0 1\n")).is_err());
    }

    #[test]
    fn image_size_near_the_u64_limit_does_not_overflow() {
        let t = text(&sample()).replace("bytes_used 1000000", &format!("bytes_used {}", u64::MAX));
        let list = parse(&t).expect("ranges lie inside a huge image");
        assert_eq!(list.identity.image.bytes_used, u64::MAX);
    }

    #[test]
    fn superblock_fields_past_u32_are_rejected() {
        let t = text(&sample());
        for (field, value) in [
            ("mkfs_time", 1234),
            ("inode_count", 42),
            ("block_size", 131072),
        ] {
            let wrapped = t.replace(
                &format!("{field} {value}\n"),
                &format!("{field} {}\n", (1u64 << 32) + value),
            );
            assert_ne!(wrapped, t, "{field} is in the sample");
            let e = parse(&wrapped).expect_err(field).to_string();
            assert!(e.contains("does not fit in 32 bits"), "{field}: {e}");
        }
    }
}
