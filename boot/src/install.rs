//! `install DISK`: copies the running block live root onto a disk with no reboot. The
//! stack the initramfs built (`/run/liveopt/stack`: live-root = linear over the snapshot
//! live-rw) is reloaded as a dm-raid raid1 of live-rw and the disk's root partition,
//! synced (writes go to both legs meanwhile), then switched to a linear table over the
//! whole partition (one suspend/load/resume) and grown online with resize2fs, then made
//! bootable with the installed system's own tools. The partition keeps the GPT name
//! `liveopt-incomplete` until the copy is complete, `liveopt-copied` until the disk is
//! bootable, so a half-made install is never mistaken for a system, and one cut after
//! the copy is finished from the medium without copying again.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::dm;
use crate::gpt::{self, Partition, SECTOR};
use crate::initramfs::STACK_FILE;

mod live_settings;
pub use live_settings::{
    live_settings_plan, parse_password_hash, passwordless_accounts, PasswordHash, LIVE_SUDOERS,
};

/// The GPT name of the root partition while the install is not finished.
pub const INCOMPLETE_NAME: &str = "liveopt-incomplete";
/// The GPT name once the switch is done: the partition holds the complete filesystem,
/// the disk is not bootable yet ([`finish_from_medium`] makes it so).
pub const COPIED_NAME: &str = "liveopt-copied";
/// The root partition's GPT name once the disk is bootable (set last).
pub const FINAL_NAME: &str = "root";
/// The dm device that maps the root partition (through the whole disk) during the copy.
pub const TARGET_DEVICE: &str = "liveopt-target";
/// The dm device that maps the EFI system partition while the disk is held by live-root
/// (a partition of a held disk can't be opened exclusively, so mkfs and mount go through dm).
pub const ESP_DEVICE: &str = "liveopt-esp";

const BIOS_BOOT_FIRST: u64 = 2048;
const BIOS_BOOT_SECTORS: u64 = 2048; // 1 MiB
const ESP_SECTORS: u64 = 128 * 2048; // 128 MiB
const ALIGN: u64 = 2048;

/// What `install` was asked.
#[derive(Clone, Debug)]
pub struct Options {
    /// dm-raid's max_recovery_rate, KiB/s per leg (0: unthrottled).
    pub rate_kib: u64,
    /// Passwords for the installed system's accounts; every other passwordless account
    /// is locked.
    pub passwords: Vec<PasswordHash>,
}

/// The stack the initramfs recorded.
pub fn read_stack(path: &Path) -> Result<BTreeMap<String, String>> {
    let text = fs::read_to_string(path).with_context(|| {
        format!(
            "no {}: the root is not the block live root (an overlay root can't be mirrored block by block; use `liveopt migrate --to-disk`)",
            path.display()
        )
    })?;
    Ok(text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect())
}

/// The plan: the target disk and its partitions.
#[derive(Debug)]
pub struct Plan {
    pub disk: PathBuf,
    pub disk_sectors: u64,
    pub source_sectors: u64,
    pub partitions: Vec<Partition>,
}

impl Plan {
    pub fn root(&self) -> &Partition {
        &self.partitions[2]
    }
}

/// Plans the GPT for a disk of `disk_sectors`: BIOS boot (1 MiB), ESP (128 MiB), root
/// (the rest, aligned), which must hold `source_sectors`.
pub fn plan(
    disk: &Path,
    disk_sectors: u64,
    source_sectors: u64,
    guids: [[u8; 16]; 3],
) -> Result<Plan> {
    let esp_first = BIOS_BOOT_FIRST + BIOS_BOOT_SECTORS;
    let root_first = esp_first + ESP_SECTORS;
    // The backup table takes the last 33 sectors.
    let root_last = (disk_sectors.saturating_sub(34) / ALIGN * ALIGN).saturating_sub(1);
    if root_last < root_first || root_last + 1 - root_first < source_sectors {
        bail!(
            "{} is too small: {} MiB, the live root needs {} MiB plus {} MiB for the boot partitions",
            disk.display(),
            mib(disk_sectors),
            mib(source_sectors),
            mib(root_first + 34)
        );
    }
    let part = |first, last, type_guid: &str, guid, name: &str| Partition {
        first,
        last,
        type_guid: type_guid.into(),
        unique_guid: guid,
        name: name.into(),
    };
    Ok(Plan {
        disk: disk.to_path_buf(),
        disk_sectors,
        source_sectors,
        partitions: vec![
            part(
                BIOS_BOOT_FIRST,
                esp_first - 1,
                gpt::BIOS_BOOT,
                guids[0],
                "BIOS boot",
            ),
            part(
                esp_first,
                root_first - 1,
                gpt::EFI_SYSTEM,
                guids[1],
                "EFI system",
            ),
            part(
                root_first,
                root_last,
                gpt::LINUX_FILESYSTEM,
                guids[2],
                INCOMPLETE_NAME,
            ),
        ],
    })
}

/// Checks that `/` is live-root and `disk` a whole, unused disk; returns the plan.
pub fn preflight(disk: &Path) -> Result<Plan> {
    let stack = read_stack(Path::new(STACK_FILE))?;
    let root = stack.get("root").map(String::as_str).unwrap_or("live-root");
    if stack.get("layout").map(String::as_str) != Some("block") {
        bail!("{STACK_FILE} describes no block live root; use `liveopt migrate --to-disk`");
    }
    let root_dev = dm::device_number(root).with_context(|| format!("no dm device {root}"))?;
    if fs::metadata("/")?.dev() != root_dev {
        bail!("/ is not on /dev/mapper/{root}; nothing to install from");
    }
    let table = dm::table(root)?;
    if table.len() != 1 || table[0].kind != "linear" {
        let kinds: Vec<&str> = table.iter().map(|t| t.kind.as_str()).collect();
        bail!("{root} is {kinds:?}, not the boot-time linear table (an install already ran or is running)");
    }
    let source_sectors = table[0].length;
    let meta = fs::metadata(disk).with_context(|| format!("no {}", disk.display()))?;
    if !meta.file_type().is_block_device() {
        bail!("{} is not a block device", disk.display());
    }
    let name = sys_name(meta.rdev())?;
    let sys = Path::new("/sys/class/block").join(&name);
    if sys.join("partition").exists() {
        bail!("{} is a partition; give the whole disk", disk.display());
    }
    if fs::read_to_string(sys.join("ro"))
        .unwrap_or_default()
        .trim()
        == "1"
    {
        bail!("{} is read-only", disk.display());
    }
    let mut busy = Vec::new();
    for dev in std::iter::once(name.clone()).chain(partitions_of(&sys)) {
        let holders = fs::read_dir(Path::new("/sys/class/block").join(&dev).join("holders"))
            .map(|d| d.count())
            .unwrap_or(0);
        if holders > 0 {
            busy.push(format!("{dev} is held by {holders} device(s)"));
        }
        if mounted(&dev) {
            busy.push(format!("{dev} is mounted"));
        }
    }
    if !busy.is_empty() {
        bail!("{} is in use: {}", disk.display(), busy.join(", "));
    }
    let disk_sectors: u64 = fs::read_to_string(sys.join("size"))?.trim().parse()?;
    let logical: u64 = fs::read_to_string(sys.join("queue/logical_block_size"))
        .unwrap_or_else(|_| "512".into())
        .trim()
        .parse()?;
    if logical != SECTOR {
        bail!(
            "{} has {logical}-byte sectors; only 512 is supported",
            disk.display()
        );
    }
    plan(
        disk,
        disk_sectors,
        source_sectors,
        [random_guid()?, random_guid()?, random_guid()?],
    )
}

/// An install that never finished, as its GPT records it: partition 3's stage name
/// ([`INCOMPLETE_NAME`] or [`COPIED_NAME`]) and its first and last sector.
#[derive(Debug, PartialEq, Eq)]
pub struct CutOff {
    pub stage: &'static str,
    pub first: u64,
    pub last: u64,
}

/// Whether `disk` holds the GPT of an install that never finished (partition 3 still
/// named by a stage; it is renamed [`FINAL_NAME`] only once the disk is bootable).
pub fn cut_off_install(disk: &Path) -> Result<Option<CutOff>> {
    let mut file = File::open(disk).with_context(|| format!("reading {}", disk.display()))?;
    let mut head = vec![0u8; 34 * SECTOR as usize];
    if file.read_exact(&mut head).is_err() {
        return Ok(None);
    }
    let header = &head[SECTOR as usize..2 * SECTOR as usize];
    if &header[0..8] != b"EFI PART"
        || u64::from_le_bytes(header[72..80].try_into().expect("8 bytes")) != 2
    {
        return Ok(None);
    }
    let entry = &head[2 * SECTOR as usize + 2 * 128..2 * SECTOR as usize + 3 * 128];
    let units: Vec<u16> = entry[56..128]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    let name = String::from_utf16_lossy(&units);
    let lba = |at: usize| u64::from_le_bytes(entry[at..at + 8].try_into().expect("8 bytes"));
    Ok([INCOMPLETE_NAME, COPIED_NAME]
        .into_iter()
        .find(|stage| *stage == name)
        .map(|stage| CutOff {
            stage,
            first: lba(32),
            last: lba(40),
        }))
}

/// What the start of `disk` holds, if anything: a partition table or a filesystem
/// signature (the common ones, at their fixed offsets).
pub fn existing_data(disk: &Path) -> Result<Option<&'static str>> {
    let mut head = vec![0u8; 68 * 1024];
    let mut file = File::open(disk).with_context(|| format!("reading {}", disk.display()))?;
    let mut filled = 0;
    while filled < head.len() {
        match file.read(&mut head[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(signature(&head[..filled]))
}

fn signature(head: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    [
        (512, &b"EFI PART"[..], "a GPT partition table"),
        (
            510,
            &[0x55, 0xaa][..],
            "an MBR partition table or boot sector",
        ),
        (1080, &[0x53, 0xef][..], "an ext2/3/4 filesystem"),
        (0, &b"XFSB"[..], "an XFS filesystem"),
        (65600, &b"_BHRfS_M"[..], "a Btrfs filesystem"),
        (4086, &b"SWAPSPACE2"[..], "a swap area"),
        (32769, &b"CD001"[..], "an ISO 9660 filesystem"),
    ]
    .into_iter()
    .find(|(offset, magic, _)| at(*offset, magic))
    .map(|(_, _, what)| what)
}

fn mib(sectors: u64) -> u64 {
    (sectors * SECTOR) >> 20
}

fn sys_name(rdev: u64) -> Result<String> {
    dm::block_name(libc::major(rdev), libc::minor(rdev)).with_context(|| {
        format!(
            "no sysfs entry for block device {}:{}",
            libc::major(rdev),
            libc::minor(rdev)
        )
    })
}

fn partitions_of(sys: &Path) -> Vec<String> {
    let name = sys
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    fs::read_dir(sys)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&name) && n != &name)
        .collect()
}

fn mounted(dev: &str) -> bool {
    let mounts = fs::read_to_string("/proc/mounts").unwrap_or_default();
    let swaps = fs::read_to_string("/proc/swaps").unwrap_or_default();
    let path = format!("/dev/{dev}");
    mounts
        .lines()
        .chain(swaps.lines())
        .any(|l| l.split_whitespace().next() == Some(&path))
}

fn random_guid() -> Result<[u8; 16]> {
    let mut guid = [0u8; 16];
    File::open("/dev/urandom")?.read_exact(&mut guid)?;
    guid[7] = (guid[7] & 0x0f) | 0x40; // version 4 (stored little-endian: byte 7 is the high one)
    guid[8] = (guid[8] & 0x3f) | 0x80;
    Ok(guid)
}

/// The one-screen summary of `plan`.
/// What `install` will do, one screen, before anything is written; `live_settings` are
/// the lines of [`live_settings_plan`].
pub fn summary(plan: &Plan, live_settings: &[String]) -> String {
    let mut text = format!(
        "install the running live system onto {} ({} MiB); EVERYTHING ON IT IS LOST\n",
        plan.disk.display(),
        mib(plan.disk_sectors)
    );
    for (i, p) in plan.partitions.iter().enumerate() {
        text.push_str(&format!(
            "  partition {}: {:<20} {:>8} MiB at sector {}\n",
            i + 1,
            p.name,
            mib(p.sectors()),
            p.first
        ));
    }
    text.push_str(&format!(
        "  copy: live-root ({} MiB, the session's changes included) mirrored onto partition 3 while it runs,\n  then switched to it and grown to {} MiB\n",
        mib(plan.source_sectors),
        mib(plan.root().sectors())
    ));
    text.push_str(&live_settings_text(live_settings));
    text
}

/// The "live-only settings" block of a summary.
pub fn live_settings_text(lines: &[String]) -> String {
    let mut text = String::from("  live-only settings on the installed disk:\n");
    if lines.is_empty() {
        text.push_str("    none found\n");
    }
    for line in lines {
        text.push_str(&format!("    {line}\n"));
    }
    text
}

/// Runs the install (after [`preflight`]); prints progress on stderr.
pub fn install(plan: &Plan, opts: &Options) -> Result<()> {
    let stack = read_stack(Path::new(STACK_FILE))?;
    write_table(plan)?;
    let root = plan.root();
    let disk = plan.disk.display().to_string();
    for module in ["dm-raid", "raid1"] {
        // Built in or already loaded is fine too; the table load below says if it is missing.
        let _ = Command::new("modprobe").arg(module).status();
    }
    let source = plan.source_sectors;
    // The copy's leg maps the partition through the whole disk (as kpartx does), so GRUB
    // can later follow live-root to the disk; a partition and its disk can't both be held.
    dm::create(
        TARGET_DEVICE,
        &dm::parse_table(&format!("0 {source} linear {disk} {}", root.first))?,
    )?;
    let throttle = match opts.rate_kib {
        0 => String::new(),
        rate => format!(" max_recovery_rate {rate}"),
    };
    let params = if throttle.is_empty() { 5 } else { 7 };
    let raid = format!(
        "0 {source} raid raid1 {params} 0 region_size 1024 rebuild 1{throttle} 2 - /dev/mapper/live-rw - {}",
        dm::mapper_path(TARGET_DEVICE).display()
    );
    swap_table("live-root", &raid).context("loading the raid1 mirror into live-root")?;
    eprintln!("install: copying live-root onto {disk} partition 3 (the system keeps running)");
    let started = Instant::now();
    let mut last_print = Instant::now() - Duration::from_secs(10);
    loop {
        let status = dm::status("live-root")?;
        let (health, done, total, action) = raid_progress(&status[0].params)
            .with_context(|| format!("unexpected raid status {:?}", status[0].params))?;
        if health.contains('D') {
            bail!(
                "a leg of the mirror failed ({health}); live-root keeps running on the live medium"
            );
        }
        if last_print.elapsed() >= Duration::from_secs(5) {
            let rate = done as f64 * 512.0 / started.elapsed().as_secs_f64().max(0.1) / 1e6;
            eprintln!(
                "install: {:5.1}% ({} of {} MiB, {rate:.1} MB/s) {action}",
                done as f64 * 100.0 / total.max(1) as f64,
                done >> 11,
                total >> 11
            );
            last_print = Instant::now();
        }
        if health == "AA" && action == "idle" && done == total {
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    let copy = started.elapsed();
    let pause = swap_table(
        "live-root",
        &format!("0 {} linear {disk} {}", root.sectors(), root.first),
    )
    .context("switching live-root to the disk")?;
    dm::remove(TARGET_DEVICE)?;
    // The marker a resume trusts: from here the partition holds the whole filesystem.
    if let Err(err) = rename_partition(&plan.disk, 2, COPIED_NAME) {
        eprintln!("install: naming partition 3 {COPIED_NAME} failed ({err:#}); a cut before the end would redo the copy");
    }
    eprintln!(
        "install: copied {} MiB in {:.1} s ({:.1} MB/s); switched to {disk} in a {} ms pause",
        source >> 11,
        copy.as_secs_f64(),
        source as f64 * 512.0 / copy.as_secs_f64().max(0.001) / 1e6,
        pause.as_millis()
    );
    let status = Command::new("resize2fs")
        .arg(dm::mapper_path("live-root"))
        .status()
        .context("starting resize2fs")?;
    if !status.success() {
        bail!("resize2fs failed ({status}); the root runs from {disk} at its old size");
    }
    let status = Command::new("tune2fs")
        .args(["-U", "random"])
        .arg(dm::mapper_path("live-root"))
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!(
            "install: tune2fs -U random failed; the installed filesystem keeps the image's UUID"
        );
    }
    release_medium(&stack);
    make_bootable(plan, &Installed::running(), &opts.passwords).with_context(|| {
        format!("making {disk} bootable (the system runs from it; partition 3 stays named {COPIED_NAME}: `install --resume` from the medium finishes it)")
    })?;
    eprintln!("install: done; {disk} boots on its own (BIOS and UEFI)");
    Ok(())
}

/// The installed system [`make_bootable`] works on: the running root (right after the
/// switch), or the disk's root partition mounted by the medium's session (a resumed
/// install), whose tools then run under `chroot`.
pub struct Installed {
    pub root: PathBuf,
    pub device: PathBuf,
    /// The ESP's own partition device; `None` while live-root holds the disk (then it is
    /// mapped through dm, see [`ESP_DEVICE`]). With partition 3 mounted, dm can't claim
    /// the whole disk, so the resumed install uses the partition.
    pub esp: Option<PathBuf>,
}

impl Installed {
    pub fn running() -> Installed {
        Installed {
            root: PathBuf::from("/"),
            device: dm::mapper_path("live-root"),
            esp: None,
        }
    }

    /// `path` (absolute, as the installed system sees it) from here.
    fn at(&self, path: &str) -> PathBuf {
        self.root.join(path.trim_start_matches('/'))
    }

    fn run(&self, tool: &str, args: &[&str]) -> Result<()> {
        if self.root == Path::new("/") {
            return run_tool(tool, args);
        }
        let root = self.root.display().to_string();
        let mut all = vec![root.as_str(), tool];
        all.extend_from_slice(args);
        run_tool("chroot", &all)
    }

    /// What `tool` prints on stdout, whatever its exit status (package queries exit
    /// non-zero when one of several names is unknown, and still list the others).
    fn output(&self, tool: &str, args: &[&str]) -> Result<String> {
        let mut command = match self.root == Path::new("/") {
            true => Command::new(tool),
            false => {
                let mut chroot = Command::new("chroot");
                chroot.arg(&self.root).arg(tool);
                chroot
            }
        };
        let out = command
            .args(args)
            .stderr(std::process::Stdio::null())
            .output()
            .with_context(|| format!("starting {tool}"))?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// Packages that only belong on a live medium: Debian's live-boot, live-config and
/// live-tools, Ubuntu's casper, Fedora's livesys-scripts. The distributions' own
/// installers remove them; so does `install`, before the initramfs is made (live-tools
/// diverts `update-initramfs`, live-boot adds its hooks to the initramfs).
pub const LIVE_ONLY_PACKAGES: &[&str] = &[
    "live-boot",
    "live-boot-initramfs-tools",
    "live-config",
    "live-config-systemd",
    "live-config-sysvinit",
    "live-tools",
    "casper",
    "livesys-scripts",
];

/// Purges the [`LIVE_ONLY_PACKAGES`] the installed system has, with its own package
/// manager (dpkg or rpm); says which in one line.
fn remove_live_only_packages(target: &Installed) -> Result<()> {
    let root = target.at("/");
    let installed: Vec<String> = if on_path(&root, "dpkg-query") {
        let mut args = vec!["-W", "-f", "${Package} ${db:Status-Abbrev}\n"];
        args.extend_from_slice(LIVE_ONLY_PACKAGES);
        installed_dpkg_packages(&target.output("dpkg-query", &args)?)
    } else if on_path(&root, "rpm") {
        let mut args = vec!["-q", "--qf", "%{NAME}\n"];
        args.extend_from_slice(LIVE_ONLY_PACKAGES);
        let listing = target.output("rpm", &args)?;
        LIVE_ONLY_PACKAGES
            .iter()
            .filter(|name| listing.lines().any(|l| l.trim() == **name))
            .map(|name| name.to_string())
            .collect()
    } else {
        eprintln!(
            "install: no dpkg or rpm in the installed system; live-only packages not looked for"
        );
        return Ok(());
    };
    if installed.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = installed.iter().map(String::as_str).collect();
    if on_path(&root, "dpkg") {
        let mut args = vec!["--purge"];
        args.extend_from_slice(&names);
        target.run("dpkg", &args)
    } else {
        let mut args = vec!["-e"];
        args.extend_from_slice(&names);
        target.run("rpm", &args)
    }
    .context("removing the live-only packages")?;
    eprintln!("install: removed live-only packages: {}", names.join(" "));
    Ok(())
}

/// The packages `dpkg-query -W -f '${Package} ${db:Status-Abbrev}\n'` lists as installed
/// (status `ii`, or any other with the package's files on disk).
fn installed_dpkg_packages(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter_map(|line| line.split_once(' '))
        .filter(|(_, status)| {
            matches!(
                status.as_bytes().get(1),
                Some(b'i' | b'U' | b'F' | b'H' | b'W' | b't')
            )
        })
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Step 7, with the installed system's own tools: the EFI system partition (FAT32,
/// through dm), fstab by UUID, the console settings of this session for GRUB and the
/// kernel, the live-only packages and settings dropped (`passwords` set, other
/// passwordless accounts locked), the initramfs (initramfs-tools), a GRUB config, GRUB for BIOS (in the BIOS boot
/// partition) and UEFI (the removable path, no NVRAM entry needed), then the partition's
/// final GPT name, last: until then nothing calls the disk installed. Every step
/// overwrites what an earlier, cut-off run left.
pub fn make_bootable(plan: &Plan, target: &Installed, passwords: &[PasswordHash]) -> Result<()> {
    let disk = plan.disk.display().to_string();
    let esp = &plan.partitions[1];
    let root_uuid = ext4_uuid(&target.device)?;
    let versions = kernel_versions(&target.at("/"))?;
    if versions.is_empty() {
        bail!("no /boot/vmlinuz-<version> with its /usr/lib/modules/<version>: the system has no kernel package to boot");
    }
    for tool in ["update-initramfs", "grub-install", "mkfs.vfat"] {
        if !on_path(&target.at("/"), tool) {
            bail!("no {tool} in the installed system (initramfs-tools, grub-pc-bin/grub-efi-amd64-bin and dosfstools are needed)");
        }
    }
    eprintln!(
        "install: making {disk} bootable (kernel {})",
        versions.join(", ")
    );
    let started = Instant::now();
    let esp_dev = match &target.esp {
        Some(dev) => dev.clone(),
        None => {
            let _ = dm::remove(ESP_DEVICE);
            dm::create(
                ESP_DEVICE,
                &dm::parse_table(&format!("0 {} linear {disk} {}", esp.sectors(), esp.first))?,
            )?;
            dm::mapper_path(ESP_DEVICE)
        }
    };
    let result = (|| -> Result<()> {
        target.run(
            "mkfs.vfat",
            &["-F", "32", "-n", "EFI", &esp_dev.display().to_string()],
        )?;
        let esp_id = fat_volume_id(&esp_dev)?;
        fs::create_dir_all(target.at("/boot/efi"))?;
        run_tool(
            "mount",
            &[
                "-t",
                "vfat",
                &esp_dev.display().to_string(),
                &target.at("/boot/efi").display().to_string(),
            ],
        )?;
        let console = console_args(&fs::read_to_string("/proc/cmdline").unwrap_or_default());
        formats_write(&target.at("/etc/fstab"), &fstab(&root_uuid, &esp_id))?;
        fs::create_dir_all(target.at("/etc/default/grub.d"))?;
        formats_write(
            &target.at("/etc/default/grub.d/liveopt.cfg"),
            &grub_defaults(&console),
        )?;
        // Host-only, as dracut makes Fedora's: the modules this machine's root needs, not
        // initramfs-tools' `most` (hundreds of modules, minutes of shell on a slow CPU).
        fs::create_dir_all(target.at("/etc/initramfs-tools/conf.d"))?;
        formats_write(
            &target.at("/etc/initramfs-tools/conf.d/liveopt-install"),
            "# Written by liveopt install: MODULES=most makes the disk portable to other machines.\nMODULES=dep\n",
        )?;
        remove_live_only_packages(target)?;
        live_settings::drop_live_settings(target, passwords)?;
        for version in &versions {
            let mode = match target.at(&format!("/boot/initrd.img-{version}")).exists() {
                true => "-u",
                false => "-c",
            };
            target.run("update-initramfs", &[mode, "-k", version])?;
        }
        fs::create_dir_all(target.at("/boot/grub"))?;
        formats_write(
            &target.at("/boot/grub/grub.cfg"),
            &grub_config(&root_uuid, &versions, &console),
        )?;
        target.run(
            "grub-install",
            &["--target=i386-pc", "--boot-directory=/boot", &disk],
        )?;
        target.run(
            "grub-install",
            &[
                "--target=x86_64-efi",
                "--efi-directory=/boot/efi",
                "--boot-directory=/boot",
                "--removable",
                "--no-nvram",
            ],
        )?;
        // SAFETY: no arguments.
        unsafe { libc::sync() };
        Ok(())
    })();
    let _ = run_tool("umount", &[&target.at("/boot/efi").display().to_string()]);
    if target.esp.is_none() {
        let _ = dm::remove(ESP_DEVICE);
    }
    result?;
    rename_partition(&plan.disk, 2, FINAL_NAME)?;
    eprintln!(
        "install: made bootable in {:.1} s; partition 3 of {disk} renamed {FINAL_NAME}",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Finishes, from the medium's session, an install cut off after the copy (partition 3
/// named [`COPIED_NAME`]): mounts the partition, grows it and gives it its own UUID if
/// that step was cut too, then [`make_bootable`] in a chroot. Nothing is copied.
pub fn finish_from_medium(plan: &Plan, passwords: &[PasswordHash]) -> Result<()> {
    let dev = partition_device(&plan.disk, 3)?;
    let dev_path = dev.display().to_string();
    let root = PathBuf::from("/run/liveopt/installed");
    fs::create_dir_all(&root)?;
    let root_path = root.display().to_string();
    run_tool("mount", &["-t", "ext4", &dev_path, &root_path])?;
    let mut mounts = vec![root_path.clone()];
    let result = (|| -> Result<()> {
        // Both are no-ops when the cut came after them.
        run_tool("resize2fs", &[&dev_path])?;
        if ext4_uuid(&dev)? == ext4_uuid(&dm::mapper_path("live-root"))? {
            run_tool("tune2fs", &["-U", "random", &dev_path])?;
        }
        for api in ["/dev", "/proc", "/sys", "/run"] {
            let at = root.join(&api[1..]).display().to_string();
            run_tool("mount", &["--bind", api, &at])?;
            mounts.push(at);
        }
        make_bootable(
            plan,
            &Installed {
                root: root.clone(),
                device: dev.clone(),
                esp: Some(partition_device(&plan.disk, 2)?),
            },
            passwords,
        )
    })();
    for at in mounts.iter().rev() {
        if let Err(err) = run_tool("umount", &[at]) {
            eprintln!("install: unmounting {at}: {err}");
        }
    }
    result
}

/// The device node of partition `number` of `disk`, as the kernel names it.
fn partition_device(disk: &Path, number: u32) -> Result<PathBuf> {
    let name = sys_name(fs::metadata(disk)?.rdev())?;
    let sys = Path::new("/sys/class/block").join(&name);
    partitions_of(&sys)
        .into_iter()
        .find(|p| {
            fs::read_to_string(sys.join(p).join("partition"))
                .is_ok_and(|n| n.trim() == number.to_string())
        })
        .map(|p| Path::new("/dev").join(p))
        .with_context(|| {
            format!(
                "the kernel sees no partition {number} on {}",
                disk.display()
            )
        })
}

fn formats_write(path: &Path, text: &str) -> Result<()> {
    formats::write_atomic(path, text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))
}

fn on_path(root: &Path, tool: &str) -> bool {
    std::env::var("PATH")
        .unwrap_or_else(|_| "/usr/sbin:/usr/bin:/sbin:/bin".into())
        .split(':')
        .chain(["/usr/sbin", "/sbin"])
        .any(|dir| root.join(dir.trim_start_matches('/')).join(tool).is_file())
}

/// Kernel versions with both an image in `root`/boot and modules.
fn kernel_versions(root: &Path) -> Result<Vec<String>> {
    let mut versions: Vec<String> = fs::read_dir(root.join("boot"))?
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_string_lossy()
                .strip_prefix("vmlinuz-")
                .map(str::to_string)
        })
        .filter(|v| root.join("usr/lib/modules").join(v).is_dir())
        .collect();
    versions.sort();
    versions.reverse();
    Ok(versions)
}

/// The ext4 UUID of `dev` (superblock at 1024, s_uuid at 0x68).
fn ext4_uuid(dev: &Path) -> Result<String> {
    let mut sb = [0u8; 1024];
    let mut file = File::open(dev).with_context(|| format!("reading {}", dev.display()))?;
    file.seek(SeekFrom::Start(1024))?;
    file.read_exact(&mut sb)?;
    if sb[0x38..0x3a] != [0x53, 0xef] {
        bail!("{} holds no ext4 superblock", dev.display());
    }
    let u = &sb[0x68..0x78];
    let hex: Vec<String> = u.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        hex[0..4].concat(),
        hex[4..6].concat(),
        hex[6..8].concat(),
        hex[8..10].concat(),
        hex[10..16].concat()
    ))
}

/// A FAT32 volume id as fstab's UUID= spells it (`ABCD-1234`; boot sector offset 0x43).
fn fat_volume_id(dev: &Path) -> Result<String> {
    let mut boot = [0u8; 512];
    File::open(dev)?.read_exact(&mut boot)?;
    let id = u32::from_le_bytes(boot[0x43..0x47].try_into().expect("4 bytes"));
    Ok(format!("{:04X}-{:04X}", id >> 16, id & 0xffff))
}

/// The `console=` arguments of this session's command line, kept for the installed one.
pub fn console_args(cmdline: &str) -> Vec<String> {
    cmdline
        .split_whitespace()
        .filter(|a| a.starts_with("console="))
        .map(str::to_string)
        .collect()
}

/// The serial unit GRUB should use, from `console=ttySN[,speed]`.
fn serial_console(console: &[String]) -> Option<(u32, u32)> {
    console.iter().find_map(|a| {
        let spec = a.strip_prefix("console=ttyS")?;
        let (unit, speed) = spec.split_once(',').unwrap_or((spec, "115200"));
        let speed: String = speed.chars().take_while(char::is_ascii_digit).collect();
        Some((unit.parse().ok()?, speed.parse().unwrap_or(115200)))
    })
}

pub fn fstab(root_uuid: &str, esp_id: &str) -> String {
    format!(
        "# written by liveopt install\n\
         UUID={root_uuid} / ext4 errors=remount-ro 0 1\n\
         UUID={esp_id} /boot/efi vfat umask=0077 0 1\n"
    )
}

/// /etc/default/grub.d/liveopt.cfg: update-grub keeps the session's console later.
pub fn grub_defaults(console: &[String]) -> String {
    let mut text = format!(
        "# written by liveopt install: the live session's console\nGRUB_CMDLINE_LINUX=\"{}\"\n",
        console.join(" ")
    );
    if let Some((unit, speed)) = serial_console(console) {
        text.push_str(&format!(
            "GRUB_TERMINAL=\"serial console\"\nGRUB_SERIAL_COMMAND=\"serial --unit={unit} --speed={speed}\"\n"
        ));
    }
    text
}

/// /boot/grub/grub.cfg: one entry per kernel, root by UUID (update-grub would probe the
/// dm device the system runs on now, not the partition it boots from).
pub fn grub_config(root_uuid: &str, versions: &[String], console: &[String]) -> String {
    let mut text = String::from("# written by liveopt install; update-grub replaces it\n");
    if let Some((unit, speed)) = serial_console(console) {
        text.push_str(&format!(
            "serial --unit={unit} --speed={speed}\nterminal_input serial console\nterminal_output serial console\n"
        ));
    }
    text.push_str(&format!(
        "set timeout=1\ninsmod part_gpt\ninsmod ext2\nsearch --no-floppy --fs-uuid --set=root {root_uuid}\n"
    ));
    for version in versions {
        text.push_str(&format!(
            "menuentry 'Linux {version}' {{\n  linux /boot/vmlinuz-{version} root=UUID={root_uuid} ro {}\n  initrd /boot/initrd.img-{version}\n}}\n",
            console.join(" ")
        ));
    }
    text
}

/// Renames partition `index` in both copies of the GPT: the backup first, the primary last.
pub fn rename_partition(disk: &Path, index: usize, name: &str) -> Result<()> {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(disk)
        .with_context(|| format!("opening {}", disk.display()))?;
    let read = |file: &mut File, sector: u64, count: u64| -> Result<Vec<u8>> {
        let mut buf = vec![0u8; (count * SECTOR) as usize];
        file.seek(SeekFrom::Start(sector * SECTOR))?;
        file.read_exact(&mut buf)?;
        Ok(buf)
    };
    let primary = read(&mut file, 1, 1)?;
    if &primary[0..8] != b"EFI PART" {
        bail!("{} has no GPT", disk.display());
    }
    let backup_lba = u64::from_le_bytes(primary[32..40].try_into().expect("8 bytes"));
    let mut copies = Vec::new();
    for lba in [backup_lba, 1] {
        let mut header = read(&mut file, lba, 1)?;
        let at = u64::from_le_bytes(header[72..80].try_into().expect("8 bytes"));
        let bytes = u32::from_le_bytes(header[80..84].try_into().expect("4"))
            * u32::from_le_bytes(header[84..88].try_into().expect("4"));
        let mut entries = read(&mut file, at, (bytes as u64).div_ceil(SECTOR))?;
        entries.truncate(bytes as usize);
        gpt::rename(&mut header, &mut entries, index, name)
            .with_context(|| format!("the GPT copy at sector {lba} of {}", disk.display()))?;
        copies.push((lba, header, at, entries));
    }
    for (lba, header, at, entries) in copies {
        file.seek(SeekFrom::Start(at * SECTOR))?;
        file.write_all(&entries)?;
        file.seek(SeekFrom::Start(lba * SECTOR))?;
        file.write_all(&header)?;
        file.sync_all()?;
    }
    Ok(())
}

/// After the switch nothing of the live stack is in use: removes the snapshot, detaches
/// its loops, frees the copy-on-write store, unmounts everything under `/run/live` and
/// ejects the medium when it is a CD. Each step is reported on failure and skipped, never
/// fatal: the system already runs from the disk.
pub fn release_medium(stack: &BTreeMap<String, String>) {
    let warn = |what: &str, err: &dyn std::fmt::Display| {
        eprintln!("install: {what}: {err}; left in place")
    };
    let snapshot = stack.get("snapshot").map_or("live-rw", String::as_str);
    if let Err(err) = dm::remove(snapshot) {
        warn(&format!("removing {snapshot}"), &err);
        return;
    }
    for key in ["image_loop", "cow_loop"] {
        if let Some(dev) = stack.get(key) {
            if let Err(err) = run_tool("losetup", &["-d", dev]) {
                warn(&format!("detaching {dev}"), &err);
            }
        }
    }
    if let Some(cow) = stack.get("cow_file") {
        let _ = fs::remove_file(cow);
    }
    // Deepest first: the squashfs, then whatever holds the medium.
    let mounts = fs::read_to_string("/proc/mounts").unwrap_or_default();
    let mut medium_devices = Vec::new();
    for line in mounts.lines().rev() {
        let mut words = line.split_whitespace();
        let (Some(source), Some(target)) = (words.next(), words.next()) else {
            continue;
        };
        if !target.starts_with("/run/live/") {
            continue;
        }
        medium_devices.push(source.to_string());
        if let Err(err) = run_tool("umount", &[target]) {
            warn(&format!("unmounting {target}"), &err);
        }
    }
    let medium = stack.get("medium").cloned().unwrap_or_default();
    for dev in medium_devices.iter().chain(std::iter::once(&medium)) {
        if dev.starts_with("/dev/sr") {
            match eject(Path::new(dev)) {
                Ok(()) => eprintln!("install: ejected {dev}"),
                Err(err) => warn(&format!("ejecting {dev}"), &err),
            }
            break;
        }
    }
}

fn run_tool(tool: &str, args: &[&str]) -> Result<()> {
    let out = Command::new(tool)
        .args(args)
        .output()
        .with_context(|| format!("starting {tool}"))?;
    if !out.status.success() {
        bail!("{tool} {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

/// `CDROMEJECT` and `CDROM_LOCKDOOR`, linux/cdrom.h.
const CDROMEJECT: libc::c_ulong = 0x5309;
const CDROM_LOCKDOOR: libc::c_ulong = 0x5329;

/// Unlocks the tray, then ejects. On `sr`, `CDROMEJECT` is a bare SCSI START STOP UNIT
/// (scsi_ioctl), refused while the tray is locked: systemd's udev rules lock it
/// (`cdrom_id --lock-media`) and the kernel's cdrom layer does not know. A refusal comes
/// back as a positive SCSI result, not -1 and errno (which is why an earlier version
/// printed a stale ENOENT).
fn eject(dev: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    let cd = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(dev)?;
    for (request, what) in [
        (CDROM_LOCKDOOR, "unlocking the tray"),
        (CDROMEJECT, "eject"),
    ] {
        // SAFETY: ioctls with an integer argument (0) on an open CD device.
        let rc = unsafe { libc::ioctl(cd.as_raw_fd(), request as _, 0) };
        if rc < 0 {
            bail!("{what}: {}", std::io::Error::last_os_error());
        }
        if rc > 0 {
            bail!("{what}: the drive refused (SCSI result {rc:#x})");
        }
    }
    Ok(())
}

/// Loads `table` into `name`'s inactive slot, then suspends and resumes it (the order
/// dmsetup uses); returns how long I/O was paused. Loading while the root is suspended
/// hangs: dm-raid's constructor allocates memory, and reclaim waits on writeback to the
/// suspended root (the guest then logged hung tasks and, after ten minutes, `Failed to
/// run raid array (-ENOMEM)`). The process is locked in memory first, because this
/// binary lives on that root and a page fault while it is suspended never returns.
fn swap_table(name: &str, table: &str) -> Result<Duration> {
    let table = dm::parse_table(table)?;
    dm::load(name, &table)?;
    // SAFETY: mlockall takes flags only.
    if unsafe { libc::mlockall(libc::MCL_CURRENT | libc::MCL_FUTURE) } != 0 {
        eprintln!(
            "install: mlockall failed ({}); continuing",
            std::io::Error::last_os_error()
        );
    }
    // Dirty data now would be flushed inside the pause (suspend freezes the filesystem);
    // written back first, it is not, and the session's writes go on meanwhile.
    // SAFETY: no arguments.
    unsafe { libc::sync() };
    let started = Instant::now();
    let swapped = dm::suspend(name).and_then(|_| dm::resume(name));
    let pause = started.elapsed();
    // SAFETY: no arguments.
    unsafe { libc::munlockall() };
    swapped?;
    Ok(pause)
}

/// dm-raid's status: `raid1 2 AA 393216/393216 idle ...` → (health, done, total, action).
pub fn raid_progress(status: &str) -> Option<(String, u64, u64, String)> {
    let words: Vec<&str> = status.split_whitespace().collect();
    let health = words.get(2)?.to_string();
    let (done, total) = words.get(3)?.split_once('/')?;
    Some((
        health,
        done.parse().ok()?,
        total.parse().ok()?,
        words.get(4)?.to_string(),
    ))
}

fn write_table(plan: &Plan) -> Result<()> {
    let sectors = gpt::table(plan.disk_sectors, random_guid()?, &plan.partitions)?;
    let mut disk = OpenOptions::new()
        .write(true)
        .custom_flags_excl()
        .open(&plan.disk)
        .with_context(|| format!("opening {} exclusively", plan.disk.display()))?;
    for (sector, bytes) in &sectors {
        disk.seek(SeekFrom::Start(sector * SECTOR))?;
        disk.write_all(bytes)?;
    }
    // Zero the start of the root partition: no stale filesystem signature on it until the
    // copy writes the image's superblock.
    disk.seek(SeekFrom::Start(plan.root().first * SECTOR))?;
    disk.write_all(&vec![0u8; 1 << 20])?;
    disk.sync_all()?;
    // BLKRRPART: the kernel re-reads the table (needs no other opener).
    // SAFETY: an ioctl with no argument on an open block device.
    let rc = unsafe { libc::ioctl(std::os::unix::io::AsRawFd::as_raw_fd(&disk), BLKRRPART as _) };
    if rc != 0 {
        bail!(
            "re-reading the partition table of {}: {}",
            plan.disk.display(),
            std::io::Error::last_os_error()
        );
    }
    Ok(())
}

/// `_IO(0x12, 95)`, linux/fs.h.
const BLKRRPART: libc::c_ulong = 0x125f;

trait ExclusiveOpen {
    fn custom_flags_excl(&mut self) -> &mut Self;
}

impl ExclusiveOpen for OpenOptions {
    fn custom_flags_excl(&mut self) -> &mut Self {
        use std::os::unix::fs::OpenOptionsExt;
        // O_EXCL on a block device: fails while anything (a mount, dm) holds it.
        self.custom_flags(libc::O_EXCL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_fits_the_root_after_the_boot_partitions_or_refuses() {
        let plan = plan(
            Path::new("/dev/vda"),
            4 << 21,
            2 << 21,
            [[1; 16], [2; 16], [3; 16]],
        )
        .unwrap();
        let root = plan.root();
        assert_eq!(root.first % ALIGN, 0);
        assert!(root.sectors() >= 2 << 21);
        assert_eq!(root.name, INCOMPLETE_NAME);
        assert_eq!(plan.partitions[1].last + 1, root.first);
        assert!(super::plan(Path::new("/dev/vda"), 2 << 21, 2 << 21, [[1; 16]; 3]).is_err());
        assert!(summary(&plan, &[]).contains("EVERYTHING ON IT IS LOST"));
    }

    #[test]
    fn a_disk_with_a_table_or_filesystem_is_recognised() {
        let mut head = vec![0u8; 68 * 1024];
        assert_eq!(signature(&head), None);
        head[1080..1082].copy_from_slice(&[0x53, 0xef]);
        assert_eq!(signature(&head), Some("an ext2/3/4 filesystem"));
        head[512..520].copy_from_slice(b"EFI PART");
        assert_eq!(signature(&head), Some("a GPT partition table"));
        assert_eq!(signature(&head[..100]), None);
    }

    #[test]
    fn the_boot_config_keeps_the_session_console_and_boots_by_uuid() {
        let console = console_args("console=tty0 quiet console=ttyS0,38400n8 panic=-1");
        assert_eq!(console, ["console=tty0", "console=ttyS0,38400n8"]);
        let cfg = grub_config("u-1", &["6.1.0-57-amd64".into()], &console);
        assert!(cfg.contains("serial --unit=0 --speed=38400"), "{cfg}");
        assert!(
            cfg.contains("search --no-floppy --fs-uuid --set=root u-1"),
            "{cfg}"
        );
        assert!(cfg.contains(
            "linux /boot/vmlinuz-6.1.0-57-amd64 root=UUID=u-1 ro console=tty0 console=ttyS0,38400n8"
        ));
        assert!(cfg.contains("initrd /boot/initrd.img-6.1.0-57-amd64"));
        let defaults = grub_defaults(&console);
        assert!(defaults.contains("GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,38400n8\""));
        assert!(defaults.contains("GRUB_TERMINAL=\"serial console\""));
        assert!(!grub_defaults(&["console=tty0".into()]).contains("GRUB_TERMINAL"));
        let fstab = fstab("u-1", "ABCD-0123");
        assert!(fstab.contains("UUID=u-1 / ext4 "));
        assert!(fstab.contains("UUID=ABCD-0123 /boot/efi vfat "));
    }

    #[test]
    fn installed_live_packages_are_read_from_dpkg_status() {
        let listing = "live-tools ii \nlive-boot un \nlive-config rc \ncasper iU \n";
        assert_eq!(
            installed_dpkg_packages(listing),
            ["live-tools".to_string(), "casper".to_string()]
        );
    }

    #[test]
    fn raid_status_gives_health_and_progress() {
        let (health, done, total, action) =
            raid_progress("raid1 2 Aa 197632/393216 recover 0 0 -").unwrap();
        assert_eq!(
            (health.as_str(), done, total, action.as_str()),
            ("Aa", 197632, 393216, "recover")
        );
        assert!(raid_progress("raid1 2").is_none());
    }
}
