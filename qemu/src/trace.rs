//! QEMU's trace-event lines (log backend, `-msg timestamp=on`) parsed into device
//! reads. liveopt's own block-trace file is `formats::block_trace`.

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
}
