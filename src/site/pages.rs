//! Stage 5, planned: which pages are made in which order ([`Plan`]); the
//! caller drives the steps and says where each page and file goes.

use std::time::Instant;

use super::{Prepared, Report};
use crate::error::{Error, Result};
use crate::links;
use crate::model::Corpus;
use crate::output::Contents;
use crate::publish;
use crate::render::{Job, PageView, Renderer, Site, theme};

/// Which pages a [`Plan`] makes.
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

/// Where a static or generated file goes: (path inside the output folder,
/// contents).
pub type Files<'f> = &'f (dyn Fn(String, Contents<'_>) -> Result<()> + Sync);

/// Where a page's view goes, to be rendered and written (or compared).
pub type Pages<'f> = &'f (dyn Fn(&Renderer<'_>, PageView) -> Result<()> + Sync);

/// Asked before each file of a step that may be stopped: `false` stops the
/// step there (the development server's newer edit).
pub type GoOn<'f> = &'f (dyn Fn() -> bool + Sync);

/// How a step that may be stopped ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// It made every file it was to make.
    Done,
    /// Its caller stopped it ([`GoOn`]) before some file.
    Stopped,
}

/// Why a step ends before its last file.
enum Halt {
    Stopped,
    Failed(Error),
}

impl From<Error> for Halt {
    fn from(e: Error) -> Self {
        Halt::Failed(e)
    }
}

/// Stage 5's plan: what a run makes, in the order its caller makes it.
/// The static files and the pages of [`super::Changes::fresh`] sources
/// come first ([`Plan::first`]: the development server shows an edit from
/// there on), then the other pages the scope takes ([`Plan::rest`]), then
/// the generated files ([`Plan::publish`]) and the search index
/// ([`Plan::search`]). `build` and `check` make it all ([`Plan::all`]);
/// the development server takes it step by step, and stops the steps after
/// the first between two files for a newer edit ([`GoOn`]). Pages are
/// never all held in memory at once.
pub struct Plan<'a> {
    /// Renders the pages.
    pub renderer: Renderer<'a>,
    /// What the generated files are made from.
    pub site: &'a Site<'a>,
    theme: &'a theme::Theme,
    statics: Vec<(String, Contents<'a>)>,
    first: Vec<Job>,
    rest: Vec<Job>,
    which: publish::Which<'a>,
    /// The files of [`Plan::rest`] when the run makes only some pages
    /// (`None`: every other page may change).
    pub pending: Option<std::collections::HashSet<String>>,
    /// The files of the document versions the run took out of the last
    /// run's model ([`super::Changes::replaced`]) that no version makes
    /// now: for the caller to remove.
    pub gone: Vec<String>,
}

impl<'a> Plan<'a> {
    /// The plan for `scope` (the pages of `fresh` sources first), reusing
    /// the bodies the last run rendered (`bodies`; `None` when nothing is
    /// kept between runs).
    pub fn new(
        site: &'a Site<'a>,
        prepared: &'a Prepared,
        scope: &'a Scope,
        bodies: Option<&'a crate::render::markdown::Bodies>,
        report: &mut Report,
    ) -> Self {
        let start = Instant::now();
        let renderer = Renderer::new(site, prepared.theme.templates.clone()).with_bodies(bodies);
        let jobs = renderer.jobs();
        report.pages = jobs.len();
        let fresh = crate::content::SourceKey::borrowed(&prepared.changes.fresh);
        let (first, rest): (Vec<_>, Vec<_>) = jobs.into_iter().partition(|job| {
            renderer
                .source_of(job)
                .is_some_and(|source| fresh.contains(&source))
        });
        let rest: Vec<Job> = match scope {
            Scope::All => rest,
            Scope::Fresh => Vec::new(),
            Scope::Touched(t) => rest
                .into_iter()
                .filter(|job| renderer.reaches(job, t))
                .collect(),
        };
        let pending = match scope {
            Scope::All => None,
            _ => Some(rest.iter().map(|job| renderer.file_of(job)).collect()),
        };
        let which = match scope {
            Scope::All => publish::Which::All,
            Scope::Fresh => publish::Which::BodyEdit,
            Scope::Touched(t) => publish::Which::Documents {
                keys: &t.documents,
                sitemap: t.versions,
            },
        };
        let gone = gone_files(&renderer, site, &prepared.changes.replaced);
        let statics = static_files(&prepared.theme, &prepared.corpus);
        report.timings.push(("plan", start.elapsed()));
        Plan {
            statics,
            renderer,
            site,
            theme: &prepared.theme,
            first,
            rest,
            which,
            pending,
            gone,
        }
    }

    /// Hands the static files to `files` and the views of the fresh
    /// sources' pages to `pages`.
    pub fn first(&self, report: &mut Report, files: Files<'_>, pages: Pages<'_>) -> Result<()> {
        let start = Instant::now();
        for (path, contents) in &self.statics {
            files(path.clone(), contents.clone())?;
        }
        self.pages(&self.first, pages, &|| true)?;
        report.timings.push(("fresh pages", start.elapsed()));
        Ok(())
    }

    /// Hands the views of the other pages to `pages`, while `go_on` says so.
    pub fn rest(&self, report: &mut Report, pages: Pages<'_>, go_on: GoOn<'_>) -> Result<Step> {
        let start = Instant::now();
        let step = self.pages(&self.rest, pages, go_on)?;
        report.timings.push(("other pages", start.elapsed()));
        Ok(step)
    }

    /// Makes the generated files (but the search index) and hands each to
    /// `files`, while `go_on` says so. Once stopped, the files still being
    /// made go nowhere.
    pub fn publish(&self, report: &mut Report, files: Files<'_>, go_on: GoOn<'_>) -> Result<Step> {
        let start = Instant::now();
        let stopped = std::sync::atomic::AtomicBool::new(false);
        publish::files(self.site, self.which, &|path, bytes| {
            use std::sync::atomic::Ordering::Relaxed;
            if stopped.load(Relaxed) || !go_on() {
                stopped.store(true, Relaxed);
                return Ok(());
            }
            files(path, Contents::Owned(bytes))
        })?;
        report.timings.push(("publish", start.elapsed()));
        Ok(match stopped.into_inner() {
            true => Step::Stopped,
            false => Step::Done,
        })
    }

    /// Makes the search index, when the site has one, and hands its files
    /// to `files`.
    pub fn search(&self, report: &mut Report, files: Files<'_>) -> Result<()> {
        let start = Instant::now();
        if self.site.config.search.enabled {
            publish::search::files(self.site, &mut |path, bytes| {
                files(path, Contents::Owned(bytes))
            })?;
        }
        report.timings.push(("search", start.elapsed()));
        Ok(())
    }

    /// Every step, in order (`build` and `check`).
    pub fn all(&self, report: &mut Report, files: Files<'_>, pages: Pages<'_>) -> Result<()> {
        self.first(report, files, pages)?;
        self.rest(report, pages, &|| true)?;
        self.publish(report, files, &|| true)?;
        self.search(report, files)
    }

    /// Makes the views of `jobs` in parallel and hands each to `pages`,
    /// while `go_on` says so.
    fn pages(&self, jobs: &[Job], pages: Pages<'_>, go_on: GoOn<'_>) -> Result<Step> {
        use rayon::prelude::*;
        let made = jobs.par_iter().try_for_each(|job| -> Result<(), Halt> {
            if !go_on() {
                return Err(Halt::Stopped);
            }
            Ok(pages(&self.renderer, self.renderer.view(job)?)?)
        });
        match made {
            Ok(()) => Ok(Step::Done),
            Err(Halt::Stopped) => Ok(Step::Stopped),
            Err(Halt::Failed(e)) => Err(e),
        }
    }

    /// What stops a run, told where it belongs: a page its template cannot
    /// make is the theme's mistake, reported at its place in the templates
    /// like any other diagnostic (`Ok`: the run stops as for a content
    /// error); any other failure is given back.
    pub fn failed(&self, error: Error, report: &mut Report) -> Result<()> {
        match error {
            Error::Render {
                template,
                page,
                cause,
            } => {
                self.theme.templates.report_render_error(
                    &template,
                    &page,
                    &cause.0,
                    &mut report.diagnostics,
                );
                Ok(())
            }
            other => Err(other),
        }
    }
}

/// The files of the document versions `replaced` (their pages and data)
/// that no version of the same documents makes now.
fn gone_files(
    renderer: &Renderer<'_>,
    site: &Site<'_>,
    replaced: &[crate::model::Document],
) -> Vec<String> {
    let files = |d: &crate::model::Document| {
        let data = site.addr.document_data(&d.key, &d.lang);
        let mut files = renderer.document_files(d);
        files.push(crate::address::Addresses::output_path(&data));
        files
    };
    let keys: std::collections::BTreeSet<&crate::model::DocKey> =
        replaced.iter().map(|d| &d.key).collect();
    let made: std::collections::HashSet<String> = keys
        .iter()
        .flat_map(|key| {
            let langs = site.config.languages.iter();
            langs.filter_map(|l| site.corpus.document(key, &l.code))
        })
        .flat_map(files)
        .collect();
    replaced
        .iter()
        .flat_map(files)
        .filter(|f| !made.contains(f))
        .collect()
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
