//! `liveopt`: a thin binary over the workspace crates. Flags live in `cli.rs`,
//! each subcommand's handler in `cmd/`.
// Unit-test builds also link the dev-dependencies that only integration tests use.
#![cfg_attr(test, allow(unused_crate_dependencies))]

mod cli;
mod cmd;

use clap::Parser;

fn main() {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => boot::cli::usage_error("liveopt", err),
    };
    if let Err(err) = cmd::run(cli.command) {
        if is_broken_pipe(&err) {
            // The reader went away (`liveopt profile show P | head`): nothing more to say.
            std::process::exit(0);
        }
        // One line, the whole cause chain.
        eprintln!("liveopt: {err:#}");
        std::process::exit(1);
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
