//! The before/after report of `liveopt sort`: one serializable structure,
//! printed as an aligned text table or as JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::Figures;
use crate::plan::MatchBy;

#[derive(Clone, Debug, Serialize)]
pub struct ImageSummary {
    pub path: String,
    pub bytes_used: u64,
    pub compressor: String,
    pub block_size: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProfileSummary {
    pub path: String,
    pub files: usize,
    pub matched_by: MatchBy,
    pub missing: usize,
    /// The first few paths the image lacks.
    pub missing_sample: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReadaheadSummary {
    pub path: Option<String>,
    pub ranges: usize,
    pub bytes: u64,
    pub max_gap: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct WriteSummary {
    pub seconds: f64,
    pub bytes_written: u64,
    pub blocks_raw: u64,
    pub blocks_recompressed: u64,
    pub hot_inodes: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub input: ImageSummary,
    pub output: ImageSummary,
    pub profile: ProfileSummary,
    pub write: WriteSummary,
    pub readahead: ReadaheadSummary,
    pub before: Figures,
    pub after: Figures,
}

impl Report {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report serializes")
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let (b, a) = (&self.before, &self.after);
        let _ = writeln!(
            s,
            "input  {} ({}, {} {} KiB blocks)",
            self.input.path,
            mib(self.input.bytes_used),
            self.input.compressor,
            self.input.block_size / 1024
        );
        let _ = writeln!(
            s,
            "output {} ({}, {} {} KiB blocks), written in {:.2} s",
            self.output.path,
            mib(self.output.bytes_used),
            self.output.compressor,
            self.output.block_size / 1024,
            self.write.seconds
        );
        let _ = writeln!(
            s,
            "profile {}: {} files, {} matched by {:?}, {} not in the image{}",
            self.profile.path,
            self.profile.files,
            b.files_matched,
            self.profile.matched_by,
            self.profile.missing,
            if self.profile.missing_sample.is_empty() {
                String::new()
            } else {
                format!(" (e.g. {})", self.profile.missing_sample.join(", "))
            }
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{:<34}{:>16}{:>16}", "", "before", "after");
        let mut row = |name: &str, x: String, y: String| {
            let _ = writeln!(s, "{name:<34}{x:>16}{y:>16}");
        };
        row("hot bytes", mib(b.hot_bytes), mib(a.hot_bytes));
        row("span of the image touched", mib(b.span), mib(a.span));
        row(
            "runs, access order",
            b.runs_access_order.to_string(),
            a.runs_access_order.to_string(),
        );
        row(
            "runs, on-disk order",
            b.runs_disk_order.to_string(),
            a.runs_disk_order.to_string(),
        );
        row(
            "data blocks",
            b.data_blocks.to_string(),
            a.data_blocks.to_string(),
        );
        row(
            "fragment blocks",
            b.fragment_blocks.to_string(),
            a.fragment_blocks.to_string(),
        );
        row(
            "metadata blocks",
            b.metadata_blocks.to_string(),
            a.metadata_blocks.to_string(),
        );
        row(
            "readahead list ranges",
            b.readahead_ranges.to_string(),
            a.readahead_ranges.to_string(),
        );
        row(
            "readahead list bytes",
            mib(b.readahead_bytes),
            mib(a.readahead_bytes),
        );
        for (eb, ea) in b.estimates.iter().zip(&a.estimates) {
            let m = eb.medium.name();
            row(
                &format!("est. {m}, demand reads"),
                secs(eb.access_order_s),
                secs(ea.access_order_s),
            );
            row(
                &format!("est. {m}, readahead list"),
                secs(eb.readahead_s),
                secs(ea.readahead_s),
            );
        }
        if let Some(p) = &self.readahead.path {
            let _ = writeln!(
                s,
                "\nreadahead list {p}: {} ranges, {} (gaps < {} KiB merged)",
                self.readahead.ranges,
                mib(self.readahead.bytes),
                self.readahead.max_gap / 1024
            );
        }
        s
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn secs(s: f64) -> String {
    format!("{s:.3} s")
}
