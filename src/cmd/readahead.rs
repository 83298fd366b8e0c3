//! `liveopt readahead`: the boot-time readahead service (boot::cli::readahead, the same
//! code `liveopt-boot readahead` runs in the initramfs).

use anyhow::Result;

use crate::cli::ReadaheadArgs;

pub fn run(args: ReadaheadArgs) -> Result<()> {
    boot::cli::readahead(args)
}
