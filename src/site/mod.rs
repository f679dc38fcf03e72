//! The driver: runs the stages in order for `build` and `check`, timing each.
//! [`load`] runs stages 1–4, [`Plan`] plans stage 5, and [`Memo`]
//! is the memory of the last run, which only a rebuild driver keeps.

mod load;
mod memo;
mod pages;

pub use memo::Memo;
pub use pages::{Files, GoOn, Pages, Plan, Scope, Step};

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::civil::Date;

use crate::config::{Overrides, SiteConfig};
use crate::content;
use crate::diag::Diagnostics;
use crate::error::{Error, Result};
use crate::links::{self, LinkGraph};
use crate::model::{self, Corpus};
use crate::msg;
use crate::output::{self, Contents};
use crate::render::{Site, i18n::I18n, theme};

/// What a run is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site root.
    pub root: PathBuf,
    /// Command-line overrides of `site.toml`.
    pub overrides: Overrides,
    /// Replace an output folder that holds files styrdok did not write.
    pub force: bool,
    /// The day used for "in force" / "no longer in force"; today when `None`.
    pub today: Option<Date>,
    /// For `check --due`: the last day of the period whose reviews,
    /// expiries and repeals are listed ([`Report::due`]).
    pub due: Option<Date>,
    /// The files (paths on disk) written since the last run, when a file
    /// watcher knows them: if they are all known Markdown files, the
    /// memo's listing of `content/` stands and nothing is walked.
    pub changed: Option<Vec<PathBuf>>,
}

/// How a run went.
#[derive(Debug, Default)]
pub struct Report {
    /// All diagnostics.
    pub diagnostics: Diagnostics,
    /// Pages rendered.
    pub pages: usize,
    /// Time per stage.
    pub timings: Vec<(&'static str, Duration)>,
    /// Where the site was written (build only).
    pub output: Option<PathBuf>,
    /// How many files the build wrote, kept and removed (build only).
    pub written: Option<output::Written>,
    /// The loaded configuration, when it could be read.
    pub config: Option<SiteConfig>,
    /// Readability per document and language (`check` only).
    pub readability: Vec<crate::readability::Row>,
    /// What falls due, when `check --due` asks.
    pub due: Option<model::DueList>,
}

impl Report {
    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce(&mut Diagnostics) -> T) -> T {
        let start = Instant::now();
        let v = f(&mut self.diagnostics);
        self.timings.push((stage, start.elapsed()));
        v
    }
}

/// The time of each stage, one line each, as `--timings` prints it: the
/// stage named by its message `stage-<name>` in `lang` (`read + parse` is
/// `stage-read-parse`).
pub fn timings_text(timings: &[(&'static str, Duration)], lang: crate::messages::Lang) -> String {
    timings
        .iter()
        .map(|(stage, t)| {
            let words: Vec<&str> = stage
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let name = crate::messages::text_of(lang, &format!("stage-{}", words.join("-")));
            format!("  {name:<14} {:>9.2} ms\n", t.as_secs_f64() * 1000.0)
        })
        .collect()
}

/// The build day: `SOURCE_DATE_EPOCH` when set (reproducible builds), else
/// today in the machine's time zone.
pub fn today() -> Date {
    if let Some(ts) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
    {
        return ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    }
    jiff::ZonedDateTime::now().date()
}

/// What a run read anew, compared with the memo's last run, so the
/// development server can tell a body-only edit from one that can change
/// any page.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// A fingerprint of everything a page can show except Markdown bodies:
    /// the configuration, every file's front matter, the data files, the
    /// other files' names, the theme and the build day. While it stays the
    /// same, only the pages of [`Changes::fresh`] sources can change.
    pub shape: u64,
    /// The part of [`Changes::shape`] the model and links depend on (all
    /// but the theme).
    pub content: u64,
    /// The part of [`Changes::content`] that is not in the Markdown files:
    /// the configuration, the data files, the other files' names and the
    /// build day. While it stays the same, the model and links are patched
    /// for the Markdown files that changed, came or went.
    pub settings: u64,
    /// Sources (kind and key, any language) whose file was read anew since
    /// the memo's last rendered run: every source on the first run.
    pub fresh: std::collections::HashSet<content::SourceKey>,
    /// When the run changed the last run's model and links in place for
    /// the Markdown files that changed, came or went: the pages those
    /// edits can reach.
    pub touched: Option<links::Touched>,
    /// The document versions the run took out of the last run's model to
    /// read their sources again: their pages are gone unless made again.
    pub replaced: Vec<model::Document>,
}

/// What stages 1–4 and the theme give: everything rendering needs.
pub struct Prepared {
    /// The configuration.
    pub config: SiteConfig,
    /// The model.
    pub corpus: Corpus,
    /// The links.
    pub graph: LinkGraph,
    /// The theme.
    pub theme: std::sync::Arc<theme::Theme>,
    /// The interface strings.
    pub i18n: std::sync::Arc<I18n>,
    /// What this run read anew.
    pub changes: Changes,
}

impl Prepared {
    /// The data stages 5 and 5b read, on the build day of `opts`.
    pub fn site(&self, opts: &Options) -> Site<'_> {
        Site::new(
            &self.config,
            &self.corpus,
            &self.graph,
            std::sync::Arc::clone(&self.i18n),
            opts.today.unwrap_or_else(today),
        )
    }
}

/// Stages 1–4 plus the theme. `None` when the content has errors (they are
/// in the report).
pub fn prepare(opts: &Options, report: &mut Report, readability: bool) -> Result<Option<Prepared>> {
    prepare_with(opts, None, report, readability)
}

/// [`prepare`], with the memory of the last run when there is one.
fn prepare_with(
    opts: &Options,
    mut memo: Option<&mut Memo>,
    report: &mut Report,
    readability: bool,
) -> Result<Option<Prepared>> {
    let Some((config, corpus, graph, mut changes)) = load::load(opts, memo.as_deref_mut(), report)?
    else {
        return Ok(None);
    };
    if readability {
        report.readability = report.time("readability", |d| {
            crate::readability::measure(&corpus, &config, d)
        });
        let today = opts.today.unwrap_or_else(today);
        report.time("review", |d| model::review(&corpus, &config, today, d));
    }
    let last = memo.as_deref_mut().and_then(|m| m.theme.clone());
    let Some(theme) = report.time("theme", |d| theme::load_or_keep(&config, d, last))? else {
        return Ok(None);
    };
    if let Some(m) = memo {
        m.theme = Some(theme.clone());
    }
    let i18n = report.time("i18n", |d| I18n::load(&theme.ftl, &config, d));
    if report.diagnostics.has_errors() {
        return Ok(None);
    }
    changes.shape = crate::digest::of(&(changes.content, theme.digest));
    Ok(Some(Prepared {
        config,
        corpus,
        graph,
        theme,
        i18n: std::sync::Arc::new(i18n),
        changes,
    }))
}

/// `styrdok check`: every stage, pages rendered in memory and dropped.
/// Returns the report; the caller decides the exit status from its errors.
pub fn check(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    if let Some(prepared) = prepare(opts, &mut report, true)? {
        if let Some(until) = opts.due {
            let today = opts.today.unwrap_or_else(today);
            report.due = Some(model::due(&prepared.corpus, &prepared.config, today, until));
        }
        let site = prepared.site(opts);
        let plan = Plan::new(&site, &prepared, &Scope::All, None, &mut report);
        let made = plan.all(&mut report, &|_, _| Ok(()), &|r, view| {
            r.render(&view).map(|_| ())
        });
        if let Err(e) = made {
            plan.failed(e, &mut report)?;
        }
    }
    Ok(report)
}

/// `styrdok build`: renders the site, stages what differs from the output
/// folder and puts it in place. On any content error nothing is written
/// and the previous output stays as it was.
pub fn build(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    // The same warnings as `check` (readability and review too, a few per
    // cent of a build), so that the count a build gives is check's count.
    let Some(prepared) = prepare(opts, &mut report, true)? else {
        return Ok(report);
    };
    let output_dir = prepared.config.output_dir.clone();
    output::check_safe(&output_dir, &prepared.config.root, opts.force)?;
    let staging = output::Staging::create(&output_dir)?;
    // What is written where: a page (true) or a file.
    let taken = std::sync::Mutex::new(HashMap::new());
    let claim = |path: &str, page: bool| {
        let before = taken
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), page);
        match before {
            None => Ok(()),
            Some(other) => Err(Error::UnsafeOutput {
                path: output_dir.join(path),
                reason: match (page, other) {
                    (false, false) => msg!("same-place-files"),
                    (true, true) => msg!("same-place-pages"),
                    _ => msg!("same-place-page-and-file"),
                },
            }),
        }
    };
    let site = prepared.site(opts);
    let plan = Plan::new(&site, &prepared, &Scope::All, None, &mut report);
    let made = plan.all(
        &mut report,
        &|path, contents| {
            claim(&path, false)?;
            staging.write(&path, contents)
        },
        &|r, view| {
            claim(&view.path, true)?;
            let page = r.render(&view)?;
            staging.write(&page.path, Contents::Text(&page.html))
        },
    );
    if let Err(e) = made {
        // Reported in `report`; the staged files are dropped unused.
        plan.failed(e, &mut report)?;
        return Ok(report);
    }
    let start = Instant::now();
    report.written = Some(staging.commit()?);
    report.timings.push(("commit", start.elapsed()));
    report.output = Some(output_dir);
    Ok(report)
}
