//! `liveopt simulate`: replays a block trace against an image layout and prints
//! the I/O time under the media models (logic in `optimizer::replay`).

use std::io::Write;

use anyhow::{Context, Result};
use optimizer::media::Medium;
use optimizer::replay::{simulate, Layout, Objects, SimulationInput};

use crate::cli::{MediaModel, SimulateArgs};

pub fn run(args: SimulateArgs) -> Result<()> {
    let trace = formats::block_trace::BlockTrace::load(&args.trace)?;
    let image = Layout::open(&args.image)?;
    let traced = args.traced_image.as_deref().map(Layout::open).transpose()?;
    let list = match &args.readahead {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading readahead list {}", path.display()))?;
            Some(
                formats::readahead::parse(&text)
                    .with_context(|| format!("readahead list {}", path.display()))?,
            )
        }
        None => None,
    };
    let paths: Option<Vec<Vec<u8>>> = match &args.evidence_profile {
        Some(path) => Some(
            formats::profile::load(path)
                .with_context(|| format!("reading profile {}", path.display()))?
                .files
                .into_iter()
                .map(|f| f.path)
                .collect(),
        ),
        None => None,
    };
    let media: Vec<Medium> = if args.all_models {
        Medium::ALL.to_vec()
    } else {
        vec![medium(args.model)]
    };
    let input = SimulationInput {
        trace: &trace,
        image: &image,
        traced_image: traced.as_ref(),
        readahead: list.as_ref(),
        objects: match (args.evidenced, &paths) {
            (_, Some(_)) => Objects::Profile,
            (true, None) => Objects::Evidenced,
            (false, None) => Objects::All,
        },
        profile_paths: paths.as_deref(),
        keep_edges: args.keep_edges,
        as_served: args.as_served,
    };
    let mut sim = simulate(&input, &media)?;
    sim.readahead_list = args.readahead.map(|p| p.display().to_string());
    let text = if args.json {
        serde_json::to_string_pretty(&sim)? + "\n"
    } else {
        sim.to_text()
    };
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .context("writing the figures")
}

fn medium(m: MediaModel) -> Medium {
    match m {
        MediaModel::Cdrom => Medium::Cdrom,
        MediaModel::Dvd => Medium::Dvd,
        MediaModel::Usb2 => Medium::Usb2,
        MediaModel::Sd => Medium::Sd,
        MediaModel::Hdd => Medium::Hdd,
    }
}
