//! Running a command: the site's pipeline through [`crate::site`], then
//! the exit status.

use super::{Cli, Command, Deny, NewCommand, SiteArgs};

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::print::print_report;
use crate::config::Overrides;
use crate::messages::{Lang, Message, tr};
use crate::msg;
use crate::site::{self, Options, Report};

/// The exit status of a usage error (as clap's own): the command was not
/// given what it needs, such as a site folder.
pub(super) const USAGE: u8 = 2;

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
pub(super) enum Mode {
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
