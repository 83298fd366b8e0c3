//! `liveopt install`: install the running block live root onto a disk without a reboot
//! (boot::cli::install, the same code `liveopt-boot install` runs in the live system).

use anyhow::Result;

use crate::cli::InstallArgs;

pub fn run(args: InstallArgs) -> Result<()> {
    boot::cli::install(args)
}
