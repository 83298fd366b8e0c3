//! `liveopt initramfs`: build the liveopt initramfs for a target kernel's module tree,
//! optionally with the static `/bin/liveopt-boot` and a raw disk's readahead list.

use anyhow::{Context, Result};

use boot::initramfs::drivers::Drivers;
use boot::initramfs::Compression;

use crate::cli::{DriverSet, InitramfsArgs, InitramfsCompression};

pub fn run(args: InitramfsArgs) -> Result<()> {
    let mut spec = boot::initramfs::Spec::new(&args.kernel_modules);
    spec.drivers = match args.drivers {
        DriverSet::Generic => Drivers::Generic,
        DriverSet::Host => Drivers::Host,
    };
    spec.modules.extend(args.add_modules.iter().cloned());
    spec.compression = match args.compress {
        InitramfsCompression::Zstd => Compression::Zstd,
        InitramfsCompression::Xz => Compression::Xz,
        InitramfsCompression::Gzip => Compression::Gzip,
        InitramfsCompression::None => Compression::None,
    };
    // Checked before anything else is read: a bad list costs nothing and writes nothing.
    let disk_list = match &args.readahead_list {
        Some(path) => Some((path, boot::initramfs::disk_list_file(path)?)),
        None => None,
    };
    // A list is only read by the service in /bin/liveopt-boot: it implies --with-liveopt.
    let with_liveopt = match (&args.with_liveopt, &disk_list) {
        (Some(binary), _) => Some(binary.clone()),
        (None, Some(_)) => Some(None),
        (None, None) => None,
    };
    if let Some(binary) = with_liveopt {
        let binary = match binary {
            Some(path) => path,
            None => std::env::current_exe().context("finding this liveopt binary")?,
        };
        spec.extra_files = boot::initramfs::binary::boot_files(&binary)?;
        let bytes: usize = spec.extra_files.iter().map(|f| f.data.len()).sum();
        println!(
            "with {}{} ({} files, {:.1} MiB: {})",
            boot::initramfs::binary::BOOT_BINARY_PATH,
            if args.with_liveopt.is_none() {
                " (implied by --readahead-list)"
            } else {
                ""
            },
            spec.extra_files.len(),
            bytes as f64 / (1 << 20) as f64,
            spec.extra_files
                .iter()
                .map(|f| format!("{} {} KiB", f.path, f.data.len() >> 10))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some((path, list)) = disk_list {
        println!(
            "with readahead list {} as {} ({} bytes)",
            path.display(),
            list.path,
            list.data.len()
        );
        spec.extra_files.push(list);
    }
    let summary = boot::initramfs::build(&spec, &args.output)?;
    let compressed = match spec.compression {
        Compression::None => String::new(),
        other => format!(
            ", {} compressed from {} bytes",
            format!("{other:?}").to_lowercase(),
            summary.cpio_bytes
        ),
    };
    println!(
        "wrote {} ({} bytes, {:.1} MiB{compressed}, kernel {}; loaded first: {}; drivers by \
         device alias ({}): {})",
        args.output.display(),
        summary.bytes,
        summary.bytes as f64 / (1 << 20) as f64,
        summary.kernel_version,
        summary.modules.join(" "),
        format!("{:?}", args.drivers).to_lowercase(),
        summary.drivers.join(" ")
    );
    Ok(())
}
