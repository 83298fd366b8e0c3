//! `liveopt-boot`: what runs inside an initramfs and the live system, `readahead`,
//! `migrate`, `dm` and `install`, with the flags,
//! behaviour and messages of `liveopt readahead` and `liveopt migrate` (boot::cli), and
//! none of liveopt's host-side dependencies. Built static (scripts/build-boot.sh) so any
//! initramfs can carry it without its shared libraries.

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(name = "liveopt-boot", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Warm the page cache with the image ranges a boot reads (a readahead list).
    Readahead(boot::cli::ReadaheadArgs),
    /// Copy the live image behind a loop device to RAM or disk and switch the loop to it.
    Migrate(boot::cli::MigrateArgs),
    /// Device-mapper: create, load, suspend, resume, remove; table, status, deps.
    #[command(subcommand)]
    Dm(boot::cli::DmCommand),
    /// Install the running block live root onto a disk, without a reboot.
    Install(boot::cli::InstallArgs),
}

fn main() {
    let cli = Cli::try_parse().unwrap_or_else(|err| boot::cli::usage_error("liveopt-boot", err));
    let result = match cli.command {
        Command::Readahead(args) => boot::cli::readahead(args),
        Command::Migrate(args) => boot::cli::migrate(args),
        Command::Dm(command) => boot::cli::dm(command),
        Command::Install(args) => boot::cli::install(args),
    };
    if let Err(err) = result {
        // One line, the whole cause chain.
        eprintln!("liveopt-boot: {err:#}");
        std::process::exit(1);
    }
}
