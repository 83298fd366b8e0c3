//! `liveopt qemu compare --iso ISO`: the layouts `liveopt iso sort` makes of a distribution's
//! live ISO, each booted through its own boot entry and initramfs: the ISO as it is, `iso
//! sort` (image sorted, initrds as they are), `iso sort` with the readahead hook appended to
//! the initrds, and `iso sort --no-rewrite` with the hook (the list only). Each is written by
//! [`crate::iso_sort`] as a user would, into a work directory.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

use crate::compare::Candidate;
use crate::iso_inject::Inject;
use crate::iso_sort::{iso_sort, IsoSortOptions};
use crate::live_iso::LiveIso;
use crate::profile_boot::IsoBoot;

/// What to compare.
#[derive(Clone, Debug)]
pub struct IsoCompare {
    pub iso: PathBuf,
    pub profile: PathBuf,
    /// The boot is over at this serial line; else at a login prompt or the image idle.
    pub marker: Option<String>,
    pub idle: Duration,
    /// The running `liveopt` (its `liveopt-boot` goes into the initrds).
    pub liveopt: PathBuf,
}

/// The four layouts of `opts.iso`, written to a work directory in `dir` (the same file
/// system as the results) that is removed when the returned handle is dropped.
pub fn iso_candidates(
    opts: &IsoCompare,
    dir: &Path,
) -> Result<(tempfile::TempDir, Vec<Candidate>)> {
    let work_dir = tempfile::Builder::new()
        .prefix(".liveopt-compare-")
        .tempdir_in(dir)
        .with_context(|| format!("creating a work directory in {}", dir.display()))?;
    let work = work_dir.path();
    // (name, slug, sort the image, inject the hook); `None`: the input as it is.
    let layouts = [
        ("(1) original ISO", "original", None),
        (
            "(2) iso sort (initrd as it is)",
            "sorted",
            Some((true, Inject::Never)),
        ),
        (
            "(3) iso sort + readahead in its initrd",
            "readahead",
            Some((true, Inject::Always)),
        ),
        (
            "(4) iso sort --no-rewrite (readahead only)",
            "readahead-only",
            Some((false, Inject::Always)),
        ),
    ];
    let mut candidates = Vec::new();
    for (name, slug, sort) in layouts {
        let iso = match sort {
            None => opts.iso.clone(),
            Some((rewrite, inject)) => {
                let output = work.join(format!("{slug}.iso"));
                eprintln!(
                    "liveopt iso sort {} -> {} ...",
                    opts.iso.display(),
                    output.display()
                );
                iso_sort(&IsoSortOptions {
                    iso: opts.iso.clone(),
                    profile: opts.profile.clone(),
                    output: output.clone(),
                    live_image: None,
                    rewrite,
                    force: false,
                    inject,
                    liveopt: opts.liveopt.clone(),
                })
                .with_context(|| format!("making {name}"))?;
                output
            }
        };
        candidates.push(own_boot(name, slug, &iso, opts, work)?);
    }
    Ok((work_dir, candidates))
}

/// `iso` booted through its own default boot entry: its kernel, initrds and live image
/// copied out to `work` (QEMU loads the first two from files; the media models replay on
/// the image).
fn own_boot(
    name: &str,
    slug: &str,
    iso: &Path,
    opts: &IsoCompare,
    work: &Path,
) -> Result<Candidate> {
    let live = LiveIso::open(iso)?;
    let entry = live.boot_entry()?;
    let (live_image, _) = live.live_image(None)?;
    let file = |what: &str| work.join(format!("{slug}.{what}"));
    live.concatenate(std::slice::from_ref(&entry.kernel), &file("kernel"))?;
    live.concatenate(&entry.initrds, &file("initrd"))?;
    live.concatenate(std::slice::from_ref(&live_image), &file("squashfs"))?;
    Ok(Candidate {
        name: name.to_string(),
        slug: slug.to_string(),
        squashfs: file("squashfs"),
        medium: iso.to_path_buf(),
        kernel: file("kernel"),
        initrd: file("initrd"),
        iso_boot: Some(IsoBoot {
            cmdline: entry.cmdline,
            live_image,
            marker: opts.marker.clone(),
            idle: opts.idle,
        }),
    })
}
