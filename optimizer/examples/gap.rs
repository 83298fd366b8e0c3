//! Measures the readahead list's merge gap: for an image and a profile,
//! prints the list's ranges, bytes and estimated read time on each report
//! medium for a series of gaps. Shows what `analysis::choose_gap` chooses among
//! (docs/readahead-format.md).
//!
//! cargo run --release -p optimizer --example gap -- IMAGE PROFILE [IMAGE...]
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

use std::path::PathBuf;

use anyhow::{Context, Result};
use optimizer::analysis;
use optimizer::estimate::{self, REPORT_MEDIA};
use optimizer::plan::{map_profile, MatchBy};

const GAPS: [u64; 10] = [
    0,
    4 << 10,
    16 << 10,
    32 << 10,
    64 << 10,
    128 << 10,
    256 << 10,
    512 << 10,
    1 << 20,
    4 << 20,
];

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (profile_path, images) = match args.as_slice() {
        [first, profile, rest @ ..] => (
            profile,
            std::iter::once(first).chain(rest).collect::<Vec<_>>(),
        ),
        _ => anyhow::bail!("usage: gap IMAGE PROFILE [IMAGE...]"),
    };
    let profile = formats::profile::load(profile_path)?;
    for image in images {
        let archive = squashfs::Archive::open(image)
            .with_context(|| format!("opening {}", image.display()))?;
        let size = archive.superblock().bytes_used;
        let mapping = map_profile(&archive, &profile, MatchBy::Path);
        let seq = analysis::access_sequence(&archive, &mapping);
        let extents = seq.extents();
        println!(
            "# {} ({} files matched, {} first reads)",
            image.display(),
            mapping.files.len(),
            extents.len()
        );
        print!("{:>9} {:>7} {:>11}", "gap_KiB", "ranges", "MiB");
        for m in REPORT_MEDIA {
            print!(" {:>9}", format!("{}_s", m.name()));
        }
        println!();
        for gap in GAPS {
            let list = optimizer::extent::coalesce(&extents, gap);
            let bytes: u64 = list.iter().map(|e| e.len).sum();
            print!(
                "{:>9} {:>7} {:>11.2}",
                gap >> 10,
                list.len(),
                bytes as f64 / 1048576.0
            );
            for m in REPORT_MEDIA {
                print!(" {:>9.3}", estimate::seconds(m, &list, size));
            }
            println!();
        }
        println!(
            "chosen gap: {} KiB",
            analysis::choose_gap(&extents, size) >> 10
        );
    }
    Ok(())
}
