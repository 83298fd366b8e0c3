//! `liveopt pxe`: write a PXE boot tree (boot::pxe).

use anyhow::Result;
use std::io::Write;

use crate::cli::PxeArgs;
use boot::pxe::{self, Spec};

pub fn run(args: PxeArgs) -> Result<()> {
    let spec = Spec {
        tftproot: args.tftproot,
        imagedir: args.imagedir,
        bootfile: args.bootfile,
        source: args.source,
        kernel: args.kernel,
        initrd: args.initrd,
        append: args.append,
    };
    let written = pxe::write_tree(&spec)?;
    writeln!(std::io::stdout(), "kernel  {}", written.kernel.display())?;
    writeln!(
        std::io::stdout(),
        "initrd  {} (image: {:.1} MB appended at byte {} as /{})",
        written.initrd.display(),
        written.image_bytes as f64 / 1e6,
        written.image_archive_offset,
        pxe::IMAGE_MEMBER
    )?;
    writeln!(std::io::stdout(), "config  {}", written.config.display())?;
    match written.bootloader {
        Some(loader) => writeln!(std::io::stdout(), "loader  {} (DHCP filename {})", loader.display(), spec.bootfile)?,
        None => writeln!(std::io::stdout(),
            "loader  not found on this host: copy syslinux's {} and ldlinux.c32 into {} (DHCP filename {})",
            spec.bootfile,
            spec.tftproot.display(),
            spec.bootfile
        )?,
    }
    Ok(())
}
