//! Stage 5, orchestrated: which pages are made in which order, and where
//! each page and file goes ([`Sinks`]).

use std::time::Instant;

use super::{Options, Prepared, Report, today};
use crate::error::{Error, Result};
use crate::links::{self, LinkGraph};
use crate::model::Corpus;
use crate::output::Contents;
use crate::publish;
use crate::render::{Job, PageView, Renderer, Site, theme};

/// Which pages [`render_pages`] makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every page.
    All,
    /// Only the pages of [`super::Changes::fresh`] sources (the caller knows that
    /// [`super::Changes::shape`] is as it was, so no other page changed).
    Fresh,
    /// The pages (and data files) that [`super::Changes::touched`] reaches, and
    /// the site-wide data files (the caller knows that every other page is
    /// as the last run made it).
    Touched(links::Touched),
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
    Hand(&'a (dyn Fn(&Site<'_>) + Sync)),
}

/// Stage 5: makes every page's view in parallel and hands it to
/// `sinks.pages`, which renders and writes it (or compares it with the last
/// build's), and hands every static and generated file to `sinks.files`.
/// Pages are never all held in memory at once. `build`, `check` and `serve`
/// all go through here.
///
/// The static files and the pages of [`super::Changes::fresh`] sources come
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
    render(prepared, opts, report, scope, sinks, None).0
}

/// What [`render`] gives back besides how it went: the model and links it
/// rendered, and the bodies it rendered (when it was given the last run's).
pub(super) struct Made {
    pub(super) corpus: Corpus,
    pub(super) graph: LinkGraph,
    pub(super) bodies: crate::render::markdown::Bodies,
}

/// [`render_pages`], reusing the bodies the last run rendered (`bodies`;
/// `None` when nothing is kept between runs).
pub(super) fn render(
    prepared: Prepared,
    opts: &Options,
    report: &mut Report,
    scope: Scope,
    sinks: Sinks<'_>,
    bodies: Option<&crate::render::markdown::Bodies>,
) -> (Result<()>, Made) {
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
    let site = Site::new(
        &config,
        &corpus,
        &graph,
        i18n,
        opts.today.unwrap_or_else(today),
    );
    let renderer = Renderer::new(&site, theme.templates.clone()).with_bodies(bodies);
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
        publish::files(&site, which, &|path, bytes| {
            files(path, Contents::Owned(bytes))
        })?;
        report.timings.push(("publish", start.elapsed()));
        let start = Instant::now();
        match search {
            Search::Index => {
                if config.search.enabled {
                    for (path, bytes) in publish::search::files(&site)? {
                        files(path, Contents::Owned(bytes))?;
                    }
                }
            }
            Search::Hand(hand) => hand(&site),
        }
        report.timings.push(("search", start.elapsed()));
        Ok(())
    })();
    let bodies = renderer.rendered_bodies();
    // A page its template cannot make is the theme's mistake, reported at
    // its place in the templates like any other; the run fails as for a
    // content error.
    let result = match result {
        Err(Error::Render {
            template,
            page,
            cause,
        }) => {
            theme.templates.report_render_error(
                &template,
                &page,
                &cause.0,
                &mut report.diagnostics,
            );
            Err(Error::Content(report.diagnostics.error_count()))
        }
        other => other,
    };
    let made = Made {
        corpus,
        graph,
        bodies,
    };
    (result, made)
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
