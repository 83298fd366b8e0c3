//! The profile's text format (docs/profile-format.md): versioned, line-oriented,
//! ASCII-only, diffable. `save` writes it atomically, `load` reads it back with
//! line-numbered errors; a missing `end` trailer means the file was truncated.

use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};

use super::model::*;
use crate::ImageIdentity;

/// First word of the header line.
pub const MAGIC: &str = "liveopt-profile";

impl Profile {
    /// The profile in the text format. Page ranges are written normalized
    /// (sorted, coalesced, empty ranges dropped).
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(64 + self.files.len() * 96);
        let s = &self.source;
        let _ = writeln!(out, "{MAGIC} {FORMAT_VERSION}");
        let _ = writeln!(out, "recorder {}", escape(s.recorder.as_bytes()));
        if let Some(kernel) = &s.kernel {
            let _ = writeln!(out, "kernel {}", escape(kernel.as_bytes()));
        }
        if let Some(img) = &s.image {
            let _ = writeln!(
                out,
                "image bytes_used={} mkfs_time={} inode_count={} block_size={} compressor={} sha256={}",
                img.bytes_used,
                img.mkfs_time,
                img.inode_count,
                img.block_size,
                escape(img.compressor.as_bytes()),
                escape(img.sha256.as_bytes()),
            );
        }
        let _ = writeln!(out, "events {}", s.events);
        let _ = writeln!(out, "dropped {}", s.dropped);
        let _ = writeln!(out, "boots {}", s.boots);
        let _ = writeln!(out, "duration_ns {}", s.duration_ns);
        for f in &self.files {
            out.push_str("file ");
            out.push_str(&escape(&f.path));
            if let Some(inode) = f.inode {
                let _ = write!(out, " inode={inode}");
            }
            let _ = write!(
                out,
                " t={} kinds={}",
                f.first_access_ns,
                kinds_to_text(f.kinds)
            );
            if f.has_ranks() {
                let _ = write!(
                    out,
                    " pages={} ranks={}",
                    ranked_pages_to_text(&f.pages),
                    ranks_to_text(&f.page_ranks)
                );
            } else {
                let _ = write!(out, " pages={}", pages_to_text(&f.pages));
            }
            let _ = write!(out, " count={}", f.count);
            if let Some(p) = &f.first_process {
                let _ = write!(out, " pid={} comm={}", p.pid, escape(&p.comm));
            }
            out.push('\n');
        }
        for r in &self.image_reads {
            let _ = writeln!(
                out,
                "read t={} offset={} len={}",
                r.time_ns, r.offset, r.len
            );
        }
        let _ = writeln!(
            out,
            "end files={} reads={}",
            self.files.len(),
            self.image_reads.len()
        );
        out
    }

    /// Parses the text format. Errors name the line: "line 7: ...".
    pub fn from_text(text: &str) -> Result<Profile> {
        Parser::default().parse(text)
    }
}

/// Writes `profile` to `path` atomically: a temporary file in the same
/// directory, fsync, rename. On error nothing is left at `path` (nor the temp file).
pub fn save(path: &Path, profile: &Profile) -> Result<()> {
    crate::write_atomic(path, profile.to_text().as_bytes())
        .with_context(|| format!("writing profile {}", path.display()))
}

/// Reads a profile written by `save` (or by hand, in the same format).
pub fn load(path: &Path) -> Result<Profile> {
    let bytes = fs::read(path).with_context(|| format!("reading profile {}", path.display()))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| {
            anyhow!(
                "not a liveopt profile: invalid UTF-8 at byte {}",
                e.valid_up_to()
            )
        })
        .with_context(|| format!("reading profile {}", path.display()))?;
    Profile::from_text(text).with_context(|| format!("reading profile {}", path.display()))
}

/// Escapes bytes for one space-separated field: printable ASCII except `\` stays,
/// `\` becomes `\\`, every other byte (space, controls, `0x7f`, non-ASCII) becomes `\xHH`.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            0x21..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out
}

/// Inverse of `escape`. Accepts upper- or lower-case hex.
pub fn unescape(text: &str) -> Result<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(b'\\') => {
                out.push(b'\\');
                i += 2;
            }
            Some(b'x') => {
                let hex = bytes
                    .get(i + 2..i + 4)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| anyhow!("bad escape at {:?}: want \\xHH", &text[i..]))?;
                out.push(hex);
                i += 4;
            }
            _ => bail!("bad escape at {:?}: want \\\\ or \\xHH", &text[i..]),
        }
    }
    Ok(out)
}

/// `exec,open,...` in bit order; empty set is the empty string.
pub fn kinds_to_text(kinds: AccessKinds) -> String {
    let mut names = Vec::new();
    for (k, name) in AccessKinds::NAMES {
        if kinds.contains(k) {
            names.push(name);
        }
    }
    names.join(",")
}

pub fn kinds_from_text(text: &str) -> Result<AccessKinds> {
    let mut kinds = AccessKinds::empty();
    for name in text.split(',').filter(|n| !n.is_empty()) {
        let (k, _) = AccessKinds::NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .ok_or_else(|| anyhow!("unknown access kind {name:?}"))?;
        kinds.insert(*k);
    }
    Ok(kinds)
}

/// Sorts and coalesces `[start, end)` ranges, dropping empty ones.
pub fn normalize_pages(pages: &[Range<u64>]) -> Vec<Range<u64>> {
    let mut v: Vec<Range<u64>> = pages.iter().filter(|r| r.start < r.end).cloned().collect();
    v.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<u64>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Inclusive page lists, like Linux cpulists: `0-3,7,9-12` is pages 0..4, 7..8, 9..13.
pub fn pages_to_text(pages: &[Range<u64>]) -> String {
    let mut out = String::new();
    for r in normalize_pages(pages) {
        if !out.is_empty() {
            out.push(',');
        }
        if r.end - r.start == 1 {
            let _ = write!(out, "{}", r.start);
        } else {
            let _ = write!(out, "{}-{}", r.start, r.end - 1);
        }
    }
    out
}

/// Like `pages_to_text`, but each range as it is, neighbours not joined
/// (ranked ranges split where the rank changes).
fn ranked_pages_to_text(pages: &[Range<u64>]) -> String {
    let mut out = String::new();
    for r in pages {
        if !out.is_empty() {
            out.push(',');
        }
        if r.end - r.start == 1 {
            let _ = write!(out, "{}", r.start);
        } else {
            let _ = write!(out, "{}-{}", r.start, r.end - 1);
        }
    }
    out
}

fn ranks_to_text(ranks: &[u64]) -> String {
    let ranks: Vec<String> = ranks.iter().map(u64::to_string).collect();
    ranks.join(",")
}

/// Pages and their ranks from a version 2 `file` line: as many ranks as
/// ranges, ranges ascending and disjoint, kept as written.
fn ranked_pages_from_text(pages: &str, ranks: &str) -> Result<(Vec<Range<u64>>, Vec<u64>)> {
    let pages = page_items(pages)?;
    let ranks = ranks
        .split(',')
        .filter(|n| !n.is_empty())
        .map(parse_u64)
        .collect::<Result<Vec<u64>>>()?;
    if ranks.len() != pages.len() {
        bail!("{} page ranges but {} ranks", pages.len(), ranks.len());
    }
    if let Some(w) = pages.windows(2).find(|w| w[1].start < w[0].end) {
        bail!(
            "ranked page ranges must ascend without overlap: {}-{} then {}-{}",
            w[0].start,
            w[0].end - 1,
            w[1].start,
            w[1].end - 1
        );
    }
    Ok((pages, ranks))
}

pub fn pages_from_text(text: &str) -> Result<Vec<Range<u64>>> {
    Ok(normalize_pages(&page_items(text)?))
}

/// The ranges of an inclusive page list, as written.
fn page_items(text: &str) -> Result<Vec<Range<u64>>> {
    let mut pages = Vec::new();
    for item in text.split(',').filter(|n| !n.is_empty()) {
        let (a, b) = match item.split_once('-') {
            Some((a, b)) => (parse_u64(a)?, parse_u64(b)?),
            None => {
                let a = parse_u64(item)?;
                (a, a)
            }
        };
        if b < a || b == u64::MAX {
            bail!("bad page range {item:?}");
        }
        pages.push(a..b + 1);
    }
    Ok(pages)
}

fn parse_u64(s: &str) -> Result<u64> {
    // Reject "+1" and such: digits only.
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        bail!("not a number: {s:?}");
    }
    s.parse::<u64>()
        .map_err(|_| anyhow!("number out of range: {s:?}"))
}

fn parse_u32(s: &str) -> Result<u32> {
    let v = parse_u64(s)?;
    u32::try_from(v).map_err(|_| anyhow!("number out of range: {s:?}"))
}

fn utf8(bytes: Vec<u8>, what: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|_| anyhow!("{what} is not UTF-8"))
}

/// `key=value` fields of one line, in the order written; each key at most once.
struct Fields<'a> {
    fields: Vec<(&'a str, &'a str, bool)>,
}

impl<'a> Fields<'a> {
    fn new(tokens: &[&'a str]) -> Result<Self> {
        let mut fields: Vec<(&str, &str, bool)> = Vec::new();
        for tok in tokens {
            let (k, v) = tok
                .split_once('=')
                .ok_or_else(|| anyhow!("expected key=value, got {tok:?}"))?;
            if fields.iter().any(|(key, _, _)| *key == k) {
                bail!("duplicate field {k:?}");
            }
            fields.push((k, v, false));
        }
        Ok(Fields { fields })
    }

    fn take(&mut self, key: &str) -> Option<&'a str> {
        self.fields.iter_mut().find(|(k, _, _)| *k == key).map(|f| {
            f.2 = true;
            f.1
        })
    }

    fn need(&mut self, key: &str) -> Result<&'a str> {
        self.take(key)
            .ok_or_else(|| anyhow!("missing field {key:?}"))
    }

    fn finish(self) -> Result<()> {
        if let Some((k, _, _)) = self.fields.iter().find(|f| !f.2) {
            bail!("unknown field {k:?}");
        }
        Ok(())
    }
}

#[derive(Default)]
struct Parser {
    profile: Profile,
    /// The version in the header.
    version: u32,
    seen_keys: Vec<&'static str>,
    section: Section,
}

#[derive(Default, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Section {
    #[default]
    Header,
    Source,
    Files,
    Reads,
    End,
}

impl Parser {
    fn parse(mut self, text: &str) -> Result<Profile> {
        if text.is_empty() {
            bail!("not a liveopt profile: empty file");
        }
        let mut lineno = 0;
        for line in text.split_inclusive('\n') {
            lineno += 1;
            // Raw CR never appears in the format (it is escaped), so a CRLF file
            // from an editor reads the same.
            let line = line.strip_suffix('\n').unwrap_or(line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            self.line(line).with_context(|| format!("line {lineno}"))?;
        }
        if self.section != Section::End {
            bail!("line {}: profile is truncated (no `end` line)", lineno + 1);
        }
        Ok(self.profile)
    }

    fn line(&mut self, line: &str) -> Result<()> {
        if self.section == Section::Header {
            return self.header(line);
        }
        if line.is_empty() || line.starts_with('#') {
            return Ok(());
        }
        if self.section == Section::End {
            bail!("text after the `end` line");
        }
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "file" => self.file(rest),
            "read" => self.read(rest),
            "end" => self.end(rest),
            _ => self.source_line(key, rest),
        }
    }

    fn header(&mut self, line: &str) -> Result<()> {
        let version = line
            .strip_prefix(MAGIC)
            .and_then(|r| r.strip_prefix(' '))
            .ok_or_else(|| {
                anyhow!("not a liveopt profile (first line must be `{MAGIC} <version>`)")
            })?;
        let version: u32 = parse_u32(version).context("bad format version")?;
        if version > FORMAT_VERSION {
            bail!(
                "profile format version {version} is newer than this liveopt supports ({FORMAT_VERSION})"
            );
        }
        if version == 0 {
            bail!("bad format version 0");
        }
        self.version = version;
        self.section = Section::Source;
        Ok(())
    }

    fn source_line(&mut self, key: &str, value: &str) -> Result<()> {
        const KEYS: [&str; 7] = [
            "recorder",
            "kernel",
            "image",
            "events",
            "dropped",
            "boots",
            "duration_ns",
        ];
        let key: &'static str = KEYS
            .iter()
            .find(|k| **k == key)
            .ok_or_else(|| anyhow!("unknown line type {key:?}"))?;
        if self.section != Section::Source {
            bail!("source line {key:?} after the first file/read line");
        }
        if self.seen_keys.contains(&key) {
            bail!("duplicate {key:?} line");
        }
        self.seen_keys.push(key);
        let s = &mut self.profile.source;
        match key {
            "recorder" => s.recorder = utf8(unescape(value)?, "recorder")?,
            "kernel" => s.kernel = Some(utf8(unescape(value)?, "kernel")?),
            "image" => {
                let tokens: Vec<&str> = value.split(' ').collect();
                let mut f = Fields::new(&tokens)?;
                let img = ImageIdentity {
                    bytes_used: parse_u64(f.need("bytes_used")?)?,
                    mkfs_time: parse_u32(f.need("mkfs_time")?)?,
                    inode_count: parse_u32(f.need("inode_count")?)?,
                    block_size: parse_u32(f.need("block_size")?)?,
                    compressor: utf8(unescape(f.need("compressor")?)?, "compressor")?,
                    sha256: utf8(unescape(f.need("sha256")?)?, "sha256")?,
                };
                f.finish()?;
                s.image = Some(img);
            }
            "events" => s.events = parse_u64(value)?,
            "dropped" => s.dropped = parse_u64(value)?,
            "boots" => s.boots = parse_u32(value)?,
            "duration_ns" => s.duration_ns = parse_u64(value)?,
            _ => unreachable!(),
        }
        Ok(())
    }

    fn check_source_complete(&self) -> Result<()> {
        for key in ["recorder", "events", "dropped", "boots", "duration_ns"] {
            if !self.seen_keys.contains(&key) {
                bail!("missing {key:?} line before the files");
            }
        }
        Ok(())
    }

    fn file(&mut self, rest: &str) -> Result<()> {
        if self.section > Section::Files {
            bail!("`file` line after a `read` line");
        }
        if self.section == Section::Source {
            self.check_source_complete()?;
            self.section = Section::Files;
        }
        let tokens: Vec<&str> = rest.split(' ').collect();
        let path = unescape(tokens[0]).context("bad path")?;
        if path.is_empty() {
            bail!("empty path");
        }
        let mut f = Fields::new(&tokens[1..])?;
        let inode = f.take("inode").map(parse_u64).transpose()?;
        let first_access_ns = parse_u64(f.need("t")?)?;
        let kinds = kinds_from_text(f.need("kinds")?)?;
        let pages = f.need("pages")?;
        let (pages, page_ranks) = match f.take("ranks") {
            Some(_) if self.version < 2 => bail!("`ranks` needs format version 2"),
            Some(ranks) => ranked_pages_from_text(pages, ranks)?,
            None => (pages_from_text(pages)?, Vec::new()),
        };
        let count = parse_u64(f.need("count")?)?;
        let pid = f.take("pid").map(parse_u32).transpose()?;
        let comm = f.take("comm").map(unescape).transpose()?;
        f.finish()?;
        let first_process = match (pid, comm) {
            (Some(pid), Some(comm)) => Some(Process { pid, comm }),
            (None, None) => None,
            _ => bail!("`pid` and `comm` go together"),
        };
        self.profile.files.push(FileEntry {
            path,
            inode,
            first_access_ns,
            pages,
            page_ranks,
            kinds,
            count,
            first_process,
        });
        Ok(())
    }

    fn read(&mut self, rest: &str) -> Result<()> {
        if self.section == Section::Source {
            self.check_source_complete()?;
        }
        self.section = Section::Reads;
        let tokens: Vec<&str> = rest.split(' ').collect();
        let mut f = Fields::new(&tokens)?;
        let read = ImageRead {
            time_ns: parse_u64(f.need("t")?)?,
            offset: parse_u64(f.need("offset")?)?,
            len: parse_u64(f.need("len")?)?,
        };
        f.finish()?;
        self.profile.image_reads.push(read);
        Ok(())
    }

    fn end(&mut self, rest: &str) -> Result<()> {
        if self.section == Section::Source {
            self.check_source_complete()?;
        }
        let tokens: Vec<&str> = rest.split(' ').collect();
        let mut f = Fields::new(&tokens)?;
        let files = parse_u64(f.need("files")?)?;
        let reads = parse_u64(f.need("reads")?)?;
        f.finish()?;
        let (have_files, have_reads) = (
            self.profile.files.len() as u64,
            self.profile.image_reads.len() as u64,
        );
        if files != have_files || reads != have_reads {
            bail!(
                "`end` says {files} files and {reads} reads, found {have_files} and {have_reads}"
            );
        }
        self.section = Section::End;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Profile {
        Profile {
            source: Source {
                recorder: "liveopt record".into(),
                kernel: Some("6.18.0-1-amd64".into()),
                image: Some(ImageIdentity {
                    bytes_used: 123456,
                    mkfs_time: 1700000000,
                    inode_count: 42,
                    block_size: 131072,
                    compressor: "zstd".into(),
                    sha256: "ab".repeat(32),
                }),
                events: 1000,
                dropped: 3,
                boots: 1,
                duration_ns: 5_000_000_000,
            },
            files: vec![
                FileEntry {
                    path: b"/usr/bin/ls".to_vec(),
                    inode: Some(17),
                    first_access_ns: 10,
                    pages: vec![0..4, 4..5, 7..10],
                    page_ranks: vec![0, 5, 3],
                    kinds: AccessKinds::EXEC.union(AccessKinds::FAULT),
                    count: 4,
                    first_process: Some(Process {
                        pid: 1,
                        comm: b"init".to_vec(),
                    }),
                },
                FileEntry {
                    path: b"/a b\tc\nd\\e=f\xff\xfe/\xc3\xa9".to_vec(),
                    inode: None,
                    first_access_ns: 20,
                    pages: std::iter::once(7..8).collect(),
                    page_ranks: vec![],
                    kinds: AccessKinds::empty(),
                    count: 1,
                    first_process: Some(Process {
                        pid: 99,
                        comm: b"we ird\\\x01".to_vec(),
                    }),
                },
                FileEntry {
                    path: b"/etc/empty".to_vec(),
                    inode: Some(0),
                    first_access_ns: 20,
                    pages: vec![],
                    page_ranks: vec![],
                    kinds: AccessKinds::OPEN,
                    count: 0,
                    first_process: Some(Process {
                        pid: 5,
                        comm: vec![],
                    }),
                },
            ],
            image_reads: vec![
                ImageRead {
                    time_ns: 1,
                    offset: 0,
                    len: 4096,
                },
                ImageRead {
                    time_ns: 2,
                    offset: 1 << 40,
                    len: 131072,
                },
            ],
        }
    }

    #[test]
    fn round_trip() {
        let p = sample();
        let text = p.to_text();
        assert!(text.is_ascii());
        assert_eq!(Profile::from_text(&text).unwrap(), p);
        // Stable: writing twice gives the same bytes.
        assert_eq!(Profile::from_text(&text).unwrap().to_text(), text);
    }

    #[test]
    fn text_shape() {
        let text = sample().to_text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "liveopt-profile 2");
        assert_eq!(lines[1], "recorder liveopt\\x20record");
        assert!(lines.contains(
            &"file /usr/bin/ls inode=17 t=10 kinds=exec,fault pages=0-3,4,7-9 ranks=0,5,3 count=4 pid=1 comm=init"
        ));
        assert!(lines.contains(
            &"file /a\\x20b\\x09c\\x0ad\\\\e=f\\xff\\xfe/\\xc3\\xa9 t=20 kinds= pages=7 count=1 pid=99 comm=we\\x20ird\\\\\\x01"
        ));
        assert_eq!(*lines.last().unwrap(), "end files=3 reads=2");
    }

    #[test]
    fn empty_profile_round_trips() {
        let p = Profile::default();
        let text = p.to_text();
        assert_eq!(Profile::from_text(&text).unwrap(), p);
    }

    #[test]
    fn escape_all_bytes() {
        let all: Vec<u8> = (0..=255).collect();
        let e = escape(&all);
        assert!(!e.contains(' ') && !e.contains('\n') && e.is_ascii());
        assert_eq!(unescape(&e).unwrap(), all);
    }

    fn err(text: &str) -> String {
        format!("{:#}", Profile::from_text(text).unwrap_err())
    }

    #[test]
    fn errors_name_the_line() {
        assert!(err("").contains("empty file"));
        assert!(err("hello\n").starts_with("line 1: not a liveopt profile"));
        assert_eq!(
            err("liveopt-profile 3\n"),
            "line 1: profile format version 3 is newer than this liveopt supports (2)"
        );
        let good = sample().to_text();
        // Truncated anywhere before the end line: detected.
        let cut = &good[..good.rfind("end ").unwrap()];
        assert!(err(cut).contains("truncated"), "{}", err(cut));
        let cut = &good[..good.len() / 2];
        let e = err(cut);
        assert!(e.contains("truncated") || e.starts_with("line "), "{e}");
        // A file line cut off mid-way, with an end line that no longer matches.
        let broken = good.replace("count=4 pid=1 comm=init", "count=4 pid=1");
        assert!(
            err(&broken).starts_with("line 9: `pid` and `comm`"),
            "{}",
            err(&broken)
        );
        let broken = good.replace("t=10 ", "t=1x0 ");
        assert!(
            err(&broken).starts_with("line 9: not a number"),
            "{}",
            err(&broken)
        );
        let broken = good.replace("kinds=exec,fault", "kinds=exec,bogus");
        assert!(err(&broken).contains("unknown access kind"));
        let broken = good.replace("end files=3", "end files=4");
        assert!(err(&broken).contains("says 4 files"));
        let broken = format!("{good}file /x t=1 kinds= pages= count=1\n");
        assert!(err(&broken).contains("after the `end` line"));
        let broken = good.replace("events 1000\n", "");
        assert!(err(&broken).contains("missing \"events\""));
        let broken = good.replace("pages=0-3,4,7-9", "pages=3-0,4,7-9");
        assert!(err(&broken).contains("bad page range"));
        let broken = good.replace("/usr/bin/ls", "/usr/bin\\q");
        assert!(err(&broken).contains("bad escape"));
        let broken = good.replace("read t=1 ", "garbage t=1 ");
        assert!(
            err(&broken).contains("unknown line type \"garbage\""),
            "{}",
            err(&broken)
        );
        let broken = good.replace("read t=1 ", "events 5\nread t=1 ");
        assert!(
            err(&broken).contains("after the first file/read line"),
            "{}",
            err(&broken)
        );
        // Errors are one line.
        assert!(!err(&broken).contains('\n'));
    }

    #[test]
    fn ranks_are_checked() {
        let good = sample().to_text();
        let broken = good.replace("ranks=0,5,3", "ranks=0,5");
        assert!(
            err(&broken).contains("3 page ranges but 2 ranks"),
            "{}",
            err(&broken)
        );
        let broken = good.replace("pages=0-3,4,7-9", "pages=0-3,3,7-9");
        assert!(err(&broken).contains("must ascend"), "{}", err(&broken));
        let broken = good.replace("ranks=0,5,3", "ranks=0,x,3");
        assert!(err(&broken).contains("not a number"), "{}", err(&broken));
        let v1 = good.replace("liveopt-profile 2", "liveopt-profile 1");
        assert!(
            err(&v1).contains("`ranks` needs format version 2"),
            "{}",
            err(&v1)
        );
    }

    /// A version 1 profile (no ranks) still loads, and its ranges come out in
    /// the order version 1 meant: files in line order, each file's pages ascending.
    #[test]
    fn version_1_loads_in_file_order() {
        let v1 = "liveopt-profile 1\nrecorder liveopt\\x20record\nevents 3\ndropped 0\nboots 1\nduration_ns 9\n\
                  file /b t=1 kinds=read pages=8-9,0-3 count=2\n\
                  file /a t=2 kinds=read pages=4,5 count=1\n\
                  end files=2 reads=0\n";
        let p = Profile::from_text(v1).unwrap();
        assert_eq!(p.files[0].pages, vec![0..4, 8..10]);
        assert!(p.files.iter().all(|f| f.page_ranks.is_empty()));
        let order: Vec<(usize, Range<u64>, u64)> = p
            .ranges_in_access_order()
            .into_iter()
            .map(|r| (r.file, r.pages, r.rank))
            .collect();
        assert_eq!(order, vec![(0, 0..4, 0), (0, 8..10, 1), (1, 4..6, 2)]);
        // Written back, it is version 2 without ranks and reads the same.
        let text = p.to_text();
        assert!(text.starts_with("liveopt-profile 2\n") && !text.contains("ranks="));
        assert_eq!(Profile::from_text(&text).unwrap(), p);
    }

    #[test]
    fn comments_and_blank_lines_are_ignored() {
        let good = sample().to_text();
        let commented = good.replacen("events", "# a note\n\nevents", 1);
        assert_eq!(Profile::from_text(&commented).unwrap(), sample());
        let crlf = good.replace('\n', "\r\n");
        assert_eq!(Profile::from_text(&crlf).unwrap(), sample());
    }

    #[test]
    fn pages_inclusive_and_normalized() {
        assert_eq!(pages_from_text("0-3,5,4,9-9").unwrap(), vec![0..6, 9..10]);
        assert_eq!(pages_to_text(&[5..6, 0..4, 2..3, 8..8]), "0-3,5");
        assert_eq!(pages_to_text(&[]), "");
    }

    #[test]
    fn save_load_atomic() {
        let dir = std::env::temp_dir().join(format!("liveopt-profile-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.profile");
        save(&path, &sample()).unwrap();
        assert_eq!(load(&path).unwrap(), sample());
        // Only the profile is in the directory: no temp leftovers.
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("p.profile")]);
        // Saving into a missing directory fails and creates nothing.
        assert!(save(&dir.join("missing/p.profile"), &sample()).is_err());
        fs::write(&path, b"liveopt-profile 2\nrecorder x\n").unwrap();
        let e = format!("{:#}", load(&path).unwrap_err());
        assert!(e.contains("truncated") && e.contains("p.profile"), "{e}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
