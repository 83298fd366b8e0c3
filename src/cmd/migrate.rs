//! `liveopt migrate`: copy the live image behind a loop device to RAM or disk,
//! verify it and switch the loop to the copy (boot::migrate).

use anyhow::{bail, Result};

use crate::cli::MigrateArgs;
use boot::migrate::{self, Destination, Options};
use boot::readahead::{self, Log};

pub fn run(args: MigrateArgs) -> Result<()> {
    let dest = match (&args.to_disk, args.to_ram) {
        (Some(disk), false) => Destination::from_path(disk),
        (None, true) => Destination::File(args.ram_path.clone()),
        _ => bail!("say where to copy: --to-ram or --to-disk DEV"),
    };
    let list = args.list.as_deref().map(migrate::load_list).transpose()?;
    let opts = Options {
        chunk: args.chunk_mib.clamp(1, 64) << 20,
        rate_limit: args.rate_limit_mib << 20,
        min_free: args.min_free_mib << 20,
        start_when_idle: std::time::Duration::from_secs_f64(args.start_when_idle.max(0.0)),
        ..Options::default()
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
