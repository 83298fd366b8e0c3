//! `liveopt sort` end to end: check the inputs, plan from the profile, drive
//! the squashfs writer (with a progress bar on a terminal), then analyse input
//! and output, write the readahead list and the plot. The output image is
//! removed again if any later step fails, so an error leaves nothing behind.
//! EROFS output (`Format::Erofs`, the default for EROFS input) goes through
//! `erofs_sort`.

use std::io::IsTerminal;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use squashfs::{Archive, Compression};

use crate::analysis;
use crate::plan::{self, MatchBy};
use crate::report::{ImageSummary, ProfileSummary, ReadaheadSummary, Report, WriteSummary};
use formats::readahead::{self, ListIdentity, ReadaheadList, HEAD_LEN};
use formats::Extent;
use formats::ImageIdentity;

/// Everything `liveopt sort` takes.
#[derive(Clone, Debug)]
pub struct SortOptions {
    pub image: PathBuf,
    pub profile: PathBuf,
    pub output: PathBuf,
    pub readahead: Option<PathBuf>,
    pub plot: Option<PathBuf>,
    /// None: keep the input's compressor and copy blocks raw.
    pub compression: Option<Compression>,
    pub block_size: Option<u32>,
    /// Recompress even when compressor, options and block size are unchanged.
    pub recompress: bool,
    pub force: bool,
    /// Readahead ranges closer than this are merged; None: measured choice
    /// (`analysis::choose_gap`).
    pub max_gap: Option<u64>,
    /// None: the input's format.
    pub format: Option<Format>,
    /// EROFS output: how regular files are stored.
    pub erofs_compression: ErofsCompression,
    /// EROFS output: refuse features this kernel ("6.1") cannot mount.
    pub target_kernel: Option<String>,
    /// EROFS output: the largest pcluster of cold data in bytes; None: an EROFS
    /// input's largest, at least 64 KiB.
    pub erofs_pcluster: Option<u64>,
}

/// How EROFS output stores regular files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErofsCompression {
    /// As an EROFS input does ([`crate::erofs_sort::codec_of`]), so that the kernels that
    /// mounted it mount the output; LZ4HC from squashfs input (every EROFS kernel has LZ4).
    Input,
    /// This codec; `None`: uncompressed (chunk-based files).
    Given(Option<erofs::writer::Codec>),
}

/// The output image format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Squashfs,
    Erofs,
}

impl SortOptions {
    pub fn new(image: PathBuf, profile: PathBuf, output: PathBuf) -> Self {
        SortOptions {
            image,
            profile,
            output,
            readahead: None,
            plot: None,
            compression: None,
            block_size: None,
            recompress: false,
            force: false,
            max_gap: None,
            format: None,
            erofs_compression: ErofsCompression::Input,
            erofs_pcluster: None,
            target_kernel: None,
        }
    }
}

/// True when both paths exist and are the same file (symlinks followed, hard links caught).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

/// Runs the whole sort; returns the report (the caller prints it).
pub fn run(opts: &SortOptions) -> Result<Report> {
    check_paths(opts)?;
    let erofs_in = crate::erofs_sort::is_erofs(&opts.image);
    let format = opts.format.unwrap_or(if erofs_in {
        Format::Erofs
    } else {
        Format::Squashfs
    });
    if format == Format::Erofs {
        if opts.compression.is_some() || opts.block_size.is_some() || opts.recompress {
            bail!("--comp, --block-size and --recompress are squashfs options; EROFS output takes --compress");
        }
        let input = if erofs_in {
            crate::erofs_sort::Input::Erofs(
                erofs::Archive::open(&opts.image)
                    .with_context(|| format!("opening {}", opts.image.display()))?,
            )
        } else {
            crate::erofs_sort::Input::Squashfs(
                Archive::open(&opts.image)
                    .with_context(|| format!("opening {}", opts.image.display()))?,
            )
        };
        let codec = match (opts.erofs_compression, &input) {
            (ErofsCompression::Given(codec), _) => codec,
            (ErofsCompression::Input, crate::erofs_sort::Input::Erofs(a)) => {
                crate::erofs_sort::codec_of(a)
            }
            (ErofsCompression::Input, crate::erofs_sort::Input::Squashfs(_)) => {
                Some(erofs::writer::Codec::Lz4hc(9))
            }
        };
        if let Some(k) = &opts.target_kernel {
            crate::erofs_sort::check_target_kernel(k, codec)?;
        }
        return crate::erofs_sort::run(opts, &input, codec);
    }
    if erofs_in {
        bail!(
            "{} is EROFS: it sorts into EROFS only (--format erofs)",
            opts.image.display()
        );
    }
    let input =
        Archive::open(&opts.image).with_context(|| format!("opening {}", opts.image.display()))?;
    sort_archive(input, opts)
}

/// The sort of an image already opened (e.g. read in place from an ISO); `opts.image` only
/// names it in the report. The input is dropped once written: with the output
/// re-opened for the report, a large image's metadata would be held twice.
pub fn sort_archive(input: Archive, opts: &SortOptions) -> Result<Report> {
    let profile = formats::profile::load(&opts.profile)?;
    let by = plan::match_mode(&input, &profile, opts.force)?;
    let mapping = plan::map_profile(&input, &profile, by);
    if !mapping.missing.is_empty() {
        eprintln!(
            "liveopt: {} of {} profile files are not in the image (first: {})",
            mapping.missing.len(),
            profile.files.len(),
            sample(&mapping.missing).join(", ")
        );
    }
    let before_seq = analysis::access_sequence(&input, &mapping);
    let (before, _) = analysis::figures(&before_seq, opts.max_gap, input.superblock().bytes_used);

    let mut writer_plan = plan::plan_from(&mapping);
    writer_plan.compression = opts.compression.clone();
    writer_plan.block_size = opts.block_size;
    writer_plan.recompress = opts.recompress;
    let hot_inodes = writer_plan.hot_inodes.len();

    let bar = progress_bar();
    let started = Instant::now();
    let stats = squashfs::write_image(&input, &writer_plan, &opts.output, &|done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .with_context(|| format!("writing {}", opts.output.display()))?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    let input_summary = summary(&input, &opts.image);
    let before_extents = before_seq.extents();
    drop(before_seq);
    let missing = mapping.missing;
    drop(input);

    // From here on a failure removes the image just written.
    let finish = || -> Result<Report> {
        let output = Archive::open(&opts.output)
            .with_context(|| format!("re-opening the written image {}", opts.output.display()))?;
        let after_mapping = plan::map_profile(&output, &profile, MatchBy::Path);
        let after_seq = analysis::access_sequence(&output, &after_mapping);
        let (after, ranges) =
            analysis::figures(&after_seq, opts.max_gap, output.superblock().bytes_used);
        let ranges = with_probed_head(ranges, output.superblock().bytes_used);

        if let Some(path) = &opts.readahead {
            let list = readahead_list(&output, ranges.clone())?;
            let mut text = Vec::new();
            readahead::write(&list, &mut text)?;
            formats::write_atomic(path, &text)
                .with_context(|| format!("writing readahead list {}", path.display()))?;
        }
        if let Some(path) = &opts.plot {
            plot_pair(
                path,
                (
                    &opts.image,
                    &before,
                    &before_extents,
                    input_summary.bytes_used,
                ),
                (
                    &opts.output,
                    &after,
                    &after_seq.extents(),
                    output.superblock().bytes_used,
                ),
            )?;
        }
        Ok(Report {
            input: input_summary.clone(),
            output: summary(&output, &opts.output),
            profile: ProfileSummary {
                path: opts.profile.display().to_string(),
                files: profile.files.len(),
                matched_by: by,
                missing: missing.len(),
                missing_sample: sample(&missing),
            },
            write: WriteSummary {
                seconds,
                bytes_written: stats.bytes_written,
                blocks_raw: stats.blocks_raw,
                blocks_recompressed: stats.blocks_recompressed,
                hot_inodes,
            },
            readahead: ReadaheadSummary {
                path: opts.readahead.as_ref().map(|p| p.display().to_string()),
                ranges: ranges.len(),
                bytes: ranges.iter().map(|r| r.len).sum(),
                max_gap: after.readahead_max_gap,
            },
            before,
            after,
        })
    };
    finish().inspect_err(|_| {
        let _ = std::fs::remove_file(&opts.output);
        if let Some(p) = &opts.readahead {
            let _ = std::fs::remove_file(p);
        }
    })
}

/// Refuses outputs that would overwrite the input, and bad plot names, before any work.
fn check_paths(opts: &SortOptions) -> Result<()> {
    if !opts.image.exists() {
        bail!("{}: no such file", opts.image.display());
    }
    for (what, p) in [
        ("output", Some(&opts.output)),
        ("readahead list", opts.readahead.as_ref()),
        ("plot", opts.plot.as_ref()),
    ] {
        let Some(p) = p else { continue };
        if same_file(p, &opts.image) || p == &opts.image {
            bail!(
                "the {what} {} is the input image; refusing to overwrite it",
                p.display()
            );
        }
        if same_file(p, &opts.profile) {
            bail!(
                "the {what} {} is the profile; refusing to overwrite it",
                p.display()
            );
        }
    }
    if let Some(p) = &opts.plot {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if ext != "png" && ext != "svg" {
            bail!("plot file {} must end in .png or .svg", p.display());
        }
    }
    if let Some(bs) = opts.block_size {
        if !bs.is_power_of_two() || !(4096..=1 << 20).contains(&bs) {
            bail!("block size {bs} must be a power of two from 4096 to 1048576");
        }
    }
    Ok(())
}

/// The start of every block device the image sits on that udev's blkid probes at boot
/// (the loop device over it, or the disk): measured on the example's CD boot, 704 KiB of
/// the first MiB in 12 reads (~1 s of CD time) after switch_root. The list covers it.
pub const PROBED_HEAD: u64 = 1 << 20;

/// `ranges` plus the image's first [`PROBED_HEAD`] bytes, sorted and merged.
pub fn with_probed_head(mut ranges: Vec<Extent>, bytes_used: u64) -> Vec<Extent> {
    ranges.push(Extent::new(0, PROBED_HEAD.min(bytes_used)));
    crate::extent::coalesce(&ranges, 0)
}

/// The readahead list of an image as it is (not sorted): the ranges the profile's files
/// and their metadata occupy, in on-disk order, merged across the measured gap, plus the
/// probed head; the same format and identity as the list `run` writes for a sorted image.
pub fn unsorted_readahead_list(
    image: &Archive,
    profile: &formats::profile::Profile,
    force: bool,
) -> Result<ReadaheadList> {
    let by = plan::match_mode(image, profile, force)?;
    let (_, _, ranges) = analysis::analyse(image, profile, by, None);
    let ranges = with_probed_head(ranges, image.superblock().bytes_used);
    readahead_list(image, ranges)
}

/// The list for `output`: its identity (whole-image hash plus the first bytes) and ranges.
pub fn readahead_list(output: &Archive, ranges: Vec<Extent>) -> Result<ReadaheadList> {
    let identity = ImageIdentity::of_squashfs(output)?;
    let head_len = identity.bytes_used.min(HEAD_LEN) as usize;
    let head = output.read_raw(0, head_len)?;
    Ok(ReadaheadList {
        identity: ListIdentity::new(identity, &head),
        ranges,
    })
}

/// One side of the before/after plot: image, its figures, accesses, size.
pub(crate) type PlotSide<'a> = (&'a Path, &'a crate::analysis::Figures, &'a [Extent], u64);

/// The before/after seek diagram at `path`.
pub(crate) fn plot_pair(path: &Path, before: PlotSide<'_>, after: PlotSide<'_>) -> Result<()> {
    plot_atomic(
        path,
        &crate::plot::Series {
            title: caption("before", before.0, before.1),
            accesses: before.2,
            image_bytes: before.3,
        },
        &crate::plot::Series {
            title: caption("after", after.0, after.1),
            accesses: after.2,
            image_bytes: after.3,
        },
    )
}

/// Draws into a temp file next to `path` (same extension), then renames.
fn plot_atomic(
    path: &Path,
    before: &crate::plot::Series<'_>,
    after: &crate::plot::Series<'_>,
) -> Result<()> {
    let tmp = formats::AtomicFile::create(path)?;
    crate::plot::seek_diagram(tmp.path(), before, after)?;
    tmp.commit()
        .with_context(|| format!("writing plot {}", path.display()))
}

pub(crate) fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} writing [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    bar
}

fn summary(a: &Archive, path: &Path) -> ImageSummary {
    let sb = a.superblock();
    ImageSummary {
        path: path.display().to_string(),
        bytes_used: sb.bytes_used,
        compressor: a.compressor().id.name().to_string(),
        block_size: sb.block_size,
    }
}

fn sample(paths: &[Vec<u8>]) -> Vec<String> {
    paths
        .iter()
        .take(5)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect()
}

/// "before: in.sqfs: span 12.3 MiB, 41 runs": a panel title.
fn caption(side: &str, image: &Path, f: &crate::analysis::Figures) -> String {
    format!(
        "{side}: {}, span {:.1} MiB, {} runs on disk",
        file_name(image),
        f.span as f64 / (1024.0 * 1024.0),
        f.runs_disk_order
    )
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
