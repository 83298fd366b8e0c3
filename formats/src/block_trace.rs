//! liveopt's block-trace file (docs/qemu.md): the reads a boot made of the
//! image, as `liveopt qemu profile --trace` writes them and `liveopt simulate`
//! replays them. A magic line, `# key: value` header lines, then one
//! `time_ns offset len` line per read.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;

/// Magic first line of liveopt's block-trace file.
pub const TRACE_MAGIC: &str = "# liveopt block trace v1";

/// One read in a block-trace file: time since boot start and image byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceRead {
    pub time_ns: u64,
    pub offset: u64,
    pub len: u64,
}

/// A block-trace file: header fields (`# key: value`) plus the reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlockTrace {
    /// `medium`, `device`, `image`, `image_offset`, `image_size`, `time_to_marker_ns`, ...
    pub header: Vec<(String, String)>,
    pub reads: Vec<TraceRead>,
}

/// Why a block-trace file was rejected.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TraceError {
    #[error("not a liveopt block trace (first line is not {TRACE_MAGIC:?})")]
    NotATrace,
    #[error("line {line}: {msg}")]
    Line { line: usize, msg: String },
}

impl BlockTrace {
    pub fn header_value(&self, key: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        writeln!(s, "{TRACE_MAGIC}").unwrap();
        for (k, v) in &self.header {
            writeln!(s, "# {k}: {v}").unwrap();
        }
        writeln!(s, "# time_ns offset len").unwrap();
        for r in &self.reads {
            writeln!(s, "{} {} {}", r.time_ns, r.offset, r.len).unwrap();
        }
        s
    }

    pub fn from_text(text: &str) -> Result<BlockTrace, TraceError> {
        let mut lines = text.lines();
        if lines.next() != Some(TRACE_MAGIC) {
            return Err(TraceError::NotATrace);
        }
        let mut trace = BlockTrace::default();
        for (i, line) in lines.enumerate() {
            let line_no = i + 2;
            if let Some(comment) = line.strip_prefix('#') {
                if let Some((k, v)) = comment.trim().split_once(": ") {
                    trace.header.push((k.to_string(), v.to_string()));
                }
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let numbers: Vec<u64> = line
                .split_whitespace()
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|e| TraceError::Line {
                    line: line_no,
                    msg: format!("bad number in {line:?}: {e}"),
                })?;
            let [time_ns, offset, len] = numbers[..] else {
                return Err(TraceError::Line {
                    line: line_no,
                    msg: format!("expected `time_ns offset len`, got {line:?}"),
                });
            };
            trace.reads.push(TraceRead {
                time_ns,
                offset,
                len,
            });
        }
        Ok(trace)
    }

    pub fn load(path: &Path) -> anyhow::Result<BlockTrace> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        BlockTrace::from_text(&text).with_context(|| format!("{}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_trace_round_trips_and_rejects_garbage() {
        let trace = BlockTrace {
            header: vec![
                ("medium".into(), "cdrom".into()),
                ("image_offset".into(), "108789760".into()),
            ],
            reads: vec![
                TraceRead {
                    time_ns: 5,
                    offset: 0,
                    len: 4096,
                },
                TraceRead {
                    time_ns: 9,
                    offset: 8192,
                    len: 131072,
                },
            ],
        };
        let text = trace.to_text();
        assert!(text.starts_with(TRACE_MAGIC));
        assert_eq!(BlockTrace::from_text(&text).unwrap(), trace);
        assert_eq!(
            BlockTrace::from_text(&text).unwrap().header_value("medium"),
            Some("cdrom")
        );
        assert_eq!(BlockTrace::from_text("hello"), Err(TraceError::NotATrace));
        assert!(matches!(
            BlockTrace::from_text(&format!("{TRACE_MAGIC}\n1 2\n")),
            Err(TraceError::Line { line: 2, .. })
        ));
        assert!(matches!(
            BlockTrace::from_text(&format!("{TRACE_MAGIC}\n# a: b\n1 x 3\n")),
            Err(TraceError::Line { line: 3, .. })
        ));
    }
}
