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
use crate::msg;
use crate::output::{self, Contents};
use crate::publish;
use crate::render::{Job, PageView, Renderer, i18n::I18n, theme};

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
    /// For `check --due`: the last day of the period whose reviews,
    /// expiries and repeals are listed ([`Report::due`]).
    pub due: Option<Date>,
    /// The files (paths on disk) written since the last run, when a file
    /// watcher knows them: if they are all known Markdown files, the
    /// memo's listing of `content/` stands and nothing is walked.
    pub changed: Option<Vec<PathBuf>>,
}

/// One Markdown file read, classified and parsed (or not), with its
/// problems.
#[derive(Debug, Clone, Default)]
struct Loaded {
    /// Kind, key and language, when the file name could be classified.
    source: Option<(content::SourceKind, String, String)>,
    /// The parsed file, when it could be parsed.
    parsed: Option<std::sync::Arc<content::ParsedFile>>,
    /// Its problems.
    diags: Diagnostics,
}

impl Loaded {
    /// Reads, classifies and parses `file`.
    fn read(file: &content::discover::MarkdownFile, config: &SiteConfig) -> Result<Loaded> {
        let mut diags = Diagnostics::new();
        let Some(source) = content::discover::read(file, config, &mut diags)? else {
            return Ok(Loaded {
                diags,
                ..Loaded::default()
            });
        };
        let triple = (source.kind, source.key.clone(), source.lang.clone());
        let parsed = front_matter::parse(source, &mut diags).map(std::sync::Arc::new);
        Ok(Loaded {
            source: Some(triple),
            parsed,
            diags,
        })
    }
}

/// The Markdown files of the last run: the walk, and what each file gave,
/// in the walk's order.
#[derive(Debug, Default)]
struct Files {
    listing: content::discover::Listing,
    loaded: Vec<Loaded>,
}

/// Results of the last run, keyed by their input, so a rebuild reads and
/// parses only files whose size or modification time changed and
/// re-renders only bodies whose text (or whose links' targets) changed. Full builds start empty; the
/// stages are the same either way.
#[derive(Debug, Default)]
pub struct Memo {
    /// The last walk of `content/` and what each Markdown file gave.
    files: std::sync::Mutex<Option<Files>>,
    /// Rendered Markdown bodies.
    pub bodies: crate::render::markdown::BodyCache,
    /// The internal links found in each body.
    pub links: links::LinkCache,
    /// Sources read anew since the last run that rendered the site: a run
    /// that fails leaves its changes here for the next one.
    unrendered: std::sync::Mutex<std::collections::HashSet<(content::SourceKind, String)>>,
    /// The model and links of the last run that rendered the site, with
    /// [`Changes::content`] of that run.
    last: std::sync::Mutex<Option<(u64, Corpus, LinkGraph)>>,
    /// The last theme, compiled.
    theme: std::sync::Mutex<Option<std::sync::Arc<theme::Theme>>>,
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
    /// Sources (kind and key, any language) whose file was read anew since
    /// the memo's last rendered run: every source on the first run.
    pub fresh: std::collections::HashSet<(content::SourceKind, String)>,
    /// When the run changed the last run's model and links in place for
    /// front-matter edits of known files: the pages those edits can reach.
    pub touched: Option<links::Touched>,
}

/// Which pages [`render_pages`] makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every page.
    All,
    /// Only the pages of [`Changes::fresh`] sources (the caller knows that
    /// [`Changes::shape`] is as it was, so no other page changed).
    Fresh,
    /// The pages (and data files) that [`Changes::touched`] reaches, and
    /// the site-wide data files (the caller knows that every other page is
    /// as the last run made it).
    Touched(links::Touched),
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
    let previous = memo.and_then(|m| m.files.lock().unwrap_or_else(|e| e.into_inner()).take());
    let (files, read_anew, walked) = read_content(&config, opts, previous, report)?;
    let mut changes = Changes::default();
    let mut parsed = Vec::with_capacity(files.loaded.len());
    for l in &files.loaded {
        report.diagnostics.extend_from(&l.diags);
        parsed.extend(l.parsed.clone());
    }
    for p in read_anew
        .iter()
        .filter_map(|&i| files.loaded[i].parsed.as_ref())
    {
        changes.fresh.insert((p.source.kind, p.source.key.clone()));
    }
    if let Some(m) = memo {
        let mut unrendered = m.unrendered.lock().unwrap_or_else(|e| e.into_inner());
        unrendered.extend(changes.fresh.drain());
        changes.fresh = unrendered.clone();
    }
    let listing = &files.listing;
    changes.content = crate::digest::of(&(
        format!("{config:?}"),
        opts.today,
        parsed
            .iter()
            .map(|p| (&p.source.path, p.front_digest))
            .collect::<Vec<_>>(),
        listing
            .data
            .iter()
            .map(|f| (&f.path, &f.text))
            .collect::<Vec<_>>(),
        listing.assets.iter().map(|a| &a.output).collect::<Vec<_>>(),
    ));
    // The model and links of the last rendered run, changed only where
    // they must be.
    let last = memo.and_then(|m| m.last.lock().unwrap_or_else(|e| e.into_inner()).take());
    let kept = match last {
        // Only bodies changed since then: that run's model and links stay
        // right once the new bodies are in and their links checked.
        Some((content, mut corpus, graph)) if content == changes.content => {
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
            Some((corpus, graph))
        }
        // The same files as last time, some with new front matter: only
        // those are read into the model again, and only their references
        // checked.
        Some((_, mut corpus, graph)) if !walked => {
            // A first regulation, or the last one gone, adds or removes
            // the register and its link in every page's footer: beyond
            // what the edit's reach names.
            let had_register = corpus.has_regulations();
            let patched = report.time("model", |d| {
                let data = listing.data.clone();
                model::patch(&mut corpus, &changes.fresh, &parsed, data, &config, d).is_some()
            });
            patched.then(|| {
                let (graph, touched) = report.time("links", |d| {
                    let cache = memo.map(|m| &m.links);
                    links::patch(&corpus, &config, &changes.fresh, cache, graph, d)
                });
                changes.touched = touched.filter(|_| corpus.has_regulations() == had_register);
                (corpus, graph)
            })
        }
        _ => None,
    };
    let (corpus, graph) = match kept {
        Some(kept) => kept,
        None => {
            let discovered: Vec<_> = files
                .loaded
                .iter()
                .filter_map(|l| l.source.clone())
                .collect();
            let corpus = report.time("model", |d| {
                let (assets, data) = (listing.assets.clone(), listing.data.clone());
                model::build(parsed, &discovered, assets, data, &config, d)
            });
            let graph = report.time("links", |d| {
                links::resolve_with(&corpus, &config, memo.map(|m| &m.links), d)
            });
            (corpus, graph)
        }
    };
    if let Some(m) = memo {
        *m.files.lock().unwrap_or_else(|e| e.into_inner()) = Some(files);
    }
    Ok(Some((config, corpus, graph, changes)))
}

/// Walks `content/` (or, when the watcher's paths name only Markdown files
/// the last walk found, takes that walk as it is) and reads, classifies and
/// parses the Markdown files that are new or changed; the others keep what
/// `previous` had for them. Also gives the positions of the files read
/// anew, and whether `content/` was walked (else the files are those of
/// `previous`).
fn read_content(
    config: &SiteConfig,
    opts: &Options,
    previous: Option<Files>,
    report: &mut Report,
) -> Result<(Files, Vec<usize>, bool)> {
    use rayon::prelude::*;
    let read = |f: &content::discover::MarkdownFile| Loaded::read(f, config);
    let refreshed = match (previous, opts.changed.as_deref()) {
        (Some(mut last), Some(changed)) => match last.listing.refresh(changed) {
            Some(at) => Ok((last, at)),
            None => Err(Some(last)),
        },
        (last, _) => Err(last),
    };
    match refreshed {
        Ok((mut files, at)) => {
            report.time("read + parse", |_| -> Result<()> {
                for &i in &at {
                    files.loaded[i] = read(&files.listing.markdown[i])?;
                }
                Ok(())
            })?;
            Ok((files, at, false))
        }
        Err(last) => {
            let Some(listing) = report.time("discover", |d| {
                content::discover::walk(config, opts.memo.is_some(), d)
            })?
            else {
                return Ok((Files::default(), Vec::new(), true));
            };
            // What the last walk had for each file on disk, with the
            // file's stamp then.
            let known: HashMap<&std::path::Path, (content::discover::Stamp, &Loaded)> = last
                .iter()
                .flat_map(|l| l.listing.markdown.iter().zip(&l.loaded))
                .filter_map(|(f, l)| Some((f.disk.as_path(), (f.stamp?, l))))
                .collect();
            let results = report.time("read + parse", |_| {
                listing
                    .markdown
                    .par_iter()
                    .map(|f| match known.get(f.disk.as_path()) {
                        Some((stamp, l)) if Some(*stamp) == f.stamp => Ok(((*l).clone(), false)),
                        _ => read(f).map(|l| (l, true)),
                    })
                    .collect::<Result<Vec<(Loaded, bool)>>>()
            })?;
            let at = results
                .iter()
                .enumerate()
                .filter_map(|(i, (_, anew))| anew.then_some(i))
                .collect();
            let loaded = results.into_iter().map(|(l, _)| l).collect();
            Ok((Files { listing, loaded }, at, true))
        }
    }
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
    let memo = opts.memo.as_deref();
    let last = memo.and_then(|m| m.theme.lock().unwrap_or_else(|e| e.into_inner()).clone());
    let Some(theme) = report.time("theme", |d| theme::load_or_keep(&config, d, last))? else {
        return Ok(None);
    };
    if let Some(m) = memo {
        *m.theme.lock().unwrap_or_else(|e| e.into_inner()) = Some(theme.clone());
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
        i18n,
        changes,
    }))
}

/// Where [`render_pages`] hands what it makes, and how it is told to stop.
pub struct Sinks<'a> {
    /// Takes every static and generated file.
    pub files: &'a (dyn Fn(String, Contents<'_>) -> Result<()> + Sync),
    /// Takes every page's view, to render and write it (or compare it).
    pub pages: &'a (dyn Fn(&Renderer<'_>, PageView) -> Result<()> + Sync),
    /// Called once the edited sources' pages are made, with the files of
    /// the pages still to be made when the run makes only some (`None`:
    /// every other page may still change).
    pub fresh_done: &'a (dyn Fn(Option<std::collections::HashSet<String>>) + Sync),
    /// Asked between steps; an error stops the run.
    pub go_on: &'a (dyn Fn() -> Result<()> + Sync),
    /// What becomes of the search index.
    pub search: Search<'a>,
}

/// What [`render_pages`] does for the search index.
#[derive(Clone, Copy)]
pub enum Search<'a> {
    /// Makes it, and hands its files to [`Sinks::files`] after the other
    /// generated files (`build` and `check`).
    Index,
    /// Calls this once every page and other file is made, for it to take
    /// the records ([`publish::search::records`]) and index them elsewhere
    /// (the development server does, in the background: indexing takes
    /// seconds, making the records milliseconds). Called on every run, the
    /// ones that change only bodies too.
    Hand(&'a (dyn Fn(&Renderer<'_>) + Sync)),
}

/// Stage 5: makes every page's view in parallel and hands it to
/// `sinks.pages`, which renders and writes it (or compares it with the last
/// build's), and hands every static and generated file to `sinks.files`.
/// Pages are never all held in memory at once. `build`, `check` and `serve`
/// all go through here.
///
/// The static files and the pages of [`Changes::fresh`] sources come
/// first; then `fresh_done` is called (the development server shows an
/// edit from there on); then the other pages `scope` takes, and the
/// generated files. Between these steps `go_on` may stop the run (the
/// development server stops it for a newer edit).
pub fn render_pages(
    prepared: Prepared,
    opts: &Options,
    report: &mut Report,
    scope: Scope,
    sinks: Sinks<'_>,
) -> Result<()> {
    use rayon::prelude::*;
    let Sinks {
        files,
        pages,
        fresh_done,
        go_on,
        search,
    } = sinks;
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
    let result = (|| -> Result<()> {
        let start = Instant::now();
        for (path, contents) in static_files(&theme, &corpus) {
            files(path, contents)?;
        }
        let jobs = renderer.jobs();
        report.pages = jobs.len();
        let (first, rest): (Vec<_>, Vec<_>) = jobs.into_iter().partition(|job| {
            renderer
                .source_of(job)
                .is_some_and(|source| changes.fresh.contains(&source))
        });
        first
            .par_iter()
            .try_for_each(|job| pages(&renderer, renderer.view(job)?))?;
        report.timings.push(("fresh pages", start.elapsed()));
        let rest: Vec<&Job> = match &scope {
            Scope::All => rest.iter().collect(),
            Scope::Fresh => Vec::new(),
            Scope::Touched(t) => rest.iter().filter(|job| renderer.reaches(job, t)).collect(),
        };
        fresh_done(match scope {
            Scope::All => None,
            _ => Some(rest.iter().map(|job| renderer.file_of(job)).collect()),
        });
        go_on()?;
        let start = Instant::now();
        rest.par_iter()
            .try_for_each(|job| pages(&renderer, renderer.view(job)?))?;
        report.timings.push(("other pages", start.elapsed()));
        go_on()?;
        let start = Instant::now();
        let which = match &scope {
            Scope::All => publish::Which::All,
            Scope::Fresh => publish::Which::BodyEdit,
            Scope::Touched(t) => publish::Which::Documents(&t.documents),
        };
        publish::files(&renderer, which, &|path, bytes| {
            files(path, Contents::Owned(bytes))
        })?;
        report.timings.push(("publish", start.elapsed()));
        let start = Instant::now();
        match search {
            Search::Index => {
                if config.search.enabled {
                    for (path, bytes) in publish::search::files(&renderer)? {
                        files(path, Contents::Owned(bytes))?;
                    }
                }
            }
            Search::Hand(hand) => hand(&renderer),
        }
        report.timings.push(("search", start.elapsed()));
        Ok(())
    })();
    drop(renderer);
    // A page its template cannot make is the theme's mistake, reported at
    // its place in the templates like any other; the run fails as for a
    // content error.
    let result = match result {
        Err(Error::Render {
            template,
            page,
            source,
        }) => {
            theme.report_render_error(&template, &page, &source, &mut report.diagnostics);
            Err(Error::Content(report.diagnostics.error_count()))
        }
        other => other,
    };
    if let Some(m) = opts.memo.as_deref() {
        // Kept even when the pages were not all made (a newer edit stopped
        // them): the model and links are right for what was read, and the
        // sources whose pages may be missing stay in `unrendered`.
        if result.is_ok() {
            m.unrendered
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
        }
        *m.last.lock().unwrap_or_else(|e| e.into_inner()) = Some((changes.content, corpus, graph));
    }
    result
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
        let rendered = render_pages(
            prepared,
            opts,
            &mut report,
            Scope::All,
            Sinks {
                files: &|_, _| Ok(()),
                pages: &|r, view| r.render(&view).map(|_| ()),
                fresh_done: &|_| {},
                go_on: &|| Ok(()),
                search: Search::Index,
            },
        );
        match rendered {
            // Reported in `report`.
            Err(Error::Content(_)) => {}
            other => other?,
        }
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
    let rendered = render_pages(
        prepared,
        opts,
        &mut report,
        Scope::All,
        Sinks {
            files: &|path, contents| {
                claim(&path, false)?;
                staging.write(&path, contents)
            },
            pages: &|r, view| {
                claim(&view.path, true)?;
                let page = r.render(&view)?;
                staging.write(&page.path, Contents::Text(&page.html))
            },
            fresh_done: &|_| {},
            go_on: &|| Ok(()),
            search: Search::Index,
        },
    );
    match rendered {
        // Reported in `report`; the staged files are dropped unused.
        Err(Error::Content(_)) => return Ok(report),
        other => other?,
    }
    let start = Instant::now();
    report.written = Some(staging.commit()?);
    report.timings.push(("commit", start.elapsed()));
    report.output = Some(output_dir);
    Ok(report)
}
