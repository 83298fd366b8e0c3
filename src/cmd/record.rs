//! `liveopt record`: run the eBPF probe over a workload and write its profile.

use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cli::RecordArgs;

pub fn run(args: RecordArgs) -> Result<()> {
    let duration = match args.duration {
        Some(s) if !(s.is_finite() && s > 0.0) => {
            bail!("--duration must be a positive number of seconds")
        }
        Some(s) => Some(Duration::from_secs_f64(s)),
        None => None,
    };
    if args.image.is_none() && args.mount.is_none() {
        bail!("give --image IMAGE or --mount DIR");
    }
    let opts = collector::RecordOptions {
        image: args.image,
        mount: args.mount,
        duration,
        follow_command: args.follow_command,
        raw: args.raw,
        command: args.command,
    };
    let rec = collector::record(&opts)?;
    let src = &rec.profile.source;
    if args.strict && src.dropped > 0 {
        bail!(
            "--strict: {} events were lost (ring buffer full); no profile written",
            src.dropped
        );
    }
    formats::profile::save(&args.output, &rec.profile)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!(
        "liveopt: recorded {} files, {} events, {} dropped, {:.2} s -> {}",
        rec.profile.files.len(),
        src.events,
        src.dropped,
        src.duration_ns as f64 / 1e9,
        args.output.display()
    );
    if src.dropped > 0 {
        eprintln!(
            "liveopt: warning: {} events were lost (ring buffer full); the profile may be incomplete",
            src.dropped
        );
    }
    if let Some(status) = rec.command_status {
        if !status.success() {
            eprintln!("liveopt: warning: the command exited with {status}");
        }
    }
    Ok(())
}
