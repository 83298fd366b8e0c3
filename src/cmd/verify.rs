//! `liveopt verify A B`: content equality of two images (squashfs or EROFS, in
//! any pairing), or of the live images of two ISOs (read in place), exit 0 when identical.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Result};

use crate::cli::VerifyArgs;
use qemu::iso::LiveImage;

pub fn run(args: VerifyArgs) -> Result<()> {
    let a = open(&args.a)?;
    let b = open(&args.b)?;
    if let Err(diff) = qemu::image_tree::compare(&a, &b) {
        bail!(
            "{} and {} differ: {diff}",
            args.a.display(),
            args.b.display()
        );
    }
    writeln!(
        std::io::stdout(),
        "{} and {}: identical content",
        args.a.display(),
        args.b.display()
    )?;
    Ok(())
}

/// Opens an image, or the live image of an ISO; its error names the path once, whether or
/// not the reader already did.
fn open(path: &Path) -> Result<LiveImage> {
    if qemu::iso::is_iso(path).unwrap_or(false) {
        let (_, extent) = qemu::iso::find_live_image(path)?;
        return Ok(qemu::iso::PlacedImage::open(path, extent)?.image);
    }
    LiveImage::open(path).map_err(|err| {
        if err.to_string().contains(&*path.to_string_lossy()) {
            err
        } else {
            err.context(format!("opening {}", path.display()))
        }
    })
}
