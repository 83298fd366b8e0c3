//! Rewriting a live ISO: some files replaced or added, everything else kept, booting as
//! before. xorriso loads the input (`-indev`), replays its boot equipment
//! (`-boot_image any replay`: the El Torito BIOS and EFI images, the isohybrid MBR/GPT, the
//! volume id and date) and writes a new single-session image (`-outdev`, with
//! `-compliance no_emul_toc` so the session starts at sector 0 as `xorriso -as mkisofs`
//! writes it). [`check_rewrite`] compares the result with the input through our own ISO walk
//! ([`crate::iso`]) before the caller publishes it.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::iso::{self, Extent, SECTOR};

/// A file to put into the ISO at `iso_path`, replacing the one there if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Put {
    pub iso_path: String,
    pub source: PathBuf,
}

/// Writes `output` (an existing empty file, e.g. an [`formats::AtomicFile`]'s) as `input`
/// with `puts` applied.
pub fn rewrite(input: &Path, output: &Path, puts: &[Put]) -> Result<()> {
    let mut command = Command::new("xorriso");
    command.args([
        "-no_rc",
        "-abort_on",
        "FAILURE",
        "-return_with",
        "SORRY",
        "32",
        "-report_about",
        "SORRY",
        "-compliance",
        "no_emul_toc",
    ]);
    // Joliet is a write setting: without it a loaded Joliet tree is not written again.
    if has_joliet(input)? {
        command.args(["-joliet", "on"]);
    }
    command
        .arg("-indev")
        .arg(input)
        .arg("-outdev")
        .arg(output)
        .args(["-boot_image", "any", "replay"]);
    for put in puts {
        command.arg("-map").arg(&put.source).arg(&put.iso_path);
    }
    command.args(["-commit", "-end"]);
    let spinner = spinner(format!("xorriso: writing {}", output.display()));
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("running xorriso (install xorriso)")?;
    let mut messages = Vec::new();
    if let Some(stderr) = child.stderr.take() {
        for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
            spinner.set_message(line.clone());
            messages.push(line);
        }
    }
    let status = child.wait().context("waiting for xorriso")?;
    spinner.finish_and_clear();
    if !status.success() {
        let why = messages
            .iter()
            .rev()
            .find(|l| l.contains("FAILURE") || l.contains("SORRY") || l.contains("FATAL"))
            .or_else(|| messages.iter().rev().find(|l| !l.trim().is_empty()))
            .map_or("no message", |l| l.trim());
        bail!(
            "xorriso could not write {} ({status}): {why}",
            output.display()
        );
    }
    Ok(())
}

fn spinner(message: String) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template("{spinner} {elapsed} {wide_msg}").expect("valid"));
    bar.set_message(message);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// True if the ISO has a Joliet supplementary volume descriptor (type 2, UCS-2 escape).
pub fn has_joliet(path: &Path) -> Result<bool> {
    let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    Ok(volume_descriptors(&mut f)?
        .iter()
        .any(|d| d[0] == 2 && matches!(&d[88..91], b"%/@" | b"%/C" | b"%/E")))
}

/// The volume descriptors from sector 16 up to the terminator.
fn volume_descriptors<R: Read + Seek>(r: &mut R) -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    for sector in 16..64u64 {
        let mut d = vec![0u8; SECTOR as usize];
        r.seek(SeekFrom::Start(sector * SECTOR))?;
        if r.read_exact(&mut d).is_err() || &d[1..6] != b"CD001" || d[0] == 255 {
            break;
        }
        out.push(d);
    }
    Ok(out)
}

/// One El Torito catalog entry, with its image named by ISO path when it is a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootImage {
    pub platform: u8,
    pub bootable: bool,
    pub media_type: u8,
    pub sectors: u16,
    /// The file the entry loads, or `None` for an image hidden from the tree.
    pub path: Option<String>,
}

/// What makes an ISO boot: volume id and date, El Torito catalog, system area shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootRecords {
    pub volume_id: String,
    /// The PVD modification date (GRUB's `--fs-uuid` of an ISO).
    pub modified: String,
    pub boot_images: Vec<BootImage>,
    /// The ISO path of the boot catalog, if it is in the tree.
    pub catalog: Option<String>,
    /// The MBR's boot code (bytes 0..432: isohybrid code; xorriso patches what follows).
    pub mbr_code: Vec<u8>,
    pub mbr_signature: bool,
    pub mbr_partition_types: Vec<u8>,
    pub gpt: bool,
}

impl BootRecords {
    pub fn read(path: &Path, files: &[(String, Extent)]) -> Result<BootRecords> {
        let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let descriptors = volume_descriptors(&mut f)?;
        let pvd = descriptors
            .iter()
            .find(|d| d[0] == 1)
            .ok_or_else(|| anyhow!("{}: no primary volume descriptor", path.display()))?;
        let text = |b: &[u8]| String::from_utf8_lossy(b).trim_end().to_string();
        let file_at = |lba: u64| {
            files
                .iter()
                .find(|(_, e)| e.offset == lba * SECTOR && e.len > 0)
                .map(|(p, _)| p.clone())
        };
        let mut boot_images = Vec::new();
        let mut catalog = None;
        if let Some(record) = descriptors
            .iter()
            .find(|d| d[0] == 0 && d[7..].starts_with(b"EL TORITO SPECIFICATION"))
        {
            let lba = u32::from_le_bytes(record[71..75].try_into().expect("4 bytes")) as u64;
            catalog = file_at(lba);
            let mut bytes = vec![0u8; SECTOR as usize];
            f.seek(SeekFrom::Start(lba * SECTOR))?;
            f.read_exact(&mut bytes)
                .context("ISO truncated in its boot catalog")?;
            boot_images = catalog_entries(&bytes)
                .into_iter()
                .map(|(platform, entry)| BootImage {
                    platform,
                    bootable: entry[0] == 0x88,
                    media_type: entry[1] & 0x0f,
                    sectors: u16::from_le_bytes([entry[6], entry[7]]),
                    path: file_at(u32::from_le_bytes(entry[8..12].try_into().expect("4")) as u64),
                })
                .collect();
        }
        let mut system_area = vec![0u8; 1024];
        f.seek(SeekFrom::Start(0))?;
        f.read_exact(&mut system_area)?;
        Ok(BootRecords {
            volume_id: text(&pvd[40..72]),
            modified: text(&pvd[830..846]),
            boot_images,
            catalog,
            mbr_code: system_area[..432].to_vec(),
            mbr_signature: system_area[510..512] == [0x55, 0xAA],
            mbr_partition_types: (0..4).map(|i| system_area[446 + 16 * i + 4]).collect(),
            gpt: &system_area[512..520] == b"EFI PART",
        })
    }
}

/// (platform id, 32-byte entry) for every boot entry of a catalog: the default entry after
/// the validation entry, then the entries of each section header (0x90 more follow, 0x91
/// last).
fn catalog_entries(catalog: &[u8]) -> Vec<(u8, [u8; 32])> {
    let entry =
        |i: usize| -> Option<[u8; 32]> { catalog.get(i * 32..i * 32 + 32)?.try_into().ok() };
    let valid = catalog[0] == 1 && catalog[30] == 0x55 && catalog[31] == 0xAA;
    if !valid {
        return Vec::new();
    }
    let mut out = vec![(catalog[1], entry(1).expect("in the sector"))];
    let mut i = 2;
    while let Some(header) = entry(i) {
        if header[0] != 0x90 && header[0] != 0x91 {
            break;
        }
        let count = u16::from_le_bytes([header[2], header[3]]) as usize;
        for k in 0..count {
            if let Some(e) = entry(i + 1 + k) {
                out.push((header[1], e));
            }
        }
        i += 1 + count;
        if header[0] == 0x91 {
            break;
        }
    }
    out
}

/// Checks that `output` is `input` with `puts` applied: the same boot records (volume id
/// and date, El Torito entries naming the same files, isohybrid MBR/GPT), the same file
/// tree plus the put paths, every other file with the same bytes (a boot image's boot info
/// table, bytes 8..64 that xorriso patches with its new position, and the boot catalog
/// excepted), and each put file holding its source's bytes.
pub fn check_rewrite(input: &Path, output: &Path, puts: &[Put]) -> Result<()> {
    let walk = |path: &Path| -> Result<Vec<(String, Extent)>> {
        let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        iso::files(&mut f).with_context(|| format!("reading {}", path.display()))
    };
    let before = walk(input)?;
    let after = walk(output)?;
    let records_before = BootRecords::read(input, &before)?;
    let records_after = BootRecords::read(output, &after)?;
    if records_before != records_after {
        bail!(
            "the rewritten ISO's boot records differ: {records_before:?} before, {records_after:?} after"
        );
    }
    let put_paths: BTreeMap<&str, &Path> = puts
        .iter()
        .map(|p| (p.iso_path.as_str(), p.source.as_path()))
        .collect();
    let before: BTreeMap<String, Extent> = before.into_iter().collect();
    let after: BTreeMap<String, Extent> = after.into_iter().collect();
    let mut expected = before
        .keys()
        .map(String::as_str)
        .chain(put_paths.keys().copied());
    if let Some(missing) = expected.find(|p| !after.contains_key(*p)) {
        bail!("the rewritten ISO lacks {missing}");
    }
    if let Some(extra) = after
        .keys()
        .find(|p| !before.contains_key(*p) && !put_paths.contains_key(p.as_str()))
    {
        bail!("the rewritten ISO has {extra}, which the input has not");
    }
    let boot_files: Vec<&str> = records_before
        .boot_images
        .iter()
        .filter_map(|b| b.path.as_deref())
        .collect();
    let total: u64 = after.values().map(|e| e.len).sum();
    let bar = progress(total);
    let mut in_iso = File::open(input)?;
    let mut out_iso = File::open(output)?;
    for (path, extent) in &after {
        let out_bytes = Section::new(&mut out_iso, *extent)?;
        let same = if let Some(source) = put_paths.get(path.as_str()) {
            let file =
                File::open(source).with_context(|| format!("opening {}", source.display()))?;
            equal_streams(file, out_bytes, None, &bar)?
        } else if records_before.catalog.as_deref() == Some(path.as_str()) {
            bar.inc(extent.len);
            true
        } else {
            let mask = boot_files.contains(&path.as_str()).then_some(8..64);
            equal_streams(
                Section::new(&mut in_iso, before[path])?,
                out_bytes,
                mask,
                &bar,
            )?
        };
        if !same {
            bail!("the rewritten ISO's {path} differs from what it should hold");
        }
    }
    bar.finish_and_clear();
    Ok(())
}

/// A file's bytes inside an ISO, as a reader.
struct Section<'a>(std::io::Take<&'a mut File>);

impl<'a> Section<'a> {
    fn new(f: &'a mut File, extent: Extent) -> Result<Section<'a>> {
        f.seek(SeekFrom::Start(extent.offset))?;
        Ok(Section(f.take(extent.len)))
    }
}

impl Read for Section<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

/// True if both readers hold the same bytes, the byte range `mask` excepted.
fn equal_streams(
    mut a: impl Read,
    mut b: impl Read,
    mask: Option<std::ops::Range<usize>>,
    bar: &ProgressBar,
) -> Result<bool> {
    const CHUNK: usize = 1 << 20;
    let (mut x, mut y) = (vec![0u8; CHUNK], vec![0u8; CHUNK]);
    let mut at = 0usize;
    loop {
        let n = read_full(&mut a, &mut x)?;
        let m = read_full(&mut b, &mut y)?;
        if n != m {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
        if let Some(mask) = &mask {
            let lo = mask.start.clamp(at, at + n) - at;
            let hi = mask.end.clamp(at, at + n) - at;
            x[lo..hi].fill(0);
            y[lo..hi].fill(0);
        }
        if x[..n] != y[..n] {
            return Ok(false);
        }
        at += n;
        bar.inc(n as u64);
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn progress(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} checking the ISO [{bar:40}] {bytes}/{total_bytes}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_with_a_bios_and_an_efi_section() {
        let mut catalog = vec![0u8; 2048];
        catalog[0] = 1;
        catalog[30] = 0x55;
        catalog[31] = 0xAA;
        catalog[32] = 0x88;
        catalog[38] = 4;
        catalog[40..44].copy_from_slice(&40u32.to_le_bytes());
        catalog[64] = 0x91;
        catalog[65] = 0xef;
        catalog[66] = 1;
        catalog[96] = 0x88;
        catalog[104..108].copy_from_slice(&50u32.to_le_bytes());
        let entries = catalog_entries(&catalog);
        assert_eq!(entries.len(), 2);
        assert_eq!((entries[0].0, entries[0].1[6]), (0, 4));
        assert_eq!(entries[1].0, 0xef);
        assert_eq!(&entries[1].1[8..12], &50u32.to_le_bytes());
        catalog[30] = 0;
        assert!(catalog_entries(&catalog).is_empty(), "no validation entry");
    }

    #[test]
    fn masked_bytes_do_not_count() {
        let a: Vec<u8> = (0..3000u32).map(|i| i as u8).collect();
        let mut b = a.clone();
        b[10] ^= 1;
        let bar = ProgressBar::hidden();
        assert!(!equal_streams(&a[..], &b[..], None, &bar).unwrap());
        assert!(equal_streams(&a[..], &b[..], Some(8..64), &bar).unwrap());
        b[2999] ^= 1;
        assert!(!equal_streams(&a[..], &b[..], Some(8..64), &bar).unwrap());
        assert!(!equal_streams(&a[..], &a[..2999], None, &bar).unwrap());
    }
}
