use anyhow::{bail, Result};

use crate::cli::ProfileCommand;

pub fn run(_cmd: ProfileCommand) -> Result<()> {
    bail!("profile: not implemented yet")
}
