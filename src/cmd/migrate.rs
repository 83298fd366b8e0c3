//! `liveopt migrate`: copy the live image behind a loop device to RAM or disk, verify it
//! and switch the loop to the copy (boot::cli::migrate, the same code `liveopt-boot
//! migrate` runs in the initramfs).

use anyhow::Result;

use crate::cli::MigrateArgs;

pub fn run(args: MigrateArgs) -> Result<()> {
    boot::cli::migrate(args)
}
