//! Plots of `liveopt qemu compare` (PNG, plotters): seek diagrams (image offset against
//! time, one panel per layout, from that layout's own boot trace) and a bar chart of the
//! median boot times and modelled CD I/O times. Text uses the font `optimizer::plot`
//! embeds; without it the plots carry no text.

use std::path::Path;

use anyhow::{Context, Result};
use plotters::coord::Shift;
use plotters::prelude::*;

use optimizer::plot::plot_err;

use formats::block_trace::BlockTrace;

const MIB: f64 = 1024.0 * 1024.0;
const COLOURS: [RGBColor; 4] = [
    RGBColor(200, 40, 40),
    RGBColor(220, 140, 0),
    RGBColor(30, 90, 200),
    RGBColor(20, 150, 60),
];

/// One panel of a seek diagram.
pub struct SeekPanel<'a> {
    pub title: String,
    pub trace: &'a BlockTrace,
    pub image_bytes: u64,
}

/// Draws one panel per layout, side by side, on a shared time and offset scale.
pub fn seek_diagram(path: &Path, panels: &[SeekPanel<'_>]) -> Result<()> {
    let text = optimizer::plot::font_available();
    let root =
        BitMapBackend::new(path, (700 * panels.len().max(1) as u32, 700)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_err)?;
    let root = if text {
        root.titled(
            "Boot reads from the emulated CD: image offset against time",
            ("sans-serif", 26).into_font(),
        )
        .map_err(plot_err)?
    } else {
        root
    };
    let t_max = panels
        .iter()
        .filter_map(|p| p.trace.reads.last().map(|r| r.time_ns as f64 / 1e9))
        .fold(1.0, f64::max);
    let y_max = panels.iter().map(|p| p.image_bytes).max().unwrap_or(1) as f64 / MIB;
    let areas = root.split_evenly((1, panels.len().max(1)));
    for (i, (area, panel)) in areas.iter().zip(panels).enumerate() {
        seek_panel(area, panel, COLOURS[i % COLOURS.len()], t_max, y_max, text)?;
    }
    root.present()
        .with_context(|| format!("writing {}", path.display()))
}

fn seek_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &SeekPanel<'_>,
    colour: RGBColor,
    t_max: f64,
    y_max: f64,
    text: bool,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let mut builder = ChartBuilder::on(area);
    builder.margin(15);
    if text {
        builder
            .caption(&p.title, ("sans-serif", 18).into_font())
            .x_label_area_size(45)
            .y_label_area_size(60);
    }
    let mut chart = builder
        .build_cartesian_2d(0f64..t_max * 1.02, 0f64..y_max * 1.02)
        .map_err(plot_err)?;
    let mut mesh = chart.configure_mesh();
    mesh.light_line_style(RGBColor(235, 235, 235));
    if text {
        mesh.x_desc("time since QEMU started (s)")
            .y_desc("image offset (MiB)")
            .label_style(("sans-serif", 14).into_font())
            .axis_desc_style(("sans-serif", 15).into_font());
    } else {
        mesh.disable_x_axis().disable_y_axis();
    }
    mesh.draw().map_err(plot_err)?;
    let points: Vec<(f64, f64, f64)> = p
        .trace
        .reads
        .iter()
        .map(|r| {
            let t = r.time_ns as f64 / 1e9;
            (t, r.offset as f64 / MIB, (r.offset + r.len) as f64 / MIB)
        })
        .collect();
    chart
        .draw_series(LineSeries::new(
            points.iter().map(|&(t, y, _)| (t, y)),
            colour.mix(0.2).stroke_width(1),
        ))
        .map_err(plot_err)?;
    // Each read: a dot at its start and a bar over its length.
    chart
        .draw_series(
            points
                .iter()
                .map(|&(t, a, b)| PathElement::new(vec![(t, a), (t, b)], colour.stroke_width(3))),
        )
        .map_err(plot_err)?;
    chart
        .draw_series(
            points
                .iter()
                .map(|&(t, a, _)| Circle::new((t, a), 2, colour.filled())),
        )
        .map_err(plot_err)?;
    Ok(())
}

/// One layout's bars.
pub struct Bars {
    pub layout: String,
    pub boot_s: f64,
    pub cd_io_s: f64,
}

/// Two panels: median boot time to the marker, and median modelled CD I/O time.
pub fn bar_chart(path: &Path, bars: &[Bars], sequential_limit_s: f64) -> Result<()> {
    let text = optimizer::plot::font_available();
    let root = BitMapBackend::new(path, (1400, 650)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_err)?;
    let root = if text {
        root.titled(
            "Medians of interleaved boots (emulated CD, throttled)",
            ("sans-serif", 26).into_font(),
        )
        .map_err(plot_err)?
    } else {
        root
    };
    let areas = root.split_evenly((1, 2));
    let boot: Vec<f64> = bars.iter().map(|b| b.boot_s).collect();
    let io: Vec<f64> = bars.iter().map(|b| b.cd_io_s).collect();
    bar_panel(
        &areas[0],
        "boot time to marker (s, TCG)",
        bars,
        &boot,
        None,
        text,
    )?;
    bar_panel(
        &areas[1],
        "CD-model I/O time of the boot's reads (s)",
        bars,
        &io,
        Some(sequential_limit_s),
        text,
    )?;
    root.present()
        .with_context(|| format!("writing {}", path.display()))
}

fn bar_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    bars: &[Bars],
    values: &[f64],
    line: Option<f64>,
    text: bool,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let y_max = values.iter().cloned().fold(1.0, f64::max) * 1.15;
    let n = bars.len().max(1);
    let mut builder = ChartBuilder::on(area);
    builder.margin(20);
    if text {
        builder
            .caption(title, ("sans-serif", 18).into_font())
            .x_label_area_size(40)
            .y_label_area_size(50);
    }
    let mut chart = builder
        .build_cartesian_2d(0f64..n as f64, 0f64..y_max)
        .map_err(plot_err)?;
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .light_line_style(RGBColor(235, 235, 235));
    if text {
        let names: Vec<String> = bars.iter().map(|b| b.layout.clone()).collect();
        mesh.x_labels(0)
            .label_style(("sans-serif", 14).into_font())
            .y_label_formatter(&|y| format!("{y:.0}"));
        mesh.draw().map_err(plot_err)?;
        for (i, name) in names.iter().enumerate() {
            chart
                .draw_series(std::iter::once(Text::new(
                    name.clone(),
                    (i as f64 + 0.12, values[i] + y_max * 0.06),
                    ("sans-serif", 13).into_font(),
                )))
                .map_err(plot_err)?;
            chart
                .draw_series(std::iter::once(Text::new(
                    format!("{:.1}", values[i]),
                    (i as f64 + 0.4, values[i] + y_max * 0.02),
                    ("sans-serif", 14).into_font(),
                )))
                .map_err(plot_err)?;
        }
    } else {
        mesh.disable_x_axis().disable_y_axis();
        mesh.draw().map_err(plot_err)?;
    }
    chart
        .draw_series(values.iter().enumerate().map(|(i, &v)| {
            Rectangle::new(
                [(i as f64 + 0.15, 0.0), (i as f64 + 0.85, v)],
                COLOURS[i % COLOURS.len()].filled(),
            )
        }))
        .map_err(plot_err)?;
    if let Some(limit) = line {
        chart
            .draw_series(LineSeries::new(
                [(0.0, limit), (n as f64, limit)],
                BLACK.stroke_width(2),
            ))
            .map_err(plot_err)?;
        if text {
            chart
                .draw_series(std::iter::once(Text::new(
                    format!("sequential limit {limit:.1} s"),
                    (0.05, limit + y_max * 0.01),
                    ("sans-serif", 13).into_font(),
                )))
                .map_err(plot_err)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_both_plots() {
        let dir = tempfile::tempdir().unwrap();
        let text = "# liveopt block trace v1\n# time_ns offset len\n\
                    1000000000 0 4096\n2000000000 50000000 131072\n3000000000 4096 8192\n";
        let trace = BlockTrace::from_text(text).unwrap();
        let seek = dir.path().join("seek.png");
        let panels = [
            SeekPanel {
                title: "a".into(),
                trace: &trace,
                image_bytes: 60_000_000,
            },
            SeekPanel {
                title: "b".into(),
                trace: &trace,
                image_bytes: 60_000_000,
            },
        ];
        seek_diagram(&seek, &panels).unwrap();
        assert!(std::fs::metadata(&seek).unwrap().len() > 1000);
        let bars_path = dir.path().join("bars.png");
        let bars = [
            Bars {
                layout: "one".into(),
                boot_s: 50.0,
                cd_io_s: 20.0,
            },
            Bars {
                layout: "two".into(),
                boot_s: 40.0,
                cd_io_s: 10.0,
            },
        ];
        bar_chart(&bars_path, &bars, 5.0).unwrap();
        assert!(std::fs::metadata(&bars_path).unwrap().len() > 1000);
    }
}
