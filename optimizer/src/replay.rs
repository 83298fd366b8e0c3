//! Replay (`liveopt simulate`): replays a recorded block trace against an image layout
//! and reports the I/O time under the media models of [`crate::media`].
//!
//! The trace holds image reads in time order. When it was recorded on another
//! image (the traced image, e.g. the unsorted original) than the one simulated,
//! every read is translated through logical units matched by path: data blocks
//! → the same file bytes, fragments → the tails of the files they hold, inode /
//! directory metadata blocks → the inodes / listings they hold, other tables →
//! the same tables. Each medium byte is read at most once (the page cache keeps
//! everything a boot reads), optionally after a readahead list was read first.
//! The method, and its limits, are in docs/simulate.md. Pure and deterministic:
//! ordered maps only, no clock.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::media::{model_io_time, IoTime, Medium};
use crate::regions::{MetaStream, Region, RegionIndex, RegionKind};
use anyhow::{bail, Context, Result};
use formats::block_trace::BlockTrace;
use formats::readahead::ReadaheadList;
use formats::Extent;
use serde::Serialize;
use sha2::{Digest, Sha256};
use squashfs::Archive;

/// A byte range `(offset, len)` of an image.
pub type Range = (u64, u64);

/// What simulation needs to know about one image's layout.
pub struct Layout {
    path: PathBuf,
    /// Squashfs images only: readahead lists identify squashfs superblocks.
    squashfs: Option<Archive>,
    /// The bytes the filesystem uses (squashfs `bytes_used`, EROFS blocks × block size).
    bytes_used: u64,
    file_len: u64,
    index: RegionIndex,
}

impl Layout {
    /// Opens a squashfs or EROFS image (told apart by the EROFS magic at 1 KiB).
    pub fn open(path: &Path) -> Result<Layout> {
        let file_len = std::fs::metadata(path)
            .with_context(|| format!("reading {}", path.display()))?
            .len();
        if erofs::has_magic(path).with_context(|| format!("cannot read {}", path.display()))? {
            let archive = erofs::Archive::open(path)
                .with_context(|| format!("opening the EROFS image {}", path.display()))?;
            let index = RegionIndex::from_erofs(&archive)
                .with_context(|| format!("indexing the EROFS image {}", path.display()))?;
            let sb = archive.superblock();
            return Ok(Layout {
                path: path.to_path_buf(),
                squashfs: None,
                bytes_used: u64::from(sb.blocks) * sb.block_size(),
                file_len,
                index,
            });
        }
        let archive =
            Archive::open(path).with_context(|| format!("opening image {}", path.display()))?;
        let index = RegionIndex::from_squashfs(&archive);
        Ok(Layout {
            path: path.to_path_buf(),
            bytes_used: archive.superblock().bytes_used,
            squashfs: Some(archive),
            file_len,
            index,
        })
    }

    pub fn file_len(&self) -> u64 {
        self.file_len
    }

    pub fn index(&self) -> &RegionIndex {
        &self.index
    }

    fn bytes_used(&self) -> u64 {
        self.bytes_used
    }

    /// The data blocks and fragment holding bytes `[a, b)` of a file.
    fn file_units(&self, inode: u32, a: u64, b: u64, out: &mut Vec<Range>) {
        let Some((_, file)) = self.index.file(inode) else {
            return;
        };
        let bs = self.index.block_size();
        let b = b.min(file.size);
        for (i, block) in file.blocks.iter().enumerate() {
            let (start, end) = file.span(i, bs);
            if block.len > 0 && start < b && a < end {
                out.push((block.offset, block.len));
            }
        }
        let tail_start = file.tail_start(bs);
        if let Some(index) = file.fragment {
            if b > tail_start && a < file.size {
                if let Some(r) = self.index.fragment(index).and_then(|f| f.region) {
                    out.push((r.start, r.len));
                }
            }
        }
    }
}

/// Which objects of a read fragment or metadata block the boot is taken to have needed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Objects {
    /// Every object the block holds (an upper bound for the simulated image).
    #[default]
    All,
    /// Only objects with evidence in the trace (files whose data blocks were read,
    /// and their ancestor directories); all of them when a block holds none.
    Evidenced,
    /// As `Evidenced`, the evidence being the files of a file-level boot profile
    /// (e.g. the guest-side `liveopt record`) and their ancestor directories.
    Profile,
}

/// Maps traced-image reads to the simulated image's ranges.
pub struct Translator<'a> {
    pub from: &'a Layout,
    pub to: &'a Layout,
    /// Source inodes with evidence (see [`Objects::Evidenced`]); `None` = all objects.
    pub evidence: Option<BTreeSet<u32>>,
    /// Everything the trace served: data and fragment blocks it never serves whole are
    /// readahead edges and are not translated. `None` = translate them too.
    pub served: Option<&'a ReadSet>,
}

/// Whether region `r` is a data or fragment block that `served` never covers whole
/// (the squashfs driver reads those blocks whole; a part is a readahead window's edge).
fn is_edge(r: &Region, served: Option<&ReadSet>) -> bool {
    matches!(
        r.kind,
        RegionKind::Data { .. } | RegionKind::Fragment { .. }
    ) && served.is_some_and(|s| !s.covers(r.start, r.start + r.len))
}

/// Source inodes evidenced by `trace`: files with a data block read, plus their ancestor directories.
pub fn evidence(from: &Layout, trace: &BlockTrace) -> BTreeSet<u32> {
    let mut files = BTreeSet::new();
    for r in &trace.reads {
        for g in from
            .index
            .regions_in(r.offset, r.offset.saturating_add(r.len))
        {
            if let RegionKind::Data { inode, .. } = g.kind {
                files.insert(inode);
            }
        }
    }
    let paths: Vec<Vec<u8>> = files
        .iter()
        .filter_map(|&n| from.index.path_of(n).map(<[u8]>::to_vec))
        .collect();
    evidence_of_paths(from, &paths)
}

/// The inodes of `paths` in `from` (those it has), plus their ancestor directories.
pub fn evidence_of_paths(from: &Layout, paths: &[Vec<u8>]) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    for path in paths {
        if let Some(n) = from.index.inode_of(path) {
            out.insert(n);
        }
        for (i, _) in path.iter().enumerate().filter(|(_, &c)| c == b'/') {
            let dir: &[u8] = if i == 0 { b"/" } else { &path[..i] };
            if let Some(n) = from.index.inode_of(dir) {
                out.insert(n);
            }
        }
    }
    out
}

impl Translator<'_> {
    /// `objects` narrowed to the evidenced ones, if there is evidence and any of them has it.
    fn needed(&self, objects: &mut Vec<u32>) {
        if let Some(ev) = &self.evidence {
            if objects.iter().any(|n| ev.contains(n)) {
                objects.retain(|n| ev.contains(n));
            }
        }
    }

    /// The target ranges for traced bytes `[a, b)`, appended to `out`; returns
    /// the numbers of traced bytes with no counterpart and of edge bytes left out.
    pub fn translate(&self, a: u64, b: u64, out: &mut Vec<Range>) -> (u64, u64) {
        let mut unmapped = b.saturating_sub(a.max(self.from.file_len));
        let mut edge = 0;
        let mut units = Vec::new();
        for r in self.from.index.regions_in(a, b.min(self.from.file_len)) {
            let (s, e) = (a.max(r.start), b.min(r.start + r.len));
            if is_edge(r, self.served) {
                edge += e - s;
                continue;
            }
            units.clear();
            if !self.units_for(r, &mut units) {
                unmapped += e - s;
                continue;
            }
            units.sort_unstable();
            units.dedup();
            if let [(u, ul)] = units[..] {
                // One counterpart: keep the part of it this read covered.
                let scale =
                    |x: u64| u + ((x - r.start) as u128 * ul as u128 / r.len as u128) as u64;
                let (ta, tb) = (scale(s), scale(e));
                if tb > ta {
                    out.push((ta, tb - ta));
                }
            } else {
                out.extend_from_slice(&units);
            }
        }
        (unmapped, edge)
    }

    /// Whole target units for the source region `r`; false when none exist.
    fn units_for(&self, r: &Region, units: &mut Vec<Range>) -> bool {
        let (from, to) = (self.from, self.to);
        match r.kind {
            RegionKind::Data { inode, .. } => self.file_bytes(inode, r, units),
            RegionKind::Fragment { index } => {
                if let Some(fragment) = from.index.fragment(index) {
                    let mut files = fragment.files.clone();
                    self.needed(&mut files);
                    for inode in files {
                        self.file_bytes(inode, r, units);
                    }
                }
            }
            RegionKind::Inodes => {
                self.meta(from.index.inode_table(), to.index.inode_table(), r, units)
            }
            RegionKind::Directories => self.meta(
                from.index.directory_table(),
                to.index.directory_table(),
                r,
                units,
            ),
            RegionKind::Padding => {
                // The image's tail (after bytes_used): probes read it relative to the end.
                if r.start >= from.bytes_used() && r.start + r.len == from.file_len {
                    let ta = to.file_len.saturating_sub(r.len).max(to.bytes_used());
                    if to.file_len > ta {
                        units.push((ta, to.file_len - ta));
                    }
                }
            }
            RegionKind::Table(table) => {
                let (src, dst) = (from.index.table(table), to.index.table(table));
                if !src.is_empty() && !dst.is_empty() {
                    let k = src.iter().position(|x| x.start == r.start);
                    match k {
                        Some(k) if src.len() == dst.len() => units.push((dst[k].start, dst[k].len)),
                        _ => units.extend(dst.iter().map(|x| (x.start, x.len))),
                    }
                }
            }
        }
        !units.is_empty()
    }

    /// Target units of the bytes a source file has in region `r`, matched by path.
    fn file_bytes(&self, inode: u32, r: &Region, units: &mut Vec<Range>) {
        let Some((a, b)) = self.from.index.file_bytes_in(inode, r) else {
            return;
        };
        let Some(target) = self
            .from
            .index
            .path_of(inode)
            .and_then(|p| self.to.index.inode_of(p))
        else {
            return;
        };
        self.to.file_units(target, a, b, units);
    }

    /// Target metadata blocks holding the parts of objects that lie in source block `r`.
    fn meta(&self, from: &MetaStream, to: &MetaStream, r: &Region, units: &mut Vec<Range>) {
        let Some(k) = from.block_number(r.start) else {
            return;
        };
        let (a, b) = from.block_span(k);
        let in_block = from.objects_in(a, b);
        let mut inodes: Vec<u32> = in_block.clone().map(|o| o.2).collect();
        self.needed(&mut inodes);
        for &(pos, len, inode) in in_block.filter(|o| inodes.contains(&o.2)) {
            let Some((tpos, tlen)) = self
                .from
                .index
                .path_of(inode)
                .and_then(|p| self.to.index.inode_of(p))
                .and_then(|n| to.object(n))
            else {
                continue;
            };
            // The object's bytes [oa, ob) that lie in this block, scaled to its target size.
            let (oa, ob) = (a.max(pos) - pos, b.min(pos + len) - pos);
            let scale = |x: u64| (x as u128 * tlen as u128 / len as u128) as u64;
            to.blocks_of(tpos + scale(oa), tpos + scale(ob), units);
        }
    }
}

/// Bytes already read from the medium (the page cache), as merged intervals.
#[derive(Default)]
pub struct ReadSet(BTreeMap<u64, u64>);

impl ReadSet {
    /// Marks `[a, b)` read; returns the parts that were not read before.
    pub fn take(&mut self, a: u64, b: u64) -> Vec<Range> {
        if b <= a {
            return Vec::new();
        }
        let mut touching: Vec<(u64, u64)> = Vec::new();
        if let Some((&s, &e)) = self.0.range(..a).next_back() {
            if e >= a {
                touching.push((s, e));
            }
        }
        touching.extend(self.0.range(a..=b).map(|(&s, &e)| (s, e)));
        let (mut cur, mut lo, mut hi) = (a, a, b);
        let mut fresh = Vec::new();
        for &(s, e) in &touching {
            if s > cur {
                fresh.push((cur, s - cur));
            }
            cur = cur.max(e);
            lo = lo.min(s);
            hi = hi.max(e);
            self.0.remove(&s);
        }
        if cur < b {
            fresh.push((cur, b - cur));
        }
        self.0.insert(lo, hi);
        fresh
    }

    /// Whether all of `[a, b)` was read.
    pub fn covers(&self, a: u64, b: u64) -> bool {
        b <= a || self.0.range(..=a).next_back().is_some_and(|(_, &e)| e >= b)
    }

    pub fn bytes(&self) -> u64 {
        self.0.iter().map(|(s, e)| e - s).sum()
    }

    pub fn lowest(&self) -> Option<u64> {
        self.0.keys().next().copied()
    }
}

/// What to replay.
pub struct SimulationInput<'a> {
    pub trace: &'a BlockTrace,
    pub image: &'a Layout,
    /// The image the trace was recorded on, when it is not `image`.
    pub traced_image: Option<&'a Layout>,
    pub readahead: Option<&'a ReadaheadList>,
    pub objects: Objects,
    /// With `Objects::Profile`: the paths the boot used (a file-level profile's files).
    pub profile_paths: Option<&'a [Vec<u8>]>,
    /// Replay parts of data/fragment blocks the trace never serves whole (off by default).
    pub keep_edges: bool,
    /// Cost every traced read as the medium served it, re-reads included: no page-cache
    /// rule, no edges left out, no translation. A boot's own device trace is exactly what
    /// its medium served (on a raw disk squashfs bypasses the page cache and re-reads
    /// metadata; on a CD, `blkid` re-reads through the drive's own cache).
    pub as_served: bool,
}

/// The medium request sequence a replay produces, and what went into it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Replay {
    pub trace_reads: u64,
    pub trace_bytes: u64,
    pub translated: bool,
    pub objects: Objects,
    /// Traced bytes with no counterpart in the simulated image.
    pub unmapped_bytes: u64,
    /// Traced bytes of data/fragment blocks the trace never serves whole (readahead
    /// edges), left out unless `keep_edges`.
    pub edge_bytes: u64,
    /// Bytes a boot read that were already in the page cache (re-reads, readahead list).
    pub cached_bytes: u64,
    /// Requests reading the readahead list (in on-disk order), before the boot's.
    #[serde(skip)]
    pub readahead_requests: Vec<Range>,
    pub readahead_bytes: u64,
    /// The boot's own requests, in trace order.
    #[serde(skip)]
    pub boot_requests: Vec<Range>,
    /// Every byte read from the medium, once.
    pub distinct_bytes: u64,
    /// Where the lowest byte read is.
    pub lowest_offset: u64,
    /// Largest request of the trace: the readahead list is read in requests no larger.
    pub max_request: u64,
}

/// Builds the request sequence (see docs/simulate.md for the rules).
pub fn replay(input: &SimulationInput) -> Result<Replay> {
    let recorded_on = input.traced_image.unwrap_or(input.image);
    if let Some(size) = input.trace.header_value("image_size") {
        let size: u64 = size
            .parse()
            .with_context(|| format!("trace header image_size {size:?} is not a number"))?;
        if size != recorded_on.file_len {
            bail!(
                "the trace was recorded on an image of {size} bytes, {} has {} bytes{}",
                recorded_on.path.display(),
                recorded_on.file_len,
                if input.traced_image.is_none() {
                    " (pass the traced image with --traced-image)"
                } else {
                    ""
                }
            );
        }
    }
    let mut out = Replay {
        trace_reads: input.trace.reads.len() as u64,
        trace_bytes: input.trace.reads.iter().map(|r| r.len).sum(),
        translated: input.traced_image.is_some(),
        objects: input.objects,
        max_request: input.trace.reads.iter().map(|r| r.len).max().unwrap_or(0),
        ..Default::default()
    };
    let mut read = ReadSet::default();
    if input.as_served {
        if input.traced_image.is_some() || input.readahead.is_some() {
            bail!("a trace replayed as served is not translated and has no readahead list");
        }
        for r in &input.trace.reads {
            let end = (r.offset + r.len).min(input.image.file_len);
            out.unmapped_bytes += r.len - end.saturating_sub(r.offset);
            if end > r.offset {
                read.take(r.offset, end);
                out.boot_requests.push((r.offset, end - r.offset));
            }
        }
        out.distinct_bytes = read.bytes();
        out.lowest_offset = read.lowest().unwrap_or(0);
        return Ok(out);
    }
    if let Some(list) = input.readahead {
        check_list(list, input.image)?;
        let chunk = out.max_request.max(4096);
        for r in &list.ranges {
            let mut pos = r.offset;
            while pos < r.end() {
                let n = chunk.min(r.end() - pos);
                out.readahead_requests.extend(read.take(pos, pos + n));
                pos += n;
            }
        }
        out.readahead_bytes = out.readahead_requests.iter().map(|r| r.1).sum();
    }
    let mut served = ReadSet::default();
    for r in &input.trace.reads {
        served.take(r.offset, (r.offset + r.len).min(recorded_on.file_len));
    }
    let served = (!input.keep_edges).then_some(&served);
    let evidence = match (input.traced_image, input.objects, input.profile_paths) {
        (None, _, _) | (_, Objects::All, _) => None,
        (Some(from), Objects::Evidenced, _) => Some(evidence(from, input.trace)),
        (Some(from), Objects::Profile, Some(paths)) => Some(evidence_of_paths(from, paths)),
        (Some(_), Objects::Profile, None) => bail!("Objects::Profile needs the profile's paths"),
    };
    let translator = input.traced_image.map(|from| Translator {
        from,
        to: input.image,
        evidence,
        served,
    });
    let mut wanted = Vec::new();
    for r in &input.trace.reads {
        wanted.clear();
        match &translator {
            Some(t) => {
                let (unmapped, edge) = t.translate(r.offset, r.offset + r.len, &mut wanted);
                out.unmapped_bytes += unmapped;
                out.edge_bytes += edge;
            }
            None => {
                // The image is the medium: nothing past its end.
                let end = (r.offset + r.len).min(input.image.file_len);
                out.unmapped_bytes += r.len - end.saturating_sub(r.offset);
                for g in input.image.index.regions_in(r.offset, end) {
                    let (s, e) = (r.offset.max(g.start), end.min(g.start + g.len));
                    if is_edge(g, served) {
                        out.edge_bytes += e - s;
                    } else {
                        wanted.push((s, e - s));
                    }
                }
            }
        }
        for (a, len) in coalesce(&wanted) {
            let fresh = read.take(a, a + len);
            out.cached_bytes += len - fresh.iter().map(|f| f.1).sum::<u64>();
            out.boot_requests.extend(fresh);
        }
    }
    out.distinct_bytes = read.bytes();
    out.lowest_offset = read.lowest().unwrap_or(0);
    Ok(out)
}

/// Sorts ranges by offset and merges overlapping or touching ones.
fn coalesce(ranges: &[Range]) -> Vec<Range> {
    let extents: Vec<Extent> = ranges.iter().map(|&(a, len)| Extent::new(a, len)).collect();
    crate::extent::coalesce(&extents, 0)
        .into_iter()
        .map(|e| (e.offset, e.len))
        .collect()
}

/// Refuses a readahead list made for another image (superblock fields and head hash).
fn check_list(list: &ReadaheadList, image: &Layout) -> Result<()> {
    let id = &list.identity;
    let path = image.path.display();
    let fields = match &image.squashfs {
        Some(archive) => {
            let sb = archive.superblock();
            (sb.bytes_used, sb.mkfs_time, sb.inode_count, sb.block_size)
        }
        None => {
            // EROFS: the fields `formats::ImageIdentity::of_erofs` records.
            let mut raw = [0u8; erofs::format::SUPER_SIZE];
            std::os::unix::fs::FileExt::read_exact_at(
                &std::fs::File::open(&image.path)?,
                &mut raw,
                erofs::format::SUPER_OFFSET,
            )
            .with_context(|| format!("reading the superblock of {path}"))?;
            let sb = erofs::Superblock::parse(&raw)?;
            (
                u64::from(sb.blocks) * sb.block_size(),
                sb.build_time,
                u32::try_from(sb.inos).unwrap_or(u32::MAX),
                sb.block_size() as u32,
            )
        }
    };
    let recorded = &id.image;
    if (
        recorded.bytes_used,
        recorded.mkfs_time,
        recorded.inode_count,
        recorded.block_size,
    ) != fields
    {
        bail!("the readahead list belongs to another image than {path} (superblock differs)");
    }
    let mut head = vec![0u8; id.head_len.min(fields.0).min(image.file_len) as usize];
    std::os::unix::fs::FileExt::read_exact_at(&std::fs::File::open(&image.path)?, &mut head, 0)
        .with_context(|| format!("reading the head of {path}"))?;
    if hex::encode(Sha256::digest(&head)) != id.head_sha256 {
        bail!("the readahead list belongs to another image than {path} (head hash differs)");
    }
    if let Some(r) = list.ranges.iter().find(|r| r.end() > image.file_len) {
        bail!(
            "readahead range {}+{} runs past the end of {path}",
            r.offset,
            r.len
        );
    }
    Ok(())
}

/// The figures for one medium.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MediumFigures {
    pub medium: Medium,
    /// The whole sequence: readahead list (if any), then the boot's remaining reads.
    pub total: IoTime,
    /// The readahead list's part of `total` (zero without a list).
    pub readahead: IoTime,
    /// The boot's own reads' part of `total`.
    pub boot: IoTime,
    /// Every distinct byte read in one request from the lowest offset read: one seek
    /// plus distinct bytes over the transfer rate.
    pub sequential_limit_s: f64,
}

/// Times a replay on `medium`; `image_size` is the simulated image's size (the CD span).
pub fn figures(replay: &Replay, medium: Medium, image_size: u64) -> MediumFigures {
    let model = medium.model();
    let all = replay
        .readahead_requests
        .iter()
        .chain(&replay.boot_requests)
        .copied();
    let total = model_io_time(model, all, image_size);
    let readahead = model_io_time(model, replay.readahead_requests.iter().copied(), image_size);
    let boot = IoTime {
        seconds: total.seconds - readahead.seconds,
        positioning_s: total.positioning_s - readahead.positioning_s,
        transfer_s: total.transfer_s - readahead.transfer_s,
        requests: total.requests - readahead.requests,
        seeks: total.seeks - readahead.seeks,
        bytes: total.bytes - readahead.bytes,
        seek_distance: total.seek_distance - readahead.seek_distance,
    };
    let sequential_limit_s = if replay.distinct_bytes == 0 {
        0.0
    } else {
        model_io_time(
            model,
            [(replay.lowest_offset, replay.distinct_bytes)],
            image_size,
        )
        .seconds
    };
    MediumFigures {
        medium,
        total,
        readahead,
        boot,
        sequential_limit_s,
    }
}

/// A whole simulation: the replay plus figures for each requested medium.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Simulation {
    pub image: String,
    pub image_size: u64,
    pub traced_image: Option<String>,
    pub readahead_list: Option<String>,
    pub keep_edges: bool,
    #[serde(flatten)]
    pub replay: Replay,
    pub media: Vec<MediumFigures>,
}

/// Replays and times on every medium of `media`.
pub fn simulate(input: &SimulationInput, media: &[Medium]) -> Result<Simulation> {
    let replay = replay(input)?;
    let size = input.image.file_len;
    Ok(Simulation {
        image: input.image.path.display().to_string(),
        image_size: size,
        traced_image: input.traced_image.map(|t| t.path.display().to_string()),
        readahead_list: None,
        keep_edges: input.keep_edges,
        media: media.iter().map(|&m| figures(&replay, m, size)).collect(),
        replay,
    })
}

impl Simulation {
    /// The human-readable report.
    pub fn to_text(&self) -> String {
        use std::fmt::Write as _;
        let r = &self.replay;
        let mut s = String::new();
        let mib = |b: u64| b as f64 / (1 << 20) as f64;
        writeln!(s, "image    {} ({} bytes)", self.image, self.image_size).unwrap();
        match &self.traced_image {
            Some(t) => writeln!(
                s,
                "trace    recorded on {t}, translated by path ({} objects of read blocks)",
                match r.objects {
                    Objects::All => "all",
                    Objects::Evidenced => "evidenced",
                    Objects::Profile => "profiled",
                }
            )
            .unwrap(),
            None => writeln!(s, "trace    recorded on this image, replayed as is").unwrap(),
        }
        writeln!(
            s,
            "trace    {} reads, {:.2} MiB; unmapped {} bytes; readahead edges {} bytes{}; page-cache hits {:.2} MiB",
            r.trace_reads,
            mib(r.trace_bytes),
            r.unmapped_bytes,
            r.edge_bytes,
            if self.keep_edges { " (kept)" } else { " (left out)" },
            mib(r.cached_bytes)
        )
        .unwrap();
        if let Some(list) = &self.readahead_list {
            writeln!(
                s,
                "readahead {list}: {} requests, {:.2} MiB read first",
                r.readahead_requests.len(),
                mib(r.readahead_bytes)
            )
            .unwrap();
        }
        writeln!(
            s,
            "medium   {:.2} MiB distinct, lowest offset {}\n",
            mib(r.distinct_bytes),
            r.lowest_offset
        )
        .unwrap();
        writeln!(
            s,
            "{:<7} {:>10} {:>9} {:>8} {:>11} {:>10} {:>12} {:>10}",
            "medium",
            "io time s",
            "requests",
            "seeks",
            "MiB read",
            "readahead",
            "boot reads",
            "seq. limit"
        )
        .unwrap();
        for m in &self.media {
            writeln!(
                s,
                "{:<7} {:>10.3} {:>9} {:>8} {:>11.2} {:>10.3} {:>12.3} {:>10.3}",
                m.medium.name(),
                m.total.seconds,
                m.total.requests,
                m.total.seeks,
                mib(m.total.bytes),
                m.readahead.seconds,
                m.boot.seconds,
                m.sequential_limit_s
            )
            .unwrap();
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regions::Table;
    use formats::block_trace::TraceRead;
    use formats::readahead::ListIdentity;
    use formats::Extent;
    use std::os::unix::fs::FileExt;
    use std::path::PathBuf;
    use std::process::Command;

    /// Incompressible bytes (xorshift), so mksquashfs stores blocks uncompressed:
    /// the same file's block is then byte-identical in both images.
    fn noise(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    const BS: usize = 4096;

    /// A tree whose files have data blocks and fragment tails, squashed twice:
    /// `a` in directory order, `b` with a `-sort` file (c.bin, sub/d.bin, b.bin first).
    struct Pair {
        _dir: tempfile::TempDir,
        a: PathBuf,
        b: PathBuf,
    }

    fn pair() -> Pair {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        let files: [(&str, usize); 7] = [
            ("a.bin", 3 * BS + 1000),
            ("b.bin", 2 * BS + 500),
            ("c.bin", 5 * BS),
            ("small.txt", 300),
            ("small2.txt", 200),
            ("sub/d.bin", 2 * BS + 77),
            ("sub/e.txt", 150),
        ];
        for (i, (name, len)) in files.iter().enumerate() {
            std::fs::write(root.join(name), noise(i as u64 + 7, *len)).unwrap();
        }
        let sort = dir.path().join("sort.txt");
        std::fs::write(&sort, "c.bin 30\nsub/e.txt 25\nsub/d.bin 20\nb.bin 10\n").unwrap();
        let squash = |out: &Path, extra: &[&str]| {
            let st = Command::new("mksquashfs")
                .arg(&root)
                .arg(out)
                .args(["-b", "4096", "-comp", "gzip", "-noappend", "-no-xattrs"])
                .args(["-all-root", "-mkfs-time", "0", "-all-time", "0", "-quiet"])
                .args(["-no-progress"])
                .args(extra)
                .status()
                .expect("mksquashfs (squashfs-tools) must be installed");
            assert!(st.success());
        };
        let a = dir.path().join("a.sqfs");
        let b = dir.path().join("b.sqfs");
        squash(&a, &[]);
        squash(&b, &["-sort", sort.to_str().unwrap()]);
        Pair { _dir: dir, a, b }
    }

    fn entry<'a>(l: &'a Layout, path: &str) -> &'a squashfs::Entry {
        l.squashfs.as_ref().unwrap().find(path.as_bytes()).unwrap()
    }

    /// (start, on-disk length) of a file's data blocks (contiguous in mksquashfs images).
    fn blocks(l: &Layout, path: &str) -> Range {
        let f = entry(l, path).file().unwrap();
        let len: u64 = f.block_positions().map(|p| p.1 as u64).sum();
        (f.blocks_start, len)
    }

    fn trace(reads: &[Range]) -> BlockTrace {
        BlockTrace {
            header: Vec::new(),
            reads: reads
                .iter()
                .enumerate()
                .map(|(i, &(offset, len))| TraceRead {
                    time_ns: i as u64 * 1000,
                    offset,
                    len,
                })
                .collect(),
        }
    }

    fn translate(from: &Layout, to: &Layout, a: u64, b: u64) -> (Vec<Range>, u64) {
        let t = Translator {
            from,
            to,
            evidence: None,
            served: None,
        };
        let mut out = Vec::new();
        let (unmapped, edge) = t.translate(a, b, &mut out);
        assert_eq!(edge, 0);
        (coalesce(&out), unmapped)
    }

    fn bytes(path: &Path, (offset, len): Range) -> Vec<u8> {
        let mut buf = vec![0; len as usize];
        std::fs::File::open(path)
            .unwrap()
            .read_exact_at(&mut buf, offset)
            .unwrap();
        buf
    }

    fn input<'a>(
        t: &'a BlockTrace,
        image: &'a Layout,
        traced: Option<&'a Layout>,
    ) -> SimulationInput<'a> {
        SimulationInput {
            trace: t,
            image,
            traced_image: traced,
            readahead: None,
            objects: Objects::All,
            profile_paths: None,
            keep_edges: false,
            as_served: false,
        }
    }

    #[test]
    fn the_two_orders_differ() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        assert_ne!(blocks(&a, "/c.bin").0, blocks(&b, "/c.bin").0);
        assert_ne!(blocks(&a, "/a.bin").0, blocks(&b, "/a.bin").0);
    }

    #[test]
    fn data_reads_land_on_the_same_files_blocks() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        for name in ["/c.bin", "/a.bin", "/sub/d.bin"] {
            let (start, len) = blocks(&a, name);
            let (got, unmapped) = translate(&a, &b, start, start + len);
            assert_eq!(unmapped, 0);
            assert_eq!(got, vec![blocks(&b, name)], "{name}");
            // Independent check: the bytes there are the same (blocks stored raw).
            assert_eq!(bytes(&p.a, (start, len)), bytes(&p.b, got[0]), "{name}");
        }
        // A part of block 2 of c.bin maps to the same part of its block 2 in b.
        let (ca, cb) = (blocks(&a, "/c.bin").0, blocks(&b, "/c.bin").0);
        let piece = (ca + 2 * BS as u64 + 100, 1000);
        let (got, _) = translate(&a, &b, piece.0, piece.0 + piece.1);
        assert_eq!(got, vec![(cb + 2 * BS as u64 + 100, 1000)]);
        assert_eq!(bytes(&p.a, piece), bytes(&p.b, got[0]));
        // Two files read in one request become their two ranges in b.
        let (aa, al) = blocks(&a, "/a.bin");
        let (ba, bl) = blocks(&a, "/b.bin");
        assert_eq!(aa + al, ba, "a.bin and b.bin are neighbours in a");
        let (got, _) = translate(&a, &b, aa, ba + bl);
        let mut want = vec![blocks(&b, "/a.bin"), blocks(&b, "/b.bin")];
        want.sort();
        assert_eq!(got, coalesce(&want));
    }

    #[test]
    fn fragment_reads_land_on_the_fragments_of_the_same_files() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let small = entry(&a, "/small.txt").file().unwrap().fragment.unwrap();
        let fragment = a.index.fragment(small.0).unwrap();
        let (region, files) = (fragment.region.unwrap(), &fragment.files);
        let (got, unmapped) = translate(&a, &b, region.start, region.start + region.len);
        assert_eq!(unmapped, 0);
        // Every file sharing that fragment in a has its tail in a fragment of b that was read.
        let mut want = Vec::new();
        for &n in files {
            let path = a.index.path_of(n).unwrap();
            let tn = b.index.inode_of(path).unwrap();
            let frag = b.index.file(tn).unwrap().1.fragment.unwrap();
            let r = b.index.fragment(frag).unwrap().region.unwrap();
            want.push((r.start, r.len));
        }
        assert!(files.len() >= 2, "tails share a fragment");
        assert_eq!(got, coalesce(&want));
        for (o, l) in got {
            for r in b.index.regions_in(o, o + l) {
                assert!(matches!(r.kind, RegionKind::Fragment { .. }), "{r:?}");
            }
        }
    }

    #[test]
    fn metadata_and_tables_land_on_the_same_tables() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let whole = |l: &Layout, k: RegionKind| -> Vec<Range> {
            let v: Vec<Range> = l
                .index
                .regions()
                .iter()
                .filter(|r| r.kind == k)
                .map(|r| (r.start, r.len))
                .collect();
            coalesce(&v)
        };
        for k in [
            RegionKind::Inodes,
            RegionKind::Directories,
            RegionKind::Table(Table::Ids),
            RegionKind::Table(Table::Fragments),
            RegionKind::Table(Table::Superblock),
        ] {
            let src = whole(&a, k);
            assert_eq!(src.len(), 1, "{k:?} is one stretch");
            let (got, unmapped) = translate(&a, &b, src[0].0, src[0].0 + src[0].1);
            assert_eq!(unmapped, 0, "{k:?}");
            assert_eq!(got, whole(&b, k), "{k:?}");
        }
        // The image's tail (after bytes_used) maps to b's tail.
        let (ea, eb) = (a.file_len, b.file_len);
        assert!(ea > a.bytes_used() + 100);
        assert_eq!(translate(&a, &b, ea - 100, ea).0, vec![(eb - 100, 100)]);
        // Past the end: unmapped.
        assert_eq!(translate(&a, &b, ea, ea + 10), (vec![], 10));
    }

    #[test]
    fn a_trace_replayed_on_its_own_image_is_the_same_with_or_without_translation() {
        let p = pair();
        let a = Layout::open(&p.a).unwrap();
        // Every 1000 bytes of the image (odd sizes straddle regions), then a re-read.
        let mut reads: Vec<Range> = (0..a.file_len).step_by(1000).map(|o| (o, 1000)).collect();
        reads.reverse();
        reads.push((5000, 3000));
        let t = trace(&reads);
        let raw = replay(&input(&t, &a, None)).unwrap();
        let same = replay(&input(&t, &a, Some(&a))).unwrap();
        assert_eq!(raw.boot_requests, same.boot_requests);
        assert_eq!(raw.cached_bytes, 3000);
        let past_end = 1000 - a.file_len % 1000;
        assert_eq!(
            (same.unmapped_bytes, raw.unmapped_bytes),
            (past_end, past_end)
        );
        assert_eq!(raw.distinct_bytes, a.file_len);
        assert_eq!(raw, same_but_untranslated(same.clone()));
        for m in Medium::ALL {
            let (x, y) = (figures(&raw, m, a.file_len), figures(&same, m, a.file_len));
            assert_eq!(x, y, "{m:?}");
        }
    }

    #[test]
    fn as_served_costs_every_read_re_reads_included() {
        let p = pair();
        let a = Layout::open(&p.a).unwrap();
        let reads = [
            (0, 4096),
            (8192, 8192),
            (0, 4096),
            (8192, 4096),
            (4096, 4096),
        ];
        assert!(a.file_len >= 16384);
        let t = trace(&reads);
        let mut inp = input(&t, &a, None);
        inp.as_served = true;
        let served = replay(&inp).unwrap();
        assert_eq!(
            served.boot_requests,
            reads.to_vec(),
            "one request per read, in order"
        );
        assert_eq!(served.cached_bytes, 0);
        assert_eq!(served.distinct_bytes, 4096 + 8192 + 4096);
        assert_eq!(served.lowest_offset, 0);
        // The page-cache replay of the same trace drops the two re-reads.
        let cached = replay(&input(&t, &a, None)).unwrap();
        assert_eq!(cached.cached_bytes, 8192);
        let cd = Medium::from_name("cdrom").unwrap();
        assert!(
            figures(&served, cd, a.file_len).total.seconds
                > figures(&cached, cd, a.file_len).total.seconds
        );
        // Not with a translation or a list.
        let mut bad = input(&t, &a, Some(&a));
        bad.as_served = true;
        assert!(replay(&bad).is_err());
    }

    fn same_but_untranslated(mut r: Replay) -> Replay {
        r.translated = false;
        r
    }

    #[test]
    fn cd_time_by_hand() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        // On a: c.bin's blocks, then a.bin's, then c.bin again (page cache).
        let (c, x) = (blocks(&a, "/c.bin"), blocks(&a, "/a.bin"));
        let t = trace(&[c, x, c]);
        let sim = simulate(&input(&t, &b, Some(&a)), &[Medium::Cdrom]).unwrap();
        let (cb, xb) = (blocks(&b, "/c.bin"), blocks(&b, "/a.bin"));
        assert_eq!(sim.replay.boot_requests, vec![cb, xb]);
        assert_eq!(sim.replay.cached_bytes, c.1);
        // CD: 75 ms + 75 ms x distance / image size per seek, 3.6 MB/s.
        let size = b.file_len as f64;
        let seek = |d: u64| 0.075 + 0.075 * d as f64 / size;
        let second = if xb.0 == cb.0 + cb.1 {
            0.0
        } else {
            seek(xb.0.abs_diff(cb.0 + cb.1))
        };
        let want = seek(cb.0) + cb.1 as f64 / 3.6e6 + second + xb.1 as f64 / 3.6e6;
        let got = &sim.media[0];
        assert!(
            (got.total.seconds - want).abs() < 1e-12,
            "{got:?} vs {want}"
        );
        assert_eq!(got.total.requests, 2);
        // Sequential limit: all distinct bytes from the lowest offset, one seek.
        let lowest = cb.0.min(xb.0);
        let limit = seek(lowest) + (cb.1 + xb.1) as f64 / 3.6e6;
        assert!((got.sequential_limit_s - limit).abs() < 1e-12);
        assert!(got.sequential_limit_s <= got.total.seconds);

        // A raw trace with made-up offsets on a: (0,4096) seek of 0 = 75 ms + 4096 B;
        // (4096, 4096) contiguous; (20480, 8192) seek of 12288 B.
        // (Parts of blocks count here: edges kept.)
        let t = trace(&[(0, 4096), (4096, 4096), (20480, 8192)]);
        let mut inp = input(&t, &a, None);
        inp.keep_edges = true;
        let sim = simulate(&inp, &[Medium::Cdrom, Medium::Usb2]).unwrap();
        let size = a.file_len as f64;
        let cd = 0.075
            + 4096.0 / 3.6e6
            + 4096.0 / 3.6e6
            + 0.075
            + 0.075 * 12288.0 / size
            + 8192.0 / 3.6e6;
        assert!((sim.media[0].total.seconds - cd).abs() < 1e-12);
        assert_eq!(
            (sim.media[0].total.seeks, sim.media[0].total.requests),
            (2, 3)
        );
        let usb = 3.0 * 0.001 + 16384.0 / 30e6;
        assert!((sim.media[1].total.seconds - usb).abs() < 1e-12);
    }

    #[test]
    fn a_readahead_list_is_read_first_and_serves_the_boot() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let (c, x) = (blocks(&a, "/c.bin"), blocks(&a, "/a.bin"));
        let t = trace(&[(0, 96), c, x]);
        let cb = blocks(&b, "/c.bin");
        let identity = formats::ImageIdentity::of_squashfs(b.squashfs.as_ref().unwrap()).unwrap();
        let head = bytes(&p.b, (0, b.bytes_used().min(formats::readahead::HEAD_LEN)));
        let list = ReadaheadList {
            identity: ListIdentity::new(identity, &head),
            ranges: vec![Extent::new(0, 96), Extent::new(cb.0, cb.1)],
        };
        let mut inp = input(&t, &b, Some(&a));
        inp.readahead = Some(&list);
        let r = replay(&inp).unwrap();
        // Chunks no larger than the trace's largest read (c.bin, 5 blocks).
        let chunk = c.1.max(x.1);
        let mut want = vec![(0, 96)];
        let mut pos = cb.0;
        while pos < cb.0 + cb.1 {
            let n = chunk.min(cb.0 + cb.1 - pos);
            want.push((pos, n));
            pos += n;
        }
        assert_eq!(r.readahead_requests, want);
        assert_eq!(r.boot_requests, vec![blocks(&b, "/a.bin")]);
        assert_eq!(r.cached_bytes, 96 + c.1);
        let f = figures(&r, Medium::Cdrom, b.file_len);
        assert_eq!(f.readahead.requests, r.readahead_requests.len() as u64);
        assert_eq!(f.boot.requests, 1);
        assert!((f.total.seconds - f.readahead.seconds - f.boot.seconds).abs() < 1e-12);

        // A list for another image is refused.
        let mut inp = input(&t, &a, None);
        inp.readahead = Some(&list);
        let err = replay(&inp).unwrap_err().to_string();
        assert!(err.contains("belongs to another image"), "{err}");
    }

    #[test]
    fn a_trace_from_another_image_is_refused_without_traced_image() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let mut t = trace(&[(0, 96)]);
        t.header
            .push(("image_size".into(), (a.file_len + 4096).to_string()));
        let err = replay(&input(&t, &a, None)).unwrap_err().to_string();
        assert!(err.contains("--traced-image"), "{err}");
        let err = replay(&input(&t, &b, Some(&a))).unwrap_err().to_string();
        assert!(err.contains("recorded on an image of"), "{err}");
    }

    #[test]
    fn evidence_is_the_files_read_and_their_directories() {
        let p = pair();
        let a = Layout::open(&p.a).unwrap();
        let (d, c) = (blocks(&a, "/sub/d.bin"), blocks(&a, "/c.bin"));
        let meta: Vec<Range> = a
            .index
            .regions()
            .iter()
            .filter(|r| matches!(r.kind, RegionKind::Inodes | RegionKind::Directories))
            .map(|r| (r.start, r.len))
            .collect();
        let mut reads = vec![(d.0, 10)];
        reads.extend(&meta);
        let t = trace(&reads);
        let ev = evidence(&a, &t);
        let n = |p: &str| entry(&a, p).inode_number;
        assert_eq!(ev, BTreeSet::from([n("/"), n("/sub"), n("/sub/d.bin")]));
        assert!(!ev.contains(&n("/c.bin")) && c.1 > 0);
        // Translating onto the same image stays the identity with evidence too.
        let mut inp = input(&t, &a, Some(&a));
        inp.objects = Objects::Evidenced;
        let r = replay(&inp).unwrap();
        assert_eq!(
            r.boot_requests,
            replay(&input(&t, &a, None)).unwrap().boot_requests
        );
        // From a profile's paths: the files named and their directories.
        let paths = vec![b"/sub/e.txt".to_vec(), b"/not/there".to_vec()];
        let ev = evidence_of_paths(&a, &paths);
        assert_eq!(ev, BTreeSet::from([n("/"), n("/sub"), n("/sub/e.txt")]));
        inp.objects = Objects::Profile;
        assert!(replay(&inp).is_err(), "Profile without paths");
        inp.profile_paths = Some(&paths);
        assert_eq!(replay(&inp).unwrap().boot_requests, r.boot_requests);
    }

    #[test]
    fn a_profile_narrows_a_fragment_to_its_files() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let e = entry(&a, "/sub/e.txt").file().unwrap().fragment.unwrap();
        let fragment = a.index.fragment(e.0).unwrap();
        let (region, files) = (fragment.region.unwrap(), &fragment.files);
        assert!(files.len() >= 2);
        let t = trace(&[(region.start, region.len)]);
        let paths = vec![b"/sub/e.txt".to_vec()];
        let mut inp = input(&t, &b, Some(&a));
        inp.objects = Objects::Profile;
        inp.profile_paths = Some(&paths);
        let r = replay(&inp).unwrap();
        let fb = entry(&b, "/sub/e.txt").file().unwrap().fragment.unwrap();
        let rb = b.index.fragment(fb.0).unwrap().region.unwrap();
        assert_eq!(r.boot_requests, vec![(rb.start, rb.len)]);
        // Without the profile: the fragments of all the files that shared it in a.
        let all = replay(&input(&t, &b, Some(&a))).unwrap();
        assert!(all.distinct_bytes >= r.distinct_bytes);
    }

    #[test]
    fn parts_of_blocks_never_served_whole_are_left_out() {
        let p = pair();
        let (a, b) = (Layout::open(&p.a).unwrap(), Layout::open(&p.b).unwrap());
        let (c, x) = (blocks(&a, "/c.bin"), blocks(&a, "/a.bin"));
        // c.bin read in two halves (served whole); a.bin and the first 100 bytes of
        // the block after it (an edge of the read).
        let half = c.1 / 2;
        let t = trace(&[(c.0, half), (x.0, x.1 + 100), (c.0 + half, c.1 - half)]);
        for traced in [None, Some(&a)] {
            let r = replay(&input(&t, &a, traced)).unwrap();
            assert_eq!(r.edge_bytes, 100);
            assert_eq!(
                r.boot_requests,
                vec![(c.0, half), x, (c.0 + half, c.1 - half)]
            );
            let mut inp = input(&t, &a, traced);
            inp.keep_edges = true;
            let r = replay(&inp).unwrap();
            assert_eq!(r.edge_bytes, 0);
            assert_eq!(r.boot_requests[1], (x.0, x.1 + 100));
        }
        let r = replay(&input(&t, &b, Some(&a))).unwrap();
        let (cb, xb) = (blocks(&b, "/c.bin"), blocks(&b, "/a.bin"));
        assert_eq!(
            r.boot_requests,
            vec![(cb.0, half), xb, (cb.0 + half, cb.1 - half)]
        );
    }

    /// An image with several inode and directory metadata blocks, and the same rewritten
    /// by liveopt's writer with hot files first (inodes and listings reordered).
    fn many_files() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        for d in 0..8 {
            let sub = root.join(format!("d{d}"));
            std::fs::create_dir_all(&sub).unwrap();
            for f in 0..120 {
                let name = format!("file-with-a-longish-name-{f:03}");
                std::fs::write(sub.join(name), noise(d * 1000 + f, 50 + f as usize)).unwrap();
            }
        }
        let a = dir.path().join("a.sqfs");
        let st = Command::new("mksquashfs")
            .arg(&root)
            .arg(&a)
            .args([
                "-comp",
                "gzip",
                "-noappend",
                "-no-xattrs",
                "-quiet",
                "-no-progress",
            ])
            .status()
            .unwrap();
        assert!(st.success());
        let input = Archive::open(&a).unwrap();
        let mut hot: Vec<u32> = input
            .paths()
            .filter(|(e, p)| p.ends_with(b"7") && e.file().is_some())
            .map(|(e, _)| e.inode_number)
            .collect();
        hot.reverse();
        let plan = squashfs::Plan {
            hot_inodes: hot,
            compression: None,
            block_size: None,
            tables: squashfs::TablePlacement::default(),
            recompress: false,
        };
        let b = dir.path().join("b.sqfs");
        squashfs::write_image(&input, &plan, &b, &|_, _| {}).unwrap();
        (dir, a, b)
    }

    #[test]
    fn an_inode_or_listing_block_lands_on_the_blocks_holding_the_same_objects() {
        let (_dir, pa, pb) = many_files();
        let (a, b) = (Layout::open(&pa).unwrap(), Layout::open(&pb).unwrap());
        assert!(
            a.index.inode_table().blocks().len() >= 3
                && a.index.directory_table().blocks().len() >= 2
        );
        let block_of = |stream: &MetaStream, start: u64| -> Range {
            let r = stream.blocks().iter().find(|r| r.start == start).unwrap();
            (r.start, r.len)
        };
        let (mut moved, mut partial) = (0, 0);
        for (e, path) in a.squashfs.as_ref().unwrap().paths().step_by(37) {
            let eb = entry(&b, std::str::from_utf8(&path).unwrap());
            // The inode's first block in a → includes the block of the same inode in b.
            let src = block_of(a.index.inode_table(), e.inode_location);
            let (got, unmapped) = translate(&a, &b, src.0, src.0 + src.1);
            assert_eq!(unmapped, 0);
            let table: u64 = b.index.inode_table().blocks().iter().map(|r| r.len).sum();
            partial += (got.iter().map(|g| g.1).sum::<u64>() < table) as u32;
            let want = block_of(b.index.inode_table(), eb.inode_location);
            assert!(
                got.iter()
                    .any(|g| g.0 <= want.0 && want.0 + want.1 <= g.0 + g.1),
                "{}: {got:?} lacks {want:?}",
                show(&path)
            );
            for g in &got {
                for r in b.index.regions_in(g.0, g.0 + g.1) {
                    assert_eq!(r.kind, RegionKind::Inodes);
                }
            }
            moved += (src.0 - a.index.inode_table().blocks()[0].start
                != want.0 - b.index.inode_table().blocks()[0].start) as u32;
            // A directory's listing block → includes the block of its listing in b.
            if let (Some(la), Some(lb)) = (e.dir_listing(), eb.dir_listing()) {
                if la.2 > 0 {
                    let src = block_of(a.index.directory_table(), la.0);
                    let (got, _) = translate(&a, &b, src.0, src.0 + src.1);
                    let want = block_of(b.index.directory_table(), lb.0);
                    assert!(got
                        .iter()
                        .any(|g| g.0 <= want.0 && want.0 + want.1 <= g.0 + g.1));
                }
            }
        }
        assert!(moved > 0, "the writer moved some inodes to other blocks");
        assert!(
            partial > 0,
            "a block maps to part of the table, not all of it"
        );
    }

    fn show(p: &[u8]) -> String {
        String::from_utf8_lossy(p).into_owned()
    }

    #[test]
    fn read_set_keeps_each_byte_once() {
        let mut s = ReadSet::default();
        assert_eq!(s.take(10, 20), vec![(10, 10)]);
        assert_eq!(s.take(30, 40), vec![(30, 10)]);
        assert_eq!(s.take(5, 45), vec![(5, 5), (20, 10), (40, 5)]);
        assert_eq!(s.take(0, 50), vec![(0, 5), (45, 5)]);
        assert_eq!(s.take(0, 50), vec![]);
        assert_eq!(s.take(50, 60), vec![(50, 10)]);
        assert_eq!((s.bytes(), s.lowest()), (60, Some(0)));
        assert!(s.covers(0, 60) && s.covers(10, 10) && !s.covers(0, 61));
        assert_eq!(s.take(7, 7), vec![]);
    }
}
