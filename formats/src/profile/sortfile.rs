//! Sort files for squashfs builders and plain path lists, both ways.
//!
//! The semantics follow the tools' sources (see docs/profile-format.md):
//! - mksquashfs `-sort` (squashfs-tools sort.c): `path priority` per line,
//!   paths relative to the source directory, backslash escapes the next byte,
//!   priority an int in -32768..=32767, higher written first, files not listed
//!   inherit their directory's priority (the root's is 0 unless listed), equal
//!   priorities come out in reverse directory-scan order, the last line for a
//!   file wins.
//! - gensquashfs `--sort-file` (squashfs-tools-ng sort_by_file.c):
//!   `priority [flags] path` per line, paths inside the image, optionally in
//!   double quotes with `\\` and `\"`, 64-bit priority, lower first, stable,
//!   unlisted files are 0, the first line for a file wins.
//! - list: one image path per line in first-access order (the `show --paths` output).

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use anyhow::{anyhow, bail, Context, Result};

use super::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortFileFormat {
    Mksquashfs,
    Gensquashfs,
    List,
}

impl SortFileFormat {
    pub fn name(self) -> &'static str {
        match self {
            SortFileFormat::Mksquashfs => "mksquashfs",
            SortFileFormat::Gensquashfs => "gensquashfs",
            SortFileFormat::List => "list",
        }
    }
}

/// A conversion result plus what the caller should tell the user (stderr).
#[derive(Debug)]
pub struct Converted<T> {
    pub value: T,
    pub warnings: Vec<String>,
}

/// mksquashfs priorities: the source root gets the lowest one, so unlisted files
/// go after every listed file; listed files use the 65,535 values above it.
pub const MKSQUASHFS_ROOT_PRIORITY: i32 = -32768;
pub const MKSQUASHFS_TOP_PRIORITY: i32 = 32767;
/// Distinct priorities available to listed files.
pub const MKSQUASHFS_RANKS: usize = (MKSQUASHFS_TOP_PRIORITY - MKSQUASHFS_ROOT_PRIORITY) as usize;
/// mksquashfs reads lines into a 16384-byte buffer (MAX_LINE in sort.c).
const MKSQUASHFS_MAX_LINE: usize = 16384;

/// C `isspace` in the C locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Image path as components, without empty and `.` ones; `None` if it has `..`.
fn components(path: &[u8]) -> Option<Vec<&[u8]>> {
    let parts: Vec<&[u8]> = path
        .split(|&b| b == b'/')
        .filter(|c| !c.is_empty() && *c != b".")
        .collect();
    if parts.iter().any(|c| *c == b"..") {
        return None;
    }
    Some(parts)
}

fn show(path: &[u8]) -> String {
    String::from_utf8_lossy(path).escape_debug().to_string()
}

/// The profile's files that can go in a sort file, in profile order, as
/// components: first occurrence of each path, without directories that are
/// parents of other entries (a directory's priority would spread to every
/// file in it under mksquashfs).
fn exportable<'a>(profile: &'a Profile, warnings: &mut Vec<String>) -> Vec<Vec<&'a [u8]>> {
    let mut parents: HashSet<Vec<u8>> = HashSet::new();
    for f in &profile.files {
        if let Some(parts) = components(&f.path) {
            for i in 1..parts.len() {
                parents.insert(parts[..i].join(&b'/'));
            }
        }
    }
    let mut seen: HashSet<&[u8]> = HashSet::new();
    let mut out = Vec::new();
    let mut dirs = 0;
    for f in &profile.files {
        let Some(parts) = components(&f.path) else {
            warnings.push(format!("skipped {}: not a normalized path", show(&f.path)));
            continue;
        };
        if parts.is_empty() {
            continue; // the root directory
        }
        if parents.contains(&parts.join(&b'/')) {
            dirs += 1;
            continue;
        }
        if seen.insert(&f.path) {
            out.push(parts);
        }
    }
    if dirs > 0 {
        warnings.push(format!(
            "left out {dirs} directories (parents of other entries)"
        ));
    }
    out
}

/// Writes a sort file or path list for `profile`, first-access order first.
pub fn export(profile: &Profile, format: SortFileFormat) -> Converted<Vec<u8>> {
    let mut warnings = Vec::new();
    let value = match format {
        SortFileFormat::Mksquashfs => export_mksquashfs(profile, &mut warnings),
        SortFileFormat::Gensquashfs => export_gensquashfs(profile, &mut warnings),
        SortFileFormat::List => paths_list(profile),
    };
    Converted { value, warnings }
}

fn export_mksquashfs(profile: &Profile, warnings: &mut Vec<String>) -> Vec<u8> {
    let mut lines: Vec<Vec<u8>> = Vec::new();
    for parts in exportable(profile, warnings) {
        let path = parts.join(&b'/');
        if path.contains(&b'\n') {
            warnings.push(format!(
                "skipped {}: mksquashfs sort files cannot hold a newline",
                show(&path)
            ));
            continue;
        }
        if parts.last() == Some(&&b"*"[..]) {
            warnings.push(format!(
                "skipped {}: mksquashfs strips a trailing \"/*\"",
                show(&path)
            ));
            continue;
        }
        let mut line = Vec::with_capacity(path.len() + 8);
        for (i, &b) in path.iter().enumerate() {
            if is_c_space(b) || b == b'\\' || (i == 0 && b == b'#') {
                line.push(b'\\');
            }
            line.push(b);
        }
        if line.len() + 8 > MKSQUASHFS_MAX_LINE {
            warnings.push(format!(
                "skipped {}: longer than mksquashfs's line limit",
                show(&path)
            ));
            continue;
        }
        lines.push(line);
    }
    let n = lines.len();
    // Exact ranks for all when they fit; else the tail shares the lowest listed priority.
    let exact = if n <= MKSQUASHFS_RANKS {
        n
    } else {
        MKSQUASHFS_RANKS - 1
    };
    if n > exact {
        warnings.push(format!(
            "{n} files but mksquashfs priorities give only {MKSQUASHFS_RANKS} distinct ranks: \
             the last {} files share priority {} (mksquashfs writes them in reverse name order)",
            n - exact,
            MKSQUASHFS_ROOT_PRIORITY + 1
        ));
    }
    let mut out = Vec::new();
    out.extend_from_slice(
        b"# liveopt sort file for mksquashfs -sort: higher priority is written first.\n\
          # Paths are relative to the (single) source directory given to mksquashfs.\n\
          # \".\" is that directory: unlisted files inherit its priority and go last.\n",
    );
    out.extend_from_slice(format!(". {MKSQUASHFS_ROOT_PRIORITY}\n").as_bytes());
    for (rank, line) in lines.into_iter().enumerate() {
        let priority = if rank < exact {
            MKSQUASHFS_TOP_PRIORITY - rank as i32
        } else {
            MKSQUASHFS_ROOT_PRIORITY + 1
        };
        out.extend_from_slice(&line);
        out.extend_from_slice(format!(" {priority}\n").as_bytes());
    }
    out
}

fn export_gensquashfs(profile: &Profile, warnings: &mut Vec<String>) -> Vec<u8> {
    let mut paths: Vec<Vec<u8>> = Vec::new();
    for parts in exportable(profile, warnings) {
        let mut path = b"/".to_vec();
        path.extend(parts.join(&b'/'));
        // gensquashfs trims lines and its quoted form is broken (decode_filename
        // never terminates the decoded name), so paths are written bare.
        if path.contains(&b'\n') || path.last().is_some_and(|&b| is_c_space(b)) {
            warnings.push(format!(
                "skipped {}: gensquashfs sort files cannot hold a newline or trailing space",
                show(&path)
            ));
            continue;
        }
        paths.push(path);
    }
    let n = paths.len() as i64;
    let mut out = Vec::new();
    out.extend_from_slice(
        b"# liveopt sort file for gensquashfs --sort-file: lower priority is packed first;\n\
          # unlisted files are 0, so listed ones count up from -(number of files).\n",
    );
    for (rank, path) in paths.into_iter().enumerate() {
        out.extend_from_slice(format!("{} ", rank as i64 - n).as_bytes());
        out.extend_from_slice(&path);
        out.push(b'\n');
    }
    out
}

/// One path per line in profile order, each starting with `/`. A path holding a
/// newline or a backslash has those written as `\x0a` and `\\` (the profile's
/// escapes); every other byte is written as is.
pub fn paths_list(profile: &Profile) -> Vec<u8> {
    let mut out = Vec::new();
    for f in &profile.files {
        if f.path.first() != Some(&b'/') {
            out.push(b'/');
        }
        for &b in &f.path {
            match b {
                b'\n' => out.extend_from_slice(b"\\x0a"),
                b'\\' => out.extend_from_slice(b"\\\\"),
                _ => out.push(b),
            }
        }
        out.push(b'\n');
    }
    out
}

/// Reads a sort file or list back into a profile (recorder "import <format>"),
/// in the order the tool would write the files. Errors name the line.
pub fn import(data: &[u8], format: SortFileFormat) -> Result<Converted<Profile>> {
    let mut warnings = Vec::new();
    let paths = match format {
        SortFileFormat::Mksquashfs => import_mksquashfs(data)?,
        SortFileFormat::Gensquashfs => import_gensquashfs(data, &mut warnings)?,
        SortFileFormat::List => import_list(data)?,
    };
    let files = paths
        .into_iter()
        .map(|path| FileEntry {
            path,
            ..FileEntry::default()
        })
        .collect();
    Ok(Converted {
        value: Profile {
            source: Source {
                recorder: format!("import {}", format.name()),
                boots: 1,
                ..Source::default()
            },
            files,
            image_reads: Vec::new(),
        },
        warnings,
    })
}

/// Lines without their `\n`, numbered from 1.
fn lines(data: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    data.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|_| !data.is_empty())
}

/// `/` + components, or `None` for the root.
fn image_path(raw: &[u8]) -> Result<Option<Vec<u8>>> {
    let parts = components(raw).ok_or_else(|| anyhow!("path {} has a .. component", show(raw)))?;
    if parts.is_empty() {
        return Ok(None);
    }
    let mut p = b"/".to_vec();
    p.extend(parts.join(&b'/'));
    Ok(Some(p))
}

/// Component-wise byte order: the order a depth-first walk with sorted
/// directories (mksquashfs's scan) visits files.
fn scan_key(path: &[u8]) -> Vec<&[u8]> {
    path.split(|&b| b == b'/')
        .filter(|c| !c.is_empty())
        .collect()
}

fn import_mksquashfs(data: &[u8]) -> Result<Vec<Vec<u8>>> {
    // path -> (priority); later lines replace earlier ones.
    let mut priority: HashMap<Vec<u8>, i32> = HashMap::new();
    for (lineno, line) in lines(data) {
        let parsed = (|| -> Result<Option<(Vec<u8>, i32)>> {
            let mut i = 0;
            while i < line.len() && is_c_space(line[i]) {
                i += 1;
            }
            if line.get(i) == Some(&b'#') {
                return Ok(None);
            }
            let mut name = Vec::new();
            while i < line.len() && !is_c_space(line[i]) {
                if line[i] == b'\\' {
                    i += 1;
                    if i == line.len() {
                        break;
                    }
                }
                name.push(line[i]);
                i += 1;
            }
            if name.is_empty() {
                return Ok(None);
            }
            let rest = std::str::from_utf8(&line[i..])
                .map_err(|_| anyhow!("can't find priority: not a number"))?
                .trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
            if rest.is_empty() {
                bail!("can't find priority after {}", show(&name));
            }
            let value: i64 = rest
                .parse()
                .map_err(|_| anyhow!("priority {rest:?} is not an integer"))?;
            if !(-32768..=32767).contains(&value) {
                bail!("priority {value} is outside -32768..32767");
            }
            if name.len() > 1 && name.ends_with(b"/*") {
                name.truncate(name.len() - 2);
            }
            // "./x" and "/x" are host paths to mksquashfs; read them as image paths.
            Ok(Some((name, value as i32)))
        })()
        .with_context(|| format!("line {lineno}"))?;
        if let Some((name, value)) = parsed {
            if let Some(path) = image_path(&name).with_context(|| format!("line {lineno}"))? {
                priority.insert(path, value);
            }
        }
    }
    let mut entries: Vec<(Vec<u8>, i32)> = priority.into_iter().collect();
    entries.sort_by(|(pa, a), (pb, b)| {
        (Reverse(*a), Reverse(scan_key(pa))).cmp(&(Reverse(*b), Reverse(scan_key(pb))))
    });
    Ok(entries.into_iter().map(|(p, _)| p).collect())
}

fn import_gensquashfs(data: &[u8], warnings: &mut Vec<String>) -> Result<Vec<Vec<u8>>> {
    let mut seen: HashSet<Vec<u8>> = HashSet::new();
    let mut entries: Vec<(i64, Vec<u8>)> = Vec::new();
    for (lineno, raw) in lines(data) {
        let parsed = (|| -> Result<Option<(i64, Vec<u8>)>> {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let start = raw
                .iter()
                .position(|&b| !is_c_space(b))
                .unwrap_or(raw.len());
            let end = raw
                .iter()
                .rposition(|&b| !is_c_space(b))
                .map_or(start, |e| e + 1);
            let line = &raw[start..end];
            if line.is_empty() || line[0] == b'#' {
                return Ok(None);
            }
            let digits_end = line
                .iter()
                .enumerate()
                .position(|(i, &b)| !(b.is_ascii_digit() || (i == 0 && (b == b'-' || b == b'+'))))
                .unwrap_or(line.len());
            let number = std::str::from_utf8(&line[..digits_end]).unwrap_or("");
            let priority: i64 = number
                .parse()
                .map_err(|_| anyhow!("line must start with a numeric sort priority"))?;
            let mut rest = &line[digits_end..];
            if rest.first().is_none_or(|&b| !is_c_space(b)) {
                bail!("expected `<space> <filename>` after the priority");
            }
            while rest.first().is_some_and(|&b| is_c_space(b)) {
                rest = &rest[1..];
            }
            let mut glob = false;
            if rest.first() == Some(&b'[') {
                let close = rest
                    .iter()
                    .position(|&b| b == b']')
                    .ok_or_else(|| anyhow!("missing `]`"))?;
                for flag in rest[1..close].split(|&b| b == b',') {
                    match std::str::from_utf8(flag).unwrap_or("?").trim() {
                        "glob" | "glob_no_path" => glob = true,
                        "dont_fragment" | "dont_compress" | "dont_deduplicate" | "nosparse"
                        | "align" => {}
                        other => bail!("unknown flag `{other}`"),
                    }
                }
                rest = &rest[close + 1..];
                if rest.first().is_none_or(|&b| !is_c_space(b)) {
                    bail!("expected `<space> <filename>` after the flag list");
                }
                while rest.first().is_some_and(|&b| is_c_space(b)) {
                    rest = &rest[1..];
                }
            }
            let name = if rest.first() == Some(&b'"') {
                let mut name = Vec::new();
                let mut i = 1;
                loop {
                    match rest.get(i) {
                        None => bail!("unmatched '\"' in filename"),
                        Some(b'"') => break,
                        Some(b'\\') => match rest.get(i + 1) {
                            Some(&c @ (b'\\' | b'"')) => {
                                name.push(c);
                                i += 2;
                            }
                            _ => bail!("unknown escape sequence in filename"),
                        },
                        Some(&c) => {
                            name.push(c);
                            i += 1;
                        }
                    }
                }
                if i + 1 != rest.len() {
                    bail!("text after the closing quote");
                }
                name
            } else {
                rest.to_vec()
            };
            if glob {
                warnings.push(format!(
                    "line {lineno}: skipped glob pattern {} (needs the file tree)",
                    show(&name)
                ));
                return Ok(None);
            }
            Ok(Some((priority, name)))
        })()
        .with_context(|| format!("line {lineno}"))?;
        if let Some((priority, name)) = parsed {
            if let Some(path) = image_path(&name).with_context(|| format!("line {lineno}"))? {
                // The first line for a file wins.
                if seen.insert(path.clone()) {
                    entries.push((priority, path));
                }
            }
        }
    }
    // Stable: equal priorities keep line order.
    entries.sort_by_key(|(priority, _)| *priority);
    Ok(entries.into_iter().map(|(_, p)| p).collect())
}

fn import_list(data: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut seen: HashSet<Vec<u8>> = HashSet::new();
    let mut out = Vec::new();
    for (lineno, line) in lines(data) {
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        let raw = unescape_bytes(line);
        if let Some(path) = image_path(&raw).with_context(|| format!("line {lineno}"))? {
            if seen.insert(path.clone()) {
                out.push(path);
            }
        }
    }
    Ok(out)
}

/// `\\` and `\xHH` on raw bytes; other bytes pass through.
fn unescape_bytes(line: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'\\' && line.get(i + 1) == Some(&b'\\') {
            out.push(b'\\');
            i += 2;
        } else if line[i] == b'\\' && line.get(i + 1) == Some(&b'x') {
            let hex = line
                .get(i + 2..i + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(b) => {
                    out.push(b);
                    i += 4;
                }
                None => {
                    out.push(line[i]);
                    i += 1;
                }
            }
        } else {
            out.push(line[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(paths: &[&[u8]]) -> Profile {
        Profile {
            files: paths
                .iter()
                .map(|p| FileEntry {
                    path: p.to_vec(),
                    ..FileEntry::default()
                })
                .collect(),
            ..Profile::default()
        }
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    fn data_lines(bytes: &[u8]) -> Vec<String> {
        text(bytes)
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_owned)
            .collect()
    }

    fn paths(p: &Profile) -> Vec<Vec<u8>> {
        p.files.iter().map(|f| f.path.clone()).collect()
    }

    #[test]
    fn mksquashfs_export_shape() {
        let p = profile(&[
            b"/usr/bin/ls",
            b"/etc/a b",
            b"/etc\\x",
            b"/#hash",
            b"/usr/bin",
            b"/usr/bin/ls",
        ]);
        let out = export(&p, SortFileFormat::Mksquashfs);
        assert_eq!(
            data_lines(&out.value),
            [
                ". -32768",
                "usr/bin/ls 32767",
                "etc/a\\ b 32766",
                "etc\\\\x 32765",
                "\\#hash 32764"
            ]
        );
        // /usr/bin is a parent of /usr/bin/ls: left out, and said so.
        assert!(out.warnings.iter().any(|w| w.contains("1 directories")));
        // And it reads back in the same order.
        let back = import(&out.value, SortFileFormat::Mksquashfs)
            .unwrap()
            .value;
        assert_eq!(
            paths(&back),
            [&b"/usr/bin/ls"[..], b"/etc/a b", b"/etc\\x", b"/#hash"]
        );
        assert_eq!(back.source.recorder, "import mksquashfs");
    }

    #[test]
    fn mksquashfs_unrepresentable_paths_are_skipped() {
        let p = profile(&[b"/a\nb", b"/dir/*", b"/ok", b"/x/../y"]);
        let out = export(&p, SortFileFormat::Mksquashfs);
        assert_eq!(data_lines(&out.value), [". -32768", "ok 32767"]);
        assert_eq!(out.warnings.len(), 3, "{:?}", out.warnings);
    }

    #[test]
    fn mksquashfs_import_semantics() {
        // Higher first; the last line for a file wins; ties in reverse scan order
        // (depth-first, names sorted bytewise: a/z < a.txt < b).
        let sort = b"# comment\n  b 5\na.txt 5\n a/z 5\nlow -3\nlow 9\n\nsp\\ ace 1\n./dot/x 0\nadir/* 2\n";
        let p = import(sort, SortFileFormat::Mksquashfs).unwrap().value;
        assert_eq!(
            paths(&p),
            [
                &b"/low"[..],
                b"/b",
                b"/a.txt",
                b"/a/z",
                b"/adir",
                b"/sp ace",
                b"/dot/x"
            ]
        );
    }

    #[test]
    fn mksquashfs_import_errors() {
        let err = |s: &[u8]| format!("{:#}", import(s, SortFileFormat::Mksquashfs).unwrap_err());
        assert!(
            err(b"a 1\nb\n").starts_with("line 2: can't find priority"),
            "{}",
            err(b"a 1\nb\n")
        );
        assert!(err(b"a 40000\n").contains("outside -32768..32767"));
        assert!(err(b"a 1 x\n").starts_with("line 1: priority"));
    }

    #[test]
    fn mksquashfs_clamps_beyond_the_rank_limit() {
        let names: Vec<Vec<u8>> = (0..MKSQUASHFS_RANKS + 2)
            .map(|i| format!("/f{i}").into_bytes())
            .collect();
        let refs: Vec<&[u8]> = names.iter().map(|n| n.as_slice()).collect();
        let out = export(&profile(&refs), SortFileFormat::Mksquashfs);
        let lines = data_lines(&out.value);
        assert_eq!(lines.len(), MKSQUASHFS_RANKS + 3);
        assert_eq!(lines[1], "f0 32767");
        // 65,534 exact ranks (32767..=-32766), then the tail of 3 at -32767.
        assert_eq!(
            lines[MKSQUASHFS_RANKS - 1],
            format!("f{} -32766", MKSQUASHFS_RANKS - 2)
        );
        for line in &lines[MKSQUASHFS_RANKS..] {
            assert!(line.ends_with(" -32767"), "{line}");
        }
        assert!(out
            .warnings
            .iter()
            .any(|w| w.contains("the last 3 files share priority -32767")));
        // Exactly at the limit: all exact, no warning.
        let out = export(
            &profile(&refs[..MKSQUASHFS_RANKS]),
            SortFileFormat::Mksquashfs,
        );
        assert!(out.warnings.is_empty());
        assert!(data_lines(&out.value).last().unwrap().ends_with(" -32767"));
    }

    #[test]
    fn gensquashfs_export_shape() {
        let p = profile(&[b"/usr/bin/ls", b"/etc/a b", b"/[x", b"/q\"\\", b"/\xff"]);
        let out = export(&p, SortFileFormat::Gensquashfs);
        assert_eq!(
            data_lines(&out.value),
            [
                "-5 /usr/bin/ls",
                "-4 /etc/a b",
                "-3 /[x",
                "-2 /q\"\\",
                "-1 /\u{fffd}"
            ]
        );
        let back = import(&out.value, SortFileFormat::Gensquashfs)
            .unwrap()
            .value;
        assert_eq!(paths(&back), paths(&p));
        // Not representable: newline, trailing whitespace.
        let out = export(
            &profile(&[b"/a\nb", b"/t ", b"/ok"]),
            SortFileFormat::Gensquashfs,
        );
        assert_eq!(data_lines(&out.value), ["-1 /ok"]);
        assert_eq!(out.warnings.len(), 2);
    }

    #[test]
    fn gensquashfs_import_semantics() {
        // Lower first, stable for ties, first line for a file wins, flags, quotes.
        let sort = b"10 /late\n-1 [dont_compress,dont_fragment] /b\n-1 a\n-5 /b\n  0   \"/q \\\"x\\\"\"  \n-2 [glob] /usr/*\n";
        let got = import(sort, SortFileFormat::Gensquashfs).unwrap();
        assert_eq!(
            paths(&got.value),
            [&b"/b"[..], b"/a", b"/q \"x\"", b"/late"]
        );
        assert_eq!(got.warnings.len(), 1);
        let err = |s: &[u8]| format!("{:#}", import(s, SortFileFormat::Gensquashfs).unwrap_err());
        assert!(err(b"/x 1\n").starts_with("line 1: line must start"));
        assert!(err(b"1 [bogus] /x\n").contains("unknown flag"));
        assert!(err(b"1 \"/x\n").contains("unmatched"));
        assert!(err(b"1 /../x\n").contains(".."));
    }

    #[test]
    fn list_round_trip() {
        let p = profile(&[
            b"/a b",
            b"/new\nline",
            b"/back\\slash",
            b"/\xfe\xff",
            b"rel",
        ]);
        let list = paths_list(&p);
        assert_eq!(
            text(&list).lines().next().unwrap(),
            "/a b",
            "plain paths are written as is"
        );
        assert!(text(&list).contains("/new\\x0aline\n/back\\\\slash\n"));
        let back = import(&list, SortFileFormat::List).unwrap().value;
        assert_eq!(
            paths(&back),
            [
                &b"/a b"[..],
                b"/new\nline",
                b"/back\\slash",
                b"/\xfe\xff",
                b"/rel"
            ]
        );
        // Duplicates: the first (earliest access) wins; comments and blank lines skipped.
        let back = import(b"/b\n# c\n\n/a\n/b\n", SortFileFormat::List)
            .unwrap()
            .value;
        assert_eq!(paths(&back), [&b"/b"[..], b"/a"]);
    }
}
