//! `liveopt initramfs`: build the liveopt initramfs for a target kernel's module tree.

use anyhow::Result;

use crate::cli::InitramfsArgs;

pub fn run(args: InitramfsArgs) -> Result<()> {
    let spec = boot::initramfs::Spec::new(&args.kernel_modules);
    let summary = boot::initramfs::build(&spec, &args.output)?;
    println!(
        "wrote {} ({} bytes, kernel {}, modules: {})",
        args.output.display(),
        summary.bytes,
        summary.kernel_version,
        summary.modules.join(" ")
    );
    Ok(())
}
