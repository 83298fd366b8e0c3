//! A live ISO's default boot entry (kernel, initrds, kernel command line), found in its own
//! boot configuration: isolinux/syslinux `.cfg` files and GRUB `grub.cfg`, following
//! `include`/`source`/`configfile`. I/O-free: files are given by a reader function over
//! absolute paths inside the ISO.

use anyhow::{bail, Result};

/// The default boot entry of a live medium, with absolute paths inside the ISO.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootEntry {
    pub kernel: String,
    /// In load order; the kernel unpacks them one over the other.
    pub initrds: Vec<String>,
    /// The entry's kernel command line, as the configuration gives it.
    pub cmdline: String,
    /// The configuration file that defines the entry.
    pub config: String,
}

/// Where bootloaders keep their configuration: a directory holding the El Torito boot
/// image comes first (isolinux.bin lies beside its `.cfg`), then the usual places.
const SYSLINUX_CONFIGS: &[&str] = &[
    "/isolinux/isolinux.cfg",
    "/boot/isolinux/isolinux.cfg",
    "/syslinux/syslinux.cfg",
    "/boot/syslinux/syslinux.cfg",
];
const GRUB_CONFIGS: &[&str] = &[
    "/boot/grub/grub.cfg",
    "/boot/grub2/grub.cfg",
    "/EFI/BOOT/grub.cfg",
    "/EFI/boot/grub.cfg",
];

/// Include depth beyond which a configuration is taken to include itself.
const MAX_INCLUDE_DEPTH: usize = 16;

/// Files read while following one configuration's includes. Real menus read a few dozen;
/// files that each include the next several times would otherwise multiply the reads at
/// every level of the depth limit.
const MAX_FILES_READ: usize = 1024;

/// The `read` function of a search, counting what it reads against [`MAX_FILES_READ`].
struct Files<'a> {
    read: &'a dyn Fn(&str) -> Option<String>,
    left: std::cell::Cell<usize>,
}

impl Files<'_> {
    fn read(&self, path: &str) -> Result<Option<String>> {
        let Some(left) = self.left.get().checked_sub(1) else {
            bail!("over {MAX_FILES_READ} files read following includes (a loop?)");
        };
        self.left.set(left);
        Ok((self.read)(path))
    }
}

/// Finds the default boot entry. `boot_image` is the ISO path of the El Torito boot image,
/// if the ISO has one; `read` returns a file's text, or `None` if there is no such file.
pub fn find_boot_entry(
    boot_image: Option<&str>,
    read: &dyn Fn(&str) -> Option<String>,
) -> Result<BootEntry> {
    let boot_dir = boot_image.map(parent_dir);
    let beside_boot_image = boot_dir
        .iter()
        .flat_map(|dir| [join(dir, "isolinux.cfg"), join(dir, "syslinux.cfg")]);
    let syslinux: Vec<String> = beside_boot_image
        .chain(SYSLINUX_CONFIGS.iter().map(|s| s.to_string()))
        .collect();
    let grub_first = boot_dir.is_some_and(|dir| dir.to_ascii_lowercase().contains("grub"));
    let grub: Vec<String> = GRUB_CONFIGS.iter().map(|s| s.to_string()).collect();
    let order = if grub_first {
        [grub, syslinux]
    } else {
        [syslinux, grub]
    };
    let mut problems = Vec::new();
    for path in order.concat() {
        let Some(_) = read(&path) else { continue };
        let files = Files {
            read,
            left: MAX_FILES_READ.into(),
        };
        let found = if path.ends_with("grub.cfg") {
            grub_entry(&path, &files)
        } else {
            syslinux_entry(&path, &files)
        };
        match found {
            Ok(entry) => return Ok(entry),
            Err(e) => problems.push(format!("{path}: {e}")),
        }
    }
    if problems.is_empty() {
        bail!("no boot configuration (isolinux/syslinux .cfg or grub.cfg) found in the ISO");
    }
    bail!("no usable boot entry: {}", problems.join("; "))
}

fn parent_dir(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

fn join(dir: &str, name: &str) -> String {
    if name.starts_with('/') {
        name.to_string()
    } else {
        format!("{}/{name}", dir.trim_end_matches('/'))
    }
}

/// One `label`/`menuentry` of a configuration, before the default is chosen.
#[derive(Clone, Debug, Default)]
struct Entry {
    label: String,
    kernel: Option<String>,
    initrds: Vec<String>,
    cmdline: String,
    marked_default: bool,
    config: String,
}

impl Entry {
    fn into_boot_entry(self) -> Result<BootEntry> {
        let Some(kernel) = self.kernel else {
            bail!("entry {:?} has no kernel", self.label);
        };
        if self.initrds.is_empty() {
            bail!("entry {:?} has no initrd", self.label);
        }
        Ok(BootEntry {
            kernel,
            initrds: self.initrds,
            cmdline: self.cmdline,
            config: self.config,
        })
    }
}

/// Keyword and the rest of a line, keyword lower-cased (syslinux keywords are case-insensitive).
fn keyword(line: &str) -> Option<(String, &str)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    Some((word.to_ascii_lowercase(), rest.trim()))
}

/// The syslinux default entry: `menu default`, else the label `default` names, else the
/// first label with a kernel.
fn syslinux_entry(config: &str, read: &Files) -> Result<BootEntry> {
    let dir = parent_dir(config);
    let mut entries = Vec::new();
    let mut default = None;
    syslinux_collect(config, &dir, read, 0, &mut entries, &mut default)?;
    let chosen = entries
        .iter()
        .position(|e| e.marked_default)
        .or_else(|| {
            let name = default.as_deref()?;
            entries
                .iter()
                .position(|e| e.label.eq_ignore_ascii_case(name))
        })
        .or_else(|| entries.iter().position(|e| e.kernel.is_some()));
    match chosen {
        Some(i) => entries.swap_remove(i).into_boot_entry(),
        None => bail!("no label with a kernel"),
    }
}

fn syslinux_collect(
    config: &str,
    dir: &str,
    read: &Files,
    depth: usize,
    entries: &mut Vec<Entry>,
    default: &mut Option<String>,
) -> Result<()> {
    if depth > MAX_INCLUDE_DEPTH {
        bail!("includes nested deeper than {MAX_INCLUDE_DEPTH} (a loop?)");
    }
    let Some(text) = read.read(config)? else {
        // syslinux skips a missing include too.
        return Ok(());
    };
    for line in text.lines() {
        let Some((word, rest)) = keyword(line) else {
            continue;
        };
        let current = entries.last_mut();
        match (word.as_str(), current) {
            ("include", _) => {
                let file = rest.split_whitespace().next().unwrap_or("");
                syslinux_collect(&join(dir, file), dir, read, depth + 1, entries, default)?;
            }
            ("default", _) => *default = Some(rest.to_string()),
            ("label", _) => entries.push(Entry {
                label: rest.to_string(),
                config: config.to_string(),
                ..Entry::default()
            }),
            ("menu", Some(entry)) if rest.eq_ignore_ascii_case("default") => {
                entry.marked_default = true
            }
            ("kernel" | "linux", Some(entry)) => entry.kernel = Some(join(dir, rest)),
            ("initrd", Some(entry)) => {
                entry.initrds = rest.split(',').map(|p| join(dir, p.trim())).collect()
            }
            ("append", Some(entry)) => {
                // `initrd=` on the append line is syslinux's other way to name the initrds.
                let mut words = Vec::new();
                for word in rest.split_whitespace() {
                    match word.strip_prefix("initrd=") {
                        Some(list) if entry.initrds.is_empty() => {
                            entry.initrds = list.split(',').map(|p| join(dir, p)).collect()
                        }
                        Some(_) => {}
                        None => words.push(word),
                    }
                }
                entry.cmdline = words.join(" ");
            }
            _ => {}
        }
    }
    Ok(())
}

/// The GRUB default entry: `set default=N` (a top-level index) or `set default="title"`,
/// else the first `menuentry`.
fn grub_entry(config: &str, read: &Files) -> Result<BootEntry> {
    let mut state = GrubState::default();
    // GRUB's `$prefix` is the directory it loaded grub.cfg from.
    let prefix = parent_dir(config);
    grub_collect(config, &prefix, read, 0, &mut state)?;
    let GrubState {
        mut entries,
        default,
        ..
    } = state;
    let chosen = match default.as_deref() {
        Some(d) if d.parse::<usize>().is_ok() => {
            let index: usize = d.parse().unwrap_or(0);
            entries
                .iter()
                .position(|e| e.top_level_index == Some(index))
        }
        Some(title) => entries.iter().position(|e| e.entry.label == title),
        None => None,
    }
    .or_else(|| entries.iter().position(|e| e.entry.kernel.is_some()));
    match chosen {
        Some(i) => entries.swap_remove(i).entry.into_boot_entry(),
        None => bail!("no menuentry with a kernel"),
    }
}

#[derive(Default)]
struct GrubState {
    entries: Vec<GrubEntry>,
    default: Option<String>,
    /// Top-level `menuentry`/`submenu` blocks seen so far (what a numeric default counts).
    top_level: usize,
}

struct GrubEntry {
    entry: Entry,
    top_level_index: Option<usize>,
}

fn grub_collect(
    config: &str,
    prefix: &str,
    read: &Files,
    depth: usize,
    state: &mut GrubState,
) -> Result<()> {
    if depth > MAX_INCLUDE_DEPTH {
        bail!("source/configfile nested deeper than {MAX_INCLUDE_DEPTH} (a loop?)");
    }
    let Some(text) = read.read(config)? else {
        bail!("{config} does not exist in the ISO");
    };
    // Block nesting: the entry being read, and how deep inside menuentry/submenu we are.
    let mut depth_in_blocks = 0usize;
    let mut open_entry: Option<(Entry, usize, Option<usize>)> = None;
    for line in text.lines() {
        let Some((word, rest)) = keyword(line) else {
            continue;
        };
        match word.as_str() {
            "menuentry" | "submenu" => {
                let top_level_index = (depth_in_blocks == 0).then(|| {
                    state.top_level += 1;
                    state.top_level - 1
                });
                if word == "menuentry" {
                    open_entry = Some((
                        Entry {
                            label: grub_title(rest),
                            config: config.to_string(),
                            ..Entry::default()
                        },
                        depth_in_blocks,
                        top_level_index,
                    ));
                }
                if rest.trim_end().ends_with('{') {
                    depth_in_blocks += 1;
                }
            }
            "}" => {
                depth_in_blocks = depth_in_blocks.saturating_sub(1);
                if open_entry
                    .as_ref()
                    .is_some_and(|(_, opened_at, _)| *opened_at == depth_in_blocks)
                {
                    let (entry, _, top_level_index) = open_entry.take().expect("checked");
                    state.entries.push(GrubEntry {
                        entry,
                        top_level_index,
                    });
                }
            }
            "linux" | "linuxefi" | "linux16" => {
                if let Some((entry, _, _)) = open_entry.as_mut() {
                    let mut words = rest.split_whitespace();
                    entry.kernel = words.next().map(|w| grub_path(w, prefix));
                    entry.cmdline = words.collect::<Vec<_>>().join(" ");
                }
            }
            "initrd" | "initrdefi" | "initrd16" => {
                if let Some((entry, _, _)) = open_entry.as_mut() {
                    entry.initrds = rest
                        .split_whitespace()
                        .map(|w| grub_path(w, prefix))
                        .collect();
                }
            }
            "set" if depth_in_blocks == 0 => {
                if let Some(value) = rest.strip_prefix("default=") {
                    state.default = Some(unquote(value).to_string());
                }
            }
            "source" | "configfile" if open_entry.is_none() => {
                let file = grub_path(rest.split_whitespace().next().unwrap_or(""), prefix);
                grub_collect(&file, prefix, read, depth + 1, state)?;
            }
            _ if line.trim_end().ends_with('{') => depth_in_blocks += 1,
            _ => {}
        }
    }
    Ok(())
}

/// A GRUB path with `$prefix`/`${prefix}` and a `(device)` prefix resolved to an absolute
/// ISO path.
fn grub_path(path: &str, prefix: &str) -> String {
    let path = unquote(path);
    let path = path.replace("${prefix}", prefix).replace("$prefix", prefix);
    let path = match path.strip_prefix('(') {
        Some(rest) => rest
            .split_once(')')
            .map_or(path.clone(), |(_, p)| p.to_string()),
        None => path,
    };
    join("/", &path)
}

/// The title of `menuentry 'Title' --class ... {`.
fn grub_title(rest: &str) -> String {
    let rest = rest.trim();
    match rest.chars().next() {
        Some(q @ ('\'' | '"')) => rest[1..].split(q).next().unwrap_or("").to_string(),
        _ => rest.split_whitespace().next().unwrap_or("").to_string(),
    }
}

fn unquote(value: &str) -> &str {
    let value = value.trim();
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn reader(files: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        move |path: &str| map.get(path).cloned()
    }

    /// The configuration `lb build` (live-build 20230502, bookworm, `--bootloaders syslinux`)
    /// writes to /isolinux/, as found on the live-build test ISO.
    const LIVE_BUILD_ISOLINUX: &str = include_str!("../testdata/live-build/isolinux.cfg");
    const LIVE_BUILD_MENU: &str = include_str!("../testdata/live-build/menu.cfg");
    const LIVE_BUILD_STDMENU: &str = include_str!("../testdata/live-build/stdmenu.cfg");
    const LIVE_BUILD_LIVE: &str = include_str!("../testdata/live-build/live.cfg");

    #[test]
    fn live_build_syslinux_menu_default() {
        let read = reader(&[
            ("/isolinux/isolinux.cfg", LIVE_BUILD_ISOLINUX),
            ("/isolinux/menu.cfg", LIVE_BUILD_MENU),
            ("/isolinux/stdmenu.cfg", LIVE_BUILD_STDMENU),
            ("/isolinux/live.cfg", LIVE_BUILD_LIVE),
        ]);
        let entry = find_boot_entry(Some("/isolinux/isolinux.bin"), &read).unwrap();
        assert_eq!(entry.kernel, "/live/vmlinuz");
        assert_eq!(entry.initrds, vec!["/live/initrd.img".to_string()]);
        assert_eq!(entry.cmdline, "boot=live components console=ttyS0");
        assert_eq!(entry.config, "/isolinux/live.cfg");
    }

    #[test]
    fn syslinux_default_label_relative_paths_and_append_initrd() {
        let read = reader(&[(
            "/syslinux/syslinux.cfg",
            "DEFAULT second\nLABEL first\n  KERNEL vmlinuz0\n  APPEND initrd=a.img root=x\n\
                 LABEL second\n  KERNEL vmlinuz1\n  APPEND initrd=ucode.img,main.img ro quiet\n",
        )]);
        let entry = find_boot_entry(None, &read).unwrap();
        assert_eq!(entry.kernel, "/syslinux/vmlinuz1");
        assert_eq!(
            entry.initrds,
            vec!["/syslinux/ucode.img", "/syslinux/main.img"]
        );
        assert_eq!(entry.cmdline, "ro quiet");
    }

    /// Fedora's live ISO grub.cfg, from its documented shape (lorax's live templates):
    /// a numeric default, `linux`/`initrd` under `/images/pxeboot/`, a submenu.
    const FEDORA_GRUB: &str = r#"set default="1"

function load_video {
  insmod all_video
}

load_video
set gfxpayload=keep
insmod gzio
insmod part_gpt
insmod ext2
insmod chain

set timeout=60
### END /etc/grub.d/00_header ###

search --no-floppy --set=root -l 'Fedora-WS-Live-39-1-5'

### BEGIN /etc/grub.d/10_linux ###
menuentry 'Start Fedora-Workstation-Live 39' --class fedora --class gnu-linux --class gnu --class os {
	linux /images/pxeboot/vmlinuz root=live:CDLABEL=Fedora-WS-Live-39-1-5  rd.live.image quiet rhgb
	initrd /images/pxeboot/initrd.img
}
menuentry 'Test this media & start Fedora-Workstation-Live 39' --class fedora --class gnu-linux --class gnu --class os {
	linux /images/pxeboot/vmlinuz root=live:CDLABEL=Fedora-WS-Live-39-1-5  rd.live.image rd.live.check quiet
	initrd /images/pxeboot/initrd.img
}
submenu 'Troubleshooting -->' {
	menuentry 'Start Fedora-Workstation-Live 39 in basic graphics mode' --class fedora --class gnu-linux --class gnu --class os {
		linux /images/pxeboot/vmlinuz root=live:CDLABEL=Fedora-WS-Live-39-1-5  rd.live.image nomodeset quiet rhgb
		initrd /images/pxeboot/initrd.img
	}
}
"#;

    #[test]
    fn fedora_grub_numeric_default() {
        let read = reader(&[("/boot/grub2/grub.cfg", FEDORA_GRUB)]);
        let entry = find_boot_entry(Some("/images/eltorito.img"), &read).unwrap();
        assert_eq!(entry.config, "/boot/grub2/grub.cfg");
        assert_eq!(entry.kernel, "/images/pxeboot/vmlinuz");
        assert_eq!(entry.initrds, vec!["/images/pxeboot/initrd.img"]);
        assert_eq!(
            entry.cmdline,
            "root=live:CDLABEL=Fedora-WS-Live-39-1-5 rd.live.image rd.live.check quiet"
        );
    }

    #[test]
    fn grub_source_title_default_and_several_initrds() {
        let read = reader(&[
            (
                "/boot/grub/grub.cfg",
                "set default='Live (dracut)'\nsource ${prefix}/entries.cfg\n",
            ),
            (
                "/boot/grub/entries.cfg",
                "menuentry \"Other\" {\n linux /boot/other\n initrd /boot/other.img\n}\n\
                 menuentry \"Live (dracut)\" --class os {\n  linuxefi /boot/x86_64/loader/linux \
                 root=live:CDLABEL=LIVE rd.live.image\n  initrdefi /boot/early_ucode.cpio \
                 /boot/x86_64/loader/initrd\n}\n",
            ),
        ]);
        let entry = find_boot_entry(Some("/boot/grub/i386-pc/eltorito.img"), &read).unwrap();
        assert_eq!(entry.kernel, "/boot/x86_64/loader/linux");
        assert_eq!(
            entry.initrds,
            vec!["/boot/early_ucode.cpio", "/boot/x86_64/loader/initrd"]
        );
        assert_eq!(entry.cmdline, "root=live:CDLABEL=LIVE rd.live.image");
        assert_eq!(entry.config, "/boot/grub/entries.cfg");
    }

    #[test]
    fn no_configuration_or_no_initrd_is_an_error() {
        let none = reader(&[]);
        let err = find_boot_entry(None, &none).unwrap_err().to_string();
        assert!(err.contains("no boot configuration"), "{err}");
        let no_initrd = reader(&[(
            "/isolinux/isolinux.cfg",
            "label live\n  kernel /live/vmlinuz\n  append boot=live\n",
        )]);
        let err = find_boot_entry(None, &no_initrd).unwrap_err().to_string();
        assert!(err.contains("has no initrd"), "{err}");
        let looping = reader(&[("/isolinux/isolinux.cfg", "include isolinux.cfg\n")]);
        let err = find_boot_entry(None, &looping).unwrap_err().to_string();
        assert!(err.contains("a loop"), "{err}");
    }

    /// Sixteen files each including the next ten times are 10^16 includes, none deeper
    /// than the limit; the search gives up after a bounded number of reads.
    #[test]
    fn includes_that_multiply_are_cut_off() {
        for (config, directive) in [
            ("/isolinux/isolinux.cfg", "include /isolinux/f"),
            ("/boot/grub/grub.cfg", "source /boot/grub/f"),
        ] {
            let dir = parent_dir(config);
            let mut files = vec![(config.to_string(), format!("{directive}0\n").repeat(10))];
            for i in 0..15 {
                let next = format!("{directive}{}\n", i + 1).repeat(10);
                files.push((format!("{dir}/f{i}"), next));
            }
            files.push((format!("{dir}/f15"), "# the end\n".to_string()));
            let files: HashMap<String, String> = files.into_iter().collect();
            let reads = std::cell::Cell::new(0usize);
            let read = |path: &str| {
                reads.set(reads.get() + 1);
                assert!(reads.get() < 10_000, "{config}: over 10,000 files read");
                files.get(path).cloned()
            };
            let err = find_boot_entry(None, &read).unwrap_err().to_string();
            assert!(err.contains("files read"), "{config}: {err}");
        }
    }
}
