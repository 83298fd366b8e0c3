use anyhow::{bail, Result};

use crate::cli::RecordArgs;

pub fn run(_args: RecordArgs) -> Result<()> {
    bail!("record: not implemented yet")
}
