//! A live ISO's default boot entry (kernel, initrds, kernel command line), found in its own
//! boot configuration: isolinux/syslinux `.cfg` files and GRUB `grub.cfg`, following
//! `include`/`source`/`configfile`. GRUB entries under a condition that can never hold
//! (`if false`, as live-build wraps its installer entries) are not entries; an entry whose
//! kernel or initrd the ISO lacks is passed over for the next one. I/O-free: files are given
//! by functions over absolute paths inside the ISO.

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
    /// Why each entry preferred to this one (the default first) could not boot.
    pub passed_over: Vec<String>,
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

/// Finds the default boot entry, or the first after it (in menu order, wrapping round) whose
/// kernel and initrds all exist. `boot_image` is the ISO path of the El Torito boot image,
/// if the ISO has one; `read` returns a file's text, or `None` if there is no such file;
/// `exists` says whether the ISO holds a file.
pub fn find_boot_entry(
    boot_image: Option<&str>,
    read: &dyn Fn(&str) -> Option<String>,
    exists: &dyn Fn(&str) -> bool,
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
            grub_entries(&path, &files)
        } else {
            syslinux_entries(&path, &files)
        };
        match found.and_then(|candidates| first_bootable(candidates, exists)) {
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
    /// Why the entry cannot boot from the ISO, if it cannot.
    fn unbootable(&self, exists: &dyn Fn(&str) -> bool) -> Option<String> {
        let Some(kernel) = &self.kernel else {
            return Some(format!("entry {:?} has no kernel", self.label));
        };
        if self.initrds.is_empty() {
            return Some(format!("entry {:?} has no initrd", self.label));
        }
        let missing = std::iter::once(kernel)
            .chain(&self.initrds)
            .find(|path| !exists(path))?;
        Some(format!(
            "the boot entry {:?} in {} names {missing}, which is not in the ISO",
            self.label, self.config
        ))
    }
}

/// The first of `candidates` (the default first) that can boot, with the reasons the ones
/// before it could not; an error with every reason if none can.
fn first_bootable(candidates: Vec<Entry>, exists: &dyn Fn(&str) -> bool) -> Result<BootEntry> {
    let mut passed_over = Vec::new();
    for entry in candidates {
        match entry.unbootable(exists) {
            Some(reason) => passed_over.push(reason),
            None => {
                return Ok(BootEntry {
                    kernel: entry.kernel.expect("a bootable entry has a kernel"),
                    initrds: entry.initrds,
                    cmdline: entry.cmdline,
                    config: entry.config,
                    passed_over,
                })
            }
        }
    }
    if passed_over.is_empty() {
        bail!("no entry with a kernel");
    }
    bail!("{}", passed_over.join("; "))
}

/// `entries` in the order they are tried: the default first, then those after it in menu
/// order, then those before it; entries with no kernel (menus, `localboot`) only if default.
fn default_first(mut entries: Vec<Entry>, default: Option<usize>) -> Vec<Entry> {
    let chosen = default.or_else(|| entries.iter().position(|e| e.kernel.is_some()));
    let Some(chosen) = chosen else {
        return Vec::new();
    };
    entries.rotate_left(chosen);
    let mut ordered = entries.into_iter();
    let first = ordered.next();
    first
        .into_iter()
        .chain(ordered.filter(|e| e.kernel.is_some()))
        .collect()
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

/// The syslinux entries, default first: `menu default`, else the label `default` names, else
/// the first label with a kernel.
fn syslinux_entries(config: &str, read: &Files) -> Result<Vec<Entry>> {
    let dir = parent_dir(config);
    let mut entries = Vec::new();
    let mut default = None;
    syslinux_collect(config, &dir, read, 0, &mut entries, &mut default)?;
    let chosen = entries.iter().position(|e| e.marked_default).or_else(|| {
        let name = default.as_deref()?;
        entries
            .iter()
            .position(|e| e.label.eq_ignore_ascii_case(name))
    });
    Ok(default_first(entries, chosen))
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

/// The GRUB entries, default first: `set default=N` (a top-level index) or `set
/// default="title"`, else the first `menuentry`.
fn grub_entries(config: &str, read: &Files) -> Result<Vec<Entry>> {
    let mut state = GrubState::default();
    // GRUB's `$prefix` is the directory it loaded grub.cfg from.
    let prefix = parent_dir(config);
    grub_collect(config, &prefix, read, 0, &mut state)?;
    let GrubState {
        entries, default, ..
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
    };
    let entries = entries.into_iter().map(|e| e.entry).collect();
    Ok(default_first(entries, chosen))
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
    let mut open_entry: Option<OpenEntry> = None;
    let mut conditions = Conditions::default();
    for line in text.lines() {
        let Some((word, rest)) = keyword(line) else {
            continue;
        };
        match word.as_str() {
            "if" => conditions.open(rest),
            "elif" => conditions.elif(rest),
            "else" => conditions.otherwise(),
            "fi" => conditions.close(),
            "}" => {
                depth_in_blocks = depth_in_blocks.saturating_sub(1);
                if open_entry
                    .as_ref()
                    .is_some_and(|open| open.opened_at == depth_in_blocks)
                {
                    let open = open_entry.take().expect("checked");
                    state.entries.push(GrubEntry {
                        entry: open.entry,
                        top_level_index: open.top_level_index,
                    });
                }
            }
            // GRUB never defines what it never reaches; the braces still nest.
            _ if conditions.unreachable() => {
                depth_in_blocks += usize::from(line.trim_end().ends_with('{'))
            }
            "menuentry" | "submenu" => {
                let top_level_index = (depth_in_blocks == 0).then(|| {
                    state.top_level += 1;
                    state.top_level - 1
                });
                if word == "menuentry" {
                    open_entry = Some(OpenEntry {
                        entry: Entry {
                            label: grub_title(rest),
                            config: config.to_string(),
                            ..Entry::default()
                        },
                        opened_at: depth_in_blocks,
                        top_level_index,
                    });
                }
                if rest.trim_end().ends_with('{') {
                    depth_in_blocks += 1;
                }
            }
            "linux" | "linuxefi" | "linux16" => {
                if let Some(open) = open_entry.as_mut() {
                    let mut words = rest.split_whitespace();
                    open.entry.kernel = words.next().map(|w| grub_path(w, prefix));
                    open.entry.cmdline = words.collect::<Vec<_>>().join(" ");
                }
            }
            "initrd" | "initrdefi" | "initrd16" => {
                if let Some(open) = open_entry.as_mut() {
                    open.entry.initrds = rest
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

/// A `menuentry` being read: where it opened, and its index among the top-level blocks.
struct OpenEntry {
    entry: Entry,
    opened_at: usize,
    top_level_index: Option<usize>,
}

/// Whether a branch of a GRUB `if` runs, as far as the configuration alone tells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Runs {
    Always,
    Never,
    Maybe,
}

/// The `if`/`elif`/`else` branches enclosing a line: for each open `if`, the branch the
/// line is in and whether an earlier branch surely ran.
#[derive(Default)]
struct Conditions {
    open: Vec<(Runs, bool)>,
}

impl Conditions {
    fn open(&mut self, condition: &str) {
        let runs = condition_runs(condition);
        self.open.push((runs, runs == Runs::Always));
    }

    fn elif(&mut self, condition: &str) {
        if let Some((branch, earlier_ran)) = self.open.last_mut() {
            *branch = if *earlier_ran {
                Runs::Never
            } else {
                condition_runs(condition)
            };
            *earlier_ran |= *branch == Runs::Always;
        }
    }

    fn otherwise(&mut self) {
        if let Some((branch, earlier_ran)) = self.open.last_mut() {
            // Only `if false` before an `else` makes it sure; else the earlier branch decides.
            *branch = match (*earlier_ran, *branch) {
                (true, _) => Runs::Never,
                (false, Runs::Never) => Runs::Always,
                (false, _) => Runs::Maybe,
            };
        }
    }

    fn close(&mut self) {
        self.open.pop();
    }

    /// Whether the current line is in a branch that never runs.
    fn unreachable(&self) -> bool {
        self.open.iter().any(|(branch, _)| *branch == Runs::Never)
    }
}

/// What an `if` condition comes to without running anything: `true`, `false`, their
/// negation, and `[ A = B ]`/`test A != B` of two constants; anything else may go either way.
fn condition_runs(condition: &str) -> Runs {
    let condition = condition.trim();
    let condition = condition
        .strip_suffix("then")
        .unwrap_or(condition)
        .trim_end()
        .trim_end_matches(';')
        .trim();
    if let Some(negated) = condition.strip_prefix("! ") {
        return match condition_runs(negated) {
            Runs::Always => Runs::Never,
            Runs::Never => Runs::Always,
            Runs::Maybe => Runs::Maybe,
        };
    }
    let words: Vec<&str> = condition.split_whitespace().collect();
    let comparison = match words.as_slice() {
        ["true"] => return Runs::Always,
        ["false"] => return Runs::Never,
        ["[", a, op, b, "]"] | ["test", a, op, b] => (unquote(a), *op, unquote(b)),
        _ => return Runs::Maybe,
    };
    let (a, op, b) = comparison;
    if a.contains('$') || b.contains('$') {
        return Runs::Maybe;
    }
    let equal = match op {
        "=" | "==" => a == b,
        "!=" => a != b,
        _ => return Runs::Maybe,
    };
    if equal {
        Runs::Always
    } else {
        Runs::Never
    }
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

    /// Every file exists.
    fn any(_: &str) -> bool {
        true
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
        let entry = find_boot_entry(Some("/isolinux/isolinux.bin"), &read, &any).unwrap();
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
        let entry = find_boot_entry(None, &read, &any).unwrap();
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
        let entry = find_boot_entry(Some("/images/eltorito.img"), &read, &any).unwrap();
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
        let entry = find_boot_entry(Some("/boot/grub/i386-pc/eltorito.img"), &read, &any).unwrap();
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
        let err = find_boot_entry(None, &none, &any).unwrap_err().to_string();
        assert!(err.contains("no boot configuration"), "{err}");
        let no_initrd = reader(&[(
            "/isolinux/isolinux.cfg",
            "label live\n  kernel /live/vmlinuz\n  append boot=live\n",
        )]);
        let err = find_boot_entry(None, &no_initrd, &any)
            .unwrap_err()
            .to_string();
        assert!(err.contains("has no initrd"), "{err}");
        let looping = reader(&[("/isolinux/isolinux.cfg", "include isolinux.cfg\n")]);
        let err = find_boot_entry(None, &looping, &any)
            .unwrap_err()
            .to_string();
        assert!(err.contains("a loop"), "{err}");
    }

    /// live-build's grub.cfg wraps its installer entries in `if false`: they are not
    /// entries, do not count for a numeric default, and what they source is not read.
    #[test]
    fn grub_entries_that_never_run_are_not_entries() {
        let read = reader(&[(
            "/boot/grub/grub.cfg",
            "set default=1
             if false; then
             menuentry \"Graphical install\" {\n linux /install/vmlinuz\n initrd /install/initrd.gz\n}
             source /boot/grub/install_start.cfg
             set default=0
             fi
             menuentry \"Live\" {
 linux /live/vmlinuz boot=live
 initrd /live/initrd.img
}
             if [ 0 = 1 ]; then
             menuentry \"Never\" {
 linux /never
 initrd /never.img
}
             elif true; then
             menuentry \"Live (fail-safe)\" {
 linux /live/vmlinuz boot=live noapic
 initrd /live/initrd.img
}
             else
             menuentry \"Never either\" {
 linux /never
 initrd /never.img
}
             fi
             if [ \"$grub_platform\" = efi ]; then
             menuentry \"Maybe\" {
 linux /maybe
 initrd /maybe.img
}
             fi
",
        )]);
        let entry = find_boot_entry(None, &read, &any).unwrap();
        // Index 1 among the reachable top-level entries: Live, Live (fail-safe), Maybe.
        assert_eq!(entry.cmdline, "boot=live noapic");
        assert!(entry.passed_over.is_empty(), "{:?}", entry.passed_over);

        // With the default gone, the next reachable entry; never an unreachable one.
        let lacking = |path: &str| path != "/live/vmlinuz";
        let entry = find_boot_entry(None, &read, &lacking).unwrap();
        assert_eq!(entry.kernel, "/maybe");
        assert_eq!(entry.passed_over.len(), 1, "{:?}", entry.passed_over);
        assert!(entry.passed_over[0].contains("\"Live (fail-safe)\""));
    }

    #[test]
    fn conditions_grub_can_decide_alone() {
        for (condition, runs) in [
            ("false; then", Runs::Never),
            ("true; then", Runs::Always),
            ("! false; then", Runs::Always),
            ("[ 0 = 1 ]; then", Runs::Never),
            ("[ \"a\" == \"a\" ]", Runs::Always),
            ("test x != x", Runs::Never),
            ("[ \"${grub_platform}\" = \"efi\" ]; then", Runs::Maybe),
            ("search --file /live/vmlinuz", Runs::Maybe),
        ] {
            assert!(condition_runs(condition) == runs, "{condition}");
        }
    }

    /// An entry whose kernel or initrd the ISO lacks is passed over, said why, for the next
    /// in menu order (wrapping round to those before the default).
    #[test]
    fn entries_with_missing_files_fall_back_to_the_next() {
        let read = reader(&[(
            "/isolinux/isolinux.cfg",
            "default b
             label a
  kernel /live/vmlinuz
  append initrd=/live/initrd.img boot=live a
             label b
  kernel /live/vmlinuz-gone
  append initrd=/live/initrd.img boot=live b
             label c
  kernel /live/vmlinuz
  append initrd=/live/initrd-gone.img boot=live c
             label hdt
  com32 hdt.c32
",
        )]);
        let present = |path: &str| !path.ends_with("-gone") && !path.ends_with("-gone.img");
        let entry = find_boot_entry(None, &read, &present).unwrap();
        assert_eq!(entry.cmdline, "boot=live a");
        assert_eq!(
            entry.passed_over,
            [
                "the boot entry \"b\" in /isolinux/isolinux.cfg names /live/vmlinuz-gone, \
                 which is not in the ISO",
                "the boot entry \"c\" in /isolinux/isolinux.cfg names /live/initrd-gone.img, \
                 which is not in the ISO",
            ]
        );
        let nothing = |_: &str| false;
        let err = find_boot_entry(None, &read, &nothing)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("names /live/vmlinuz-gone, which is not in the ISO"),
            "{err}"
        );
        assert!(err.contains("\"a\""), "{err}");
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
            let err = find_boot_entry(None, &read, &any).unwrap_err().to_string();
            assert!(err.contains("files read"), "{config}: {err}");
        }
    }
}
