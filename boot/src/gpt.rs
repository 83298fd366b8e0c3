//! Writing a GUID partition table: protective MBR, primary header and entries, and their
//! backup at the end of the disk (UEFI spec, chapter 5), for 512-byte logical sectors.
//! What `install` lays down on its target disk.

use anyhow::{bail, Result};

pub const SECTOR: u64 = 512;
const ENTRIES: usize = 128;
const ENTRY_SIZE: usize = 128;
/// Sectors the 128 entries take.
const ENTRY_SECTORS: u64 = (ENTRIES * ENTRY_SIZE) as u64 / SECTOR;

pub const BIOS_BOOT: &str = "21686148-6449-6E6F-744E-656564454649";
pub const EFI_SYSTEM: &str = "C12A7328-F81F-11D2-BA4B-00A0C93EC93B";
pub const LINUX_FILESYSTEM: &str = "0FC63DAF-8483-4772-8E79-3D69D8477DE4";

/// One partition: first and last sector (inclusive), type GUID, name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partition {
    pub first: u64,
    pub last: u64,
    pub type_guid: String,
    pub unique_guid: [u8; 16],
    pub name: String,
}

impl Partition {
    pub fn sectors(&self) -> u64 {
        self.last + 1 - self.first
    }
}

/// The table's sector images: (sector, bytes) to write, primary first.
pub fn table(
    disk_sectors: u64,
    disk_guid: [u8; 16],
    parts: &[Partition],
) -> Result<Vec<(u64, Vec<u8>)>> {
    let first_usable = 2 + ENTRY_SECTORS;
    let last_usable = disk_sectors
        .checked_sub(2 + ENTRY_SECTORS)
        .filter(|&l| l > first_usable)
        .ok_or_else(|| {
            anyhow::anyhow!("a disk of {disk_sectors} sectors is too small for a GPT")
        })?;
    if parts.len() > ENTRIES {
        bail!("more than {ENTRIES} partitions");
    }
    let mut entries = vec![0u8; ENTRIES * ENTRY_SIZE];
    for (i, part) in parts.iter().enumerate() {
        if part.first < first_usable || part.last > last_usable || part.last < part.first {
            bail!(
                "partition {} ({}..{}) outside {first_usable}..{last_usable}",
                i + 1,
                part.first,
                part.last
            );
        }
        let e = &mut entries[i * ENTRY_SIZE..(i + 1) * ENTRY_SIZE];
        e[0..16].copy_from_slice(&guid_bytes(&part.type_guid)?);
        e[16..32].copy_from_slice(&part.unique_guid);
        e[32..40].copy_from_slice(&part.first.to_le_bytes());
        e[40..48].copy_from_slice(&part.last.to_le_bytes());
        let name: Vec<u16> = part.name.encode_utf16().collect();
        if name.len() > 36 {
            bail!("partition name {:?} longer than 36 UTF-16 units", part.name);
        }
        for (j, unit) in name.iter().enumerate() {
            e[56 + 2 * j..58 + 2 * j].copy_from_slice(&unit.to_le_bytes());
        }
    }
    let entries_crc = crc32(&entries);
    let header = |current: u64, backup: u64, entries_at: u64| {
        let mut h = vec![0u8; SECTOR as usize];
        h[0..8].copy_from_slice(b"EFI PART");
        h[8..12].copy_from_slice(&0x0001_0000u32.to_le_bytes());
        h[12..16].copy_from_slice(&92u32.to_le_bytes());
        h[24..32].copy_from_slice(&current.to_le_bytes());
        h[32..40].copy_from_slice(&backup.to_le_bytes());
        h[40..48].copy_from_slice(&first_usable.to_le_bytes());
        h[48..56].copy_from_slice(&last_usable.to_le_bytes());
        h[56..72].copy_from_slice(&disk_guid);
        h[72..80].copy_from_slice(&entries_at.to_le_bytes());
        h[80..84].copy_from_slice(&(ENTRIES as u32).to_le_bytes());
        h[84..88].copy_from_slice(&(ENTRY_SIZE as u32).to_le_bytes());
        h[88..92].copy_from_slice(&entries_crc.to_le_bytes());
        let crc = crc32(&h[..92]);
        h[16..20].copy_from_slice(&crc.to_le_bytes());
        h
    };
    let last = disk_sectors - 1;
    let mut mbr = vec![0u8; SECTOR as usize];
    // One partition of type 0xEE covering the disk (capped at 2^32-1 sectors).
    mbr[446..462].copy_from_slice(&[0, 0, 2, 0, 0xee, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0, 0, 0, 0]);
    mbr[458..462].copy_from_slice(&(last.min(u32::MAX as u64) as u32).to_le_bytes());
    mbr[510] = 0x55;
    mbr[511] = 0xaa;
    Ok(vec![
        (0, mbr),
        (1, header(1, last, 2)),
        (2, entries.clone()),
        (last - ENTRY_SECTORS, entries),
        (last, header(last, 1, last - ENTRY_SECTORS)),
    ])
}

/// Renames partition `index` (0-based) in one copy of the table: `header` (one sector)
/// and its `entries`; the name and both CRCs are rewritten. Fails on a sector that is
/// not a GPT header or entries whose CRC doesn't match it.
pub fn rename(header: &mut [u8], entries: &mut [u8], index: usize, name: &str) -> Result<()> {
    if header.len() < 92 || &header[0..8] != b"EFI PART" {
        bail!("no GPT header");
    }
    let word = |at: usize| u32::from_le_bytes(header[at..at + 4].try_into().expect("4 bytes"));
    let (count, size) = (word(80) as usize, word(84) as usize);
    if size != ENTRY_SIZE || count * size != entries.len() || index >= count {
        bail!("unexpected GPT entry array ({count} entries of {size} bytes)");
    }
    if crc32(entries) != word(88) {
        bail!("the GPT entries' CRC doesn't match their header");
    }
    let units: Vec<u16> = name.encode_utf16().collect();
    if units.len() > 36 {
        bail!("partition name {name:?} longer than 36 UTF-16 units");
    }
    let field = &mut entries[index * ENTRY_SIZE + 56..(index + 1) * ENTRY_SIZE];
    field.fill(0);
    for (j, unit) in units.iter().enumerate() {
        field[2 * j..2 * j + 2].copy_from_slice(&unit.to_le_bytes());
    }
    let entries_crc = crc32(entries);
    header[88..92].copy_from_slice(&entries_crc.to_le_bytes());
    header[16..20].fill(0);
    let crc = crc32(&header[..92]);
    header[16..20].copy_from_slice(&crc.to_le_bytes());
    Ok(())
}

/// A GUID's on-disk bytes: the first three fields little-endian, the rest as written.
pub fn guid_bytes(text: &str) -> Result<[u8; 16]> {
    let hex: String = text.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        bail!("bad GUID {text:?}");
    }
    let mut raw = [0u8; 16];
    for (i, byte) in raw.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)?;
    }
    raw[0..4].reverse();
    raw[4..6].reverse();
    raw[6..8].reverse();
    Ok(raw)
}

/// CRC-32 (IEEE 802.3, reflected), as GPT uses.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= byte as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partition(type_guid: &str, name: &str) -> Partition {
        Partition {
            first: 2048,
            last: 4095,
            type_guid: type_guid.into(),
            unique_guid: [7; 16],
            name: name.into(),
        }
    }

    #[test]
    fn rename_rewrites_the_name_and_both_crcs() {
        let part = partition(LINUX_FILESYSTEM, "liveopt-incomplete");
        let renamed = partition(LINUX_FILESYSTEM, "root");
        let before = table(8192, [1; 16], &[part]).unwrap();
        let expected = table(8192, [1; 16], &[renamed]).unwrap();
        let (mut header, mut entries) = (before[1].1.clone(), before[2].1.clone());
        rename(&mut header, &mut entries, 0, "root").unwrap();
        assert_eq!(header, expected[1].1);
        assert_eq!(entries, expected[2].1);
        entries[0] ^= 1;
        assert!(rename(&mut header, &mut entries, 0, "x").is_err());
        assert!(rename(&mut vec![0; 512], &mut entries, 0, "x").is_err());
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn guids_are_mixed_endian_on_disk() {
        let raw = guid_bytes(EFI_SYSTEM).unwrap();
        assert_eq!(raw[..4], [0x28, 0x73, 0x2a, 0xc1]);
        assert_eq!(raw[8..], [0xba, 0x4b, 0x00, 0xa0, 0xc9, 0x3e, 0xc9, 0x3b]);
        assert!(guid_bytes("xyz").is_err());
    }

    #[test]
    fn a_table_has_both_copies_and_refuses_partitions_outside_the_disk() {
        let part = partition(BIOS_BOOT, "BIOS boot");
        let sectors = table(8192, [1; 16], std::slice::from_ref(&part)).unwrap();
        let offsets: Vec<u64> = sectors.iter().map(|(s, _)| *s).collect();
        assert_eq!(offsets, [0, 1, 2, 8191 - 32, 8191]);
        let primary = &sectors[1].1;
        assert_eq!(&primary[..8], b"EFI PART");
        let mut check = primary[..92].to_vec();
        check[16..20].fill(0);
        assert_eq!(crc32(&check).to_le_bytes(), primary[16..20]);
        let mut bad = part.clone();
        bad.last = 8191;
        assert!(table(8192, [1; 16], &[bad]).is_err());
        assert!(table(40, [1; 16], &[]).is_err());
    }
}
