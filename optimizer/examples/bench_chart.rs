//! Summarises scripts/bench-sort.sh's raw.tsv: prints a Markdown table of
//! medians and ratios (with the goals checked) and draws a bar chart.
//!
//! bench_chart RAW.tsv OUT.png
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

struct Row {
    wall: f64,
    rss_kib: f64,
    bytes: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [raw, png] = args.as_slice() else {
        bail!("usage: bench_chart RAW.tsv OUT.png")
    };
    let text = std::fs::read_to_string(raw).with_context(|| format!("reading {raw}"))?;
    let mut by: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            bail!("bad line: {line}");
        }
        by.entry(f[0].to_string()).or_default().push(Row {
            wall: f[2].parse()?,
            rss_kib: f[3].parse()?,
            bytes: f[4].parse()?,
        });
    }
    let med: BTreeMap<&str, (f64, f64, f64, usize)> = by
        .iter()
        .map(|(k, rows)| {
            (
                k.as_str(),
                (
                    median(rows.iter().map(|r| r.wall).collect()),
                    median(rows.iter().map(|r| r.rss_kib).collect()),
                    median(rows.iter().map(|r| r.bytes).collect()),
                    rows.len(),
                ),
            )
        })
        .collect();
    let get = |k: &str| {
        med.get(k)
            .copied()
            .with_context(|| format!("no rows for {k}"))
    };
    let (a, b, c, d) = (
        get("a_liveopt_raw")?,
        get("b_liveopt_recompress")?,
        get("c_unsquashfs_mksquashfs_sort")?,
        get("d_mksquashfs")?,
    );

    println!("| variant | runs | wall time (median, s) | peak RSS (median, MiB) | output bytes |");
    println!("|---|---|---|---|---|");
    for (k, (w, m, s, n)) in &med {
        println!("| {k} | {n} | {w:.2} | {:.1} | {s:.0} |", m / 1024.0);
    }
    println!();
    println!("| goal | measured | met |");
    println!("|---|---|---|");
    let yes = |ok: bool| if ok { "yes" } else { "no" };
    let speed_a = c.0 / a.0;
    println!(
        "| (a) raw copy ≥5× faster than (c) (aim 10×) | {speed_a:.1}× | {} |",
        yes(speed_a >= 5.0)
    );
    println!(
        "| (b) recompression no slower than (c) | (c)/(b) = {:.2} | {} |",
        c.0 / b.0,
        yes(b.0 <= c.0)
    );
    for (name, v) in [("a", a), ("b", b)] {
        let rel = (v.2 / d.2 - 1.0) * 100.0;
        println!(
            "| ({name}) size within 1% of plain mksquashfs (d) | {rel:+.2}% | {} |",
            yes(rel.abs() <= 1.0)
        );
    }
    let rss_mk = c.1.max(d.1);
    for (name, v) in [("a", a), ("b", b)] {
        println!(
            "| ({name}) peak RSS below mksquashfs's ({:.1} MiB) | {:.1} MiB | {} |",
            rss_mk / 1024.0,
            v.1 / 1024.0,
            yes(v.1 < rss_mk)
        );
    }
    println!("\n![bench](bench-sort.png)");

    // Chart: wall time and peak RSS, one bar per variant.
    let text_ok = optimizer::plot::font_available();
    let root = BitMapBackend::new(png, (1400, 520)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((1, 2));
    let names: Vec<&str> = med.keys().copied().collect();
    let label = |k: &str| {
        match k.split('_').next().unwrap_or(k) {
            "a" => "a: sort (raw)",
            "b" => "b: sort --comp",
            "c" => "c: un+mksquashfs",
            "d" => "d: mksquashfs",
            other => other,
        }
        .to_string()
    };
    for (area, title, values) in [
        (
            &panels[0],
            "wall time, median (s)",
            med.values().map(|v| v.0).collect::<Vec<_>>(),
        ),
        (
            &panels[1],
            "peak RSS, median (MiB)",
            med.values().map(|v| v.1 / 1024.0).collect(),
        ),
    ] {
        let top = values.iter().cloned().fold(0.0, f64::max) * 1.15;
        let mut cb = ChartBuilder::on(area);
        cb.margin(20);
        if text_ok {
            cb.caption(title, ("sans-serif", 20))
                .x_label_area_size(40)
                .y_label_area_size(60);
        }
        let mut chart =
            cb.build_cartesian_2d((0..names.len() - 1).into_segmented(), 0f64..top.max(1e-9))?;
        let formatter = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) => names.get(*i).map(|k| label(k)).unwrap_or_default(),
            _ => String::new(),
        };
        let mut mesh = chart.configure_mesh();
        mesh.disable_x_mesh();
        if text_ok {
            mesh.x_label_formatter(&formatter)
                .label_style(("sans-serif", 13));
        }
        mesh.draw()?;
        let colours = [
            RGBColor(30, 90, 200),
            RGBColor(90, 150, 230),
            RGBColor(200, 60, 40),
            RGBColor(130, 130, 130),
        ];
        chart.draw_series(
            Histogram::vertical(&chart)
                .margin(12)
                .style_func(|x, _| match x {
                    SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                        colours[*i % colours.len()].filled()
                    }
                    SegmentValue::Last => BLACK.filled(),
                })
                .data(values.iter().enumerate().map(|(i, &v)| (i, v))),
        )?;
        if text_ok {
            chart.draw_series(values.iter().enumerate().map(|(i, &v)| {
                Text::new(
                    format!("{v:.1}"),
                    (SegmentValue::CenterOf(i), v + top * 0.05),
                    TextStyle::from(("sans-serif", 16).into_font())
                        .pos(Pos::new(HPos::Center, VPos::Center)),
                )
            }))?;
        }
    }
    root.present()?;
    eprintln!("a = liveopt sort (raw copy), b = liveopt sort --comp (recompress), c = unsquashfs + mksquashfs -sort, d = mksquashfs");
    Ok(())
}
