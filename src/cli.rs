//! The command line: the clap definitions here, running a command in
//! `run` and printing its report in `print`. No pipeline logic here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::messages::{Lang, tr};
use crate::msg;

mod print;
mod run;

pub use run::run;

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
                    std::process::exit(run::USAGE.into())
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
