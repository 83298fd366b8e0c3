//! `liveopt qemu compare`: boot the example's layouts (the unsorted mksquashfs baseline and
//! the image `liveopt sort` made from a guest-side boot profile) from a throttled emulated
//! CD, interleaved, several times each, and compare the time to the boot marker.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use crate::example::Example;
use crate::profile_boot::{cached_iso, profile_boot, ProfileRequest};

/// One layout to boot.
#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    pub name: String,
    pub squashfs: PathBuf,
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
    /// The boot's block trace (for `liveopt simulate`), when kept.
    pub trace: Option<PathBuf>,
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
}

#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub medium: String,
    pub drive_options: String,
    pub accel: String,
    pub samples: Vec<Sample>,
    pub summary: Vec<LayoutSummary>,
}

/// The guest-side profile of the example's baseline (cached in `work/guest.profile`, reused
/// while it names the current image).
pub fn baseline_profile(ex: &Example, recorder: &Path, work: &Path) -> Result<PathBuf> {
    let path = work.join("guest.profile");
    let identity = squashfs::Archive::open(&ex.squashfs)?.identity()?;
    if let Ok(existing) = profile::load(&path) {
        if existing.source.image.as_ref() == Some(&identity) {
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
    };
    let booted = profile_boot(&request)?;
    let guest = booted.guest.context("the guest sent no profile")?;
    profile::save(&path, &guest.profile)?;
    Ok(path)
}

/// The sorted image (cached in `work/sorted.squashfs`, rebuilt when older than the profile).
pub fn sorted_image(ex: &Example, profile_path: &Path, work: &Path) -> Result<PathBuf> {
    let out = work.join("sorted.squashfs");
    let fresh = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if fresh(&out).is_some()
        && fresh(&out) >= fresh(profile_path)
        && fresh(&out) >= fresh(&ex.squashfs)
    {
        eprintln!("sorted image: cached ({})", out.display());
        return Ok(out);
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
    opts.readahead = Some(work.join("sorted.readahead"));
    optimizer::sort::run(&opts).context("sorting the example image")?;
    Ok(out)
}

/// Boots every candidate `repeats` times from an emulated CD, interleaved (A B A B ...).
/// Each boot's block trace goes to `traces/<layout>-<repeat>.trace` when `traces` is given.
pub fn compare(
    ex: &Example,
    candidates: &[Candidate],
    repeats: u32,
    medium: &str,
    drive_options: &str,
    traces: Option<&Path>,
) -> Result<Comparison> {
    if candidates.is_empty() || repeats == 0 {
        bail!("nothing to compare");
    }
    // The example's own ISO holds its baseline image; others get a cached ISO beside them.
    let isos: Vec<PathBuf> = candidates
        .iter()
        .map(|c| {
            if c.squashfs == ex.squashfs {
                Ok(ex.iso.clone())
            } else {
                cached_iso(&c.squashfs)
            }
        })
        .collect::<Result<_>>()?;
    let mut samples = Vec::new();
    for repeat in 0..repeats {
        for (candidate, iso) in candidates.iter().zip(&isos) {
            eprintln!(
                "boot {}/{repeats}: {} ({medium}, TCG)...",
                repeat + 1,
                candidate.name
            );
            let request = ProfileRequest {
                kernel: ex.kernel.clone(),
                initrd: ex.initrd.clone(),
                image: iso.clone(),
                cdrom: true,
                append: String::new(),
                timeout: Duration::from_secs(900),
                drive_options: drive_options.to_string(),
                guest_recorder: None,
            };
            let booted =
                profile_boot(&request).with_context(|| format!("booting {}", candidate.name))?;
            let trace = match traces {
                Some(dir) => {
                    let slug: String = candidate
                        .name
                        .split_whitespace()
                        .next()
                        .unwrap_or("layout")
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric())
                        .collect();
                    let path = dir.join(format!("{slug}-{}.trace", repeat + 1));
                    profile::write_atomic(&path, booted.trace.to_text().as_bytes())?;
                    Some(path)
                }
                None => None,
            };
            let sample = Sample {
                layout: candidate.name.clone(),
                repeat,
                time_to_marker_s: booted.outcome.time_to_marker.as_secs_f64(),
                reads: booted.profile.image_reads.len(),
                bytes: booted.profile.image_reads.iter().map(|r| r.len).sum(),
                trace,
            };
            eprintln!(
                "  marker after {:.1} s, {} reads, {:.1} MiB",
                sample.time_to_marker_s,
                sample.reads,
                sample.bytes as f64 / 1048576.0
            );
            samples.push(sample);
        }
    }
    let summary = candidates
        .iter()
        .map(|c| summarize(&c.name, &samples))
        .collect();
    Ok(Comparison {
        medium: medium.to_string(),
        drive_options: drive_options.to_string(),
        accel: "tcg".into(),
        samples,
        summary,
    })
}

/// The middle value; the mean of the two middle ones for an even count.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let n = v.len();
    if !n.is_multiple_of(2) {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Median/min/max over the samples of `layout` (which must have at least one).
pub fn summarize(layout: &str, samples: &[Sample]) -> LayoutSummary {
    let mine: Vec<&Sample> = samples.iter().filter(|s| s.layout == layout).collect();
    let times: Vec<f64> = mine.iter().map(|s| s.time_to_marker_s).collect();
    LayoutSummary {
        layout: layout.to_string(),
        boots: mine.len(),
        median_s: median(times.clone()),
        min_s: times.iter().cloned().fold(f64::INFINITY, f64::min),
        max_s: times.iter().cloned().fold(0.0, f64::max),
        median_reads: median(mine.iter().map(|s| s.reads as f64).collect()),
        median_mib: median(mine.iter().map(|s| s.bytes as f64 / 1048576.0).collect()),
    }
}

impl Comparison {
    pub fn to_markdown(&self) -> String {
        let mut s = format!(
            "Boot to marker from an emulated CD ({}: {}), QEMU TCG, interleaved boots.\n\n\
             | layout | boots | median s | min s | max s | median reads | median MiB |\n\
             | --- | --- | --- | --- | --- | --- | --- |\n",
            self.medium, self.drive_options
        );
        for l in &self.summary {
            s.push_str(&format!(
                "| {} | {} | {:.1} | {:.1} | {:.1} | {:.0} | {:.1} |\n",
                l.layout, l.boots, l.median_s, l.min_s, l.max_s, l.median_reads, l.median_mib
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_use_the_median() {
        let s = |layout: &str, t: f64, reads: usize| Sample {
            layout: layout.into(),
            repeat: 0,
            time_to_marker_s: t,
            reads,
            bytes: reads as u64 * 1048576,
            trace: None,
        };
        let samples = vec![
            s("a", 30.0, 10),
            s("b", 20.0, 5),
            s("a", 10.0, 30),
            s("a", 50.0, 20),
        ];
        let a = summarize("a", &samples);
        assert_eq!(
            (a.boots, a.median_s, a.min_s, a.max_s, a.median_reads),
            (3, 30.0, 10.0, 50.0, 20.0)
        );
        assert_eq!(a.median_mib, 20.0);
        let b = summarize("b", &samples);
        assert_eq!((b.boots, b.median_s), (1, 20.0));
    }
}
