//! Dispatch: one handler module per subcommand.

use anyhow::{bail, Result};

use crate::cli::Command;

mod profile;
mod record;

pub fn run(command: Command) -> Result<()> {
    match command {
        Command::Record(args) => record::run(args),
        Command::Profile(cmd) => profile::run(cmd),
        other => bail!("not implemented yet: {other:?}"),
    }
}
