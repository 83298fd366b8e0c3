//! `liveopt`: a thin binary over the workspace crates. Flags live in `cli.rs`,
//! each subcommand's handler in `cmd/`.

mod cli;
mod cmd;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    if let Err(err) = cmd::run(cli.command) {
        // One line, the whole cause chain.
        eprintln!("liveopt: {err:#}");
        std::process::exit(1);
    }
}
