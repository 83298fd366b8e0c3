//! `liveopt qemu`: build the example live system, profile a real boot in QEMU (TCG).

use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cli::{MediaModel, QemuCommand, QemuProfileArgs};

pub fn run(command: QemuCommand) -> Result<()> {
    match command {
        QemuCommand::BuildExample { dir } => build_example(&dir),
        QemuCommand::Profile(args) => profile(args),
        QemuCommand::Compare { .. } => bail!("liveopt qemu compare is not implemented yet"),
    }
}

fn build_example(dir: &std::path::Path) -> Result<()> {
    let ex = qemu::build_example(dir)?;
    println!("example live system in {}:", ex.dir.display());
    println!(
        "  kernel     {} ({})",
        ex.kernel.display(),
        ex.kernel_version
    );
    println!("  initramfs  {}", ex.initrd.display());
    println!(
        "  squashfs   {} ({} bytes)",
        ex.squashfs.display(),
        std::fs::metadata(&ex.squashfs)?.len()
    );
    println!("  ISO        {}", ex.iso.display());
    for (name, took, cached) in &ex.steps {
        let how = if *cached {
            "cached".to_string()
        } else {
            format!("{:.1} s", took.as_secs_f64())
        };
        println!("  step {name}: {how}");
    }
    Ok(())
}

/// QEMU `-drive` throttling for a medium: a crude bandwidth + request-rate cap (no seek model;
/// `liveopt simulate` models seeks).
fn throttling(medium: MediaModel) -> String {
    let (bps, iops) = match medium {
        MediaModel::Cdrom => (3_600_000, 20),
        MediaModel::Dvd => (10_000_000, 20),
        MediaModel::Usb2 => (30_000_000, 500),
        MediaModel::Sd => (20_000_000, 300),
        MediaModel::Hdd => (100_000_000, 100),
    };
    format!("throttling.bps-read={bps},throttling.iops-read={iops}")
}

fn profile(args: QemuProfileArgs) -> Result<()> {
    let request = qemu::ProfileRequest {
        kernel: args.kernel.clone(),
        initrd: args.initrd.clone(),
        image: args.image.clone(),
        cdrom: args.cdrom,
        append: String::new(),
        timeout: Duration::from_secs(600),
        drive_options: args.medium.map(throttling).unwrap_or_default(),
        guest_recorder: match &args.guest_profile {
            Some(_) => Some(std::env::current_exe().context("finding this liveopt binary")?),
            None => None,
        },
    };
    eprintln!(
        "booting {} from {} under QEMU TCG (software emulation: KVM is unusable here)...",
        args.image.display(),
        if args.cdrom {
            "an emulated IDE CD-ROM"
        } else {
            "a virtio disk"
        }
    );
    let booted = qemu::profile_boot(&request)?;
    profile::save(&args.output, &booted.profile)
        .with_context(|| format!("writing {}", args.output.display()))?;
    if let (Some(path), Some(guest)) = (&args.guest_profile, &booted.guest) {
        profile::save(path, &guest.profile)
            .with_context(|| format!("writing {}", path.display()))?;
        println!(
            "guest-side recorder: {} files, {} events, {} dropped; profile {}",
            guest.profile.files.len(),
            guest.profile.source.events,
            guest.profile.source.dropped,
            path.display()
        );
    }
    if let Some(trace) = &args.trace {
        profile::write_atomic(trace, booted.trace.to_text().as_bytes())
            .with_context(|| format!("writing {}", trace.display()))?;
    }
    println!(
        "boot marker after {:.1} s (TCG); {} device reads ({} firmware, {} outside the image dropped), \
         {} image reads, {} files; profile {}",
        booted.outcome.time_to_marker.as_secs_f64(),
        booted.device_reads,
        booted.dropped_firmware,
        booted.dropped_outside,
        booted.profile.image_reads.len(),
        booted.profile.files.len(),
        args.output.display()
    );
    Ok(())
}
