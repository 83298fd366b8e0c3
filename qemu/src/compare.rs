//! `liveopt qemu compare` (the before/after proof): boot the example's layouts in the
//! live-CD layout (ISO on an emulated, throttled CD-ROM, squashfs through loop) or from a
//! raw, throttled virtio disk (squashfs directly on the block device) — the original, `mksquashfs -sort` with liveopt's exported sort file, `liveopt sort`, and
//! `liveopt sort` + the readahead service — interleaved, several times each; time each to
//! the boot marker and replay each boot's own block trace with the media models.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use optimizer::media::{model_io_time, Medium};
use serde::Serialize;

use crate::example::Example;
use crate::profile_boot::{profile_boot, IsoBoot, ProfileRequest};
use formats::block_trace::BlockTrace;
use optimizer::replay::{Layout, Objects, SimulationInput};

/// One layout to boot: its image, the medium QEMU boots (the ISO holding it, or the image
/// itself as a raw disk) and the kernel and initrd to boot with.
#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    pub name: String,
    /// Short name for trace and plot files.
    pub slug: String,
    pub squashfs: PathBuf,
    pub medium: PathBuf,
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// A distribution's ISO booted through its own boot entry (else liveopt's initramfs).
    #[serde(skip)]
    pub iso_boot: Option<IsoBoot>,
}

/// How the layouts are booted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Carrier {
    /// ISO9660 on an emulated IDE CD-ROM, the squashfs file loop-mounted (live CDs).
    Cd,
    /// The squashfs as a raw virtio disk, mounted directly (or through a loop when the
    /// readahead service runs, docs/initramfs.md).
    RawDisk,
}

impl Carrier {
    pub fn describe(self) -> &'static str {
        match self {
            Carrier::Cd => {
                "live-CD layout: ISO on an emulated IDE CD-ROM, squashfs loop-mounted from isofs"
            }
            Carrier::RawDisk => "raw virtio disk: the squashfs image is the whole block device",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Carrier::Cd => "live-CD layout",
            Carrier::RawDisk => "raw virtio disk",
        }
    }
}

/// One medium model's figures for one boot's own trace (replayed on its own image).
#[derive(Clone, Debug, Serialize)]
pub struct ModelFigures {
    pub medium: String,
    pub io_s: f64,
    pub requests: u64,
    pub seeks: u64,
    pub bytes: u64,
    /// Distinct bytes read ÷ rate + one seek to the lowest one.
    pub sequential_limit_s: f64,
}

/// One boot's figures.
#[derive(Clone, Debug, Serialize)]
pub struct Sample {
    pub layout: String,
    pub repeat: u32,
    pub time_to_marker_s: f64,
    /// Reads of the image the medium served, and their bytes.
    pub reads: usize,
    pub bytes: u64,
    /// Distinct image bytes served.
    pub distinct_bytes: u64,
    /// The trace replayed by the media models (`optimizer::replay`, no translation).
    pub models: Vec<ModelFigures>,
    /// The boot's block trace (for `liveopt simulate`), when kept.
    pub trace: Option<PathBuf>,
}

/// Medians of one layout's samples under one medium model.
#[derive(Clone, Debug, Serialize)]
pub struct ModelSummary {
    pub medium: String,
    pub median_io_s: f64,
    pub median_seeks: f64,
    pub median_requests: f64,
    pub median_sequential_limit_s: f64,
    /// Reading the whole image first, in one sequential pass from offset 0.
    pub whole_image_s: f64,
}

/// Median, min and max of one layout's samples.
#[derive(Clone, Debug, Serialize)]
pub struct LayoutSummary {
    pub layout: String,
    pub boots: usize,
    pub median_s: f64,
    pub min_s: f64,
    pub max_s: f64,
    pub median_reads: f64,
    pub median_mib: f64,
    pub median_distinct_mib: f64,
    pub models: Vec<ModelSummary>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub carrier: Carrier,
    pub medium: String,
    pub drive_options: String,
    pub accel: String,
    pub samples: Vec<Sample>,
    pub summary: Vec<LayoutSummary>,
}

/// The guest-side profile of the example's baseline (cached in `work/guest.profile`, reused
/// while it names the current image and is newer than the initrd and the recorder).
pub fn baseline_profile(ex: &Example, recorder: &Path, work: &Path) -> Result<PathBuf> {
    let path = work.join("guest.profile");
    let identity = formats::ImageIdentity::of_squashfs(&squashfs::Archive::open(&ex.squashfs)?)?;
    if let Ok(existing) = formats::profile::load(&path) {
        if existing.source.image.as_ref() == Some(&identity)
            && fresh(&path, &[&ex.initrd, recorder])
        {
            eprintln!("guest-side profile: cached ({})", path.display());
            return Ok(path);
        }
    }
    eprintln!("recording the boot with the guest-side recorder (CD, unthrottled)...");
    let request = ProfileRequest {
        kernel: ex.kernel.clone(),
        initrd: ex.initrd.clone(),
        image: ex.iso.clone(),
        cdrom: true,
        append: String::new(),
        timeout: Duration::from_secs(900),
        drive_options: String::new(),
        guest_recorder: Some(recorder.to_path_buf()),
        iso_boot: None,
    };
    let booted = profile_boot(&request)?;
    let guest = booted.guest.context("the guest sent no profile")?;
    formats::write_atomic(&work.join("guest.log"), guest.log.as_bytes())?;
    if guest.profile.source.image.as_ref() != Some(&identity) {
        bail!(
            "the guest-side profile does not name the example's image (recorder log: {})",
            work.join("guest.log").display()
        );
    }
    formats::profile::save(&path, &guest.profile)?;
    Ok(path)
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// True when `out` exists and is newer than every input.
fn fresh(out: &Path, inputs: &[&Path]) -> bool {
    let Some(t) = modified(out) else { return false };
    inputs.iter().all(|i| modified(i).is_some_and(|m| m <= t))
}

/// The sorted image and its readahead list (cached in `work/sorted.{squashfs,readahead}`,
/// rebuilt when older than the profile, the image or `tool`, the liveopt binary whose
/// writer made them).
pub fn sorted_image(
    ex: &Example,
    profile_path: &Path,
    work: &Path,
    tool: &Path,
) -> Result<(PathBuf, PathBuf)> {
    let out = work.join("sorted.squashfs");
    let list = work.join("sorted.readahead");
    let inputs = [profile_path, ex.squashfs.as_path(), tool];
    if fresh(&out, &inputs) && fresh(&list, &inputs) {
        eprintln!("sorted image: cached ({})", out.display());
        return Ok((out, list));
    }
    eprintln!(
        "liveopt sort {} --profile {} ...",
        ex.squashfs.display(),
        profile_path.display()
    );
    let mut opts = optimizer::sort::SortOptions::new(
        ex.squashfs.clone(),
        profile_path.to_path_buf(),
        out.clone(),
    );
    opts.readahead = Some(list.clone());
    optimizer::sort::run(&opts).context("sorting the example image")?;
    Ok((out, list))
}

/// The draklive method: `unsquashfs` the original, then `mksquashfs -sort` with the sort
/// file `liveopt profile export --format mksquashfs` makes from the profile, same
/// compressor and block size (cached in `work/mksquashfs-sort.squashfs`).
pub fn mksquashfs_sorted(ex: &Example, profile_path: &Path, work: &Path) -> Result<PathBuf> {
    let out = work.join("mksquashfs-sort.squashfs");
    if fresh(&out, &[profile_path, ex.squashfs.as_path()]) {
        eprintln!("mksquashfs -sort image: cached ({})", out.display());
        return Ok(out);
    }
    let archive = squashfs::Archive::open(&ex.squashfs)?;
    let sb = archive.superblock();
    let comp = sb
        .compressor_id()
        .context("the example image has an unknown compressor")?
        .name();
    let block_size = sb.block_size.to_string();
    let sort_file = work.join("mksquashfs.sort");
    let exported = formats::profile::export(
        &formats::profile::load(profile_path)?,
        formats::profile::SortFileFormat::Mksquashfs,
    );
    formats::write_atomic(&sort_file, &exported.value)?;
    let tree = work.join("unsquashed");
    if tree.exists() {
        std::fs::remove_dir_all(&tree)?;
    }
    eprintln!("unsquashfs {} ...", ex.squashfs.display());
    run_tool(
        Command::new("unsquashfs")
            .args(["-no-progress", "-quiet", "-d"])
            .arg(&tree)
            .arg(&ex.squashfs),
        "unsquashfs",
    )?;
    let tmp = formats::AtomicFile::create(&out)?;
    eprintln!(
        "mksquashfs -comp {comp} -b {block_size} -sort {} ...",
        sort_file.display()
    );
    let log = run_tool(
        Command::new("mksquashfs")
            .arg(&tree)
            .arg(tmp.path())
            .args([
                "-comp",
                comp,
                "-b",
                &block_size,
                "-noappend",
                "-no-progress",
                "-sort",
            ])
            .arg(&sort_file),
        "mksquashfs",
    )?;
    let unmatched = log.lines().filter(|l| l.contains("Cannot stat")).count();
    if unmatched > 0 {
        eprintln!("mksquashfs: {unmatched} sort-file entries not found in the tree");
    }
    tmp.commit()?;
    std::fs::remove_dir_all(&tree)?;
    Ok(out)
}

/// Runs a tool, failing with its stderr; returns stdout + stderr.
fn run_tool(cmd: &mut Command, name: &str) -> Result<String> {
    let output = cmd
        .output()
        .with_context(|| format!("running {name} (install squashfs-tools)"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if !output.status.success() {
        bail!("{name} failed: {}", text.trim());
    }
    Ok(text)
}

/// Replays a boot's own trace on its own image under every medium model.
fn model_figures(trace: &BlockTrace, layout: &Layout) -> Result<(u64, Vec<ModelFigures>)> {
    let input = SimulationInput {
        trace,
        image: layout,
        traced_image: None,
        readahead: None,
        objects: Objects::All,
        profile_paths: None,
        // A booted layout's trace is what its medium served: every read costs, re-reads too.
        keep_edges: true,
        as_served: true,
    };
    let sim = optimizer::replay::simulate(&input, &Medium::ALL)?;
    let figures = sim
        .media
        .iter()
        .map(|m| ModelFigures {
            medium: m.medium.name().to_string(),
            io_s: m.total.seconds,
            requests: m.total.requests,
            seeks: m.total.seeks,
            bytes: m.total.bytes,
            sequential_limit_s: m.sequential_limit_s,
        })
        .collect();
    Ok((sim.replay.distinct_bytes, figures))
}

/// Boots every candidate `repeats` times from `carrier`, interleaved (A B C D A B ...).
/// Each boot's block trace is replayed on its own image by the media models, and kept in
/// `traces/<slug>-<repeat>.trace` (its host-side profile in `.profile`) when `traces` is given.
pub fn compare(
    candidates: &[Candidate],
    carrier: Carrier,
    repeats: u32,
    medium: &str,
    drive_options: &str,
    traces: Option<&Path>,
) -> Result<Comparison> {
    if candidates.is_empty() || repeats == 0 {
        bail!("nothing to compare");
    }
    let layouts: Vec<Layout> = candidates
        .iter()
        .map(|c| Layout::open(&c.squashfs))
        .collect::<Result<_>>()?;
    let mut samples = Vec::new();
    for repeat in 0..repeats {
        for (candidate, layout) in candidates.iter().zip(&layouts) {
            eprintln!(
                "boot {}/{repeats}: {} ({medium}, TCG)...",
                repeat + 1,
                candidate.name
            );
            let request = ProfileRequest {
                kernel: candidate.kernel.clone(),
                initrd: candidate.initrd.clone(),
                image: candidate.medium.clone(),
                cdrom: carrier == Carrier::Cd,
                append: String::new(),
                timeout: Duration::from_secs(900),
                drive_options: drive_options.to_string(),
                guest_recorder: None,
                iso_boot: candidate.iso_boot.clone(),
            };
            let booted =
                profile_boot(&request).with_context(|| format!("booting {}", candidate.name))?;
            let trace = match traces {
                Some(dir) => {
                    let path = dir.join(format!("{}-{}.trace", candidate.slug, repeat + 1));
                    formats::write_atomic(&path, booted.trace.to_text().as_bytes())?;
                    // The host-side profile too: which files the boot's reads named.
                    formats::profile::save(&path.with_extension("profile"), &booted.profile)?;
                    Some(path)
                }
                None => None,
            };
            let (distinct_bytes, models) = model_figures(&booted.trace, layout)
                .with_context(|| format!("replaying the trace of {}", candidate.name))?;
            let sample = Sample {
                layout: candidate.name.clone(),
                repeat,
                time_to_marker_s: booted.outcome.time_to_marker.as_secs_f64(),
                reads: booted.profile.image_reads.len(),
                bytes: booted.profile.image_reads.iter().map(|r| r.len).sum(),
                distinct_bytes,
                models,
                trace,
            };
            eprintln!(
                "  marker after {:.1} s, {} reads, {:.1} MiB, CD model {:.1} s",
                sample.time_to_marker_s,
                sample.reads,
                sample.bytes as f64 / MIB,
                sample.models.first().map_or(0.0, |m| m.io_s)
            );
            samples.push(sample);
        }
    }
    let summary = candidates
        .iter()
        .zip(&layouts)
        .map(|(c, l)| summarize(&c.name, &samples, l.file_len()))
        .collect();
    Ok(Comparison {
        carrier,
        medium: medium.to_string(),
        drive_options: drive_options.to_string(),
        accel: "tcg".into(),
        samples,
        summary,
    })
}

const MIB: f64 = 1024.0 * 1024.0;

/// The middle value; the mean of the two middle ones for an even count.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if !n.is_multiple_of(2) {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Medians over the samples of `layout` (which must have at least one); `image_size` for
/// the whole-image-first figure.
pub fn summarize(layout: &str, samples: &[Sample], image_size: u64) -> LayoutSummary {
    let mine: Vec<&Sample> = samples.iter().filter(|s| s.layout == layout).collect();
    let times: Vec<f64> = mine.iter().map(|s| s.time_to_marker_s).collect();
    let media: Vec<String> = mine
        .first()
        .map(|s| s.models.iter().map(|m| m.medium.clone()).collect())
        .unwrap_or_default();
    let models = media
        .iter()
        .map(|name| {
            let of = |f: &dyn Fn(&ModelFigures) -> f64| {
                median(
                    mine.iter()
                        .flat_map(|s| s.models.iter().filter(|m| &m.medium == name).map(f))
                        .collect(),
                )
            };
            let whole = Medium::from_name(name)
                .map(|m| model_io_time(m.model(), [(0, image_size)], image_size).seconds)
                .unwrap_or(f64::NAN);
            ModelSummary {
                medium: name.clone(),
                median_io_s: of(&|m| m.io_s),
                median_seeks: of(&|m| m.seeks as f64),
                median_requests: of(&|m| m.requests as f64),
                median_sequential_limit_s: of(&|m| m.sequential_limit_s),
                whole_image_s: whole,
            }
        })
        .collect();
    LayoutSummary {
        layout: layout.to_string(),
        boots: mine.len(),
        median_s: median(times.clone()),
        min_s: times.iter().cloned().fold(f64::INFINITY, f64::min),
        max_s: times.iter().cloned().fold(0.0, f64::max),
        median_reads: median(mine.iter().map(|s| s.reads as f64).collect()),
        median_mib: median(mine.iter().map(|s| s.bytes as f64 / MIB).collect()),
        median_distinct_mib: median(mine.iter().map(|s| s.distinct_bytes as f64 / MIB).collect()),
        models,
    }
}

impl LayoutSummary {
    pub fn model(&self, medium: &str) -> Option<&ModelSummary> {
        self.models.iter().find(|m| m.medium == medium)
    }

    /// Median CD-model I/O seconds (NaN without figures).
    pub fn cd_io_s(&self) -> f64 {
        self.model("cdrom").map_or(f64::NAN, |m| m.median_io_s)
    }
}

impl Comparison {
    /// The boot-time table and the media-model table (markdown).
    pub fn to_markdown(&self) -> String {
        let mut s = format!(
            "Boot to marker ({}; throttled like a {}: {}), QEMU TCG, interleaved boots.\n\n\
             | layout | boots | median s | min s | max s | ratio (1)/x | median reads | median MiB | distinct MiB |\n\
             | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
            self.carrier.title(),
            self.medium,
            self.drive_options
        );
        let base = self.summary.first();
        for l in &self.summary {
            s.push_str(&format!(
                "| {} | {} | {:.1} | {:.1} | {:.1} | {:.2}× | {:.0} | {:.1} | {:.1} |\n",
                l.layout,
                l.boots,
                l.median_s,
                l.min_s,
                l.max_s,
                base.map_or(f64::NAN, |b| b.median_s / l.median_s),
                l.median_reads,
                l.median_mib,
                l.median_distinct_mib
            ));
        }
        s.push_str(
            "\nEach boot's own trace replayed on its own image by the media models \
             (`optimizer::replay` with `as_served`: every read the medium served costs, re-reads included), medians over the boots:\n\n\
             | layout | medium | I/O s | ratio (1)/x | requests | seeks | sequential limit s | whole image first s |\n\
             | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for l in &self.summary {
            for m in &l.models {
                let b = base
                    .and_then(|b| b.model(&m.medium))
                    .map_or(f64::NAN, |b| b.median_io_s);
                s.push_str(&format!(
                    "| {} | {} | {:.2} | {:.2}× | {:.0} | {:.0} | {:.2} | {:.2} |\n",
                    l.layout,
                    m.medium,
                    m.median_io_s,
                    b / m.median_io_s,
                    m.median_requests,
                    m.median_seeks,
                    m.median_sequential_limit_s,
                    m.whole_image_s
                ));
            }
        }
        s
    }
}

/// How a comparison was run, for its README.
#[derive(Clone, Debug, Serialize)]
pub struct RunContext {
    /// What was booted ("the example live system", "the live ISO live.iso").
    pub subject: String,
    pub command: String,
    pub commit: String,
    pub load_before: String,
    pub load_after: String,
    pub wall_s: f64,
    /// How each layout was made (one line each).
    pub layouts: Vec<String>,
}

/// `/proc/loadavg`'s three averages.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

impl Comparison {
    /// The results README: how it was run, both tables, the plots.
    pub fn to_readme(&self, ctx: &RunContext) -> String {
        let mut s = format!(
            "# Before/after on {} ({})\n\n\
             Generated by `liveopt qemu compare`; every figure below was measured in this run.\n\n\
             Layouts ({}):\n\n",
            ctx.subject,
            self.carrier.title(),
            self.carrier.describe()
        );
        for (n, l) in ctx.layouts.iter().enumerate() {
            s.push_str(&format!("{}. {l}\n", n + 1));
        }
        s.push_str(&format!(
            "\nRun: {} boots per layout, interleaved, QEMU TCG (no KVM), the medium throttled with \
             `{}`; {:.0} s wall in all; HEAD at the start `{}` (the binary is built from the work tree); host load average \
             (1/5/15 min) {} before and {} after (2 shared cores: other engineers' builds and \
             boots ran meanwhile, so boot times are noisy; reads, bytes and modelled I/O \
             are not).\n\n",
            self.summary.first().map_or(0, |l| l.boots),
            self.drive_options,
            ctx.wall_s,
            ctx.commit,
            ctx.load_before,
            ctx.load_after
        ));
        s.push_str(&self.to_markdown());
        s.push_str(
            "\nDefinitions: *I/O s* = the boot's served reads (its QEMU block trace, in time \
             order, including the readahead service's reads where it runs) timed by the media model \
             (docs/media-models.md); *sequential limit* = that boot's distinct bytes ÷ the \
             medium's rate + one seek; *whole image first* = reading the entire image in one \
             pass from offset 0 (after which the boot needs no I/O). Ratios are (1) ÷ layout.\n\n\
             Plots: `seek-<layout>.png` (each layout's median-time boot, image offset against \
             time), `seek-all.png` (all layouts side by side, same scales), `medians.png` \
             (median boot time and CD-model I/O).\n\n",
        );
        s.push_str(&format!(
            "Reproduce (~{:.0} min here):\n\n```\n{}\n```\n\n\
             Every boot's trace is in `traces/` (`liveopt simulate --trace traces/<layout>-<n>.trace \
             --image <image> --all-models --as-served` recomputes a row); `compare.json` holds every boot.\n",
            ctx.wall_s / 60.0,
            ctx.command
        ));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(layout: &str, t: f64, reads: usize, cd_io: f64) -> Sample {
        Sample {
            layout: layout.into(),
            repeat: 0,
            time_to_marker_s: t,
            reads,
            bytes: reads as u64 * 1048576,
            distinct_bytes: reads as u64 * 1048576,
            models: vec![ModelFigures {
                medium: "cdrom".into(),
                io_s: cd_io,
                requests: reads as u64,
                seeks: 1,
                bytes: 0,
                sequential_limit_s: 2.0,
            }],
            trace: None,
        }
    }

    #[test]
    fn summaries_use_the_median() {
        let samples = vec![
            sample("a", 30.0, 10, 5.0),
            sample("b", 20.0, 5, 1.0),
            sample("a", 10.0, 30, 9.0),
            sample("a", 50.0, 20, 7.0),
        ];
        let a = summarize("a", &samples, 3_600_000);
        assert_eq!(
            (a.boots, a.median_s, a.min_s, a.max_s, a.median_reads),
            (3, 30.0, 10.0, 50.0, 20.0)
        );
        assert_eq!(a.median_mib, 20.0);
        assert_eq!(a.cd_io_s(), 7.0);
        // 3.6 MB in one pass from offset 0: 1 s of transfer plus the 75 ms base seek.
        let whole = a.model("cdrom").unwrap().whole_image_s;
        assert!((whole - 1.075).abs() < 1e-9, "{whole}");
        let b = summarize("b", &samples, 3_600_000);
        assert_eq!((b.boots, b.median_s), (1, 20.0));
    }
}
