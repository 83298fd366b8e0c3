//! `liveopt verify A B`: content equality of two images, or of the live images of two ISOs
//! (read in place), exit 0 when identical.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Result};

use crate::cli::VerifyArgs;

pub fn run(args: VerifyArgs) -> Result<()> {
    let a = open(&args.a)?;
    let b = open(&args.b)?;
    if let Err(diff) = squashfs::compare(&a, &b) {
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
fn open(path: &Path) -> Result<squashfs::Archive> {
    if qemu::iso::is_iso(path).unwrap_or(false) {
        let (_, extent) = qemu::iso::find_live_image(path)?;
        return qemu::iso::open_image_in(path, extent);
    }
    squashfs::Archive::open(path).map_err(|err| {
        let named = err.to_string().contains(&*path.to_string_lossy());
        let err = anyhow::Error::from(err);
        if named {
            err
        } else {
            err.context(format!("opening {}", path.display()))
        }
    })
}
