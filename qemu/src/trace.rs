//! Host-side block traces: QEMU's trace-event lines (log backend, `-msg timestamp=on`)
//! parsed into device reads, and liveopt's own block-trace file (docs/qemu.md) that
//! `liveopt qemu profile --trace` writes and `liveopt simulate` replays.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// QEMU trace events giving every guest read of a virtio disk / an ATAPI CD-ROM.
pub const DISK_EVENT: &str = "virtio_blk_handle_read";
pub const CDROM_EVENT: &str = "ide_atapi_cmd_read";

/// One read the emulated device served, in device byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceRead {
    /// Host wall-clock time, nanoseconds since the Unix epoch.
    pub time_ns: u64,
    pub offset: u64,
    pub len: u64,
}

/// Parses one QEMU log-backend line, e.g.
/// `3076@1795305869.669181:virtio_blk_handle_read vdev 0x.. req 0x.. sector 0 nsectors 8` or
/// `3076@1795305869.6:ide_atapi_cmd_read IDEState: 0x..; read dma: LBA=53119 nb_sectors=64`.
/// Other lines (other events, QEMU messages) give `None`.
pub fn parse_qemu_line(line: &str) -> Option<DeviceRead> {
    let (head, rest) = line.split_once(':')?;
    let (_pid, stamp) = head.split_once('@')?;
    let (secs, micros) = stamp.split_once('.')?;
    let secs: u64 = secs.parse().ok()?;
    // Fraction as printed (QEMU prints 6 digits); scale to nanoseconds.
    let frac_digits = micros.len().min(9) as u32;
    let frac: u64 = micros.get(..frac_digits as usize)?.parse().ok()?;
    let time_ns = secs * 1_000_000_000 + frac * 10u64.pow(9 - frac_digits);
    let (event, args) = rest.split_once(' ')?;
    let tokens: Vec<&str> = args
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    // `name value` (virtio) or `name=value` (ATAPI).
    let field = |name: &str| -> Option<u64> {
        tokens.iter().enumerate().find_map(|(i, t)| {
            if *t == name {
                tokens.get(i + 1)?.parse().ok()
            } else {
                t.strip_prefix(name)?.strip_prefix('=')?.parse().ok()
            }
        })
    };
    match event {
        DISK_EVENT => {
            let sector = field("sector")?;
            let count = field("nsectors")?;
            Some(DeviceRead {
                time_ns,
                offset: sector * 512,
                len: count * 512,
            })
        }
        CDROM_EVENT => {
            let lba = field("LBA")?;
            let count = field("nb_sectors")?;
            Some(DeviceRead {
                time_ns,
                offset: lba * 2048,
                len: count * 2048,
            })
        }
        _ => None,
    }
}

/// Every device read in a QEMU trace log, in file (issue) order, and the number of lines.
pub fn parse_qemu_log(text: &str) -> (Vec<DeviceRead>, u64) {
    let mut lines = 0;
    let reads = text
        .lines()
        .inspect(|_| lines += 1)
        .filter_map(parse_qemu_line)
        .collect();
    (reads, lines)
}

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

    pub fn from_text(text: &str) -> Result<BlockTrace> {
        let mut lines = text.lines();
        if lines.next() != Some(TRACE_MAGIC) {
            bail!("not a liveopt block trace (first line is not {TRACE_MAGIC:?})");
        }
        let mut trace = BlockTrace::default();
        for (i, line) in lines.enumerate() {
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
                .collect::<std::result::Result<_, _>>()
                .with_context(|| format!("line {}: bad number in {line:?}", i + 2))?;
            let [time_ns, offset, len] = numbers[..] else {
                bail!(
                    "line {}: expected `time_ns offset len`, got {line:?}",
                    i + 2
                );
            };
            trace.reads.push(TraceRead {
                time_ns,
                offset,
                len,
            });
        }
        Ok(trace)
    }

    pub fn load(path: &Path) -> Result<BlockTrace> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        BlockTrace::from_text(&text).with_context(|| format!("{}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_virtio_and_atapi_lines() {
        let disk = "3076@1795305869.669181:virtio_blk_handle_read vdev 0x55f3cd1af680 req 0x55f3cc2622c0 sector 24 nsectors 8";
        assert_eq!(
            parse_qemu_line(disk),
            Some(DeviceRead {
                time_ns: 1_795_305_869_669_181_000,
                offset: 24 * 512,
                len: 4096
            })
        );
        let cd = "3076@1795305869.000010:ide_atapi_cmd_read IDEState: 0x5561e2657158; read dma: LBA=53119 nb_sectors=64";
        assert_eq!(
            parse_qemu_line(cd),
            Some(DeviceRead {
                time_ns: 1_795_305_869_000_010_000,
                offset: 53119 * 2048,
                len: 64 * 2048
            })
        );
        assert_eq!(
            parse_qemu_line(
                "3076@1.5:virtio_blk_handle_write vdev 0x1 req 0x2 sector 0 nsectors 1"
            ),
            None
        );
        assert_eq!(
            parse_qemu_line("qemu-system-x86_64: warning: something"),
            None
        );
        assert_eq!(parse_qemu_line(""), None);
        let (reads, lines) = parse_qemu_log(&format!("{disk}\nnoise\n{cd}\n"));
        assert_eq!((reads.len(), lines), (2, 3));
    }

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
        assert!(BlockTrace::from_text("hello").is_err());
        assert!(BlockTrace::from_text(&format!("{TRACE_MAGIC}\n1 2\n")).is_err());
        assert!(BlockTrace::from_text(&format!("{TRACE_MAGIC}\n1 x 3\n")).is_err());
    }
}
