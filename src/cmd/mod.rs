//! Dispatch: one handler module per subcommand.

use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::Command;

mod demo;
mod generate;
mod initramfs;
mod install;
mod iso;
mod migrate;
mod profile;
mod pxe;
mod qemu;
mod readahead;
mod readahead_list;
mod record;
mod simulate;
mod sort;
mod verify;

pub fn run(command: Command) -> Result<()> {
    match command {
        Command::Record(args) => record::run(args),
        Command::Profile(cmd) => profile::run(cmd),
        Command::Demo(args) => demo::run(args),
        Command::Initramfs(args) => initramfs::run(args),
        Command::Readahead(args) => readahead::run(args),
        Command::Migrate(args) => migrate::run(args),
        Command::Install(args) => install::run(args),
        Command::Pxe(args) => pxe::run(args),
        Command::Sort(args) => sort::run(args),
        Command::Verify(args) => verify::run(args),
        Command::Iso(cmd) => iso::run(cmd),
        Command::ReadaheadList(args) => readahead_list::run(args),
        Command::Qemu(cmd) => qemu::run(cmd),
        Command::Simulate(args) => simulate::run(args),
        Command::Completions { shell } => generate::completions(shell),
        Command::Man => generate::man(),
    }
}

/// Writes a command's whole output to stdout (a closed pipe is an error main ends quietly).
fn write_stdout(data: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(data)
        .and_then(|()| out.flush())
        .context("writing to stdout")
}
