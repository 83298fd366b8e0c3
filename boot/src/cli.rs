//! The `readahead`, `migrate`, `dm` and `install` subcommands, shared by `liveopt` and the static
//! `liveopt-boot` binary that the initramfs carries: one flag table, one behaviour.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};

use crate::dm;
use crate::migrate::{self, Destination, DEFAULT_RAM_PATH};
use crate::readahead::{self, Log, Outcome};

#[derive(Args, Debug)]
pub struct ReadaheadArgs {
    /// The readahead list written by `liveopt sort`.
    #[arg(long)]
    pub list: PathBuf,
    /// The image: a squashfs file, a loop device or a block device.
    pub image: PathBuf,
    /// Stop when free memory falls below this many MiB.
    #[arg(long, default_value_t = 64)]
    pub min_free_mib: u64,
    /// Stop after this many seconds.
    #[arg(long, default_value_t = 60.0)]
    pub time_budget: f64,
}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// The loop device the live root reads from.
    #[arg(long)]
    pub loop_device: PathBuf,
    /// Copy to RAM (tmpfs).
    #[arg(long, conflicts_with = "to_disk")]
    pub to_ram: bool,
    /// Copy to this partition (a block device at least as large as the image; a larger one
    /// gets the loop a size limit first) or to a file on a mounted disk.
    #[arg(long)]
    pub to_disk: Option<PathBuf>,
    /// The readahead list that orders the copy (its ranges first); its image sha256 is
    /// also checked against the copy.
    #[arg(long)]
    pub list: Option<PathBuf>,
    /// Where --to-ram puts the copy (a tmpfs file).
    #[arg(long, default_value = DEFAULT_RAM_PATH)]
    pub ram_path: PathBuf,
    /// Bytes per read/write, in MiB.
    #[arg(long, default_value_t = 4)]
    pub chunk_mib: u64,
    /// Cap the copy at this many MiB/s (0: no cap), to leave the medium to the boot.
    #[arg(long, default_value_t = 0)]
    pub rate_limit_mib: u64,
    /// --to-ram refuses to start unless this many MiB stay available after the copy.
    #[arg(long, default_value_t = 256)]
    pub min_free_mib: u64,
    /// Open everything, then wait until the medium has served no read for this many
    /// seconds (the boot is done with it; at most 300 s) before copying. 0: copy at once.
    #[arg(long, default_value_t = 0.0, value_name = "SECS")]
    pub start_when_idle: f64,
    /// Overwrite a --to-disk device that holds a partition table, a filesystem or other
    /// data (without it only an empty device or an earlier liveopt copy is written).
    #[arg(long)]
    pub force: bool,
}

/// The readahead service. Always `Ok` once started: a missing, stale or corrupt list is
/// one log line.
pub fn readahead(args: ReadaheadArgs) -> Result<()> {
    // In early boot (argv[0] "@...", started by the initramfs) there is no
    // journal yet: also log to the kernel log.
    let mut log = Log::new("liveopt-readahead", readahead::started_from_initramfs());
    let budget = if args.time_budget.is_finite() && args.time_budget > 0.0 {
        Duration::from_secs_f64(args.time_budget)
    } else {
        Duration::ZERO
    };
    let opts = readahead::Options::new(args.min_free_mib, budget);
    match readahead::service(&args.list, &args.image, &opts, &mut log) {
        Outcome::Warmed(report) => log.line(&format!("{}: {report}", args.image.display())),
        Outcome::Skipped(reason) => log.line(&reason),
    }
    Ok(())
}

/// Copies the live image behind a loop device to RAM or disk, verifies it and switches
/// the loop to the copy; on failure the loop keeps reading the medium.
pub fn migrate(args: MigrateArgs) -> Result<()> {
    let dest = match (&args.to_disk, args.to_ram) {
        (Some(disk), false) => Destination::from_path(disk),
        (None, true) => Destination::File(args.ram_path.clone()),
        _ => bail!("say where to copy: --to-ram or --to-disk DEV"),
    };
    let list = args.list.as_deref().map(migrate::load_list).transpose()?;
    let opts = migrate::Options {
        chunk: args.chunk_mib.clamp(1, 64) << 20,
        rate_limit: args.rate_limit_mib << 20,
        min_free: args.min_free_mib << 20,
        start_when_idle: Duration::from_secs_f64(args.start_when_idle.max(0.0)),
        force_overwrite: args.force,
        ..migrate::Options::default()
    };
    let mut log = Log::new("liveopt-migrate", readahead::started_from_initramfs());
    match migrate::migrate(&args.loop_device, &dest, list.as_ref(), &opts, &mut log) {
        Ok(summary) => {
            log.line(&format!("{}: {summary}", args.loop_device.display()));
            Ok(())
        }
        Err(err) => {
            let err = err.context(format!(
                "migration failed, {} keeps reading the original medium, no copy kept",
                args.loop_device.display()
            ));
            log.kernel(&format!("{err:#}"));
            Err(err)
        }
    }
}

#[derive(Args, Debug)]
pub struct InstallArgs {
    /// The whole disk to install onto (everything on it is lost), e.g. /dev/vda.
    pub disk: PathBuf,
    /// Write: partition the disk and copy. Without it only the plan is printed.
    #[arg(long)]
    pub yes: bool,
    /// Cap the copy at this many KiB/s (dm-raid's max_recovery_rate; 0: no cap), to
    /// leave the medium to the running system.
    #[arg(long, default_value_t = 0, value_name = "KIB")]
    pub rate: u64,
    /// Install even though DISK holds a partition table or a filesystem.
    #[arg(long)]
    pub force: bool,
    /// Resume an install that was cut off before the disk became bootable: the copy
    /// starts over if it was cut (partition 3 named liveopt-incomplete); after a complete
    /// copy (liveopt-copied) only the disk is made bootable, from the medium.
    #[arg(long)]
    pub resume: bool,
    /// Give USER this password on the installed disk, as a crypt(3) hash (`mkpasswd -m
    /// sha-512`); repeatable. Every other account that logs in with no password, as
    /// live systems set up root and the live user, is locked.
    #[arg(long = "password-hash", value_name = "USER=HASH", value_parser = crate::install::parse_password_hash)]
    pub password_hashes: Vec<crate::install::PasswordHash>,
}

/// Installs the running block live root onto a disk, without a reboot (docs/install.md).
pub fn install(args: InstallArgs) -> Result<()> {
    use crate::install::{CutOff, COPIED_NAME, INCOMPLETE_NAME};
    let plan = crate::install::preflight(&args.disk)?;
    let cut_off = crate::install::cut_off_install(&args.disk)?;
    let disk = args.disk.display();
    if args.resume && cut_off.is_none() {
        anyhow::bail!(
            "{disk} holds no cut-off install (no partition named {INCOMPLETE_NAME} or {COPIED_NAME}); nothing written"
        );
    }
    if !args.force && !args.resume {
        if let Some(found) = crate::install::existing_data(&args.disk)? {
            let hint = match cut_off {
                Some(_) => "an install cut off before it finished: add --resume to finish it",
                None => "add --force to overwrite it",
            };
            anyhow::bail!("{disk} holds {found}; nothing written ({hint})");
        }
    }
    let live_settings = crate::install::live_settings_plan(Path::new("/"), &args.password_hashes)?;
    if let (true, Some(CutOff { stage, first, last })) = (args.resume, &cut_off) {
        if *stage == COPIED_NAME {
            let root = plan.root();
            if (*first, *last) != (root.first, root.last) {
                anyhow::bail!(
                    "partition 3 of {disk} ({first}-{last}) is not where this install puts it ({}-{}); nothing written",
                    root.first,
                    root.last
                );
            }
            println!(
                "finish the install on {disk}: partition 3 holds the complete copy ({COPIED_NAME});\n  make the disk bootable from this session, nothing copied again"
            );
            print!("{}", crate::install::live_settings_text(&live_settings));
            if !args.yes {
                println!("nothing written; run again with --yes to finish");
                return Ok(());
            }
            return crate::install::finish_from_medium(&plan, &args.password_hashes).with_context(|| {
                format!("finishing {disk} (partition 3 stays named {COPIED_NAME}; every step can be re-run)")
            });
        }
    }
    print!("{}", crate::install::summary(&plan, &live_settings));
    if !args.yes {
        println!("nothing written; run again with --yes to install");
        return Ok(());
    }
    crate::install::install(
        &plan,
        &crate::install::Options {
            rate_kib: args.rate,
            passwords: args.password_hashes,
        },
    )
}

/// Device-mapper, the few `dmsetup` verbs the block live root needs (tables in `dmsetup`
/// syntax; several lines may be separated by `;`).
#[derive(Subcommand, Debug)]
pub enum DmCommand {
    /// Create and activate a device (and its /dev/mapper link).
    Create { name: String, table: String },
    /// Load an inactive table (active after `resume`).
    Load { name: String, table: String },
    /// Suspend a device (flushes and freezes its filesystem).
    Suspend { name: String },
    /// Resume a device, activating a loaded table.
    Resume { name: String },
    /// Remove a device.
    Remove { name: String },
    /// Print the active table.
    Table { name: String },
    /// Print each target's status.
    Status { name: String },
    /// Print the block devices the table uses, one `name major:minor` a line.
    Deps { name: String },
}

pub fn dm(command: DmCommand) -> Result<()> {
    match command {
        DmCommand::Create { name, table } => {
            let link = dm::create(&name, &dm::parse_table(&table)?)?;
            println!("{}", link.display());
        }
        DmCommand::Load { name, table } => dm::load(&name, &dm::parse_table(&table)?)?,
        DmCommand::Suspend { name } => dm::suspend(&name)?,
        DmCommand::Resume { name } => dm::resume(&name)?,
        DmCommand::Remove { name } => dm::remove(&name)?,
        DmCommand::Table { name } => dm::table(&name)?
            .iter()
            .for_each(|target| println!("{target}")),
        DmCommand::Status { name } => dm::status(&name)?
            .iter()
            .for_each(|target| println!("{target}")),
        DmCommand::Deps { name } => {
            for (major, minor) in dm::deps(&name)? {
                let device = dm::block_name(major, minor).unwrap_or_else(|| "?".into());
                println!("{device} {major}:{minor}");
            }
        }
    }
    Ok(())
}

/// Help and version print as clap renders them; a usage error becomes one line (a boot log
/// keeps one line per problem), exit 2. Shared by `liveopt` and `liveopt-boot`.
pub fn usage_error(program: &str, err: clap::Error) -> ! {
    if matches!(
        err.kind(),
        clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayVersion
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        err.exit();
    }
    let rendered = err.render().to_string();
    let line = rendered
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("For more information") && !l.starts_with("Usage:")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let line = line.strip_prefix("error: ").unwrap_or(&line);
    eprintln!("{program}: {line} (see --help)");
    std::process::exit(2);
}
