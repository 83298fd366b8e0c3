//! A distribution's live ISO as it ships: its files, its El Torito boot image, its default
//! boot entry ([`crate::boot_entry`]) and its live image, read in place from the ISO.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

use crate::boot_entry::{find_boot_entry, BootEntry};
use crate::iso::{self, Extent, SECTOR};

/// Boot configuration files are small; a larger "config" is not one.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// An ISO's file list and El Torito boot image.
pub struct LiveIso {
    pub path: PathBuf,
    /// Every file, as (absolute path, extent).
    pub files: Vec<(String, Extent)>,
    /// The path of the El Torito default boot image, if the ISO is bootable from BIOS.
    pub boot_image: Option<String>,
}

impl LiveIso {
    pub fn open(path: &Path) -> Result<LiveIso> {
        let mut f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let files = iso::files(&mut f).with_context(|| format!("reading {}", path.display()))?;
        let boot_image = eltorito_boot_image_offset(&mut f)?.and_then(|offset| {
            files
                .iter()
                .find(|(_, extent)| extent.offset == offset)
                .map(|(name, _)| name.clone())
        });
        Ok(LiveIso {
            path: path.to_path_buf(),
            files,
            boot_image,
        })
    }

    /// The extent of the file at `path` (an absolute ISO path; case-insensitive, as ISO9660
    /// names without Rock Ridge are upper case).
    pub fn extent(&self, path: &str) -> Option<Extent> {
        self.files
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(path))
            .map(|(_, extent)| *extent)
    }

    /// The default boot entry of the ISO's own boot configuration.
    pub fn boot_entry(&self) -> Result<BootEntry> {
        self.boot_entry_seen(&|path| self.read_config(path))
    }

    /// The default entry of each bootloader configuration the ISO has, the
    /// [`LiveIso::boot_entry`] first: a hybrid ISO boots through isolinux from BIOS and
    /// through GRUB from UEFI, and their entries may name different initrds. The syslinux
    /// and the GRUB entry are each found with the other's configuration hidden, and there a
    /// configuration file that is missing reads as empty, as GRUB goes on after a failed
    /// `source` (live-build's grub.cfg sources installer files it lacks, in `if false`).
    pub fn boot_entries(&self) -> Result<Vec<BootEntry>> {
        let mut entries = vec![self.boot_entry()?];
        let is_grub = |p: &str| p.ends_with("grub.cfg");
        let is_syslinux = |p: &str| p.ends_with("isolinux.cfg") || p.ends_with("syslinux.cfg");
        for hidden in [&is_grub as &dyn Fn(&str) -> bool, &is_syslinux] {
            let seen = |path: &str| -> Option<String> {
                if hidden(path) {
                    return None;
                }
                Some(self.read_config(path).unwrap_or_default())
            };
            if let Ok(entry) = self.boot_entry_seen(&seen) {
                if !entries.contains(&entry) {
                    entries.push(entry);
                }
            }
        }
        Ok(entries)
    }

    /// A boot configuration file's text, if the ISO has it.
    fn read_config(&self, path: &str) -> Option<String> {
        let extent = self.extent(path).filter(|e| e.len <= MAX_CONFIG_BYTES)?;
        let bytes = read_extent(&mut File::open(&self.path).ok()?, extent).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The default boot entry of the configuration files as `read` shows them (or the next
    /// whose files the ISO has).
    fn boot_entry_seen(&self, read: &dyn Fn(&str) -> Option<String>) -> Result<BootEntry> {
        find_boot_entry(self.boot_image.as_deref(), read, &|path| {
            self.extent(path).is_some()
        })
        .with_context(|| format!("{}", self.path.display()))
    }

    /// The live image: `explicit` if given, else where distributions put it.
    pub fn live_image(&self, explicit: Option<&str>) -> Result<(String, Extent)> {
        if let Some(path) = explicit {
            let absolute = format!("/{}", path.trim_start_matches('/'));
            let extent = self
                .extent(&absolute)
                .ok_or_else(|| anyhow!("{}: no {absolute} in the ISO", self.path.display()))?;
            return Ok((absolute, extent));
        }
        live_image_path(&self.files)
            .and_then(|path| Some((path.clone(), self.extent(&path)?)))
            .ok_or_else(|| {
                anyhow!(
                    "{}: no live image (live/filesystem.squashfs, casper/*.squashfs or \
                     LiveOS/squashfs.img); name it with --live-image",
                    self.path.display()
                )
            })
    }

    /// The bytes of the file at `path`.
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        let extent = self
            .extent(path)
            .ok_or_else(|| anyhow!("{}: no {path} in the ISO", self.path.display()))?;
        let mut f = File::open(&self.path)?;
        read_extent(&mut f, extent).with_context(|| format!("{}: {path}", self.path.display()))
    }

    /// Writes the files at `paths` one after the other to `out`, each padded to 4 bytes (the
    /// kernel unpacks concatenated initrd archives in turn).
    pub fn concatenate(&self, paths: &[String], out: &Path) -> Result<()> {
        let mut f = File::open(&self.path)?;
        let mut w = File::create(out).with_context(|| format!("creating {}", out.display()))?;
        for path in paths {
            let extent = self
                .extent(path)
                .ok_or_else(|| anyhow!("{}: no {path} in the ISO", self.path.display()))?;
            f.seek(SeekFrom::Start(extent.offset))?;
            let copied = std::io::copy(&mut (&mut f).take(extent.len), &mut w)?;
            if copied != extent.len {
                bail!("{}: {path} truncated", self.path.display());
            }
            w.write_all(&vec![0u8; (4 - extent.len as usize % 4) % 4])?;
        }
        w.sync_all()?;
        Ok(())
    }
}

/// The kernel and the concatenated initrds of a boot entry, copied out of the ISO into a
/// temporary directory (QEMU loads them from files) that is removed when this is dropped.
pub struct BootFiles {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    _dir: tempfile::TempDir,
}

impl LiveIso {
    pub fn boot_files(&self, entry: &BootEntry) -> Result<BootFiles> {
        let dir = tempfile::tempdir().context("creating a scratch directory")?;
        let kernel = dir.path().join("kernel");
        self.concatenate(std::slice::from_ref(&entry.kernel), &kernel)?;
        let initrd = dir.path().join("initrd");
        self.concatenate(&entry.initrds, &initrd)?;
        Ok(BootFiles {
            kernel,
            initrd,
            _dir: dir,
        })
    }
}

/// Where distributions put the live image, in order: live-build/Debian/Tails/Kali, Ubuntu
/// (`filesystem.squashfs`, else the largest of its `*.squashfs` layers, the base),
/// Fedora/RHEL.
pub fn live_image_path(files: &[(String, Extent)]) -> Option<String> {
    let lower = |name: &str| name.to_ascii_lowercase();
    let named = |wanted: &str| {
        files
            .iter()
            .find(|(name, _)| lower(name) == wanted)
            .map(|(name, _)| name.clone())
    };
    let casper_layer = || {
        files
            .iter()
            .filter(|(name, _)| {
                let name = lower(name);
                name.starts_with("/casper/")
                    && name.ends_with(".squashfs")
                    && !name["/casper/".len()..].contains('/')
            })
            .max_by_key(|(_, extent)| extent.len)
            .map(|(name, _)| name.clone())
    };
    named("/live/filesystem.squashfs")
        .or_else(|| named("/casper/filesystem.squashfs"))
        .or_else(casper_layer)
        .or_else(|| named("/liveos/squashfs.img"))
}

fn read_extent<R: Read + Seek>(r: &mut R, extent: Extent) -> Result<Vec<u8>> {
    r.seek(SeekFrom::Start(extent.offset))?;
    let mut buf = vec![0u8; extent.len as usize];
    r.read_exact(&mut buf).context("ISO truncated")?;
    Ok(buf)
}

/// The byte offset of the El Torito default boot image, if the ISO has a boot catalog.
fn eltorito_boot_image_offset<R: Read + Seek>(r: &mut R) -> Result<Option<u64>> {
    // Volume descriptors from sector 16 until the terminator (type 255).
    for sector in 16..64u64 {
        let mut descriptor = [0u8; SECTOR as usize];
        r.seek(SeekFrom::Start(sector * SECTOR))?;
        if r.read_exact(&mut descriptor).is_err() {
            return Ok(None);
        }
        if &descriptor[1..6] != b"CD001" || descriptor[0] == 255 {
            return Ok(None);
        }
        let Some(catalog_lba) = boot_catalog_lba(&descriptor) else {
            continue;
        };
        let mut catalog = [0u8; 64];
        r.seek(SeekFrom::Start(catalog_lba as u64 * SECTOR))?;
        r.read_exact(&mut catalog)
            .context("ISO truncated in its boot catalog")?;
        return Ok(default_boot_image_lba(&catalog).map(|lba| lba as u64 * SECTOR));
    }
    Ok(None)
}

/// The boot catalog's sector, if `descriptor` is an El Torito boot record.
fn boot_catalog_lba(descriptor: &[u8]) -> Option<u32> {
    let is_boot_record =
        descriptor[0] == 0 && descriptor[7..].starts_with(b"EL TORITO SPECIFICATION");
    is_boot_record.then(|| u32::from_le_bytes(descriptor[71..75].try_into().unwrap()))
}

/// The default entry's image sector: the catalog's second 32-byte entry, after the
/// validation entry (header 1, key bytes 0x55 0xAA).
fn default_boot_image_lba(catalog: &[u8; 64]) -> Option<u32> {
    let valid = catalog[0] == 1 && catalog[30] == 0x55 && catalog[31] == 0xAA;
    let bootable = catalog[32] == 0x88;
    (valid && bootable).then(|| u32::from_le_bytes(catalog[40..44].try_into().unwrap()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, len: u64) -> (String, Extent) {
        (name.to_string(), Extent { offset: 0, len })
    }

    #[test]
    fn live_image_where_distributions_put_it() {
        let debian = [
            file("/live/vmlinuz", 1),
            file("/live/filesystem.squashfs", 9),
        ];
        assert_eq!(
            live_image_path(&debian).unwrap(),
            "/live/filesystem.squashfs"
        );
        let ubuntu_layers = [
            file("/casper/minimal.squashfs", 900),
            file("/casper/minimal.standard.squashfs", 300),
            file("/casper/minimal.squashfs.gpg", 1),
        ];
        assert_eq!(
            live_image_path(&ubuntu_layers).unwrap(),
            "/casper/minimal.squashfs"
        );
        let fedora = [
            file("/LiveOS/squashfs.img", 5),
            file("/images/pxeboot/vmlinuz", 1),
        ];
        assert_eq!(live_image_path(&fedora).unwrap(), "/LiveOS/squashfs.img");
        assert_eq!(live_image_path(&[file("/boot/grub/grub.cfg", 1)]), None);
    }

    #[test]
    fn el_torito_catalog() {
        let mut descriptor = vec![0u8; 2048];
        descriptor[1..6].copy_from_slice(b"CD001");
        descriptor[7..30].copy_from_slice(b"EL TORITO SPECIFICATION");
        descriptor[71..75].copy_from_slice(&35u32.to_le_bytes());
        assert_eq!(boot_catalog_lba(&descriptor), Some(35));
        descriptor[0] = 1;
        assert_eq!(boot_catalog_lba(&descriptor), None, "a primary descriptor");
        let mut catalog = [0u8; 64];
        catalog[0] = 1;
        catalog[30] = 0x55;
        catalog[31] = 0xAA;
        catalog[32] = 0x88;
        catalog[40..44].copy_from_slice(&36u32.to_le_bytes());
        assert_eq!(default_boot_image_lba(&catalog), Some(36));
        catalog[32] = 0;
        assert_eq!(default_boot_image_lba(&catalog), None, "not bootable");
    }

    /// xorriso's own El Torito and Rock Ridge: the boot image and a config found in place.
    #[test]
    fn boot_image_and_entry_of_an_xorriso_iso() {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        std::fs::create_dir_all(tree.join("isolinux")).unwrap();
        std::fs::create_dir_all(tree.join("live")).unwrap();
        std::fs::write(tree.join("isolinux/isolinux.bin"), vec![0u8; 4096]).unwrap();
        std::fs::write(
            tree.join("isolinux/isolinux.cfg"),
            "default live\nlabel live\n linux /live/vmlinuz\n initrd /live/initrd.img\n append boot=live\n",
        )
        .unwrap();
        std::fs::write(tree.join("live/vmlinuz"), b"kernel").unwrap();
        std::fs::write(tree.join("live/initrd.img"), b"initrd").unwrap();
        std::fs::write(tree.join("live/filesystem.squashfs"), vec![7u8; 5000]).unwrap();
        let iso_path = dir.path().join("x.iso");
        let status = std::process::Command::new("xorriso")
            .args(["-as", "mkisofs", "-quiet", "-R", "-J", "-o"])
            .arg(&iso_path)
            .args([
                "-b",
                "isolinux/isolinux.bin",
                "-c",
                "isolinux/boot.cat",
                "-no-emul-boot",
            ])
            .arg(&tree)
            .status()
            .expect("xorriso (scripts/setup.sh installs it)");
        assert!(status.success());
        let live = LiveIso::open(&iso_path).unwrap();
        assert_eq!(live.boot_image.as_deref(), Some("/isolinux/isolinux.bin"));
        let entry = live.boot_entry().unwrap();
        assert_eq!(entry.kernel, "/live/vmlinuz");
        assert_eq!(entry.cmdline, "boot=live");
        let (path, extent) = live.live_image(None).unwrap();
        assert_eq!(
            (path.as_str(), extent.len),
            ("/live/filesystem.squashfs", 5000)
        );
        let out = dir.path().join("initrds");
        live.concatenate(&[entry.kernel.clone(), entry.initrds[0].clone()], &out)
            .unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"kernel\0\0initrd\0\0");
        let err = live.live_image(Some("live/missing.img")).unwrap_err();
        assert!(err.to_string().contains("no /live/missing.img"), "{err}");
    }
}
