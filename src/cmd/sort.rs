//! `liveopt sort`: CLI flags to `optimizer::sort::run`, then the report.

use anyhow::Result;
use std::io::Write;

use crate::cli::{Compressor, ErofsCompress, ImageFormat, SortArgs};
use erofs::writer::Codec;
use optimizer::sort::{ErofsCompression, Format};

pub fn run(args: SortArgs) -> Result<()> {
    let mut opts = optimizer::sort::SortOptions::new(args.image, args.profile, args.output);
    opts.readahead = args.readahead;
    opts.plot = args.plot;
    opts.force = args.force;
    opts.block_size = args.block_size;
    opts.recompress = args.recompress;
    opts.compression = args.comp.map(|c| {
        squashfs::Compression::parse(match c {
            Compressor::Gzip => "gzip",
            Compressor::Xz => "xz",
            Compressor::Zstd => "zstd",
            Compressor::Lz4 => "lz4",
        })
        .expect("built-in compressor names parse")
    });
    opts.format = args.format.map(|f| match f {
        ImageFormat::Squashfs => Format::Squashfs,
        ImageFormat::Erofs => Format::Erofs,
    });
    if let Some(c) = args.compress {
        if opts.format == Some(Format::Squashfs) {
            anyhow::bail!("--compress is for EROFS output; squashfs output takes --comp");
        }
        opts.erofs_compression = ErofsCompression::Given(match c {
            ErofsCompress::None => None,
            ErofsCompress::Lz4 => Some(Codec::Lz4),
            ErofsCompress::Lz4hc => Some(Codec::Lz4hc(9)),
            ErofsCompress::Lzma => Some(Codec::Lzma(6)),
            ErofsCompress::Deflate => Some(Codec::Deflate(9)),
            ErofsCompress::Zstd => Some(Codec::Zstd(9)),
        });
    }
    if let Some(size) = args.pcluster_size {
        if opts.format == Some(Format::Squashfs) {
            anyhow::bail!(
                "--pcluster-size is for EROFS output; squashfs output takes --block-size"
            );
        }
        if size == 0 || size % 4096 != 0 || size > 1 << 20 {
            anyhow::bail!("--pcluster-size {size}: a multiple of 4096 up to 1048576");
        }
        opts.erofs_pcluster = Some(u64::from(size));
    }
    opts.target_kernel = args.target_kernel;
    let report = optimizer::sort::run(&opts)?;
    if args.json {
        writeln!(std::io::stdout(), "{}", report.to_json())?;
    } else if args.report {
        write!(std::io::stdout(), "{}", report.to_text())?;
    } else {
        eprintln!(
            "liveopt: wrote {} ({} bytes, {} hot ranges first) in {:.2} s; boot span {:.1} -> {:.1} MiB",
            report.output.path,
            report.output.bytes_used,
            report.write.hot_inodes,
            report.write.seconds,
            report.before.span as f64 / 1048576.0,
            report.after.span as f64 / 1048576.0
        );
    }
    Ok(())
}
