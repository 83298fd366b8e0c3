//! `liveopt verify A B`: content equality of two images (exit 0 when identical).

use std::io::Write;

use anyhow::{bail, Context, Result};

use crate::cli::VerifyArgs;

pub fn run(args: VerifyArgs) -> Result<()> {
    let a = squashfs::Archive::open(&args.a)
        .with_context(|| format!("opening {}", args.a.display()))?;
    let b = squashfs::Archive::open(&args.b)
        .with_context(|| format!("opening {}", args.b.display()))?;
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
