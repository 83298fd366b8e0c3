//! `liveopt qemu`: build the example live system, profile a real boot in QEMU (TCG).

use std::io::Write;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cli::{ExampleLayout, MediaModel, QemuCommand, QemuCompareArgs, QemuProfileArgs};

pub fn run(command: QemuCommand) -> Result<()> {
    match command {
        QemuCommand::BuildExample {
            dir,
            layout: ExampleLayout::Overlay,
        } => build_example(&dir),
        QemuCommand::BuildExample {
            dir,
            layout: ExampleLayout::Block,
        } => build_block_example(&dir),
        QemuCommand::Profile(args) => profile(*args),
        QemuCommand::Compare(args) => compare(args),
    }
}

fn build_example(dir: &std::path::Path) -> Result<()> {
    let ex = qemu::build_example(dir)?;
    writeln!(
        std::io::stdout(),
        "example live system in {}:",
        ex.dir.display()
    )?;
    writeln!(
        std::io::stdout(),
        "  kernel     {} ({})",
        ex.kernel.display(),
        ex.kernel_version
    )?;
    writeln!(std::io::stdout(), "  initramfs  {}", ex.initrd.display())?;
    writeln!(
        std::io::stdout(),
        "  squashfs   {} ({} bytes)",
        ex.squashfs.display(),
        std::fs::metadata(&ex.squashfs)?.len()
    )?;
    writeln!(std::io::stdout(), "  ISO        {}", ex.iso.display())?;
    for (name, took, cached) in &ex.steps {
        let how = if *cached {
            "cached".to_string()
        } else {
            format!("{:.1} s", took.as_secs_f64())
        };
        writeln!(std::io::stdout(), "  step {name}: {how}")?;
    }
    Ok(())
}

fn build_block_example(dir: &std::path::Path) -> Result<()> {
    let liveopt = std::env::current_exe().context("locating the liveopt binary")?;
    let block = qemu::example_block::build_block_example(dir, &liveopt)?;
    let mut out = std::io::stdout();
    writeln!(
        out,
        "block-layout example live system in {}:",
        block.dir.display()
    )?;
    writeln!(out, "  ISO        {}", block.iso.display())?;
    writeln!(out, "  kernel     {}", block.kernel.display())?;
    writeln!(out, "  initramfs  {}", block.initrd.display())?;
    writeln!(out, "  root image {}", block.image.display())?;
    writeln!(out, "  cmdline    {}", block.cmdline)?;
    Ok(())
}

fn compare(args: QemuCompareArgs) -> Result<()> {
    use qemu::compare::{self as cmp, Carrier};
    let carrier = if args.disk {
        Carrier::RawDisk
    } else {
        Carrier::Cd
    };
    if args.repeats == 0 {
        bail!("--repeats must be at least 1");
    }
    let output = &args.output;
    let started = std::time::Instant::now();
    let load_before = cmp::load_average();
    let commit = git_commit();
    std::fs::create_dir_all(output).with_context(|| format!("creating {}", output.display()))?;
    let liveopt = std::env::current_exe().context("finding this liveopt binary")?;
    let medium_name = format!("{:?}", args.medium).to_lowercase();
    let layouts = match (&args.iso, &args.dir) {
        (Some(iso), _) => iso_layouts(iso, &args, &liveopt)?,
        (None, Some(dir)) => example_layouts(dir, carrier, &liveopt)?,
        (None, None) => bail!("give the example directory or --iso ISO"),
    };
    let traces = output.join("traces");
    std::fs::create_dir_all(&traces)?;
    let result = cmp::compare(
        &layouts.candidates,
        carrier,
        args.repeats,
        &medium_name,
        &throttling(args.medium),
        Some(&traces),
    )?;
    plots(&result, &layouts.candidates, output)?;
    let json = serde_json::to_string_pretty(&result)?;
    formats::write_atomic(&output.join("compare.json"), json.as_bytes())?;
    let table = result.to_markdown();
    formats::write_atomic(&output.join("compare.md"), table.as_bytes())?;
    let what = match (&args.iso, &args.dir) {
        (Some(iso), _) => {
            let marker = args
                .marker
                .as_ref()
                .map(|m| format!(" --marker '{m}'"))
                .unwrap_or_default();
            format!(
                "--iso {} --profile {}{marker}",
                iso.display(),
                args.profile
                    .as_deref()
                    .unwrap_or(std::path::Path::new("?"))
                    .display()
            )
        }
        (None, dir) => dir
            .as_deref()
            .unwrap_or(std::path::Path::new("?"))
            .display()
            .to_string(),
    };
    let ctx = cmp::RunContext {
        subject: layouts.subject,
        command: format!(
            "cargo build --release && target/release/liveopt qemu compare {what} -o {} --repeats {} --medium {medium_name}{}",
            output.display(),
            args.repeats,
            if args.disk { " --disk" } else { "" }
        ),
        commit,
        load_before,
        load_after: cmp::load_average(),
        wall_s: started.elapsed().as_secs_f64(),
        layouts: layouts.descriptions,
    };
    formats::write_atomic(&output.join("README.md"), result.to_readme(&ctx).as_bytes())?;
    write!(std::io::stdout(), "{table}")?;
    writeln!(
        std::io::stdout(),
        "written: {}/{{README.md,compare.json,compare.md,*.png,traces/}}",
        output.display()
    )?;
    Ok(())
}

/// The layouts a comparison boots, how each was made, and the files they need.
struct Layouts {
    subject: String,
    candidates: Vec<qemu::compare::Candidate>,
    descriptions: Vec<String>,
    /// The ISOs and boot files of an ISO comparison, removed when dropped.
    _work: Option<Box<dyn std::any::Any>>,
}

/// The example's layouts: the original, `mksquashfs -sort`, `liveopt sort`, and `liveopt
/// sort` + the readahead service.
fn example_layouts(
    dir: &std::path::Path,
    carrier: qemu::compare::Carrier,
    liveopt: &std::path::Path,
) -> Result<Layouts> {
    use qemu::compare::{self as cmp, Candidate, Carrier};
    let liveopt = liveopt.to_path_buf();
    let ex = qemu::build_example(dir)?;
    let work = ex.dir.join("compare");
    std::fs::create_dir_all(&work)?;
    let profile_path = cmp::baseline_profile(&ex, &liveopt, &work)?;
    let mksquashfs_sorted = cmp::mksquashfs_sorted(&ex, &profile_path, &work)?;
    let (sorted, list) = cmp::sorted_image(&ex, &profile_path, &work, &liveopt)?;
    // (3) and (4) boot the same medium. From a CD the list rides beside the image on the ISO
    // (`wrap_squashfs` puts `sorted.readahead` on it); on a raw disk it goes into (4)'s initrd
    // as `/lib/liveopt/disk.readahead`. Only (4)'s initrd has /bin/liveopt-boot, so only (4) runs
    // the readahead service (the example's initrd logs the list and skips it).
    let initrd_liveopt = work.join(match carrier {
        Carrier::Cd => "initrd-liveopt.img",
        Carrier::RawDisk => "initrd-liveopt-disk.img",
    });
    match carrier {
        Carrier::Cd => {
            boot::initramfs::binary::initrd_with_liveopt(&ex.initrd, &liveopt, &initrd_liveopt)?
        }
        Carrier::RawDisk => {
            boot::initramfs::initrd_for_disk(&ex.initrd, &liveopt, &list, &initrd_liveopt)?
        }
    };
    let boot_medium = |image: &std::path::Path, iso: Option<&std::path::Path>| -> Result<_> {
        Ok(match (carrier, iso) {
            (Carrier::RawDisk, _) => image.to_path_buf(),
            (Carrier::Cd, Some(iso)) => iso.to_path_buf(),
            (Carrier::Cd, None) => qemu::profile_boot::cached_iso(image)?,
        })
    };
    let sorted_medium = boot_medium(&sorted, None)?;
    let candidates = vec![
        Candidate {
            name: "(1) original (mksquashfs)".into(),
            slug: "original".into(),
            squashfs: ex.squashfs.clone(),
            medium: boot_medium(&ex.squashfs, Some(&ex.iso))?,
            kernel: ex.kernel.clone(),
            initrd: ex.initrd.clone(),
            iso_boot: None,
        },
        Candidate {
            name: "(2) mksquashfs -sort".into(),
            slug: "mksquashfs-sort".into(),
            medium: boot_medium(&mksquashfs_sorted, None)?,
            squashfs: mksquashfs_sorted,
            kernel: ex.kernel.clone(),
            initrd: ex.initrd.clone(),
            iso_boot: None,
        },
        Candidate {
            name: "(3) liveopt sort".into(),
            slug: "sorted".into(),
            medium: sorted_medium.clone(),
            squashfs: sorted.clone(),
            kernel: ex.kernel.clone(),
            initrd: ex.initrd.clone(),
            iso_boot: None,
        },
        Candidate {
            name: "(4) liveopt sort + readahead".into(),
            slug: "readahead".into(),
            medium: sorted_medium,
            squashfs: sorted.clone(),
            kernel: ex.kernel.clone(),
            initrd: initrd_liveopt.clone(),
            iso_boot: None,
        },
    ];
    let descriptions = vec![
            format!("original: the example's `mksquashfs -comp zstd` image, `{}`", ex.squashfs.display()),
            format!(
                "`mksquashfs -sort`: `unsquashfs` of (1), then `mksquashfs` with the same compressor and block size and \
                 `-sort {}` (written by `liveopt profile export --format mksquashfs` from the guest-side profile `{}`)",
                work.join("mksquashfs.sort").display(),
                profile_path.display()
            ),
            format!("`liveopt sort` of (1) with the same guest-side profile: `{}`", sorted.display()),
            match carrier {
                Carrier::Cd => format!(
                    "(3)'s ISO (which carries the list `{}` as `/live/filesystem.squashfs.readahead`; (3)'s initrd has no \
                     `/bin/liveopt-boot`, so it skips it) booted with the example's initrd plus the static `liveopt-boot` \
                     (`boot::initramfs::binary::initrd_with_liveopt`, `{}`): `/init` runs `liveopt-boot readahead --time-budget 60 \
                     --list LIST IMAGE` on the squashfs file inside the ISO and waits for it before the loop mount, so the list \
                     is read in one ascending sweep before the boot's own reads (docs/initramfs.md)",
                    list.display(),
                    initrd_liveopt.display()
                ),
                Carrier::RawDisk => format!(
                    "(3)'s disk booted with the example's initrd plus the static `liveopt-boot` and the list \
                     `{}` as `/lib/liveopt/disk.readahead` (`boot::initramfs::initrd_for_disk`, `{}`): `/init` runs the readahead service on the disk, waits \
                     for it, and mounts the squashfs through a read-only loop over the disk so that squashfs's reads \
                     go through the disk's page cache the sweep filled (docs/initramfs.md)",
                    list.display(),
                    initrd_liveopt.display()
                ),
            },
        ];
    Ok(Layouts {
        subject: "the example live system".into(),
        candidates,
        descriptions,
        _work: None,
    })
}

/// A distribution's live ISO and what `iso sort` makes of it, each booted through its own
/// boot entry.
fn iso_layouts(
    iso: &std::path::Path,
    args: &QemuCompareArgs,
    liveopt: &std::path::Path,
) -> Result<Layouts> {
    let profile = args.profile.clone().context("--iso needs --profile")?;
    let opts = qemu::compare_iso::IsoCompare {
        iso: iso.to_path_buf(),
        profile: profile.clone(),
        marker: args.marker.clone(),
        idle: Duration::from_secs(10),
        liveopt: liveopt.to_path_buf(),
    };
    // The ISOs beside the results (the same file system), removed at the end.
    let (work, candidates) = qemu::compare_iso::iso_candidates(&opts, &args.output)?;
    let sort = format!(
        "`liveopt iso sort {} --profile {}",
        iso.display(),
        profile.display()
    );
    let descriptions = vec![
        format!("`{}` as it is, booted through its own default boot entry (kernel, initrd and command line from its isolinux/GRUB configuration)", iso.display()),
        format!("{sort} --no-inject-readahead`: the live image sorted, its list beside it, the initrd as it is (so nothing reads the list)"),
        format!("{sort}`: (2) with `liveopt-boot` and the initrd family's readahead hook appended to the boot entries' initrds; the distribution's own initramfs reads the list ahead before it mounts the image"),
        format!("{sort} --no-rewrite`: the image as it is with its own list (ranges in on-disk order) and the hook in the initrds"),
    ];
    Ok(Layouts {
        subject: format!(
            "the live ISO `{}`",
            iso.file_name().unwrap_or_default().to_string_lossy()
        ),
        candidates,
        descriptions,
        _work: Some(Box::new(work)),
    })
}

/// The seek diagrams (each layout's median-time boot) and the bar chart of the medians.
fn plots(
    result: &qemu::compare::Comparison,
    candidates: &[qemu::compare::Candidate],
    output: &std::path::Path,
) -> Result<()> {
    use qemu::compare_plot::{bar_chart, seek_diagram, Bars, SeekPanel};
    let mut traces = Vec::new();
    for (c, summary) in candidates.iter().zip(&result.summary) {
        let sample = result
            .samples
            .iter()
            .filter(|s| s.layout == c.name)
            .min_by(|a, b| {
                let d = |s: &qemu::compare::Sample| (s.time_to_marker_s - summary.median_s).abs();
                d(a).total_cmp(&d(b))
            })
            .context("a layout without boots")?;
        let path = sample.trace.as_ref().context("boot traces were not kept")?;
        let trace = formats::block_trace::BlockTrace::load(path)?;
        let size = std::fs::metadata(&c.squashfs)?.len();
        traces.push((c, sample.repeat, trace, size));
    }
    type Booted<'a> = (
        &'a qemu::compare::Candidate,
        u32,
        formats::block_trace::BlockTrace,
        u64,
    );
    fn panel<'a>((c, repeat, trace, size): &'a Booted<'_>) -> SeekPanel<'a> {
        SeekPanel {
            title: format!("{} (boot {})", c.name, repeat + 1),
            trace,
            image_bytes: *size,
        }
    }
    for t in &traces {
        if t.0.slug != "mksquashfs-sort" {
            seek_diagram(&output.join(format!("seek-{}.png", t.0.slug)), &[panel(t)])?;
        }
    }
    let all: Vec<SeekPanel> = traces.iter().map(panel).collect();
    seek_diagram(&output.join("seek-all.png"), &all)?;
    let bars: Vec<Bars> = result
        .summary
        .iter()
        .map(|l| Bars {
            layout: l.layout.clone(),
            boot_s: l.median_s,
            cd_io_s: l.cd_io_s(),
        })
        .collect();
    let limit = result
        .summary
        .iter()
        .find(|l| l.layout.contains("liveopt sort") && !l.layout.contains("readahead"))
        .or(result.summary.first())
        .and_then(|l| l.model("cdrom"))
        .map_or(0.0, |m| m.median_sequential_limit_s);
    bar_chart(&output.join("medians.png"), &bars, limit)
}

/// `git rev-parse --short HEAD` of the working directory (plus `-dirty`), or "unknown".
fn git_commit() -> String {
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    match run(&["rev-parse", "--short", "HEAD"]) {
        Some(hash) => hash,
        None => "unknown".into(),
    }
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

/// What `qemu profile` boots: the medium, the kernel and initrd (extracted from the ISO
/// when it provides them), and the ISO's own boot, if any.
struct ProfileTarget {
    medium: std::path::PathBuf,
    cdrom: bool,
    kernel: std::path::PathBuf,
    initrd: std::path::PathBuf,
    iso_boot: Option<qemu::profile_boot::IsoBoot>,
    _boot_files: Option<qemu::live_iso::BootFiles>,
}

fn profile_target(args: &QemuProfileArgs, idle: Duration) -> Result<ProfileTarget> {
    let (medium, cdrom) = match (&args.cdrom, &args.image) {
        (Some(Some(_)), Some(_)) => bail!("give the ISO once: --cdrom ISO, or --image ISO --cdrom"),
        (Some(Some(iso)), None) | (Some(None), Some(iso)) => (iso.clone(), true),
        (Some(None), None) => bail!("--cdrom needs the ISO: --cdrom ISO"),
        (None, Some(image)) => (image.clone(), false),
        (None, None) => bail!("nothing to boot: give --cdrom ISO or --image IMAGE"),
    };
    if !medium.is_file() {
        bail!("{} does not exist", medium.display());
    }
    // A distribution's ISO boots its own entry; liveopt's initramfs boots the example's
    // media (a squashfs, or an ISO without a boot configuration) given --kernel and --initrd.
    let iso = if cdrom && qemu::iso::is_iso(&medium)? {
        Some(qemu::live_iso::LiveIso::open(&medium)?)
    } else {
        None
    };
    let own_entry = match &iso {
        Some(iso) => {
            let (live_image, _) = iso.live_image(args.live_image.as_deref())?;
            let own_boot_asked =
                args.append.is_some() || args.marker.is_some() || args.live_image.is_some();
            match iso.boot_entry() {
                Ok(entry) => Some((live_image, entry)),
                Err(_) if args.kernel.is_some() && args.initrd.is_some() && !own_boot_asked => None,
                Err(e) => return Err(e),
            }
        }
        None => None,
    };
    let (Some(iso), Some((live_image, entry))) = (iso, own_entry) else {
        for (flag, given) in [
            ("--append", args.append.is_some()),
            ("--live-image", args.live_image.is_some()),
            ("--marker", args.marker.is_some()),
        ] {
            if given {
                bail!("{flag} applies to an ISO booted through its own boot entry (--cdrom ISO)");
            }
        }
        let (Some(kernel), Some(initrd)) = (&args.kernel, &args.initrd) else {
            bail!(
                "{} has no boot entry to boot: give --kernel and --initrd",
                medium.display()
            );
        };
        return Ok(ProfileTarget {
            medium,
            cdrom,
            kernel: kernel.clone(),
            initrd: initrd.clone(),
            iso_boot: None,
            _boot_files: None,
        });
    };
    let files = iso.boot_files(&entry)?;
    let kernel = args.kernel.clone().unwrap_or_else(|| files.kernel.clone());
    let initrd = args.initrd.clone().unwrap_or_else(|| files.initrd.clone());
    for reason in &entry.passed_over {
        eprintln!("passed over: {reason}");
    }
    eprintln!(
        "boot entry from {}: kernel {}, initrd {}, live image {live_image}",
        entry.config,
        entry.kernel,
        entry.initrds.join(" ")
    );
    Ok(ProfileTarget {
        medium,
        cdrom,
        kernel,
        initrd,
        iso_boot: Some(qemu::profile_boot::IsoBoot {
            cmdline: args.append.clone().unwrap_or(entry.cmdline),
            live_image,
            marker: args.marker.clone(),
            idle,
        }),
        _boot_files: Some(files),
    })
}

fn positive_seconds(flag: &str, secs: f64) -> Result<Duration> {
    if !(secs.is_finite() && secs > 0.0) {
        bail!("{flag} must be a positive number of seconds");
    }
    Ok(Duration::from_secs_f64(secs))
}

fn profile(args: QemuProfileArgs) -> Result<()> {
    let timeout = positive_seconds("--timeout", args.timeout)?;
    let idle = positive_seconds("--idle", args.idle)?;
    let target = profile_target(&args, idle)?;
    if !target.cdrom {
        // A broken or hostile image is refused before a boot is spent on it.
        squashfs::Archive::open(&target.medium)
            .with_context(|| format!("opening squashfs {}", target.medium.display()))?;
    }
    let request = qemu::ProfileRequest {
        kernel: target.kernel.clone(),
        initrd: target.initrd.clone(),
        image: target.medium.clone(),
        cdrom: target.cdrom,
        append: String::new(),
        timeout,
        drive_options: args.medium.map(throttling).unwrap_or_default(),
        guest_recorder: match &args.guest_profile {
            Some(_) => Some(std::env::current_exe().context("finding this liveopt binary")?),
            None => None,
        },
        iso_boot: target.iso_boot.clone(),
    };
    eprintln!(
        "booting {} from {} under QEMU TCG (software emulation: KVM is unusable here)...",
        target.medium.display(),
        if target.cdrom {
            "an emulated IDE CD-ROM"
        } else {
            "a virtio disk"
        }
    );
    let booted = qemu::profile_boot(&request)?;
    formats::profile::save(&args.output, &booted.profile)
        .with_context(|| format!("writing {}", args.output.display()))?;
    if let (Some(path), Some(guest)) = (&args.guest_profile, &booted.guest) {
        formats::profile::save(path, &guest.profile)
            .with_context(|| format!("writing {}", path.display()))?;
        writeln!(
            std::io::stdout(),
            "guest-side recorder: {} files, {} events, {} dropped; profile {}",
            guest.profile.files.len(),
            guest.profile.source.events,
            guest.profile.source.dropped,
            path.display()
        )?;
    }
    if let Some(trace) = &args.trace {
        formats::write_atomic(trace, booted.trace.to_text().as_bytes())
            .with_context(|| format!("writing {}", trace.display()))?;
    }
    writeln!(
        std::io::stdout(),
        "{} after {:.1} s (TCG); {} device reads ({} firmware, {} outside the image, \
         {} after the end dropped), {} image reads, {} files; profile {}",
        match &booted.outcome.ended_by {
            qemu::boot::EndReason::Marker(_) => "boot marker".to_string(),
            other => format!("boot ended by {other}"),
        },
        booted.outcome.time_to_marker.as_secs_f64(),
        booted.device_reads,
        booted.dropped.firmware,
        booted.dropped.outside,
        booted.dropped.after_marker,
        booted.profile.image_reads.len(),
        booted.profile.files.len(),
        args.output.display()
    )?;
    Ok(())
}
