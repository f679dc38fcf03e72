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
    Check(CheckArgs),
    /// Build the site and serve it at http://127.0.0.1:1111/, rebuilding and reloading the page on every change.
    Serve {
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The port to listen on.
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this machine can reach the default.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Print how long each stage took, after every rebuild.
        #[arg(long)]
        timings: bool,
    },
    /// Create a new file for an editor to fill in.
    New {
        /// What to create.
        #[command(subcommand)]
        what: NewCommand,
        /// The site's folder (the one holding site.toml).
        #[arg(long, default_value = ".", value_name = "DIR", global = true)]
        root: PathBuf,
    },
    /// Create a new site in DIR that builds at once.
    Init {
        /// The new site's folder (must be empty or not exist).
        dir: PathBuf,
    },
}

/// The files `styrdok new` can create.
#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A strategy document with every key and a comment on each, e.g. `styrdok new dokument vargarda/ny-strategi`.
    #[command(alias = "document")]
    Dokument {
        /// Where under content/, e.g. vargarda/ny-strategi.
        path: String,
    },
    /// A focus area, e.g. `styrdok new fokusomrade halsa`.
    #[command(alias = "focus-area", alias = "fokusområde")]
    Fokusomrade {
        /// Its id: lowercase letters and hyphens.
        id: String,
    },
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
    /// How to print problems: `human` (with the source line) or `json` (one object per line, on stdout).
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Fail (exit status 1) on warnings too: `--deny warnings`, for CI.
    /// Warnings a site accepts are listed in `[check] allow` in site.toml.
    #[arg(long, value_enum, value_name = "WHAT")]
    deny: Vec<Deny>,
    /// List every review, expiry and repeal that falls due from today
    /// within DAYS days (default 90) or up to a DATE (YYYY-MM-DD), and every
    /// overdue review, sorted by date: a table, or JSON with
    /// `--message-format json`. Only errors are reported besides.
    #[arg(long, value_name = "DAYS|DATE", num_args = 0..=1, default_missing_value = "90", value_parser = parse_period)]
    due: Option<Period>,
}

/// How far ahead `check --due` looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// This many days from today.
    Days(u32),
    /// Up to and including this day.
    Until(jiff::civil::Date),
}

impl Period {
    /// The last day of the period that starts on `today`.
    pub fn end(self, today: jiff::civil::Date) -> jiff::civil::Date {
        match self {
            Period::Days(n) => today
                .checked_add(jiff::Span::new().days(i64::from(n)))
                .unwrap_or(jiff::civil::Date::MAX),
            Period::Until(d) => d,
        }
    }
}

fn parse_period(s: &str) -> Result<Period, String> {
    if let Ok(n) = s.parse::<u32>() {
        return Ok(Period::Days(n));
    }
    s.parse::<jiff::civil::Date>().map(Period::Until).map_err(|_| {
        format!("\"{s}\" is neither a number of days nor a date: write e.g. --due 180 or --due 2026-12-31")
    })
}

/// What `--deny` makes fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Every warning not allowed in site.toml.
    Warnings,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MessageFormat {
    /// For people: the message, the source line with a marker, the help.
    Human,
    /// For programs: one JSON object per line on standard output.
    Json,
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

/// The exit status of a usage error (as clap's own): the command was not
/// given what it needs, such as a site folder.
const USAGE: u8 = 2;

/// Runs the command line and returns the exit status: 0 on success, 1 on
/// bad input, 2 on a usage error (from clap, or no site where one is
/// needed).
pub fn run(cli: Cli) -> ExitCode {
    let root = match &cli.command {
        Command::Build(b) => Some(&b.site.root),
        Command::Check(c) => Some(&c.site.root),
        Command::Serve { root, .. } | Command::New { root, .. } => Some(root),
        Command::Init { .. } => None,
    };
    if let Some(root) = root
        && !root.join(crate::config::CONFIG_FILE).is_file()
    {
        eprintln!("{}", not_a_site(root));
        return ExitCode::from(USAGE);
    }
    match cli.command {
        Command::Build(b) => {
            let opts = Options {
                root: b.site.root.clone(),
                overrides: Overrides {
                    output_dir: b.output.clone(),
                    base_url: b.base_url.clone(),
                },
                force: b.force,
                ..Options::default()
            };
            finish(site::build(&opts), &b.site, Mode::Build).into()
        }
        Command::Check(c) => {
            let today = site::today();
            let opts = Options {
                root: c.site.root.clone(),
                due: c.due.map(|p| p.end(today)),
                ..Options::default()
            };
            let deny_warnings = c.deny.contains(&Deny::Warnings);
            let mode = if c.due.is_some() {
                Mode::Due
            } else {
                Mode::Check
            };
            let status = finish(site::check(&opts), &c.site, mode);
            match status {
                Status::Clean { warnings } if deny_warnings && warnings > 0 => {
                    eprintln!(
                        "--deny warnings: {warnings} warning(s) make this check fail; fix them, or list the ones the site accepts in [check] allow in site.toml."
                    );
                    ExitCode::from(1)
                }
                status => status.into(),
            }
        }
        Command::New {
            what: NewCommand::Dokument { path },
            root,
        } => created(
            crate::scaffold::new_document(&root, &path).map(|p| vec![p]),
            "Fill in the keys marked ~, then run `styrdok check`.",
        ),
        Command::New {
            what: NewCommand::Fokusomrade { id },
            root,
        } => created(
            crate::scaffold::new_focus_area(&root, &id).map(|p| vec![p]),
            "Fill in the title, then run `styrdok check`.",
        ),
        Command::Serve {
            root,
            port,
            bind,
            timings,
        } => {
            match crate::serve::serve(crate::serve::ServeOptions {
                root,
                bind,
                port,
                timings,
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Init { dir } => {
            let next = format!(
                "Build it with `styrdok build --root {}`, then replace the example with your own documents.",
                dir.display()
            );
            created(crate::scaffold::init(&dir, site::today()), &next)
        }
    }
}

fn created(result: crate::error::Result<Vec<PathBuf>>, next: &str) -> ExitCode {
    match result {
        Ok(files) => {
            for f in files {
                println!("created {}", f.display());
            }
            println!("{next}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// The message for a folder without `site.toml`, with the ways on.
fn not_a_site(root: &std::path::Path) -> String {
    let shown = if root == std::path::Path::new(".") {
        "this folder".to_string()
    } else {
        root.display().to_string()
    };
    format!(
        "error: {shown} is not a styrdok site: it has no {file}\n  = help: go to the site's folder (the one holding {file}) and run the command there, or name it with --root DIR; `styrdok init DIR` makes a new site",
        file = crate::config::CONFIG_FILE
    )
}

/// How a build or check ended.
enum Status {
    /// No errors, and this many warnings (not counting allowed ones).
    Clean { warnings: usize },
    /// Errors in the content, or a failure.
    Failed,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        match s {
            Status::Clean { .. } => ExitCode::SUCCESS,
            Status::Failed => ExitCode::from(1),
        }
    }
}

/// What a run of `finish` reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `build`: errors, then what was written.
    Build,
    /// `check`: errors and warnings, readability.
    Check,
    /// `check --due`: errors, then the list of what falls due.
    Due,
}

fn finish(result: crate::error::Result<Report>, site_args: &SiteArgs, mode: Mode) -> Status {
    let mut err = std::io::stderr().lock();
    match result {
        Ok(mut report) => {
            if let Some(config) = &report.config {
                report.diagnostics.allow(&config.allow);
            }
            print_report(&report, &mut err, mode, site_args);
            if report.diagnostics.has_errors() {
                Status::Failed
            } else {
                Status::Clean {
                    warnings: report.diagnostics.warning_count(),
                }
            }
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                let _ = writeln!(err, "  caused by: {s}");
                source = s.source();
            }
            Status::Failed
        }
    }
}

fn print_report(report: &Report, out: &mut impl Write, mode: Mode, args: &SiteArgs) {
    let building = mode == Mode::Build;
    // The due list is the one thing on standard output; errors go to
    // standard error, for people, whatever the format.
    let format = match mode {
        Mode::Due => MessageFormat::Human,
        _ => args.message_format,
    };
    let d = &report.diagnostics;
    let github = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    let styled = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none();
    let root = report
        .config
        .as_ref()
        .map_or_else(|| args.root.clone(), |c| c.root.clone());
    let mut sources: std::collections::HashMap<PathBuf, Option<String>> = Default::default();
    let mut stdout = std::io::stdout().lock();
    for diag in d.sorted() {
        // A build shows errors; warnings are for `check`, counted below.
        if mode != Mode::Check && diag.severity == Severity::Warning {
            continue;
        }
        match format {
            MessageFormat::Json => {
                // Standard output is the JSON stream alone; GitHub reads
                // workflow commands from standard error as well.
                if github {
                    let _ = writeln!(out, "{}", diag.to_github());
                }
                let _ = writeln!(stdout, "{}", diag.to_json());
            }
            MessageFormat::Human => {
                // Standard output of `check --due` is its list alone.
                if github && mode == Mode::Due {
                    let _ = writeln!(out, "{}", diag.to_github());
                } else if github {
                    let _ = writeln!(stdout, "{}", diag.to_github());
                }
                let source = sources
                    .entry(diag.span.file.clone())
                    .or_insert_with(|| std::fs::read_to_string(root.join(&diag.span.file)).ok());
                let _ = writeln!(out, "{}\n", diag.render(source.as_deref(), styled));
            }
        }
    }
    if mode == Mode::Check && !report.readability.is_empty() {
        print_readability(&report.readability, out);
    }
    let (errors, warnings) = (d.error_count(), d.warning_count());
    if mode == Mode::Due && errors == 0 {
        if let Some(due) = &report.due {
            print_due(due, &mut stdout, args.message_format);
        }
    } else if errors > 0 {
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
        if let Some(w) = report.written.filter(|w| w.kept > 0 || w.removed > 0) {
            let _ = writeln!(
                out,
                "{} file(s) written, {} unchanged, {} removed.",
                w.written, w.kept, w.removed
            );
        }
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
    if args.timings {
        let _ = write!(out, "{}", site::timings_text(&report.timings));
    }
}

/// The list of `check --due` on standard output: a table for people, or
/// one JSON document.
fn print_due(list: &crate::model::DueList, out: &mut impl Write, format: MessageFormat) {
    if format == MessageFormat::Json {
        let json = serde_json::to_string_pretty(list).unwrap_or_default();
        let _ = writeln!(out, "{json}");
        return;
    }
    let rows: Vec<[String; 5]> = list
        .due
        .iter()
        .map(|d| {
            [
                d.date.to_string(),
                match (d.kind, d.overdue) {
                    (crate::model::DueKind::Review, true) => "review, overdue".to_string(),
                    (kind, _) => kind.as_str().to_string(),
                },
                d.responsible.clone().unwrap_or_else(|| "–".to_string()),
                format!("{}:{}", d.file.display(), d.line),
                format!("{} ({})", d.title, d.organisation),
            ]
        })
        .collect();
    if rows.is_empty() {
        let _ = writeln!(
            out,
            "Nothing falls due from {} to {}, and no review is overdue.",
            list.from, list.until
        );
        return;
    }
    let _ = writeln!(
        out,
        "Due from {} to {} (reviews, expiries and repeals; and overdue reviews), by date:\n",
        list.from, list.until
    );
    let header = ["date", "what", "responsible", "file", "document"];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    for row in std::iter::once(header.map(str::to_string)).chain(rows) {
        let mut line = String::from(" ");
        for (i, cell) in row.iter().enumerate() {
            line.push(' ');
            line.push_str(cell);
            if let Some(&w) = widths.get(i) {
                line.extend(std::iter::repeat_n(' ', w + 1 - cell.chars().count()));
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn print_readability(rows: &[crate::readability::Row], out: &mut impl Write) {
    let width = rows
        .iter()
        .map(|r| r.file.display().to_string().chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    // A variant's key (`lattlast`) is longer than a language code.
    let lang_width = rows
        .iter()
        .map(|r| r.lang.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "\nReadability (LIX, läsbarhetsindex: under 40 easy, 40–50 medium, over 50 hard; – where LIX does not apply)"
    );
    let _ = writeln!(
        out,
        "  {:<width$}  {:<lang_width$}  summary   text   words  long sentences",
        "file", "lang"
    );
    let fmt = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
    for r in rows {
        let _ = writeln!(
            out,
            "  {:<width$}  {:<lang_width$}  {:>7}  {:>5}  {:>6}  {:>14}",
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
