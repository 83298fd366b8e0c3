//! `liveopt readahead-list`: the readahead list of an unsorted image, squashfs
//! (`optimizer::sort::unsorted_readahead_list`) or EROFS
//! (`optimizer::erofs_sort::unsorted_readahead_list`), written atomically.

use anyhow::{bail, Context, Result};

use crate::cli::ReadaheadListArgs;

pub fn run(args: ReadaheadListArgs) -> Result<()> {
    if args.output == args.image || optimizer::sort::same_file(&args.output, &args.image) {
        bail!(
            "the output {} is the input image; refusing to overwrite it",
            args.output.display()
        );
    }
    let image = qemu::iso::LiveImage::open(&args.image)
        .with_context(|| format!("opening {}", args.image.display()))?;
    let profile = formats::profile::load(&args.profile)?;
    let list = match image {
        qemu::iso::LiveImage::Squashfs(image) => {
            optimizer::sort::unsorted_readahead_list(&image, &profile, args.force)?
        }
        qemu::iso::LiveImage::Erofs(image) => optimizer::erofs_sort::unsorted_readahead_list(
            &optimizer::erofs_sort::Input::Erofs(image),
            &args.image,
            0,
            &profile,
            args.force,
        )?,
    };
    let mut text = Vec::new();
    formats::readahead::write(&list, &mut text)?;
    formats::write_atomic(&args.output, &text)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!(
        "liveopt: wrote {}: {} ranges, {:.1} MiB of {:.1} MiB",
        args.output.display(),
        list.ranges.len(),
        list.total_bytes() as f64 / 1048576.0,
        list.identity.image.bytes_used as f64 / 1048576.0
    );
    Ok(())
}
