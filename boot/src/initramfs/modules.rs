//! Kernel module selection for the initramfs: find modules by name in a
//! `lib/modules/<version>` tree and order them so every module follows its dependencies.
//!
//! Dependencies and device aliases come from each module's own `.modinfo` ELF section
//! (`depends=`, `alias=`), so no `depmod`/`modprobe` is needed on the host. Built-in modules
//! (`modules.builtin`) are skipped. Compressed modules (`.ko.xz`, `.ko.zst`, `.ko.gz`) are
//! decompressed here (with the `compressed-modules` feature), so busybox `insmod` loads them
//! on any kernel.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

/// A module file chosen for the initramfs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    /// Canonical name (`-` replaced by `_`).
    pub name: String,
    /// Path relative to the modules tree, e.g. `kernel/fs/squashfs/squashfs.ko`.
    pub relative: PathBuf,
    pub depends: Vec<String>,
    /// Device patterns the module drives (`alias=` in `.modinfo`, globs such as
    /// `pci:v00008086d*sv*sd*bc01sc06i01*`).
    pub aliases: Vec<String>,
    /// The module file, decompressed.
    pub data: Vec<u8>,
}

/// Compressed module suffixes this build can read, after `.ko`.
const COMPRESSED_SUFFIXES: &[&str] = &[".xz", ".zst", ".gz"];

/// The `.ko` file at `path`, decompressed if its name ends in `.ko.xz`, `.ko.zst` or `.ko.gz`.
pub fn read_module(path: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.to_string_lossy();
    let Some(suffix) = COMPRESSED_SUFFIXES.iter().find(|s| name.ends_with(*s)) else {
        return Ok(bytes);
    };
    decompress(suffix, &bytes).with_context(|| format!("decompressing {}", path.display()))
}

#[cfg(feature = "compressed-modules")]
fn decompress(suffix: &str, bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    match suffix {
        ".xz" => {
            xz2::read::XzDecoder::new(bytes).read_to_end(&mut out)?;
        }
        ".zst" => {
            zstd::stream::read::Decoder::new(bytes)?.read_to_end(&mut out)?;
        }
        _ => {
            flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
        }
    }
    Ok(out)
}

#[cfg(not(feature = "compressed-modules"))]
fn decompress(suffix: &str, _bytes: &[u8]) -> Result<Vec<u8>> {
    bail!("this build reads no {suffix} modules (boot's compressed-modules feature is off)")
}

/// The modules of one kernel: name → relative path, plus the built-in set.
pub struct ModuleTree {
    root: PathBuf,
    files: BTreeMap<String, PathBuf>,
    builtin: HashSet<String>,
}

fn canonical(name: &str) -> String {
    name.replace('-', "_")
}

impl ModuleTree {
    /// Indexes every `*.ko` (or `.ko.xz`, `.ko.zst`, `.ko.gz`) under `root` (a
    /// `lib/modules/<version>` directory).
    pub fn open(root: &Path) -> Result<ModuleTree> {
        if !root.join("kernel").is_dir() {
            bail!(
                "{} is not a lib/modules/<version> tree (no kernel/ directory)",
                root.display()
            );
        }
        let mut files = BTreeMap::new();
        let mut stack = vec![root.join("kernel")];
        while let Some(dir) = stack.pop() {
            for entry in
                std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
            {
                let entry = entry?;
                let path = entry.path();
                if entry.file_type()?.is_dir() {
                    stack.push(path);
                    continue;
                }
                let file_name = entry.file_name().to_string_lossy().into_owned();
                let uncompressed = COMPRESSED_SUFFIXES
                    .iter()
                    .find_map(|s| file_name.strip_suffix(s))
                    .unwrap_or(&file_name);
                if let Some(stem) = uncompressed.strip_suffix(".ko") {
                    let relative = path.strip_prefix(root).expect("under root").to_path_buf();
                    files.insert(canonical(stem), relative);
                }
            }
        }
        if files.is_empty() {
            bail!(
                "{} holds no kernel modules (*.ko, *.ko.xz, *.ko.zst, *.ko.gz)",
                root.display()
            );
        }
        let mut builtin = HashSet::new();
        if let Ok(text) = std::fs::read_to_string(root.join("modules.builtin")) {
            for line in text.lines() {
                if let Some(stem) = line.rsplit('/').next().and_then(|f| f.strip_suffix(".ko")) {
                    builtin.insert(canonical(stem));
                }
            }
        }
        Ok(ModuleTree {
            root: root.to_path_buf(),
            files,
            builtin,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `name` is a module of this tree or built into its kernel.
    pub fn knows(&self, name: &str) -> bool {
        let name = canonical(name);
        self.files.contains_key(&name) || self.builtin.contains(&name)
    }

    /// The module files whose names start with `prefix` (e.g. `pata_`), sorted.
    pub fn names_starting_with(&self, prefix: &str) -> Vec<String> {
        let prefix = canonical(prefix);
        self.files
            .keys()
            .filter(|name| name.starts_with(&prefix))
            .cloned()
            .collect()
    }

    /// `wanted` and all their dependencies, dependencies first. Built-in modules are left out;
    /// a name that is neither a module nor built in is an error.
    pub fn resolve(&self, wanted: &[&str]) -> Result<Vec<Module>> {
        let mut order = Vec::new();
        let mut done = HashSet::new();
        let mut visiting = HashSet::new();
        for name in wanted {
            self.visit(&canonical(name), &mut order, &mut done, &mut visiting)?;
        }
        Ok(order)
    }

    fn visit(
        &self,
        name: &str,
        order: &mut Vec<Module>,
        done: &mut HashSet<String>,
        visiting: &mut HashSet<String>,
    ) -> Result<()> {
        if done.contains(name) {
            return Ok(());
        }
        let Some(relative) = self.files.get(name) else {
            if self.builtin.contains(name) {
                done.insert(name.to_string());
                return Ok(());
            }
            bail!(
                "module {name} is neither in {} nor built in",
                self.root.display()
            );
        };
        if !visiting.insert(name.to_string()) {
            bail!("module dependency cycle at {name}");
        }
        let path = self.root.join(relative);
        let data = read_module(&path)?;
        let depends =
            modinfo_depends(&data).with_context(|| format!("parsing {}", path.display()))?;
        let aliases = modinfo_values(&data, "alias")?;
        for dep in &depends {
            self.visit(dep, order, done, visiting)?;
        }
        visiting.remove(name);
        done.insert(name.to_string());
        order.push(Module {
            name: name.to_string(),
            relative: uncompressed_path(relative),
            depends,
            aliases,
            data,
        });
        Ok(())
    }
}

/// `relative` without a compression suffix: where the decompressed module goes.
fn uncompressed_path(relative: &Path) -> PathBuf {
    let name = relative.to_string_lossy();
    COMPRESSED_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .map(PathBuf::from)
        .unwrap_or_else(|| relative.to_path_buf())
}

/// The `depends=` list of a module's `.modinfo` section (64-bit little-endian ELF).
pub fn modinfo_depends(elf: &[u8]) -> Result<Vec<String>> {
    Ok(modinfo_values(elf, "depends")?
        .iter()
        .flat_map(|list| list.split(','))
        .filter(|d| !d.is_empty())
        .map(canonical)
        .collect())
}

/// Every `KEY=value` value of a module's `.modinfo` section, in order.
pub fn modinfo_values(elf: &[u8], key: &str) -> Result<Vec<String>> {
    let modinfo = elf_section(elf, ".modinfo")?.ok_or_else(|| anyhow!("no .modinfo section"))?;
    let prefix = format!("{key}=");
    Ok(modinfo
        .split(|&b| b == 0)
        .filter_map(|field| field.strip_prefix(prefix.as_bytes()))
        .map(|value| String::from_utf8_lossy(value).into_owned())
        .collect())
}

fn elf_section<'a>(elf: &'a [u8], wanted: &str) -> Result<Option<&'a [u8]>> {
    let u16_at = |o: usize| -> Result<u16> {
        Ok(u16::from_le_bytes(
            elf.get(o..o + 2)
                .ok_or_else(|| anyhow!("truncated ELF"))?
                .try_into()?,
        ))
    };
    let u32_at = |o: usize| -> Result<u32> {
        Ok(u32::from_le_bytes(
            elf.get(o..o + 4)
                .ok_or_else(|| anyhow!("truncated ELF"))?
                .try_into()?,
        ))
    };
    let u64_at = |o: usize| -> Result<u64> {
        Ok(u64::from_le_bytes(
            elf.get(o..o + 8)
                .ok_or_else(|| anyhow!("truncated ELF"))?
                .try_into()?,
        ))
    };
    if elf.get(..4) != Some(b"\x7fELF") || elf.get(4) != Some(&2) || elf.get(5) != Some(&1) {
        bail!("not a 64-bit little-endian ELF file");
    }
    let shoff = u64_at(0x28)? as usize;
    let shentsize = u16_at(0x3A)? as usize;
    let shnum = u16_at(0x3C)? as usize;
    let shstrndx = u16_at(0x3E)? as usize;
    let header = |i: usize| shoff + i * shentsize;
    let strtab_off = u64_at(header(shstrndx) + 24)? as usize;
    for i in 0..shnum {
        let h = header(i);
        let name_off = strtab_off + u32_at(h)? as usize;
        let name_end = elf[name_off..]
            .iter()
            .position(|&b| b == 0)
            .map(|p| name_off + p);
        let Some(name_end) = name_end else {
            bail!("bad section name")
        };
        if &elf[name_off..name_end] == wanted.as_bytes() {
            let off = u64_at(h + 24)? as usize;
            let size = u64_at(h + 32)? as usize;
            return Ok(Some(
                elf.get(off..off + size)
                    .ok_or_else(|| anyhow!("section out of file"))?,
            ));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-built ELF64 with section headers: null, .shstrtab, .modinfo.
    fn fake_module(modinfo: &[u8]) -> Vec<u8> {
        let shstrtab = b"\0.shstrtab\0.modinfo\0";
        let mut elf = vec![0u8; 64];
        elf[..4].copy_from_slice(b"\x7fELF");
        elf[4] = 2;
        elf[5] = 1;
        let strtab_off = elf.len();
        elf.extend_from_slice(shstrtab);
        let modinfo_off = elf.len();
        elf.extend_from_slice(modinfo);
        while !elf.len().is_multiple_of(8) {
            elf.push(0);
        }
        let shoff = elf.len();
        let mut section = |name: u32, off: usize, size: usize| {
            let mut h = vec![0u8; 64];
            h[0..4].copy_from_slice(&name.to_le_bytes());
            h[24..32].copy_from_slice(&(off as u64).to_le_bytes());
            h[32..40].copy_from_slice(&(size as u64).to_le_bytes());
            elf.extend_from_slice(&h);
        };
        section(0, 0, 0);
        section(1, strtab_off, shstrtab.len());
        section(11, modinfo_off, modinfo.len());
        elf[0x28..0x30].copy_from_slice(&(shoff as u64).to_le_bytes());
        elf[0x3A..0x3C].copy_from_slice(&64u16.to_le_bytes());
        elf[0x3C..0x3E].copy_from_slice(&3u16.to_le_bytes());
        elf[0x3E..0x40].copy_from_slice(&1u16.to_le_bytes());
        elf
    }

    #[test]
    fn reads_depends_from_modinfo() {
        let elf = fake_module(b"license=GPL\0depends=scsi_mod,cdrom,scsi-common\0vermagic=x\0");
        assert_eq!(
            modinfo_depends(&elf).unwrap(),
            vec!["scsi_mod", "cdrom", "scsi_common"]
        );
        let elf = fake_module(b"depends=\0");
        assert!(modinfo_depends(&elf).unwrap().is_empty());
        assert!(modinfo_depends(b"not elf").is_err());
    }

    #[test]
    fn resolves_dependencies_first_and_skips_builtins() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let put = |rel: &str, depends: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, fake_module(format!("depends={depends}\0").as_bytes())).unwrap();
        };
        put("kernel/drivers/scsi/sr_mod.ko", "scsi_mod,cdrom");
        put("kernel/drivers/scsi/scsi_mod.ko", "scsi_common");
        put("kernel/drivers/scsi/scsi_common.ko", "");
        put("kernel/drivers/cdrom/cdrom.ko", "");
        put("kernel/fs/isofs/isofs.ko", "cdrom");
        std::fs::write(root.join("modules.builtin"), "kernel/lib/crc32.ko\n").unwrap();
        let tree = ModuleTree::open(root).unwrap();
        let names: Vec<String> = tree
            .resolve(&["sr_mod", "isofs", "crc32"])
            .unwrap()
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(
            names,
            vec!["scsi_common", "scsi_mod", "cdrom", "sr_mod", "isofs"]
        );
        assert!(tree.resolve(&["nonexistent"]).is_err());
    }
}
