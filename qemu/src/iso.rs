//! ISO9660: where a file's bytes lie inside an ISO image (so CD reads can be mapped back
//! to squashfs offsets, and the squashfs read in place), and wrapping a squashfs in a
//! live-CD ISO with xorriso.
//!
//! The directory walk reads the primary volume descriptor and directory records itself
//! (Rock Ridge `NM` names when present, else ISO9660 names without `;1`).

use std::collections::HashSet;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{anyhow, bail, Context, Result};

/// ISO9660 logical sector size; also the ATAPI read unit.
pub const SECTOR: u64 = 2048;

/// A file's contiguous extent inside the ISO, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extent {
    pub offset: u64,
    pub len: u64,
}

/// True if `path` starts like an ISO9660 image ("CD001" in sector 16).
pub fn is_iso(path: &Path) -> Result<bool> {
    let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut magic = [0u8; 5];
    if f.seek(SeekFrom::Start(16 * SECTOR + 1)).is_err() || f.read_exact(&mut magic).is_err() {
        return Ok(false);
    }
    Ok(&magic == b"CD001")
}

/// The extent of the file at `wanted` (e.g. `/live/filesystem.squashfs`) in the ISO read by `iso`.
pub fn find_extent<R: Read + Seek>(iso: &mut R, wanted: &str) -> Result<Extent> {
    let pvd = read_at(iso, 16 * SECTOR, SECTOR as usize)?;
    if pvd[0] != 1 || &pvd[1..6] != b"CD001" {
        bail!("not an ISO9660 image (no primary volume descriptor in sector 16)");
    }
    let block_size = u16::from_le_bytes([pvd[128], pvd[129]]) as u64;
    if block_size != SECTOR {
        bail!("unsupported ISO9660 logical block size {block_size}");
    }
    let root = parse_record(&pvd[156..190]).ok_or_else(|| anyhow!("bad root directory record"))?;
    let mut dir = root;
    let parts: Vec<&str> = wanted.split('/').filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        let listing = read_at(iso, dir.lba * SECTOR, dir.size as usize)?;
        let found = records(&listing)
            .into_iter()
            .find(|r| r.name.eq_ignore_ascii_case(part))
            .ok_or_else(|| anyhow!("{wanted}: no {part} in the ISO"))?;
        let last = i + 1 == parts.len();
        if last && found.is_dir {
            bail!("{wanted} is a directory in the ISO");
        }
        if !last && !found.is_dir {
            bail!("{wanted}: {part} is not a directory in the ISO");
        }
        if last && found.multi_extent {
            bail!("{wanted} is stored in several extents (over 4 GiB); not supported");
        }
        dir = found;
    }
    Ok(Extent {
        offset: dir.lba * SECTOR,
        len: dir.size,
    })
}

/// The live image of the ISO at `iso` where distributions put it
/// ([`crate::live_iso::live_image_path`]), and its extent.
pub fn find_live_image(iso: &Path) -> Result<(String, Extent)> {
    crate::live_iso::LiveIso::open(iso)?.live_image(None)
}

/// Every file in the ISO read by `iso`, as (absolute path, extent), directories walked
/// depth first. Files stored in several extents are left out.
pub fn files<R: Read + Seek>(iso: &mut R) -> Result<Vec<(String, Extent)>> {
    let pvd = read_at(iso, 16 * SECTOR, SECTOR as usize)?;
    if pvd[0] != 1 || &pvd[1..6] != b"CD001" {
        bail!("not an ISO9660 image (no primary volume descriptor in sector 16)");
    }
    let root = parse_record(&pvd[156..190]).ok_or_else(|| anyhow!("bad root directory record"))?;
    let mut out = Vec::new();
    // A listing may name one directory extent several times; walking it again would make
    // a chain of such directories a tree exponential in its depth.
    let mut walked = HashSet::new();
    let mut dirs = vec![(String::new(), root, 0usize)];
    while let Some((path, dir, depth)) = dirs.pop() {
        // Rock Ridge allows deep trees; a directory cycle must not hang the walk.
        if depth > 64 {
            bail!("{path}: directories nested too deep");
        }
        if !walked.insert(dir.lba) {
            continue;
        }
        let listing = read_at(iso, dir.lba * SECTOR, dir.size as usize)?;
        for record in records(&listing) {
            let child = format!("{path}/{}", record.name);
            if record.is_dir {
                dirs.push((child, record, depth + 1));
            } else if !record.multi_extent {
                let extent = Extent {
                    offset: record.lba * SECTOR,
                    len: record.size,
                };
                out.push((child, extent));
            }
        }
    }
    Ok(out)
}

#[derive(Clone, Debug)]
struct Record {
    lba: u64,
    size: u64,
    is_dir: bool,
    multi_extent: bool,
    /// Rock Ridge name if present, else the ISO9660 name without version and trailing dot.
    name: String,
}

/// `len` bytes at `offset`; a length the ISO cannot hold (records claim up to 4 GiB) is an
/// error before anything is allocated for it.
fn read_at<R: Read + Seek>(r: &mut R, offset: u64, len: usize) -> Result<Vec<u8>> {
    let iso_len = r.seek(SeekFrom::End(0))?;
    if offset.saturating_add(len as u64) > iso_len {
        bail!("{len} bytes at byte {offset} run past the end of the ISO ({iso_len} bytes)");
    }
    r.seek(SeekFrom::Start(offset))?;
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf)
        .with_context(|| format!("ISO truncated at byte {offset}"))?;
    Ok(buf)
}

/// Every record of a directory listing except `.` and `..`.
fn records(listing: &[u8]) -> Vec<Record> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < listing.len() {
        let len = listing[pos] as usize;
        if len == 0 {
            // Records do not cross sectors: skip to the next one.
            pos = (pos / SECTOR as usize + 1) * SECTOR as usize;
            continue;
        }
        if let Some(record) = listing.get(pos..pos + len).and_then(parse_record) {
            if record.name != "\u{0}" && record.name != "\u{1}" {
                out.push(record);
            }
        }
        pos += len;
    }
    out
}

fn parse_record(r: &[u8]) -> Option<Record> {
    let len = *r.first()? as usize;
    if len < 34 || r.len() < len {
        return None;
    }
    let lba = u32::from_le_bytes(r[2..6].try_into().ok()?) as u64;
    let size = u32::from_le_bytes(r[10..14].try_into().ok()?) as u64;
    let flags = r[25];
    let name_len = r[32] as usize;
    let raw_name = r.get(33..33 + name_len)?;
    let mut name = if name_len == 1 && raw_name[0] <= 1 {
        char::from(raw_name[0]).to_string()
    } else {
        let s = String::from_utf8_lossy(raw_name).into_owned();
        let s = s.split(';').next().unwrap_or("").to_string();
        s.strip_suffix('.').map(str::to_string).unwrap_or(s)
    };
    // System use area: after the name, padded to an even offset.
    let mut su = 33 + name_len + (1 - name_len % 2);
    while su + 4 <= len {
        let (sig, entry_len) = (&r[su..su + 2], r[su + 2] as usize);
        if entry_len < 4 || su + entry_len > len {
            break;
        }
        if sig == b"NM" && entry_len > 5 && r[su + 4] & 0b110 == 0 {
            name = String::from_utf8_lossy(&r[su + 5..su + entry_len]).into_owned();
        }
        su += entry_len;
    }
    Some(Record {
        lba,
        size,
        is_dir: flags & 2 != 0,
        multi_extent: flags & 0x80 != 0,
        name,
    })
}

/// Writes an ISO holding `squashfs` at `/live/filesystem.squashfs` (temp file + rename), and
/// its readahead list if one lies beside it ([`readahead_list_beside`]).
pub fn wrap_squashfs(squashfs: &Path, iso: &Path) -> Result<()> {
    let tmp = formats::AtomicFile::create(iso)?;
    let output = Command::new("xorriso")
        .args([
            "-as",
            "mkisofs",
            "-quiet",
            "-R",
            "-J",
            "-V",
            "LIVEOPT",
            "-graft-points",
            "-o",
        ])
        .arg(tmp.path())
        .arg(format!("/live/filesystem.squashfs={}", squashfs.display()))
        .args(
            readahead_list_beside(squashfs)
                .map(|list| format!("/live/filesystem.squashfs.readahead={}", list.display())),
        )
        .output()
        .context("running xorriso (install xorriso)")?;
    if !output.status.success() {
        bail!(
            "xorriso failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    tmp.commit()?;
    Ok(())
}

/// The readahead list `wrap_squashfs` puts beside the image on the ISO
/// (`/live/filesystem.squashfs.readahead`, which the initramfs hands to `liveopt readahead`):
/// `<image>.readahead` or, for `X.squashfs`, `X.readahead` (what `liveopt sort --readahead`
/// is usually given), if either exists.
pub fn readahead_list_beside(squashfs: &Path) -> Option<PathBuf> {
    let mut appended = squashfs.as_os_str().to_owned();
    appended.push(".readahead");
    [
        PathBuf::from(appended),
        squashfs.with_extension("readahead"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Opens the squashfs at `extent` of the ISO `iso` in place (no copy); its offsets are
/// relative to the image's start, as for a standalone image.
pub fn open_image_in(iso: &Path, extent: Extent) -> Result<squashfs::Archive> {
    let file = File::open(iso).with_context(|| format!("opening {}", iso.display()))?;
    squashfs::Archive::from_source(file, extent.offset..extent.offset + extent.len, iso)
        .with_context(|| format!("opening the squashfs inside {}", iso.display()))
}

/// A live image read in place: the bytes at its extent of a file (an ISO, or the image
/// file itself at offset 0), squashfs or EROFS (Fedora's `LiveOS/squashfs.img` is EROFS).
pub enum LiveImage {
    Squashfs(squashfs::Archive),
    Erofs(erofs::Archive),
}

/// A live image opened in place, with where it is.
pub struct PlacedImage {
    pub file: std::path::PathBuf,
    pub extent: Extent,
    pub image: LiveImage,
}

impl PlacedImage {
    /// Opens the image at `extent` of `file`, told apart by the EROFS magic 1 KiB in.
    pub fn open(file: &Path, extent: Extent) -> Result<PlacedImage> {
        let f = File::open(file).with_context(|| format!("opening {}", file.display()))?;
        let mut magic = [0u8; 4];
        let at = extent.offset + erofs::format::SUPER_OFFSET;
        let is_erofs = extent.len >= erofs::format::SUPER_OFFSET + 4
            && std::os::unix::fs::FileExt::read_exact_at(&f, &mut magic, at).is_ok()
            && magic == erofs::format::MAGIC.to_le_bytes();
        let image = if is_erofs {
            LiveImage::Erofs(
                erofs::Archive::from_source(Box::new(f), extent.offset, extent.len)
                    .with_context(|| format!("opening the EROFS image in {}", file.display()))?,
            )
        } else {
            LiveImage::Squashfs(open_image_in(file, extent)?)
        };
        Ok(PlacedImage {
            file: file.to_path_buf(),
            extent,
            image,
        })
    }

    /// The image's region index (offsets relative to the image's start).
    pub fn index(&self) -> Result<optimizer::regions::RegionIndex> {
        Ok(match &self.image {
            LiveImage::Squashfs(a) => optimizer::regions::RegionIndex::from_squashfs(a),
            LiveImage::Erofs(a) => optimizer::regions::RegionIndex::from_erofs(a)?,
        })
    }

    /// The image's identity (hashes the whole image).
    pub fn identity(&self) -> Result<formats::ImageIdentity> {
        Ok(match &self.image {
            LiveImage::Squashfs(a) => formats::ImageIdentity::of_squashfs(a)?,
            LiveImage::Erofs(a) => {
                formats::ImageIdentity::of_erofs(a, &self.file, self.extent.offset)?
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn readahead_list_beside_the_image() {
        let dir = tempfile::tempdir().unwrap();
        let image = dir.path().join("sorted.squashfs");
        assert_eq!(readahead_list_beside(&image), None);
        std::fs::write(dir.path().join("sorted.readahead"), "x").unwrap();
        assert_eq!(
            readahead_list_beside(&image),
            Some(dir.path().join("sorted.readahead"))
        );
        std::fs::write(dir.path().join("sorted.squashfs.readahead"), "x").unwrap();
        assert_eq!(
            readahead_list_beside(&image),
            Some(dir.path().join("sorted.squashfs.readahead"))
        );
    }

    fn dir_record(name: &[u8], lba: u32, size: u32, dir: bool, rr_name: Option<&str>) -> Vec<u8> {
        let mut r = vec![0u8; 33];
        r[2..6].copy_from_slice(&lba.to_le_bytes());
        r[6..10].copy_from_slice(&lba.to_be_bytes());
        r[10..14].copy_from_slice(&size.to_le_bytes());
        r[14..18].copy_from_slice(&size.to_be_bytes());
        r[25] = if dir { 2 } else { 0 };
        r[32] = name.len() as u8;
        r.extend_from_slice(name);
        if name.len().is_multiple_of(2) {
            r.push(0);
        }
        if let Some(n) = rr_name {
            r.extend_from_slice(b"NM");
            r.push(5 + n.len() as u8);
            r.push(1);
            r.push(0);
            r.extend_from_slice(n.as_bytes());
        }
        if r.len() % 2 == 1 {
            r.push(0);
        }
        r[0] = r.len() as u8;
        r
    }

    /// A hand-built ISO: root (sector 20) → LIVE (sector 21) → FILESYST.SQU;1 with RR name.
    fn tiny_iso() -> Vec<u8> {
        let mut iso = vec![0u8; 40 * SECTOR as usize];
        let pvd = 16 * SECTOR as usize;
        iso[pvd] = 1;
        iso[pvd + 1..pvd + 6].copy_from_slice(b"CD001");
        iso[pvd + 128..pvd + 130].copy_from_slice(&2048u16.to_le_bytes());
        let root = dir_record(&[0], 20, 2048, true, None);
        iso[pvd + 156..pvd + 156 + 34].copy_from_slice(&root[..34]);
        let mut listing = Vec::new();
        listing.extend(dir_record(&[0], 20, 2048, true, None));
        listing.extend(dir_record(&[1], 20, 2048, true, None));
        listing.extend(dir_record(b"BOOT", 25, 2048, true, None));
        listing.extend(dir_record(b"LIVE", 21, 2048, true, Some("live")));
        let at = 20 * SECTOR as usize;
        iso[at..at + listing.len()].copy_from_slice(&listing);
        let mut listing = Vec::new();
        listing.extend(dir_record(&[0], 21, 2048, true, None));
        listing.extend(dir_record(&[1], 20, 2048, true, None));
        listing.extend(dir_record(b"README.TXT;1", 30, 10, false, None));
        listing.extend(dir_record(
            b"FILESYST.SQU;1",
            32,
            12345,
            false,
            Some("filesystem.squashfs"),
        ));
        let at = 21 * SECTOR as usize;
        iso[at..at + listing.len()].copy_from_slice(&listing);
        iso
    }

    #[test]
    fn finds_extents_by_rock_ridge_and_iso_names() {
        let mut iso = Cursor::new(tiny_iso());
        assert_eq!(
            find_extent(&mut iso, "/live/filesystem.squashfs").unwrap(),
            Extent {
                offset: 32 * 2048,
                len: 12345
            }
        );
        assert_eq!(
            find_extent(&mut iso, "/live/readme.txt").unwrap(),
            Extent {
                offset: 30 * 2048,
                len: 10
            }
        );
        assert!(find_extent(&mut iso, "/live/missing").is_err());
        assert!(
            find_extent(&mut iso, "/boot").is_err(),
            "a directory is not a file"
        );
        assert!(find_extent(&mut Cursor::new(vec![0u8; 40 * 2048]), "/x").is_err());
    }

    /// Runs `f` on another thread; fails the test if it does not end within `secs` seconds.
    fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(f()));
        rx.recv_timeout(std::time::Duration::from_secs(secs))
            .expect("did not end in time")
    }

    /// A chain of directories, each named twice by its parent, is a tree of 2^40 paths;
    /// each directory extent is walked once.
    #[test]
    fn a_directory_extent_named_twice_is_walked_once() {
        const LEVELS: u32 = 40;
        let mut iso = tiny_iso();
        iso.resize((21 + LEVELS as usize) * SECTOR as usize, 0);
        for level in 0..=LEVELS {
            let lba = 20 + level;
            let mut listing = Vec::new();
            listing.extend(dir_record(&[0], lba, 2048, true, None));
            listing.extend(dir_record(&[1], lba, 2048, true, None));
            if level < LEVELS {
                listing.extend(dir_record(b"X", lba + 1, 2048, true, None));
                listing.extend(dir_record(b"Y", lba + 1, 2048, true, None));
            } else {
                listing.extend(dir_record(b"FILE;1", 0, 0, false, None));
            }
            let at = lba as usize * SECTOR as usize;
            iso[at..at + 2048].fill(0);
            iso[at..at + listing.len()].copy_from_slice(&listing);
        }
        let files = within(10, move || files(&mut Cursor::new(iso))).unwrap();
        assert_eq!(files.len(), 1, "{files:?}");
        assert!(files[0].0.ends_with("/FILE"), "{files:?}");
        assert_eq!(files[0].0.matches('/').count(), LEVELS as usize + 1);
    }

    /// A directory record claiming 4 GiB on a tiny ISO is refused before anything is
    /// allocated for it.
    #[test]
    fn a_directory_larger_than_the_iso_is_refused() {
        let mut iso = tiny_iso();
        let huge = dir_record(b"LIVE", 21, u32::MAX, true, Some("live"));
        let at = 20 * SECTOR as usize;
        let record = iso[at..].windows(4).position(|w| w == b"LIVE").unwrap() - 33;
        iso[at + record..at + record + huge.len()].copy_from_slice(&huge);
        for result in [
            files(&mut Cursor::new(&iso)).map(|_| ()),
            find_extent(&mut Cursor::new(&iso), "/live/filesystem.squashfs").map(|_| ()),
        ] {
            let e = result.unwrap_err().to_string();
            assert!(e.contains("past the end of the ISO"), "{e}");
        }
    }

    /// xorriso writes a real ISO; the extent must hold exactly the file's bytes.
    #[test]
    fn agrees_with_xorriso() {
        if Command::new("xorriso").arg("-version").output().is_err() {
            eprintln!("xorriso not installed; skipping");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let payload: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let file = dir.path().join("payload");
        std::fs::write(&file, &payload).unwrap();
        let iso = dir.path().join("x.iso");
        wrap_squashfs(&file, &iso).unwrap();
        assert!(is_iso(&iso).unwrap());
        assert!(!is_iso(&file).unwrap());
        let (path, extent) = find_live_image(&iso).unwrap();
        assert_eq!(path, "/live/filesystem.squashfs");
        assert_eq!(extent.len, payload.len() as u64);
        let bytes = std::fs::read(&iso).unwrap();
        assert_eq!(
            &bytes[extent.offset as usize..(extent.offset + extent.len) as usize],
            &payload[..]
        );
    }

    /// A mksquashfs image inside an xorriso ISO, read in place, holds what the standalone
    /// image holds: the same entries (paths, kinds, modes, image-relative block positions)
    /// and the same file bytes.
    #[test]
    fn reads_the_squashfs_in_place() {
        let have = |tool: &str| Command::new(tool).arg("-version").output().is_ok();
        if !have("xorriso") || !have("mksquashfs") {
            eprintln!("xorriso or mksquashfs not installed; skipping");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        std::fs::create_dir_all(tree.join("etc/sub")).unwrap();
        std::fs::write(tree.join("etc/hostname"), "live\n").unwrap();
        let big: Vec<u8> = (0..400_000u32).map(|i| (i * 13 % 253) as u8).collect();
        std::fs::write(tree.join("etc/sub/big"), &big).unwrap();
        std::os::unix::fs::symlink("sub/big", tree.join("etc/link")).unwrap();
        let image = dir.path().join("filesystem.squashfs");
        let status = Command::new("mksquashfs")
            .arg(&tree)
            .arg(&image)
            .args(["-noappend", "-quiet", "-no-progress"])
            .status()
            .unwrap();
        assert!(status.success());
        let iso = dir.path().join("live.iso");
        wrap_squashfs(&image, &iso).unwrap();
        let (_, extent) = find_live_image(&iso).unwrap();
        assert!(extent.offset > 0, "the image lies inside the ISO");

        let standalone = squashfs::Archive::open(&image).unwrap();
        let in_place = open_image_in(&iso, extent).unwrap();
        assert_eq!(in_place.path(), iso.as_path());
        assert_eq!(in_place.entries(), standalone.entries());
        assert!(in_place.entries().len() >= 6);
        for entry in standalone.entries().iter().filter(|e| e.file().is_some()) {
            assert_eq!(
                in_place.read_file(entry).unwrap(),
                standalone.read_file(entry).unwrap()
            );
        }
        let big_entry = in_place.find(b"/etc/sub/big").unwrap();
        assert_eq!(in_place.read_file(big_entry).unwrap(), big);
        assert_eq!(in_place.regions(), standalone.regions());
        assert_eq!(
            formats::ImageIdentity::of_squashfs(&in_place).unwrap(),
            formats::ImageIdentity::of_squashfs(&standalone).unwrap()
        );
    }
}
