//! The command line: clap definitions and printing. No pipeline logic here.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::Overrides;
use crate::diag::Severity;
use crate::site::{self, Options, Report};

/// styrdok publishes strategy documents (styrdokument) written in Markdown
/// as an accessible, multilingual static website.
#[derive(Debug, Parser)]
#[command(name = "styrdok", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into public/ (or output_dir, or --output).
    Build(BuildArgs),
    /// Check every file and report problems; writes nothing.
    Check(SiteArgs),
}

/// Where the site is.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site's folder (the one holding site.toml).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Print how long each stage took.
    #[arg(long)]
    pub timings: bool,
}

/// Options of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Write the site here instead of public/ (or output_dir in site.toml).
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Use this address instead of base_url in site.toml (for canonical links, hreflang and sitemaps).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Replace the output folder even when it holds files styrdok did not write.
    #[arg(long)]
    force: bool,
}

/// Runs the command line and returns the exit status: 0 on success, 1 on
/// bad input (usage errors exit 2, from clap).
pub fn run(cli: Cli) -> ExitCode {
    let (result, site_args, building) = match &cli.command {
        Command::Build(b) => {
            let opts = Options {
                root: b.site.root.clone(),
                overrides: Overrides {
                    output_dir: b.output.clone(),
                    base_url: b.base_url.clone(),
                },
                force: b.force,
                today: None,
            };
            (site::build(&opts), &b.site, true)
        }
        Command::Check(s) => {
            let opts = Options {
                root: s.root.clone(),
                ..Options::default()
            };
            (site::check(&opts), s, false)
        }
    };
    let mut err = std::io::stderr().lock();
    match result {
        Ok(report) => {
            print_report(&report, &mut err, building, site_args.timings);
            if report.diagnostics.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                let _ = writeln!(err, "  caused by: {s}");
                source = s.source();
            }
            ExitCode::from(1)
        }
    }
}

fn print_report(report: &Report, out: &mut impl Write, building: bool, timings: bool) {
    let d = &report.diagnostics;
    for diag in d.sorted() {
        // A build shows errors; warnings are for `check`, counted below.
        if building && diag.severity == Severity::Warning {
            continue;
        }
        let _ = writeln!(out, "{diag}");
    }
    if !report.readability.is_empty() {
        print_readability(&report.readability, out);
    }
    let (errors, warnings) = (d.error_count(), d.warning_count());
    if errors > 0 {
        let what = if building {
            "nothing was written; the previous site is unchanged"
        } else {
            "fix them and run styrdok check again"
        };
        let _ = writeln!(out, "\n{errors} error(s), {warnings} warning(s): {what}.");
    } else if building {
        let dest = report
            .output
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let _ = writeln!(out, "Built {} pages into {dest}.", report.pages);
        if warnings > 0 {
            let _ = writeln!(
                out,
                "{warnings} warning(s): run `styrdok check` to see them."
            );
        }
    } else {
        let _ = writeln!(
            out,
            "No errors, {warnings} warning(s). {} pages would be built.",
            report.pages
        );
    }
    if timings {
        for (stage, t) in &report.timings {
            let _ = writeln!(out, "  {stage:<14} {:>9.2} ms", t.as_secs_f64() * 1000.0);
        }
    }
}

fn print_readability(rows: &[crate::readability::Row], out: &mut impl Write) {
    let width = rows
        .iter()
        .map(|r| r.file.display().to_string().chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "\nReadability (LIX, läsbarhetsindex: under 40 easy, 40–50 medium, over 50 hard; – where LIX does not apply)"
    );
    let _ = writeln!(
        out,
        "  {:<width$}  lang  summary   text   words  long sentences",
        "file"
    );
    let fmt = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
    for r in rows {
        let _ = writeln!(
            out,
            "  {:<width$}  {:<4}  {:>7}  {:>5}  {:>6}  {:>14}",
            r.file.display().to_string(),
            r.lang,
            fmt(r.summary_lix),
            fmt(r.body_lix),
            r.body_words,
            r.long_sentences
        );
    }
    let _ = writeln!(out);
}
