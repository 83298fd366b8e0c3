//! `liveopt readahead`: the boot-time readahead service (boot::readahead).
//! Always exits 0 once started: a missing, stale or corrupt list is one log line.

use std::time::Duration;

use anyhow::Result;

use crate::cli::ReadaheadArgs;
use boot::readahead::{self, Log, Options, Outcome};

pub fn run(args: ReadaheadArgs) -> Result<()> {
    // In early boot (argv[0] "@...", started by the initramfs) there is no
    // journal yet: also log to the kernel log.
    let mut log = Log::new("liveopt-readahead", readahead::started_from_initramfs());
    let budget = if args.time_budget.is_finite() && args.time_budget > 0.0 {
        Duration::from_secs_f64(args.time_budget)
    } else {
        Duration::ZERO
    };
    let opts = Options::new(args.min_free_mib, budget);
    match readahead::service(&args.list, &args.image, &opts, &mut log) {
        Outcome::Warmed(report) => log.line(&format!("{}: {report}", args.image.display())),
        Outcome::Skipped(reason) => log.line(&reason),
    }
    Ok(())
}
