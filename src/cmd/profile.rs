//! `liveopt profile`: show, merge, export and import boot profiles.
//! The work is in the `profile` crate; this file is I/O and presentation.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use formats::profile::{AccessKinds, Profile, SortFileFormat, PAGE_SIZE};

use super::write_stdout;
use crate::cli::{ImportFormat, ProfileCommand, SortFormat};

/// Files listed by `show` before "... and N more".
const SHOW_FIRST_FILES: usize = 20;

pub fn run(cmd: ProfileCommand) -> Result<()> {
    match cmd {
        ProfileCommand::Show { file, paths } => show(&file, paths),
        ProfileCommand::Merge { inputs, output } => merge(&inputs, &output),
        ProfileCommand::Export {
            file,
            format,
            output,
        } => export(&file, format, output.as_deref()),
        ProfileCommand::Import {
            file,
            format,
            output,
        } => import(&file, format, &output),
    }
}

fn warn(message: &str) {
    eprintln!("liveopt: warning: {message}");
}

fn show(file: &Path, paths_only: bool) -> Result<()> {
    let p = formats::profile::load(file)?;
    if paths_only {
        return write_stdout(&formats::profile::paths_list(&p));
    }
    write_stdout(summary(&p).as_bytes())
}

/// Bytes for humans: `1.5 MiB`.
fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// A path or comm for the terminal: UTF-8 as is, control and invalid bytes escaped.
fn printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                out.extend(c.escape_default());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

fn summary(p: &Profile) -> String {
    use std::fmt::Write as _;
    let s = &p.source;
    let mut out = String::new();
    let _ = writeln!(out, "recorder:   {}", printable(s.recorder.as_bytes()));
    if let Some(kernel) = &s.kernel {
        let _ = writeln!(out, "kernel:     {kernel}");
    }
    if let Some(img) = &s.image {
        let _ = writeln!(
            out,
            "image:      {} ({}), {} inodes, {} blocks of {}, mkfs_time {}, sha256 {}",
            human_bytes(img.bytes_used),
            img.bytes_used,
            img.inode_count,
            printable(img.compressor.as_bytes()),
            img.block_size,
            img.mkfs_time,
            img.sha256
        );
    }
    let _ = writeln!(
        out,
        "boots:      {}, recording {:.3} s",
        s.boots,
        s.duration_ns as f64 / 1e9
    );
    let _ = writeln!(out, "events:     {} ({} dropped)", s.events, s.dropped);
    let pages: u64 = p
        .files
        .iter()
        .flat_map(|f| f.pages.iter())
        .map(|r| r.end.saturating_sub(r.start))
        .sum();
    let _ = writeln!(
        out,
        "files:      {}, {} pages read ({})",
        p.files.len(),
        pages,
        human_bytes(pages * PAGE_SIZE)
    );
    let kinds: Vec<String> = AccessKinds::NAMES
        .iter()
        .map(|(k, name)| {
            let n = p.files.iter().filter(|f| f.kinds.contains(*k)).count();
            (name, n)
        })
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{name} {n}"))
        .collect();
    if !kinds.is_empty() {
        let _ = writeln!(out, "kinds:      {} (files per kind)", kinds.join(", "));
    }
    if !p.image_reads.is_empty() {
        let bytes: u64 = p.image_reads.iter().map(|r| r.len).sum();
        let _ = writeln!(
            out,
            "image reads: {} ({})",
            p.image_reads.len(),
            human_bytes(bytes)
        );
    }
    if p.files.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "\nfirst {} files in access order:",
        p.files.len().min(SHOW_FIRST_FILES)
    );
    let _ = writeln!(
        out,
        "{:>5} {:>12} {:>8}  {:<20} path",
        "#", "t (ms)", "pages", "kinds"
    );
    for (i, f) in p.files.iter().take(SHOW_FIRST_FILES).enumerate() {
        let pages: u64 = f.pages.iter().map(|r| r.end - r.start).sum();
        let _ = writeln!(
            out,
            "{:>5} {:>12.3} {:>8}  {:<20} {}",
            i + 1,
            f.first_access_ns as f64 / 1e6,
            pages,
            formats::profile::kinds_to_text(f.kinds),
            printable(&f.path)
        );
    }
    if p.files.len() > SHOW_FIRST_FILES {
        let _ = writeln!(
            out,
            "... and {} more (--paths lists them all)",
            p.files.len() - SHOW_FIRST_FILES
        );
    }
    out
}

fn merge(inputs: &[PathBuf], output: &Path) -> Result<()> {
    let profiles = inputs
        .iter()
        .map(|path| formats::profile::load(path))
        .collect::<Result<Vec<_>>>()?;
    let merged = formats::profile::merge(&profiles)?;
    for (path, p) in inputs.iter().zip(&profiles) {
        if p.source.dropped > 0 {
            warn(&format!(
                "{} lost {} events: it may miss files",
                path.display(),
                p.source.dropped
            ));
        }
    }
    formats::profile::save(output, &merged)?;
    eprintln!(
        "liveopt: merged {} profiles ({} boots): {} files -> {}",
        profiles.len(),
        merged.source.boots,
        merged.files.len(),
        output.display()
    );
    Ok(())
}

fn export(file: &Path, format: SortFormat, output: Option<&Path>) -> Result<()> {
    let p = formats::profile::load(file)?;
    let format = match format {
        SortFormat::Mksquashfs => SortFileFormat::Mksquashfs,
        SortFormat::Gensquashfs => SortFileFormat::Gensquashfs,
    };
    let exported = formats::profile::export(&p, format);
    for w in &exported.warnings {
        warn(w);
    }
    match output {
        Some(path) => formats::write_atomic(path, &exported.value)
            .with_context(|| format!("writing sort file {}", path.display())),
        None => write_stdout(&exported.value),
    }
}

fn import(file: &Path, format: ImportFormat, output: &Path) -> Result<()> {
    let data = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let format = match format {
        ImportFormat::Mksquashfs => SortFileFormat::Mksquashfs,
        ImportFormat::Gensquashfs => SortFileFormat::Gensquashfs,
        ImportFormat::List => SortFileFormat::List,
    };
    let imported = formats::profile::import(&data, format)
        .with_context(|| format!("reading {} sort file {}", format.name(), file.display()))?;
    for w in &imported.warnings {
        warn(w);
    }
    formats::profile::save(output, &imported.value)?;
    eprintln!(
        "liveopt: imported {} files -> {}",
        imported.value.files.len(),
        output.display()
    );
    Ok(())
}
