//! The command line: clap definitions and printing. No pipeline logic here.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::Overrides;
use crate::diag::Severity;
use crate::messages::{Lang, Message, tr};
use crate::msg;
use crate::site::{self, Options, Report};

/// styrdok publishes strategy documents (styrdokument) written in Markdown
/// as an accessible, multilingual static website.
#[derive(Debug, Parser)]
#[command(name = "styrdok", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages: sv or en. Without it, LANG (or
    /// LC_MESSAGES) when it names one of them, else the site's
    /// default_language, else English.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// The languages `--lang` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
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

/// Parses the command line with its `--help` texts in the language of the
/// messages: `--lang` (as written on the command line), else LANG, else
/// the default language of the site at `--root` (or here), else English.
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let after = |flag: &str| {
        words.iter().enumerate().find_map(|(i, w)| {
            w.strip_prefix(&format!("{flag}="))
                .map(str::to_string)
                .or_else(|| (w == flag).then(|| words.get(i + 1).cloned()).flatten())
        })
    };
    let flag = after("--lang").and_then(|l| Lang::from_code(&l));
    let root = after("--root").unwrap_or_else(|| ".".to_string());
    let site = crate::config::default_language_of(std::path::Path::new(&root));
    let lang = Lang::choose(flag, site.as_deref());
    let mut command = localise(Cli::command(), "", lang);
    // clap adds its `help` subcommands only when it builds the command.
    command.build();
    let command = help_subcommands(command, lang);
    let matches =
        command
            .try_get_matches_from(args)
            .unwrap_or_else(|e| match usage_error(&e, lang) {
                Some(text) => {
                    eprint!("{text}");
                    std::process::exit(USAGE.into())
                }
                None => e.exit(),
            });
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The about of clap's `help` subcommands, in `lang`.
fn help_subcommands(command: clap::Command, lang: Lang) -> clap::Command {
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    subs.iter().fold(command, |command, sub| {
        command.mut_subcommand(sub, |c| {
            if sub == "help" {
                c.about(tr(lang, "help-help-command"))
            } else {
                help_subcommands(c, lang)
            }
        })
    })
}

/// A usage error in the language of the messages, laid out as clap lays
/// it out: the kinds a user meets (an unknown command or option, a value
/// that is not one of the possible ones, or none), each with clap's
/// suggestion. `None` for any other kind, or a suggestion of another kind,
/// which clap then tells in its own words.
fn usage_error(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    let shown = [
        K::InvalidSubcommand,
        K::InvalidArg,
        K::InvalidValue,
        K::ValidValue,
        K::SuggestedSubcommand,
        K::SuggestedArg,
        K::Usage,
    ];
    // (clap adds an empty list of other suggestions to an unknown command.)
    if e.context()
        .any(|(k, v)| !shown.contains(&k) && !matches!(v, V::StyledStrs(s) if s.is_empty()))
    {
        return None;
    }
    let get = |k: K| match e.get(k)? {
        V::String(s) => Some(s.clone()),
        V::Strings(v) => Some(v.join(", ")),
        V::StyledStr(s) => Some(s.to_string()),
        _ => None,
    };
    let quoted = |v: String| {
        v.split(", ")
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (message, tip) = match e.kind() {
        ErrorKind::InvalidSubcommand => (
            msg!(
                "usage-unknown-command",
                command = get(K::InvalidSubcommand)?
            ),
            get(K::SuggestedSubcommand).map(|s| msg!("usage-similar-command", command = quoted(s))),
        ),
        ErrorKind::UnknownArgument => (
            msg!("usage-unknown-argument", argument = get(K::InvalidArg)?),
            get(K::SuggestedArg).map(|s| msg!("usage-similar-argument", argument = quoted(s))),
        ),
        ErrorKind::InvalidValue if get(K::InvalidValue)?.is_empty() => (
            msg!("usage-value-missing", argument = get(K::InvalidArg)?),
            None,
        ),
        ErrorKind::InvalidValue => (
            msg!(
                "usage-invalid-value",
                value = get(K::InvalidValue)?,
                argument = get(K::InvalidArg)?
            ),
            None,
        ),
        ErrorKind::ValueValidation => (
            msg!(
                "usage-bad-value",
                value = get(K::InvalidValue)?,
                argument = get(K::InvalidArg)?,
                cause = std::error::Error::source(e)?.to_string()
            ),
            None,
        ),
        _ => return None,
    };
    let mut out = format!("{}\n", msg!("cli-error", message = message).text(lang));
    if let Some(values) = get(K::ValidValue) {
        let possible = msg!("usage-possible-values", values = values);
        out.push_str(&format!("  {}\n", possible.text(lang)));
    }
    if let Some(tip) = tip {
        out.push_str(&format!(
            "\n  {}: {}\n",
            tr(lang, "usage-tip"),
            tip.text(lang)
        ));
    }
    if let Some(usage) = get(K::Usage) {
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str(&format!("\n{}: {usage}\n", tr(lang, "help-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", tr(lang, "usage-more")));
    Some(out)
}

/// The command's `--help` texts from the message files: `help-<path>` for
/// a command's about, `help-<path>-<arg>` (or `help-arg-<arg>`, shared by
/// the commands that take it) for an argument. The English file holds the
/// same words as the doc comments clap derives them from.
fn localise(command: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let text = |id: String| {
        let known = crate::messages::ids(lang);
        known
            .contains(&id)
            .then(|| crate::messages::text_of(lang, &id))
    };
    let name = command.get_name().to_string();
    let path = if path.is_empty() {
        name.clone()
    } else {
        format!("{path}-{name}")
    };
    // clap's own -h and -V, made again so that their words are translated.
    let root = !path.contains('-');
    let mut command = command.disable_help_flag(true).arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .global(true),
    );
    if root {
        command = command.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version),
        );
    }
    let mut command = command
        .subcommand_help_heading(tr(lang, "help-heading-commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            tr(lang, "help-heading-usage")
        ));
    if let Some(about) = text(format!("help-{path}")) {
        command = command.about(about).long_about(None::<&str>);
    }
    let args: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in args {
        let help = text(format!("help-{path}-{arg}")).or_else(|| text(format!("help-arg-{arg}")));
        let heading = tr(lang, "help-heading-options");
        command = command.mut_arg(arg.as_str(), |a| {
            let a = if a.is_positional() {
                a
            } else {
                a.help_heading(heading)
            };
            match help {
                Some(h) => a.help(h).long_help(None::<&str>),
                None => a,
            }
        });
    }
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subs {
        command = command.mut_subcommand(sub.as_str(), |c| localise(c, &path, lang));
    }
    command
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
    let site_language = root.and_then(|r| crate::config::default_language_of(r));
    let lang = Lang::choose(cli.lang.map(Lang::from), site_language.as_deref());
    if let Some(root) = root
        && !root.join(crate::config::CONFIG_FILE).is_file()
    {
        eprintln!("{}", not_a_site(root, lang));
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
            finish(site::build(&opts), &b.site, Mode::Build, lang).into()
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
            let status = finish(site::check(&opts), &c.site, mode, lang);
            match status {
                Status::Clean { warnings } if deny_warnings && warnings > 0 => {
                    eprintln!(
                        "{}",
                        msg!("deny-warnings-failed", warnings = warnings).text(lang)
                    );
                    ExitCode::from(1)
                }
                status => status.into(),
            }
        }
        Command::New {
            what: NewCommand::Dokument { path },
            root,
        } => {
            let made = crate::scaffold::new_document(&root, &path);
            if let Ok(made) = &made {
                if let Some(typed) = &made.renamed_from {
                    let name = made.file.file_name().unwrap_or_default().to_string_lossy();
                    println!(
                        "{}",
                        msg!("new-renamed", typed = typed, name = name).text(lang)
                    );
                }
                for (key, value) in &made.filled {
                    println!(
                        "{}",
                        msg!("new-filled", key = *key, value = value).text(lang)
                    );
                }
            }
            created(
                made.map(|m| vec![m.file]),
                msg!("created-document-next"),
                lang,
            )
        }
        Command::New {
            what: NewCommand::Fokusomrade { id },
            root,
        } => created(
            crate::scaffold::new_focus_area(&root, &id).map(|p| vec![p]),
            msg!("created-focus-area-next"),
            lang,
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
                lang,
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    print_error(&e, &mut std::io::stderr().lock(), lang);
                    ExitCode::from(1)
                }
            }
        }
        Command::Init { dir } => {
            let next = msg!("created-site-next", dir = dir.display().to_string());
            created(crate::scaffold::init(&dir, site::today()), next, lang)
        }
    }
}

fn created(result: crate::error::Result<Vec<PathBuf>>, next: Message, lang: Lang) -> ExitCode {
    match result {
        Ok(files) => {
            for f in files {
                println!(
                    "{}",
                    msg!("created", path = f.display().to_string()).text(lang)
                );
            }
            println!("{}", next.text(lang));
            ExitCode::SUCCESS
        }
        Err(e) => {
            print_error(&e, &mut std::io::stderr().lock(), lang);
            ExitCode::from(1)
        }
    }
}

/// An operational failure and its causes, in `lang`.
fn print_error(e: &crate::error::Error, out: &mut impl Write, lang: Lang) {
    let _ = writeln!(
        out,
        "{}",
        msg!("cli-error", message = e.message().text(lang)).text(lang)
    );
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let _ = writeln!(
            out,
            "  {}",
            msg!("cli-caused-by", message = s.to_string()).text(lang)
        );
        source = s.source();
    }
}

/// The message for a folder without `site.toml`, with the ways on.
fn not_a_site(root: &std::path::Path, lang: Lang) -> String {
    let shown = if root == std::path::Path::new(".") {
        tr(lang, "not-a-site-this-folder")
    } else {
        root.display().to_string()
    };
    let file = crate::config::CONFIG_FILE;
    format!(
        "{}\n  = {}: {}",
        msg!(
            "cli-error",
            message = msg!("not-a-site", folder = shown, file = file).text(lang)
        )
        .text(lang),
        tr(lang, "level-help"),
        msg!("not-a-site-help", file = file).text(lang)
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

fn finish(
    result: crate::error::Result<Report>,
    site_args: &SiteArgs,
    mode: Mode,
    lang: Lang,
) -> Status {
    let mut err = std::io::stderr().lock();
    match result {
        Ok(mut report) => {
            if let Some(config) = &report.config {
                report.diagnostics.allow(&config.allow);
            }
            let warnings = print_report(&report, &mut err, mode, site_args, lang);
            if report.diagnostics.has_errors() {
                Status::Failed
            } else {
                Status::Clean { warnings }
            }
        }
        Err(e) => {
            print_error(&e, &mut err, lang);
            Status::Failed
        }
    }
}

/// Prints the report; gives the number of warnings.
fn print_report(
    report: &Report,
    out: &mut impl Write,
    mode: Mode,
    args: &SiteArgs,
    lang: Lang,
) -> usize {
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
    // Sorted once: a large site can have a hundred thousand warnings.
    let all = d.sorted();
    for &diag in &all {
        // A build shows errors; warnings are for `check`, counted below.
        if mode != Mode::Check && diag.severity == Severity::Warning {
            continue;
        }
        match format {
            MessageFormat::Json => {
                // Standard output is the JSON stream alone; GitHub reads
                // workflow commands from standard error as well.
                if github {
                    let _ = writeln!(out, "{}", diag.to_github(lang));
                }
                let _ = writeln!(stdout, "{}", diag.to_json(lang));
            }
            MessageFormat::Human => {
                // Standard output of `check --due` is its list alone.
                if github && mode == Mode::Due {
                    let _ = writeln!(out, "{}", diag.to_github(lang));
                } else if github {
                    let _ = writeln!(stdout, "{}", diag.to_github(lang));
                }
                let source = sources
                    .entry(diag.span.file.clone())
                    .or_insert_with(|| std::fs::read_to_string(root.join(&diag.span.file)).ok());
                let _ = writeln!(out, "{}\n", diag.render(source.as_deref(), styled, lang));
            }
        }
    }
    if mode == Mode::Check && !report.readability.is_empty() {
        print_readability(&report.readability, out, lang);
    }
    let errors = all.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = all.len() - errors;
    if mode == Mode::Due && errors == 0 {
        if let Some(due) = &report.due {
            print_due(due, &mut stdout, args.message_format, lang);
        }
    } else if errors > 0 {
        let summary = if building {
            msg!("summary-errors-build", errors = errors, warnings = warnings)
        } else {
            msg!("summary-errors-check", errors = errors, warnings = warnings)
        };
        let _ = writeln!(out, "\n{}", summary.text(lang));
    } else if building {
        let dest = report
            .output
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let built = msg!("summary-built", pages = report.pages, dest = dest);
        let _ = writeln!(out, "{}", built.text(lang));
        if let Some(w) = report.written.filter(|w| w.kept > 0 || w.removed > 0) {
            let written = msg!(
                "summary-written",
                written = w.written,
                kept = w.kept,
                removed = w.removed
            );
            let _ = writeln!(out, "{}", written.text(lang));
        }
        if warnings > 0 {
            let more = msg!("summary-build-warnings", warnings = warnings);
            let _ = writeln!(out, "{}", more.text(lang));
        }
    } else {
        let clean = msg!(
            "summary-check-clean",
            warnings = warnings,
            pages = report.pages
        );
        let _ = writeln!(out, "{}", clean.text(lang));
    }
    if args.timings {
        let _ = write!(out, "{}", site::timings_text(&report.timings, lang));
    }
    warnings
}

/// The list of `check --due` on standard output: a table for people, or
/// one JSON document.
fn print_due(
    list: &crate::model::DueList,
    out: &mut impl Write,
    format: MessageFormat,
    lang: Lang,
) {
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
                    (crate::model::DueKind::Review, true) => tr(lang, "due-review-overdue"),
                    (crate::model::DueKind::Review, false) => tr(lang, "due-review"),
                    (crate::model::DueKind::Expiry, _) => tr(lang, "due-expiry"),
                    (crate::model::DueKind::Repeal, _) => tr(lang, "due-repeal"),
                },
                d.responsible.clone().unwrap_or_else(|| "–".to_string()),
                format!("{}:{}", d.file.display(), d.line),
                format!("{} ({})", d.title, d.organisation),
            ]
        })
        .collect();
    if rows.is_empty() {
        let none = msg!(
            "due-none",
            from = list.from.to_string(),
            until = list.until.to_string()
        );
        let _ = writeln!(out, "{}", none.text(lang));
        return;
    }
    let head = msg!(
        "due-head",
        from = list.from.to_string(),
        until = list.until.to_string()
    );
    let _ = writeln!(out, "{}\n", head.text(lang));
    let header = [
        "due-col-date",
        "due-col-what",
        "due-col-responsible",
        "due-col-file",
        "due-col-document",
    ]
    .map(|id| tr(lang, id));
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    for row in std::iter::once(header).chain(rows) {
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

fn print_readability(rows: &[crate::readability::Row], out: &mut impl Write, lang: Lang) {
    let head = |id| tr(lang, id);
    let (file, code) = (head("lix-file"), head("lix-lang"));
    let (summary, text, words, long) = (
        head("lix-summary"),
        head("lix-text"),
        head("lix-words"),
        head("lix-long-sentences"),
    );
    let chars = |s: &str| s.chars().count();
    let width = rows
        .iter()
        .map(|r| chars(&r.file.display().to_string()))
        .chain([chars(&file)])
        .max()
        .unwrap_or(4);
    // A variant's key (`lattlast`) is longer than a language code.
    let lang_width = rows
        .iter()
        .map(|r| chars(&r.lang))
        .chain([chars(&code)])
        .max()
        .unwrap_or(4);
    let (w1, w2, w3, w4) = (
        chars(&summary).max(7),
        chars(&text).max(5),
        chars(&words).max(6),
        chars(&long).max(6),
    );
    let _ = writeln!(out, "\n{}", head("lix-heading"));
    let _ = writeln!(
        out,
        "  {file:<width$}  {code:<lang_width$}  {summary:>w1$}  {text:>w2$}  {words:>w3$}  {long:>w4$}"
    );
    let fmt = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
    for r in rows {
        let _ = writeln!(
            out,
            "  {:<width$}  {:<lang_width$}  {:>w1$}  {:>w2$}  {:>w3$}  {:>w4$}",
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
