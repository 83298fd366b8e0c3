//! `liveopt initramfs`: build the liveopt initramfs for a target kernel's module tree.

use anyhow::{Context, Result};

use crate::cli::InitramfsArgs;

pub fn run(args: InitramfsArgs) -> Result<()> {
    let mut spec = boot::initramfs::Spec::new(&args.kernel_modules);
    if let Some(binary) = &args.with_liveopt {
        let binary = match binary {
            Some(path) => path.clone(),
            None => std::env::current_exe().context("finding this liveopt binary")?,
        };
        spec.extra_files = boot::initramfs::binary::liveopt_files(&binary)?;
        let bytes: usize = spec.extra_files.iter().map(|f| f.data.len()).sum();
        println!(
            "with {} ({} files, {:.1} MiB: {})",
            boot::initramfs::binary::LIVEOPT_PATH,
            spec.extra_files.len(),
            bytes as f64 / (1 << 20) as f64,
            spec.extra_files
                .iter()
                .map(|f| format!("{} {} KiB", f.path, f.data.len() >> 10))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
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
