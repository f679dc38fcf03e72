//! The driver: runs the stages in order for `build` and `check`, timing each.

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
use crate::render::{RenderedPage, Renderer, i18n::I18n, theme};

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

/// Stages 1–4: configuration, content, model and links.
fn load(opts: &Options, report: &mut Report) -> Result<Option<(SiteConfig, Corpus, LinkGraph)>> {
    let Some(config) = report.time("config", |d| config::load(&opts.root, &opts.overrides, d))?
    else {
        return Ok(None);
    };
    report.config = Some(config.clone());
    let found = report.time("discover", |d| content::discover::discover(&config, d))?;
    let discovered: Vec<_> = found
        .files
        .iter()
        .map(|f| (f.kind, f.key.clone(), f.lang.clone()))
        .collect();
    let parsed = report.time("front matter", |d| {
        found
            .files
            .into_iter()
            .filter_map(|f| front_matter::parse(f, d))
            .collect::<Vec<_>>()
    });
    let corpus = report.time("model", |d| {
        model::build(parsed, &discovered, found.assets, &config, d)
    });
    let graph = report.time("links", |d| links::resolve(&corpus, &config, d));
    Ok(Some((config, corpus, graph)))
}

/// What stages 1–5 leave for writing.
struct Rendered {
    config: SiteConfig,
    corpus: Corpus,
    theme: theme::Theme,
    pages: Vec<RenderedPage>,
}

/// Stages 1–5: everything but writing.
fn render(opts: &Options, report: &mut Report, readability: bool) -> Result<Option<Rendered>> {
    let Some((config, corpus, graph)) = load(opts, report)? else {
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
    let start = Instant::now();
    let renderer = Renderer::new(
        &config,
        &corpus,
        &graph,
        theme.tera.clone(),
        i18n,
        opts.today.unwrap_or_else(today),
    );
    let pages = renderer.site()?;
    report.timings.push(("render", start.elapsed()));
    report.pages = pages.len();
    Ok(Some(Rendered {
        config,
        corpus,
        theme,
        pages,
    }))
}

/// `styrdok check`: every stage but writing. Returns the report; the caller
/// decides the exit status from its errors.
pub fn check(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    render(opts, &mut report, true)?;
    Ok(report)
}

/// `styrdok build`: renders the site and writes it. On any content error
/// nothing is written and the previous output stays as it was.
pub fn build(opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    let Some(Rendered {
        config,
        corpus,
        theme,
        pages,
    }) = render(opts, &mut report, false)?
    else {
        return Ok(report);
    };
    let start = Instant::now();
    output::check_safe(&config.output_dir, &config.root, opts.force)?;
    let mut files: Vec<(String, Contents<'_>)> =
        Vec::with_capacity(pages.len() + theme.static_files.len());
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
    for p in &pages {
        files.push((p.path.clone(), Contents::Text(&p.html)));
    }
    if let Some(dup) = first_duplicate(&files) {
        return Err(Error::UnsafeOutput {
            path: config.output_dir.join(dup),
            reason: "two pages or files would be written to the same place".into(),
        });
    }
    output::write(&files, &config.output_dir)?;
    report.timings.push(("write", start.elapsed()));
    report.output = Some(config.output_dir.clone());
    Ok(report)
}

fn first_duplicate(files: &[(String, Contents<'_>)]) -> Option<String> {
    let mut seen = std::collections::HashSet::new();
    files
        .iter()
        .find(|(p, _)| !seen.insert(p.as_str()))
        .map(|(p, _)| p.clone())
}
