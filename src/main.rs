//! The `styrdok` binary: parse the command line, run, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: a build makes and frees
/// millions of small strings from many threads, where glibc's malloc spent
/// about a third of a rebuild's time (measured with `perf record`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    styrdok::cli::run(styrdok::cli::Cli::parse())
}
