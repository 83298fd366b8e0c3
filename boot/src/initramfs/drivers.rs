//! Storage drivers by device alias: which driver modules the initramfs carries
//! ([`Drivers`]) and the table `/init` matches devices against.
//!
//! Each driver's `alias=` patterns (from its own `.modinfo`) become one `case` statement of
//! the generated shell file [`ALIAS_SCRIPT`]; `/init` (`drivers.sh`) reads every
//! `/sys/bus/*/devices/*/modalias`, matches it with the shell's own glob matching (the
//! `fnmatch` semantics modprobe uses) and `insmod`s the matching modules, dependencies
//! first, again and again as devices appear (USB enumerates seconds after the kernel starts)
//! until the medium is found.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{bail, Result};

use super::modules::{Module, ModuleTree};

/// The generated alias table `/init` sources.
pub const ALIAS_SCRIPT: &str = "/lib/liveopt/modalias.sh";

/// The alias-matching functions `/init` sources (`drivers.sh`, embedded here).
pub const DRIVERS_SCRIPT: &str = "/lib/liveopt/drivers.sh";

/// [`DRIVERS_SCRIPT`]'s text.
pub const DRIVERS_SCRIPT_TEXT: &str = include_str!("drivers.sh");

/// The storage and bus drivers a live medium can sit behind, in the order `/init` loads
/// them when several match one device (the specific PCI IDE drivers before `pata_acpi` and
/// `ata_generic`, which would otherwise take the controller). An entry ending in `_` is a
/// prefix: every module of the tree starting with it. Names the kernel lacks are skipped.
pub const GENERIC_DRIVERS: &[&str] = &[
    "virtio_pci",
    "virtio_blk",
    "virtio_scsi",
    "ahci",
    "ata_piix",
    "pata_",
    "ata_generic",
    "nvme",
    "xhci_pci",
    "ehci_pci",
    "ohci_pci",
    "uhci_hcd",
    "uas",
    "usb_storage",
    "sd_mod",
    "sr_mod",
    "sdhci_pci",
    "sdhci_acpi",
    "mmc_block",
];

/// `pata_acpi` and `ata_generic` bind to any IDE controller: loaded after the specific ones.
const LAST_RESORT_ATA: &[&str] = &["pata_acpi", "ata_generic"];

/// Which drivers `/init` may load by device alias.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Drivers {
    /// [`GENERIC_DRIVERS`]: CD, disk, USB, NVMe, virtio, SD card.
    Generic,
    /// Only the drivers the build machine's own block devices use (read from `/sys`).
    Host,
    /// Exactly these modules.
    Only(Vec<String>),
}

impl Drivers {
    /// The driver module names for `tree`, in load-preference order.
    pub fn names(&self, tree: &ModuleTree) -> Result<Vec<String>> {
        match self {
            Drivers::Generic => Ok(generic_drivers(tree)),
            Drivers::Host => {
                let host = host_drivers(Path::new("/sys"))?;
                Ok(host.into_iter().filter(|name| tree.knows(name)).collect())
            }
            Drivers::Only(names) => Ok(names.clone()),
        }
    }
}

fn generic_drivers(tree: &ModuleTree) -> Vec<String> {
    let mut names = Vec::new();
    for entry in GENERIC_DRIVERS {
        let found = if entry.ends_with('_') {
            tree.names_starting_with(entry)
                .into_iter()
                .filter(|name| !LAST_RESORT_ATA.contains(&name.as_str()))
                .collect()
        } else if tree.knows(entry) {
            vec![entry.to_string()]
        } else {
            Vec::new()
        };
        for name in found {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    // pata_acpi goes last, with ata_generic.
    if let Some(at) = names.iter().position(|n| n == "ata_generic") {
        names.remove(at);
    }
    names.extend(
        LAST_RESORT_ATA
            .iter()
            .filter(|name| tree.knows(name))
            .map(|name| name.to_string()),
    );
    names
}

/// The modules driving the block devices of the system whose sysfs is at `sys`: for every
/// `block/*` that is not virtual, the module of each device on its path that has a driver
/// (e.g. `sd_mod`, `uas`, `xhci_pci`, or `ahci`), in path order, root first.
pub fn host_drivers(sys: &Path) -> Result<Vec<String>> {
    let sys = std::fs::canonicalize(sys).unwrap_or_else(|_| sys.to_path_buf());
    let block = sys.join("block");
    let Ok(entries) = std::fs::read_dir(&block) else {
        bail!(
            "no {} to read the host's block devices from",
            block.display()
        );
    };
    let mut names = Vec::new();
    let mut devices: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    devices.sort();
    for device in devices {
        let Ok(real) = std::fs::canonicalize(&device) else {
            continue;
        };
        let devices_root = sys.join("devices");
        if !real.starts_with(&devices_root) || real.starts_with(devices_root.join("virtual")) {
            continue;
        }
        let mut chain = Vec::new();
        for dir in real.ancestors().take_while(|d| *d != devices_root) {
            if let Ok(module) = std::fs::read_link(dir.join("driver").join("module")) {
                if let Some(name) = module.file_name() {
                    chain.push(name.to_string_lossy().into_owned());
                }
            }
        }
        for name in chain.into_iter().rev() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

/// The shell text of [`ALIAS_SCRIPT`] for the resolved `modules` (every module in the
/// initramfs, dependencies first), of which `drivers` are matched by alias:
/// `modalias_match ALIAS` appends the names of the drivers whose patterns match to `MATCHED`
/// (in `drivers` order); `module_deps NAME` sets `DEPS` to NAME's modules, dependencies
/// first; `module_path NAME` sets `MODULE_PATH` to its file under `/lib/modules`.
pub fn alias_script(modules: &[Module], drivers: &[String]) -> String {
    let by_name: BTreeMap<&str, &Module> = modules.iter().map(|m| (m.name.as_str(), m)).collect();
    let mut text = String::from(
        "# Generated by `liveopt initramfs`: the driver alias table of /lib/liveopt/drivers.sh.\n\
         modalias_match() {\n",
    );
    for name in drivers {
        let Some(module) = by_name.get(name.as_str()) else {
            continue;
        };
        if module.aliases.is_empty() {
            continue;
        }
        let patterns: Vec<String> = module.aliases.iter().map(|a| shell_pattern(a)).collect();
        text.push_str(&format!(
            "    case \"$1\" in {}) MATCHED=\"$MATCHED {name}\" ;; esac\n",
            patterns.join("|")
        ));
    }
    text.push_str("}\nmodule_deps() {\n    case \"$1\" in\n");
    for name in drivers {
        if by_name.contains_key(name.as_str()) {
            let mut order = Vec::new();
            closure(name, &by_name, &mut BTreeSet::new(), &mut order);
            text.push_str(&format!(
                "        {name}) DEPS=\"{}\" ;;\n",
                order.join(" ")
            ));
        }
    }
    text.push_str("        *) DEPS= ;;\n    esac\n}\nmodule_path() {\n    case \"$1\" in\n");
    for module in modules {
        text.push_str(&format!(
            "        {}) MODULE_PATH={} ;;\n",
            module.name,
            module.relative.display()
        ));
    }
    text.push_str("        *) MODULE_PATH= ;;\n    esac\n}\n");
    text
}

/// `name` and its dependencies among `modules`, dependencies first.
fn closure<'a>(
    name: &'a str,
    modules: &BTreeMap<&'a str, &'a Module>,
    seen: &mut BTreeSet<&'a str>,
    order: &mut Vec<&'a str>,
) {
    let Some(module) = modules.get(name) else {
        return; // built in
    };
    if !seen.insert(name) {
        return;
    }
    for dep in &module.depends {
        if let Some((dep, _)) = modules.get_key_value(dep.as_str()) {
            closure(dep, modules, seen, order);
        }
    }
    order.push(name);
}

/// A modalias glob as a `case` pattern: `*`, `?` and `[...]` stay patterns, every other
/// character that is not plainly literal is backslash-quoted.
fn shell_pattern(alias: &str) -> String {
    let mut out = String::with_capacity(alias.len());
    for c in alias.chars() {
        if c.is_ascii_alphanumeric() || "*?[]!^:_.-".contains(c) {
            out.push(c);
        } else {
            out.push('\\');
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn module(name: &str, depends: &[&str], aliases: &[&str]) -> Module {
        Module {
            name: name.into(),
            relative: PathBuf::from(format!("kernel/{name}.ko")),
            depends: depends.iter().map(|d| d.to_string()).collect(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            data: Vec::new(),
        }
    }

    /// The generated table, run by the host's busybox sh (the shell /init runs in):
    /// globs match like modprobe's fnmatch, several drivers may match one device, in order.
    #[test]
    fn alias_table_matches_in_busybox_sh() {
        let modules = vec![
            module("libata", &[], &[]),
            module("libahci", &["libata"], &[]),
            module(
                "ahci",
                &["libahci", "libata"],
                &["pci:v*d*sv*sd*bc01sc06i01*"],
            ),
            module(
                "ata_piix",
                &["libata"],
                &["pci:v00008086d00007010sv*sd*bc*sc*i*"],
            ),
            module("ata_generic", &["libata"], &["pci:v*d*sv*sd*bc01sc01i*"]),
            module(
                "odd",
                &[],
                &["of:N*T*Cfoo,bar|x (y)", "usb:v0BDAp0158d0[0-1]*"],
            ),
        ];
        let drivers: Vec<String> = ["ahci", "ata_piix", "ata_generic", "odd"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let table = alias_script(&modules, &drivers);
        let shell = if Path::new(super::super::DEFAULT_BUSYBOX).exists() {
            vec![super::super::DEFAULT_BUSYBOX, "sh"]
        } else {
            vec!["sh"]
        };
        let run = |alias: &str| -> String {
            let script = format!(
                "{table}MATCHED=\nmodalias_match '{alias}'\necho $MATCHED\n\
                 for m in $MATCHED; do module_deps $m; echo \"$m: $DEPS\"; done\n\
                 module_path libahci; echo $MODULE_PATH"
            );
            let out = std::process::Command::new(shell[0])
                .args(&shell[1..])
                .arg("-c")
                .arg(script)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        assert_eq!(
            run("pci:v00008086d00007010sv00000000sd00000000bc01sc01i80"),
            "ata_piix ata_generic\nata_piix: libata ata_piix\n\
             ata_generic: libata ata_generic\nkernel/libahci.ko\n"
        );
        assert_eq!(
            run("pci:v00008086d00002922sv00001AF4sd00001100bc01sc06i01"),
            "ahci\nahci: libata libahci ahci\nkernel/libahci.ko\n"
        );
        assert!(run("of:NxTyCfoo,bar|x (y)").starts_with("odd\n"));
        assert!(run("usb:v0BDAp0158d0100dc00").starts_with("odd\n"));
        assert_eq!(run("usb:v0BDAp0158d0200dc00"), "\nkernel/libahci.ko\n");
        assert_eq!(run("virtio:d00000002v00001AF4"), "\nkernel/libahci.ko\n");
    }

    #[test]
    fn host_drivers_follow_each_block_device_to_its_controller() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path();
        let dev = sys.join("devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0");
        std::fs::create_dir_all(dev.join("block/sda")).unwrap();
        std::fs::create_dir_all(sys.join("devices/virtual/block/loop0")).unwrap();
        std::fs::create_dir_all(sys.join("block")).unwrap();
        std::fs::create_dir_all(sys.join("module/ahci")).unwrap();
        std::fs::create_dir_all(sys.join("module/sd_mod")).unwrap();
        for (at, driver, module) in [
            (sys.join("devices/pci0000:00/0000:00:1f.2"), "ahci", "ahci"),
            (dev.clone(), "sd", "sd_mod"),
        ] {
            let driver_dir = sys.join("bus/x/drivers").join(driver);
            std::fs::create_dir_all(&driver_dir).unwrap();
            std::os::unix::fs::symlink(sys.join("module").join(module), driver_dir.join("module"))
                .unwrap();
            std::os::unix::fs::symlink(&driver_dir, at.join("driver")).unwrap();
        }
        std::os::unix::fs::symlink(dev.join("block/sda"), sys.join("block/sda")).unwrap();
        std::os::unix::fs::symlink(
            sys.join("devices/virtual/block/loop0"),
            sys.join("block/loop0"),
        )
        .unwrap();
        assert_eq!(host_drivers(sys).unwrap(), vec!["ahci", "sd_mod"]);
        assert!(host_drivers(&sys.join("nothing")).is_err());
    }
}
