//! `liveopt completions SHELL` and `liveopt man`: both generated from the flag table in
//! `cli.rs`, so they can never disagree with `--help`.

use std::io::Write;

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::Man;

use super::write_stdout;
use crate::cli::Cli;

pub fn completions(shell: Shell) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "liveopt", &mut script);
    write_stdout(&script)
}

pub fn man() -> Result<()> {
    write_stdout(&man_page()?)
}

/// One page, ripgrep-style: the top-level sections, then a COMMANDS section with every
/// subcommand's synopsis, options and examples (so no page names another that is not there).
fn man_page() -> Result<Vec<u8>> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let top = Man::new(command.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    writeln!(page, ".SH COMMANDS")?;
    for sub in command.get_subcommands() {
        render_command(sub, &mut page)?;
    }
    top.render_version_section(&mut page)?;
    Ok(page)
}

/// A subcommand as a `.SS` subsection of COMMANDS, then its own subcommands.
fn render_command(command: &clap::Command, page: &mut Vec<u8>) -> Result<()> {
    if command.is_hide_set() {
        return Ok(());
    }
    let name = command
        .get_bin_name()
        .context("clap names every built subcommand")?;
    writeln!(page, ".SS \"{name}\"")?;
    let man = Man::new(command.clone());
    for render in [
        Man::render_description_section,
        Man::render_synopsis_section,
        Man::render_options_section,
    ] {
        render_without_heading(&man, render, page)?;
        writeln!(page, ".PP")?;
    }
    if command.get_after_help().is_some() {
        // The examples are command lines: keep their line breaks and indentation.
        writeln!(page, ".nf")?;
        render_without_heading(&man, Man::render_extra_section, page)?;
        writeln!(page, ".fi")?;
    }
    for sub in command.get_subcommands() {
        render_command(sub, page)?;
    }
    Ok(())
}

/// A section's body without its `.SH` line: inside COMMANDS it is part of the subsection.
fn render_without_heading(
    man: &Man,
    render: fn(&Man, &mut dyn Write) -> std::io::Result<()>,
    page: &mut Vec<u8>,
) -> Result<()> {
    let mut section = Vec::new();
    render(man, &mut section)?;
    let text = String::from_utf8(section).context("clap_mangen writes UTF-8")?;
    for line in text.lines().filter(|line| !line.starts_with(".SH ")) {
        writeln!(page, "{line}")?;
    }
    Ok(())
}
