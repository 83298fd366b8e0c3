//! `liveopt iso sort`: CLI flags to `qemu::iso_sort::iso_sort`, then a summary.

use anyhow::{Context, Result};
use qemu::iso_inject::Inject;

use crate::cli::{IsoCommand, IsoSortArgs};

pub fn run(command: IsoCommand) -> Result<()> {
    match command {
        IsoCommand::Sort(args) => sort(args),
    }
}

fn sort(args: IsoSortArgs) -> Result<()> {
    let inject = match (args.inject_readahead, args.no_inject_readahead) {
        (true, _) => Inject::Always,
        (_, true) => Inject::Never,
        _ => Inject::Auto,
    };
    let opts = qemu::iso_sort::IsoSortOptions {
        iso: args.iso,
        profile: args.profile,
        output: args.output,
        live_image: args.live_image,
        rewrite: !args.no_rewrite,
        force: args.force,
        inject,
        liveopt: std::env::current_exe().context("finding the running liveopt")?,
    };
    let done = qemu::iso_sort::iso_sort(&opts)?;
    let what = match &done.report {
        Some(report) => format!(
            "{} sorted ({} hot files first; boot span {:.1} -> {:.1} MiB)",
            done.live_image,
            report.write.hot_inodes,
            report.before.span as f64 / 1048576.0,
            report.after.span as f64 / 1048576.0
        ),
        None => format!("{} kept as it is", done.live_image),
    };
    eprintln!(
        "liveopt: wrote {}: {what}; {} with {} ranges, {:.1} MiB",
        opts.output.display(),
        done.list_path,
        done.list.ranges.len(),
        done.list.total_bytes() as f64 / 1048576.0
    );
    for initrd in &done.injected {
        eprintln!(
            "liveopt: {}: liveopt-boot and the {} readahead hook appended",
            initrd.iso_path, initrd.family
        );
    }
    if let Some(why) = &done.not_injected {
        eprintln!("liveopt: initrds left as they are ({why}); the list is read only by an initramfs that has the hook");
    }
    Ok(())
}
