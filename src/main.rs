//! The `styrdok` binary: parse the command line, run, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    styrdok::cli::run(styrdok::cli::Cli::parse())
}
