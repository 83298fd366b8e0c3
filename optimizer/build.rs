//! Embeds a TrueType font for plot labels: plotters' ab_glyph backend needs
//! font bytes and a headless machine has no font service. Takes DejaVu Sans
//! from Debian's fonts-dejavu-core when present; without it plots have no text.

use std::path::{Path, PathBuf};

const CANDIDATES: [&str; 3] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("plot-font.ttf");
    let found = CANDIDATES.iter().map(Path::new).find(|p| p.is_file());
    match found {
        Some(p) => {
            std::fs::copy(p, &out).expect("copy font");
        }
        None => std::fs::write(&out, b"").expect("write empty font"),
    }
    // A missing path given to rerun-if-changed reruns the script on every build, which
    // rebuilds every crate above this one; so watch the font used, or else the directories
    // a font package would add one to.
    match found {
        Some(p) => println!("cargo:rerun-if-changed={}", p.display()),
        None => {
            for dir in CANDIDATES.iter().filter_map(|c| Path::new(c).parent()) {
                if dir.is_dir() {
                    println!("cargo:rerun-if-changed={}", dir.display());
                }
            }
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
