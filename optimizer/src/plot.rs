//! The seek diagram: image offset (y) against access rank (x) of the boot's
//! first reads, before (input image) and after (sorted image), side by side
//! on the same scale. PNG or SVG by file extension.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::{bail, Context, Result};
use plotters::coord::Shift;
use plotters::prelude::*;

use formats::Extent;

/// DejaVu Sans, embedded at build time (empty if the build machine had none).
static FONT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/plot-font.ttf"));

/// Registers the embedded font once; false when there is none (plots then carry no text).
pub fn font_available() -> bool {
    static OK: OnceLock<bool> = OnceLock::new();
    *OK.get_or_init(|| {
        !FONT.is_empty()
            && plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).is_ok()
    })
}

/// One side of the diagram.
pub struct Series<'a> {
    pub title: String,
    /// First reads in access order.
    pub accesses: &'a [Extent],
    /// Image size, for the y axis.
    pub image_bytes: u64,
}

/// Draws `before` and `after` side by side into `path` (.png or .svg).
pub fn seek_diagram(path: &Path, before: &Series<'_>, after: &Series<'_>) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let size = (1400, 700);
    match ext.as_str() {
        "png" => {
            let root = BitMapBackend::new(path, size).into_drawing_area();
            draw(&root, before, after)?;
            root.present()
                .with_context(|| format!("writing {}", path.display()))?;
        }
        "svg" => {
            let root = SVGBackend::new(path, size).into_drawing_area();
            draw(&root, before, after)?;
            root.present()
                .with_context(|| format!("writing {}", path.display()))?;
        }
        _ => bail!("plot file {} must end in .png or .svg", path.display()),
    }
    Ok(())
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    before: &Series<'_>,
    after: &Series<'_>,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let text = font_available();
    root.fill(&WHITE).map_err(plot_err)?;
    let root = if text {
        root.titled(
            "Boot reads: image offset against access order",
            ("sans-serif", 26).into_font(),
        )
        .map_err(plot_err)?
    } else {
        root.clone()
    };
    let panels = root.split_evenly((1, 2));
    let y_max_mib = before.image_bytes.max(after.image_bytes).max(1) as f64 / MIB;
    for (area, series, colour) in [
        (&panels[0], before, RGBColor(200, 40, 40)),
        (&panels[1], after, RGBColor(30, 90, 200)),
    ] {
        panel(area, series, colour, y_max_mib, text)?;
    }
    Ok(())
}

const MIB: f64 = 1024.0 * 1024.0;

fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Series<'_>,
    colour: RGBColor,
    y_max_mib: f64,
    text: bool,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let x_max = s.accesses.len().max(1) as f64;
    let mut builder = ChartBuilder::on(area);
    builder.margin(15);
    if text {
        builder
            .caption(&s.title, ("sans-serif", 20).into_font())
            .x_label_area_size(45)
            .y_label_area_size(70);
    }
    let mut chart = builder
        .build_cartesian_2d(0f64..x_max, 0f64..y_max_mib * 1.02)
        .map_err(plot_err)?;
    let mut mesh = chart.configure_mesh();
    mesh.light_line_style(RGBColor(235, 235, 235));
    if text {
        mesh.x_desc("access rank (first reads, boot order)")
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| format!("{y:.0}"))
            .y_desc("image offset (MiB)")
            .label_style(("sans-serif", 15).into_font())
            .axis_desc_style(("sans-serif", 16).into_font());
    } else {
        mesh.disable_x_axis().disable_y_axis();
    }
    mesh.draw().map_err(plot_err)?;

    // The head's path as a faint line, each read as a dot.
    let points: Vec<(f64, f64)> = s
        .accesses
        .iter()
        .enumerate()
        .map(|(i, e)| (i as f64, e.offset as f64 / MIB))
        .collect();
    chart
        .draw_series(LineSeries::new(
            points.iter().copied(),
            colour.mix(0.25).stroke_width(1),
        ))
        .map_err(plot_err)?;
    let radius = if points.len() > 5000 { 1 } else { 2 };
    chart
        .draw_series(
            points
                .iter()
                .map(|&p| Circle::new(p, radius, colour.filled())),
        )
        .map_err(plot_err)?;
    Ok(())
}

/// A plotters drawing error as an anyhow error (shared by every plot of the project).
pub fn plot_err<E: std::error::Error + Send + Sync + 'static>(
    e: DrawingAreaErrorKind<E>,
) -> anyhow::Error {
    anyhow::anyhow!("drawing the plot: {e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_png_and_svg() {
        let dir = tempfile::tempdir().unwrap();
        let before: Vec<Extent> = (0..300)
            .map(|i| Extent::new((i * 7919 % 300) * 100_000, 4096))
            .collect();
        let after: Vec<Extent> = (0..300).map(|i| Extent::new(i * 50_000, 4096)).collect();
        let b = Series {
            title: "before".into(),
            accesses: &before,
            image_bytes: 30_000_000,
        };
        let a = Series {
            title: "after".into(),
            accesses: &after,
            image_bytes: 30_000_000,
        };
        for name in ["x.png", "x.svg"] {
            let p = dir.path().join(name);
            seek_diagram(&p, &b, &a).unwrap();
            assert!(std::fs::metadata(&p).unwrap().len() > 1000);
        }
        assert!(seek_diagram(&dir.path().join("x.gif"), &b, &a).is_err());
    }
}
