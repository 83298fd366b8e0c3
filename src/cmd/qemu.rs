//! `liveopt qemu`: build the example live system, profile a real boot in QEMU (TCG).

use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cli::{MediaModel, QemuCommand, QemuProfileArgs};

pub fn run(command: QemuCommand) -> Result<()> {
    match command {
        QemuCommand::BuildExample { dir } => build_example(&dir),
        QemuCommand::Profile(args) => profile(args),
        QemuCommand::Compare {
            dir,
            output,
            repeats,
            medium,
        } => compare(&dir, &output, repeats, medium),
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

fn compare(
    dir: &std::path::Path,
    output: &std::path::Path,
    repeats: u32,
    medium: MediaModel,
) -> Result<()> {
    if repeats == 0 {
        bail!("--repeats must be at least 1");
    }
    let ex = qemu::build_example(dir)?;
    let work = ex.dir.join("compare");
    std::fs::create_dir_all(&work)?;
    std::fs::create_dir_all(output).with_context(|| format!("creating {}", output.display()))?;
    let recorder = std::env::current_exe().context("finding this liveopt binary")?;
    let profile_path = qemu::compare::baseline_profile(&ex, &recorder, &work)?;
    let sorted = qemu::compare::sorted_image(&ex, &profile_path, &work)?;
    let candidates = [
        qemu::compare::Candidate {
            name: "baseline (mksquashfs)".into(),
            squashfs: ex.squashfs.clone(),
        },
        qemu::compare::Candidate {
            name: "sorted (liveopt sort)".into(),
            squashfs: sorted,
        },
    ];
    let medium_name = format!("{medium:?}").to_lowercase();
    let traces = output.join("traces");
    std::fs::create_dir_all(&traces)?;
    let result = qemu::compare::compare(
        &ex,
        &candidates,
        repeats,
        &medium_name,
        &throttling(medium),
        Some(&traces),
    )?;
    let json = serde_json::to_string_pretty(&result)?;
    profile::write_atomic(&output.join("compare.json"), json.as_bytes())?;
    let table = result.to_markdown();
    profile::write_atomic(&output.join("compare.md"), table.as_bytes())?;
    print!("{table}");
    println!(
        "written: {}, {}",
        output.join("compare.json").display(),
        output.join("compare.md").display()
    );
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
