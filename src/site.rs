//! The driver: runs the stages in order for `build` and `check`, timing each.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::civil::Date;

use crate::config::{self, Overrides, SiteConfig};
use crate::content::{self, front_matter};
use crate::diag::Diagnostics;
use crate::error::{Error, Result};
use crate::links::{self, LinkGraph};
use crate::model::{self, Corpus};
use crate::output::{self, Contents};
use crate::render::{PageView, Renderer, i18n::I18n, theme};

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
    /// What the last run of the same process parsed and rendered, reused
    /// where its input is unchanged (the development server keeps one).
    pub memo: Option<std::sync::Arc<Memo>>,
    /// The files (paths on disk) written since the last run, when a file
    /// watcher knows them: if they are all known Markdown files, the
    /// memo's listing of `content/` stands and nothing is walked.
    pub changed: Option<Vec<PathBuf>>,
}

/// Parsed files (with their problems) by path, with the stamp of the file
/// they were read from.
type ParsedByPath = HashMap<PathBuf, (content::discover::Stamp, ParsedEntry)>;

/// A file parsed (or not) and its problems.
type ParsedEntry = (Option<std::sync::Arc<content::ParsedFile>>, Diagnostics);

/// Results of the last run, keyed by their input, so a rebuild reads and
/// parses only files whose size or modification time changed and
/// re-renders only bodies whose text (or whose links' targets) changed. Full builds start empty; the
/// stages are the same either way.
#[derive(Debug, Default)]
pub struct Memo {
    parsed: std::sync::Mutex<ParsedByPath>,
    /// Rendered Markdown bodies.
    pub bodies: crate::render::markdown::BodyCache,
    /// The internal links found in each body.
    pub links: links::LinkCache,
    /// Sources read anew since the last run that rendered the site: a run
    /// that fails leaves its changes here for the next one.
    unrendered: std::sync::Mutex<std::collections::HashSet<(content::SourceKind, String)>>,
    /// The last walk of `content/`.
    listing: std::sync::Mutex<Option<content::discover::Listing>>,
    /// The model and links of the last run that rendered the site, with
    /// [`Changes::content`] of that run.
    last: std::sync::Mutex<Option<(u64, Corpus, LinkGraph)>>,
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
    /// The loaded configuration, when it could be read.
    pub config: Option<SiteConfig>,
    /// Readability per document and language (`check` only).
    pub readability: Vec<crate::readability::Row>,
}

impl Report {
    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce(&mut Diagnostics) -> T) -> T {
        let start = Instant::now();
        let v = f(&mut self.diagnostics);
        self.timings.push((stage, start.elapsed()));
        v
    }
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
    /// Sources (kind and key, any language) whose file was read anew since
    /// the memo's last rendered run: every source on the first run.
    pub fresh: std::collections::HashSet<(content::SourceKind, String)>,
}

/// Which pages [`render_pages`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every page.
    All,
    /// Only the pages of [`Changes::fresh`] sources (the caller knows that
    /// [`Changes::shape`] is as it was, so no other page changed).
    Fresh,
}

/// Stages 1–4: configuration, content, model and links.
fn load(
    opts: &Options,
    report: &mut Report,
) -> Result<Option<(SiteConfig, Corpus, LinkGraph, Changes)>> {
    let Some(config) = report.time("config", |d| config::load(&opts.root, &opts.overrides, d))?
    else {
        return Ok(None);
    };
    report.config = Some(config.clone());
    let memo = opts.memo.as_deref();
    let previous: ParsedByPath = memo.map_or_else(HashMap::new, |m| {
        std::mem::take(&mut *m.parsed.lock().unwrap_or_else(|e| e.into_inner()))
    });
    let known =
        |path: &std::path::Path, stamp| previous.get(path).is_some_and(|(s, _)| *s == stamp);
    let listing = memo
        .and_then(|m| m.listing.lock().unwrap_or_else(|e| e.into_inner()).take())
        .zip(opts.changed.as_deref())
        .and_then(|(mut listing, changed)| listing.refresh(changed).then_some(listing));
    let found = report.time("discover", |d| {
        content::discover::discover_with(&config, d, memo.map(|_| &known as _), listing)
    })?;
    let discovered: Vec<_> = found
        .files
        .iter()
        .map(|f| (f.kind, f.key.clone(), f.lang.clone()))
        .collect();
    let mut changes = Changes::default();
    let parsed = report.time("front matter", |d| {
        use rayon::prelude::*;
        let (unread, listing) = (&found.unread, &found.listing);
        let results: Vec<(PathBuf, ParsedEntry, bool)> = found
            .files
            .into_par_iter()
            .map(|f| {
                if let Some((_, entry)) = previous.get(&f.path).filter(|_| unread.contains(&f.path))
                {
                    return (f.path, entry.clone(), false);
                }
                let mut local = Diagnostics::new();
                let path = f.path.clone();
                let p = front_matter::parse(f, &mut local).map(std::sync::Arc::new);
                (path, (p, local), true)
            })
            .collect();
        let mut parsed = Vec::with_capacity(results.len());
        let mut keep = HashMap::new();
        for (path, (p, local), fresh) in results {
            if let Some(p) = p.as_ref().filter(|_| fresh) {
                changes.fresh.insert((p.source.kind, p.source.key.clone()));
            }
            if let Some(stamp) = listing.as_ref().and_then(|l| l.stamp(&path)) {
                keep.insert(path, (stamp, (p.clone(), local.clone())));
            }
            d.extend(local);
            parsed.extend(p);
        }
        if let Some(m) = memo {
            *m.parsed.lock().unwrap_or_else(|e| e.into_inner()) = keep;
        }
        parsed
    });
    if let Some(m) = memo {
        *m.listing.lock().unwrap_or_else(|e| e.into_inner()) = found.listing;
    }
    if let Some(m) = memo {
        let mut unrendered = m.unrendered.lock().unwrap_or_else(|e| e.into_inner());
        unrendered.extend(changes.fresh.drain());
        changes.fresh = unrendered.clone();
    }
    changes.content = crate::digest::of(&(
        format!("{config:?}"),
        opts.today,
        parsed
            .iter()
            .map(|p| (&p.source.path, p.front_digest))
            .collect::<Vec<_>>(),
        found
            .data
            .iter()
            .map(|f| (&f.path, &f.text))
            .collect::<Vec<_>>(),
        found.assets.iter().map(|a| &a.output).collect::<Vec<_>>(),
    ));
    // Only bodies changed since the last rendered run: that run's model and
    // links stay right once the new bodies are in and their links checked.
    let last = memo
        .and_then(|m| m.last.lock().unwrap_or_else(|e| e.into_inner()).take())
        .filter(|(content, _, _)| *content == changes.content);
    let (corpus, graph) = match last {
        Some((_, mut corpus, graph)) => {
            report.time("model", |_| {
                for p in &parsed {
                    let source = &p.source;
                    if changes.fresh.contains(&(source.kind, source.key.clone())) {
                        corpus.replace_body(source.kind, &source.key, &source.lang, p.body.clone());
                    }
                }
            });
            report.time("links", |d| {
                links::recheck_bodies(&corpus, &config, &changes.fresh, memo.map(|m| &m.links), d)
            });
            (corpus, graph)
        }
        None => {
            let corpus = report.time("model", |d| {
                model::build(parsed, &discovered, found.assets, found.data, &config, d)
            });
            let graph = report.time("links", |d| {
                links::resolve_with(&corpus, &config, memo.map(|m| &m.links), d)
            });
            (corpus, graph)
        }
    };
    Ok(Some((config, corpus, graph, changes)))
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
    pub theme: theme::Theme,
    /// The interface strings.
    pub i18n: I18n,
    /// What this run read anew.
    pub changes: Changes,
}

/// Stages 1–4 plus the theme. `None` when the content has errors (they are
/// in the report).
pub fn prepare(opts: &Options, report: &mut Report, readability: bool) -> Result<Option<Prepared>> {
    let Some((config, corpus, graph, mut changes)) = load(opts, report)? else {
        return Ok(None);
    };
    if readability {
        report.readability = report.time("readability", |d| {
            crate::readability::measure(&corpus, &config, d)
        });
        let today = opts.today.unwrap_or_else(today);
        report.time("review", |d| model::review(&corpus, &config, today, d));
    }
    let theme = report.time("theme", |d| theme::load(&config, d))?;
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
        i18n,
        changes,
    }))
}

/// Stage 5: hands every static and generated file to `files`, then makes
/// every page's view in parallel and hands it to `pages`, which renders and
/// writes it (or compares it with the last build's). Pages are never all
/// held in memory at once. `build`, `check` and `serve` all go through here.
pub fn render_pages(
    prepared: Prepared,
    opts: &Options,
    report: &mut Report,
    scope: Scope,
    files: &(dyn Fn(String, Contents<'_>) -> Result<()> + Sync),
    pages: &(dyn Fn(&Renderer<'_>, PageView) -> Result<()> + Sync),
) -> Result<()> {
    use rayon::prelude::*;
    let Prepared {
        config,
        corpus,
        graph,
        theme,
        i18n,
        changes,
    } = prepared;
    let renderer = Renderer::new(
        &config,
        &corpus,
        &graph,
        theme.tera.clone(),
        i18n,
        opts.today.unwrap_or_else(today),
    )
    .with_body_cache(opts.memo.as_deref().map(|m| &m.bodies));
    let start = Instant::now();
    for (path, contents) in static_files(&theme, &corpus) {
        files(path, contents)?;
    }
    crate::publish::files(&renderer, scope == Scope::Fresh)?
        .into_par_iter()
        .try_for_each(|(path, bytes)| files(path, Contents::Owned(bytes)))?;
    report.timings.push(("publish", start.elapsed()));
    let start = Instant::now();
    let mut jobs = renderer.jobs();
    let total = jobs.len();
    if scope == Scope::Fresh {
        jobs.retain(|job| {
            renderer
                .source_of(job)
                .is_some_and(|source| changes.fresh.contains(&source))
        });
    }
    jobs.par_iter()
        .try_for_each(|job| pages(&renderer, renderer.view(job)?))?;
    report.timings.push(("render + write", start.elapsed()));
    report.pages = total;
    drop(renderer);
    if let Some(m) = opts.memo.as_deref() {
        m.unrendered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        *m.last.lock().unwrap_or_else(|e| e.into_inner()) = Some((changes.content, corpus, graph));
    }
    Ok(())
}

/// `styrdok check`: every stage, pages rendered in memory and dropped.
/// Returns the report; the caller decides the exit status from its errors.
pub fn check(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    if let Some(prepared) = prepare(opts, &mut report, true)? {
        render_pages(
            prepared,
            opts,
            &mut report,
            Scope::All,
            &|_, _| Ok(()),
            &|r, view| r.render(&view).map(|_| ()),
        )?;
    }
    Ok(report)
}

/// The static files of the theme and the site, and the content's own files.
fn static_files<'a>(theme: &'a theme::Theme, corpus: &'a Corpus) -> Vec<(String, Contents<'a>)> {
    let mut files: Vec<(String, Contents<'_>)> = Vec::new();
    for (path, src) in &theme.static_files {
        files.push((
            path.clone(),
            match src {
                theme::StaticSource::Embedded(b) => Contents::Bytes(b),
                theme::StaticSource::File(p) => Contents::Copy(p),
            },
        ));
    }
    for a in &corpus.assets {
        files.push((a.output.clone(), Contents::Copy(&a.source)));
    }
    files
}

/// `styrdok build`: renders the site into a staging folder and swaps it in.
/// On any content error nothing is written and the previous output stays as
/// it was.
pub fn build(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    let Some(prepared) = prepare(opts, &mut report, false)? else {
        return Ok(report);
    };
    let output_dir = prepared.config.output_dir.clone();
    output::check_safe(&output_dir, &prepared.config.root, opts.force)?;
    let staging = output::Staging::create(&output_dir)?;
    let taken = std::sync::Mutex::new(std::collections::HashSet::new());
    let clash = |path: &str, reason: &str| Error::UnsafeOutput {
        path: output_dir.join(path),
        reason: reason.into(),
    };
    render_pages(
        prepared,
        opts,
        &mut report,
        Scope::All,
        &|path, contents| {
            if !taken
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(path.clone())
            {
                return Err(clash(&path, "two files would be written to the same place"));
            }
            staging.write(&path, contents)
        },
        &|r, view| {
            if taken
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(&view.path)
            {
                return Err(clash(
                    &view.path,
                    "a page and a file would be written to the same place",
                ));
            }
            let page = r.render(&view)?;
            staging.write(&page.path, Contents::Text(&page.html))
        },
    )?;
    let start = Instant::now();
    staging.commit()?;
    report.timings.push(("swap", start.elapsed()));
    report.output = Some(output_dir);
    Ok(report)
}
