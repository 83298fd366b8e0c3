//! `liveopt sort --format erofs`: a squashfs or EROFS image rewritten as an
//! access-ordered EROFS image by `erofs::writer`. The profile's page ranges
//! become the writer's hot ranges; the readahead list covers the hot region
//! and the metadata zone behind it (every other record and directory block:
//! the boot's lookups and stats of files the profile does not name), plus
//! the probed head and tail.

use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use erofs::writer::{self, Codec, FileData, HotRange, Node};
use formats::profile::Profile;
use formats::readahead::{self, ListIdentity, ReadaheadList, HEAD_LEN};
use formats::{Extent, ImageIdentity};

use crate::analysis::{self, Access, AccessKind, AccessSequence};
use crate::plan::{self, MatchBy};
use crate::report::{ImageSummary, ProfileSummary, ReadaheadSummary, Report, WriteSummary};
use crate::sort::{self as squash_sort, SortOptions};

/// The input as the writer takes it.
pub enum Input {
    Squashfs(squashfs::Archive),
    Erofs(erofs::Archive),
}

/// The oldest kernel that mounts what the writer makes: chunk-based files (5.15).
const OLDEST_KERNEL: (u32, u32) = (5, 15);

/// The first kernel with EROFS's decoder for `codec`, and its config option (each off by
/// default: Debian's 6.1 kernels have LZ4 only).
fn oldest_kernel_for(codec: Codec) -> Option<((u32, u32), &'static str, &'static str)> {
    match codec {
        Codec::Lz4 | Codec::Lz4hc(_) => None,
        Codec::Lzma(_) => Some(((5, 16), "LZMA", "CONFIG_EROFS_FS_ZIP_LZMA")),
        Codec::Deflate(_) => Some(((6, 6), "DEFLATE", "CONFIG_EROFS_FS_ZIP_DEFLATE")),
        Codec::Zstd(_) => Some(((6, 10), "zstd", "CONFIG_EROFS_FS_ZIP_ZSTD")),
    }
}

/// The first kernel that reads a compressed file's last pcluster inline in its record
/// (ztailpacking); for older targets the writer leaves it in a block of its own.
const INLINE_TAILS_KERNEL: (u32, u32) = (5, 17);

/// Cold data's largest pcluster unless the input or `--pcluster-size` says otherwise:
/// mkfs.erofs's `-C65536`, lorax's default.
const DEFAULT_PCLUSTER: u64 = 64 << 10;

/// The kernel's largest pcluster (Fedora's images use it, with LZMA).
const MAX_PCLUSTER: u64 = 1 << 20;

/// Hot pieces (input) and hot pclusters (stored) as parts of the cold pcluster: a fault
/// on the boot's path decodes at most a sixteenth of what a cold fault does, yet with
/// Fedora's 1 MiB the boot's data is compressed in 64 KiB pclusters, not 16 KiB ones (its
/// pieces are read whole by the boot, so larger ones cost latency per fault, not reads).
/// At mkfs.erofs's default 64 KiB these are the writer's defaults: 64 KiB and 16 KiB.
const HOT_PIECE_PER_COLD: u64 = 4;
const HOT_PCLUSTER_PER_COLD: u64 = 16;

/// The first kernel that reads whole-file fragments (the packed inode); for older
/// targets the writer stores small files one by one.
const FRAGMENTS_KERNEL: (u32, u32) = (6, 1);

/// `target` (`6.1`, `6.1.0-42-amd64`) as (major, minor).
fn kernel_version(target: &str) -> Result<(u32, u32)> {
    let mut parts = target.split('.').map(str::parse::<u32>);
    let (Some(Ok(major)), Some(Ok(minor))) = (parts.next(), parts.next()) else {
        bail!("target kernel {target:?} is not a version like 6.1");
    };
    Ok((major, minor))
}

/// Refuses a target kernel that cannot mount the output written with `codec`.
pub fn check_target_kernel(target: &str, codec: Option<Codec>) -> Result<()> {
    let (major, minor) = kernel_version(target)?;
    if (major, minor) < OLDEST_KERNEL {
        bail!(
            "Linux {major}.{minor} cannot mount this image: chunk-based EROFS files need {}.{}+",
            OLDEST_KERNEL.0,
            OLDEST_KERNEL.1
        );
    }
    if let Some((oldest, name, config)) = codec.and_then(oldest_kernel_for) {
        if (major, minor) < oldest {
            bail!(
                "Linux {major}.{minor} cannot mount this image: EROFS {name} needs {}.{}+ (built with {config}); use --compress lz4hc",
                oldest.0,
                oldest.1
            );
        }
    }
    Ok(())
}

/// The end of the loop device over the image, which udev's blkid probes at boot for
/// end-of-device signatures (RAID superblocks, a GPT backup). On squashfs the image's
/// tables end it and are read anyway; on EROFS it is cold data: measured on the example's
/// CD boot, 34 reads over the last 1.6 MiB, each a seek to the far end.
pub const PROBED_TAIL: u64 = 2 << 20;

fn probed_tail(bytes_used: u64) -> Extent {
    let start = bytes_used.saturating_sub(PROBED_TAIL);
    Extent::new(start, bytes_used - start)
}

/// Nodes of a squashfs image, in its entry order.
fn squashfs_nodes(a: &squashfs::Archive) -> Result<Vec<Node>> {
    a.paths()
        .map(|(e, path)| {
            let kind = match e.kind {
                squashfs::Kind::Dir => erofs::Kind::Dir,
                squashfs::Kind::File => erofs::Kind::File,
                squashfs::Kind::Symlink => erofs::Kind::Symlink,
                squashfs::Kind::BlockDev => erofs::Kind::BlockDevice,
                squashfs::Kind::CharDev => erofs::Kind::CharDevice,
                squashfs::Kind::Fifo => erofs::Kind::Fifo,
                squashfs::Kind::Socket => erofs::Kind::Socket,
            };
            let xattrs = e
                .xattrs
                .iter()
                .map(|(n, v)| {
                    let name = String::from_utf8(n.clone()).with_context(|| {
                        format!("non-UTF-8 xattr name on {}", String::from_utf8_lossy(&path))
                    })?;
                    Ok((name, v.clone()))
                })
                .collect::<Result<_>>()?;
            Ok(Node {
                path: path.strip_prefix(b"/").unwrap_or(&path).to_vec(),
                kind,
                mode: e.mode & 0o7777,
                uid: e.uid,
                gid: e.gid,
                mtime: u64::from(e.mtime),
                mtime_nsec: 0,
                size: e.file().map_or(0, |l| l.file_size),
                rdev: e.rdev().unwrap_or(0),
                target: e.symlink_target().map(<[u8]>::to_vec).unwrap_or_default(),
                xattrs,
                link: (e.kind != squashfs::Kind::Dir && e.nlink > 1)
                    .then_some(u64::from(e.inode_number)),
            })
        })
        .collect()
}

/// File content of a squashfs image, block by block.
struct SquashfsData<'a>(&'a squashfs::Archive);

impl FileData for SquashfsData<'_> {
    fn read(&self, node: usize, offset: u64, len: usize) -> erofs::Result<Vec<u8>> {
        let a = self.0;
        let e = &a.entries()[node];
        let err = |m: String| erofs::Error::Corrupt(m);
        let layout = e.file().ok_or_else(|| {
            err(format!(
                "{} is not a file",
                String::from_utf8_lossy(&a.entry_path(e))
            ))
        })?;
        let bs = u64::from(a.superblock().block_size);
        let end = (offset + len as u64).min(layout.file_size);
        let mut out = Vec::with_capacity(len);
        let positions: Vec<(u64, u32)> = layout.block_positions().collect();
        let mut at = offset / bs * bs;
        let mut i = (offset / bs) as usize;
        while at < end {
            let block = if i < positions.len() {
                a.read_block(layout, i, positions[i].0)
            } else {
                a.read_tail(layout)
            }
            .map_err(|e| err(e.to_string()))?;
            let from = offset.saturating_sub(at) as usize;
            let to = ((end - at) as usize).min(block.len());
            out.extend_from_slice(&block[from.min(to)..to]);
            at += bs;
            i += 1;
        }
        Ok(out)
    }
}

/// The profile's page ranges as hot ranges: files in first-access order,
/// each file's ranges by offset; a file opened but not read still places its inode.
fn hot_ranges(profile: &Profile, nodes: &[Node]) -> (Vec<HotRange>, Vec<Vec<u8>>) {
    let index: std::collections::HashMap<&[u8], usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.path.as_slice(), i))
        .collect();
    let mut hot = Vec::new();
    let mut missing = Vec::new();
    for f in &profile.files {
        let rel = f.path.strip_prefix(b"/").unwrap_or(&f.path);
        let Some(&node) = index.get(rel) else {
            missing.push(f.path.clone());
            continue;
        };
        if f.pages.is_empty() {
            hot.push(HotRange {
                node,
                offset: 0,
                len: 0,
            });
        }
        for p in &f.pages {
            hot.push(HotRange {
                node,
                offset: p.start * 4096,
                len: (p.end - p.start) * 4096,
            });
        }
    }
    (hot, missing)
}

/// The input's access sequence of the profile (squashfs: the shared
/// analysis; EROFS: each hot range's stored extents).
fn before_sequence(input: &Input, profile: &Profile, force: bool) -> Result<(AccessSequence, u64)> {
    match input {
        Input::Squashfs(a) => {
            let by = plan::match_mode(a, profile, force)?;
            let mapping = plan::map_profile(a, profile, by);
            Ok((
                analysis::access_sequence(a, &mapping),
                a.superblock().bytes_used,
            ))
        }
        Input::Erofs(a) => {
            let nodes = writer::nodes_from_archive(a)?;
            let (hot, missing) = hot_ranges(profile, &nodes);
            let mut accesses = vec![Access {
                extent: Extent::new(0, 4096),
                kind: AccessKind::Superblock,
            }];
            for r in &hot {
                let e = &a.entries()[r.node];
                let (start, end) = (r.offset, r.offset + r.len);
                let stored: Vec<Extent> = match e.inode.layout {
                    erofs::format::DataLayout::CompressedFull
                    | erofs::format::DataLayout::CompressedCompact => a
                        .compressed_extents(e)?
                        .iter()
                        .filter(|x| {
                            x.logical_start < end && start < x.logical_start + x.logical_len
                        })
                        .filter_map(|x| match x.source {
                            erofs::Source::Pcluster {
                                image_offset,
                                image_len,
                                ..
                            } => Some(Extent::new(image_offset, image_len)),
                            erofs::Source::Fragment { .. } => None,
                        })
                        .collect(),
                    _ => a
                        .extents(e)?
                        .iter()
                        .filter(|x| x.file_offset < end && start < x.file_offset + x.len)
                        .filter_map(|x| {
                            let lo = start.max(x.file_offset);
                            let hi = end.min(x.file_offset + x.len);
                            Some(Extent::new(x.image_offset? + (lo - x.file_offset), hi - lo))
                        })
                        .collect(),
                };
                accesses.extend(stored.into_iter().map(|extent| Access {
                    extent,
                    kind: AccessKind::Data,
                }));
            }
            let len = a.superblock().blocks as u64 * a.superblock().block_size();
            let seq = AccessSequence {
                accesses,
                files_matched: profile.files.len() - missing.len(),
                files_missing: missing.len(),
            };
            Ok((seq, len))
        }
    }
}

fn summary(path: &Path, bytes: u64, compressor: &str, block_size: u32) -> ImageSummary {
    ImageSummary {
        path: path.display().to_string(),
        bytes_used: bytes,
        compressor: compressor.to_string(),
        block_size,
    }
}

fn codec_name(codec: Option<Codec>) -> &'static str {
    match codec {
        None => "none",
        Some(Codec::Lz4) => "lz4",
        Some(Codec::Lz4hc(_)) => "lz4hc",
        Some(Codec::Lzma(_)) => "lzma",
        Some(Codec::Deflate(_)) => "deflate",
        Some(Codec::Zstd(_)) => "zstd",
    }
}

/// The readahead list of the EROFS image `archive`, which is at `offset` of `file`: its
/// identity (as every EROFS image's, `ImageIdentity::of_erofs`, which the boot side checks
/// against the superblock) and `ranges`.
fn readahead_list(
    archive: &erofs::Archive,
    file: &Path,
    offset: u64,
    ranges: Vec<Extent>,
) -> Result<ReadaheadList> {
    let identity = ImageIdentity::of_erofs(archive, file, offset)
        .with_context(|| format!("reading {}", file.display()))?;
    let mut head = vec![0u8; identity.bytes_used.min(HEAD_LEN) as usize];
    std::os::unix::fs::FileExt::read_exact_at(&std::fs::File::open(file)?, &mut head, offset)
        .with_context(|| format!("reading {}", file.display()))?;
    Ok(ReadaheadList {
        identity: ListIdentity::new(identity, &head),
        ranges,
    })
}

/// The readahead list of an EROFS image as it is (not sorted), the image being at
/// `offset` of `file` (an ISO, or the image itself at 0): the stored extents of the
/// profile's page ranges merged across the gap the media models pick, the probed head and
/// the probed tail; the same format and identity as the list of a sorted image.
pub fn unsorted_readahead_list(
    input: &Input,
    file: &Path,
    offset: u64,
    profile: &Profile,
    force: bool,
) -> Result<ReadaheadList> {
    let Input::Erofs(archive) = input else {
        bail!("not an EROFS image: {}", file.display());
    };
    let (seq, len) = before_sequence(input, profile, force)?;
    let (_, mut ranges) = analysis::figures(&seq, None, len);
    ranges.push(probed_tail(len));
    readahead_list(
        archive,
        file,
        offset,
        squash_sort::with_probed_head(ranges, len),
    )
}

/// The codec of an EROFS image's own compressed files, for a sort that keeps it: the
/// first algorithm its superblock names (LZ4 written as LZ4HC, which the same decoder
/// reads); an image that names none (no `COMPR_CFGS`) compresses with LZ4 if at all.
pub fn codec_of(archive: &erofs::Archive) -> Option<Codec> {
    let names = match archive.superblock().compressor_name() {
        Some(names) => names,
        None => {
            let compressed = archive.entries().iter().any(|e| {
                matches!(
                    e.inode.layout,
                    erofs::format::DataLayout::CompressedFull
                        | erofs::format::DataLayout::CompressedCompact
                )
            });
            return compressed.then_some(Codec::Lz4hc(9));
        }
    };
    match names.split('+').next() {
        Some("lz4") => Some(Codec::Lz4hc(9)),
        Some("lzma") => Some(Codec::Lzma(6)),
        Some("deflate") => Some(Codec::Deflate(9)),
        Some("zstd") => Some(Codec::Zstd(9)),
        _ => None,
    }
}

/// Runs the sort into EROFS; `codec` None writes an uncompressed image.
pub fn run(opts: &SortOptions, input: &Input, codec: Option<Codec>) -> Result<Report> {
    let profile = formats::profile::load(&opts.profile)?;
    let (nodes, in_summary) = match input {
        Input::Squashfs(a) => {
            let sb = a.superblock();
            (
                squashfs_nodes(a)?,
                summary(
                    &opts.image,
                    sb.bytes_used,
                    a.compressor().id.name(),
                    sb.block_size,
                ),
            )
        }
        Input::Erofs(a) => (
            writer::nodes_from_archive(a)?,
            summary(
                &opts.image,
                a.superblock().blocks as u64 * a.superblock().block_size(),
                "erofs",
                a.superblock().block_size() as u32,
            ),
        ),
    };
    let (hot, missing) = hot_ranges(&profile, &nodes);
    if !missing.is_empty() {
        eprintln!(
            "liveopt: {} of {} profile files are not in the image (first: {})",
            missing.len(),
            profile.files.len(),
            String::from_utf8_lossy(&missing[0])
        );
    }
    let (before_seq, before_len) = before_sequence(input, &profile, opts.force)?;
    let (before, _) = analysis::figures(&before_seq, opts.max_gap, before_len);

    // No target: what current kernels read.
    let target = match &opts.target_kernel {
        Some(k) => kernel_version(k)?,
        None => (u32::MAX, 0),
    };
    let cold_pcluster = match (opts.erofs_pcluster, input) {
        (Some(bytes), _) => bytes,
        (None, Input::Erofs(a)) => a
            .largest_pcluster()
            .with_context(|| format!("reading {}", opts.image.display()))?
            .clamp(DEFAULT_PCLUSTER, MAX_PCLUSTER),
        (None, Input::Squashfs(_)) => DEFAULT_PCLUSTER,
    };
    let defaults = writer::Options::default();
    let wopts = writer::Options {
        codec,
        hot_unit_blocks: (cold_pcluster / HOT_PIECE_PER_COLD / 4096).max(defaults.hot_unit_blocks),
        hot_pcluster_blocks: (cold_pcluster / HOT_PCLUSTER_PER_COLD / 4096)
            .max(defaults.hot_pcluster_blocks),
        cold_pcluster_blocks: cold_pcluster / 4096,
        inline_tails: target >= INLINE_TAILS_KERNEL,
        fragments: target >= FRAGMENTS_KERNEL,
    };
    let bar = squash_sort::progress_bar();
    let started = Instant::now();
    let stats = match input {
        Input::Squashfs(a) => writer::write_image(
            &nodes,
            &SquashfsData(a),
            &hot,
            &wopts,
            &opts.output,
            &|d, t| {
                bar.set_length(t);
                bar.set_position(d);
            },
        ),
        Input::Erofs(a) => writer::write_image(
            &nodes,
            &writer::ArchiveData::new(a),
            &hot,
            &wopts,
            &opts.output,
            &|d, t| {
                bar.set_length(t);
                bar.set_position(d);
            },
        ),
    }
    .with_context(|| format!("writing {}", opts.output.display()))?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();

    let finish = || -> Result<Report> {
        // The written image must open with our reader before anything refers to it.
        let written = erofs::Archive::open(&opts.output)
            .with_context(|| format!("re-opening the written image {}", opts.output.display()))?;
        let mut accesses = vec![Access {
            extent: Extent::new(0, 4096),
            kind: AccessKind::Superblock,
        }];
        accesses.extend(stats.hot_extents.iter().map(|&(at, len)| Access {
            extent: Extent::new(at, len),
            kind: AccessKind::Data,
        }));
        let after_seq = AccessSequence {
            accesses,
            files_matched: profile.files.len() - missing.len(),
            files_missing: missing.len(),
        };
        let (after, _) = analysis::figures(&after_seq, opts.max_gap, stats.bytes_written);
        let ranges = squash_sort::with_probed_head(
            vec![
                Extent::new(0, stats.meta_end),
                probed_tail(stats.bytes_written),
            ],
            stats.bytes_written,
        );
        if let Some(path) = &opts.readahead {
            let list = readahead_list(&written, &opts.output, 0, ranges.clone())?;
            let mut text = Vec::new();
            readahead::write(&list, &mut text)?;
            formats::write_atomic(path, &text)
                .with_context(|| format!("writing readahead list {}", path.display()))?;
        }
        if let Some(path) = &opts.plot {
            squash_sort::plot_pair(
                path,
                (&opts.image, &before, &before_seq.extents(), before_len),
                (
                    &opts.output,
                    &after,
                    &after_seq.extents(),
                    stats.bytes_written,
                ),
            )?;
        }
        Ok(Report {
            input: in_summary.clone(),
            output: summary(&opts.output, stats.bytes_written, codec_name(codec), 4096),
            profile: ProfileSummary {
                path: opts.profile.display().to_string(),
                files: profile.files.len(),
                matched_by: MatchBy::Path,
                missing: missing.len(),
                missing_sample: missing
                    .iter()
                    .take(5)
                    .map(|p| String::from_utf8_lossy(p).into_owned())
                    .collect(),
            },
            write: WriteSummary {
                seconds,
                bytes_written: stats.bytes_written,
                blocks_raw: stats.plain_blocks,
                blocks_recompressed: stats.compressed_blocks,
                hot_inodes: hot.len(),
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

/// True when the file at `path` is an EROFS image (magic 1 KiB in).
pub fn is_erofs(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 1028];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head[1024..] == erofs::format::MAGIC.to_le_bytes())
}
