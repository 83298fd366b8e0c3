//! `liveopt verify A B`: content equality of two images (squashfs or EROFS, in
//! any pairing), or of the live images of two ISOs (read in place), exit 0 when identical.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Result};

use crate::cli::VerifyArgs;
use crate::image::Image;

pub fn run(args: VerifyArgs) -> Result<()> {
    let a = open(&args.a)?;
    let b = open(&args.b)?;
    let compared = match (&a, &b) {
        // Two squashfs images: the squashfs crate's comparison, which reads files in parallel.
        (Image::Squashfs(a), Image::Squashfs(b)) => {
            squashfs::compare(a, b).map_err(|diff| anyhow::anyhow!("{}", diff.0))
        }
        _ => crate::image::compare(&a, &b),
    };
    if let Err(diff) = compared {
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
fn open(path: &Path) -> Result<Image> {
    if qemu::iso::is_iso(path).unwrap_or(false) {
        let (_, extent) = qemu::iso::find_live_image(path)?;
        return Ok(match qemu::iso::PlacedImage::open(path, extent)?.image {
            qemu::iso::LiveImage::Squashfs(a) => Image::Squashfs(a),
            qemu::iso::LiveImage::Erofs(a) => Image::Erofs(a),
        });
    }
    Image::open(path).map_err(|err| {
        if err.to_string().contains(&*path.to_string_lossy()) {
            err
        } else {
            err.context(format!("opening {}", path.display()))
        }
    })
}
