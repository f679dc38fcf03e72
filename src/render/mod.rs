//! Stage 5: rendering. Builds a view for every page in every language and
//! runs it through the theme's Tera templates. Nothing here writes files.
//!
//! Where things are:
//! - [`jobs`](Job): which pages there are, and each one's file;
//! - `pages/`: the views, one file per family of pages (a document; the
//!   listings; the pages that list nothing), with the parts every page has
//!   in `pages/mod.rs`; [`search`] and `indicator.rs` for the search page
//!   and indicators; the view types in [`view`];
//! - `body.rs`: Markdown bodies ([`markdown`]) with their links resolved;
//! - [`templates`]: the one file that knows Tera; [`theme`] loads the
//!   theme's files;
//! - [`i18n`]: interface strings (Fluent itself is in
//!   [`crate::messages::fluent`]); [`escape`]: the one HTML/XML escaper;
//!   [`collation_key`]: sorting names.

mod body;
pub mod chart;
mod collate;
pub mod escape;
pub mod highlight;
pub mod i18n;
mod indicator;
mod jobs;
pub mod markdown;
pub mod meta;
mod pages;
pub mod search;
pub mod templates;
pub mod theme;
pub mod view;

pub use collate::collation_key;
pub use jobs::Job;

use std::sync::Arc;

use jiff::civil::Date;

use self::i18n::I18n;
use self::view::*;
use crate::address::Addresses;
use crate::config::SiteConfig;
use crate::error::Result;
use crate::links::LinkGraph;
use crate::model::Corpus;

/// One page of the site, rendered in memory.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Its file in the output folder (`vargarda/strategi/index.html`).
    pub path: String,
    /// The HTML.
    pub html: String,
}

/// A page's view: its template, its file, and what the template sees.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageView {
    /// The template.
    pub template: &'static str,
    /// The file in the output folder.
    pub path: String,
    /// The context.
    pub ctx: PageContext,
}

impl PageView {
    /// A hash of everything the page's template sees: while it and the
    /// theme are unchanged, the rendered page is too, and a rebuild can
    /// skip it.
    pub fn fingerprint(&self) -> u64 {
        crate::digest::of(self)
    }
}

/// The site as stages 5 and 5b read it, data only: the configuration,
/// model, links, addresses, interface strings and build day. The
/// [`Renderer`] holds it beside the theme's templates, and
/// [`crate::publish`] takes it alone (the generated files go through no
/// template).
#[derive(Clone)]
pub struct Site<'a> {
    /// The configuration.
    pub config: &'a SiteConfig,
    /// The model.
    pub corpus: &'a Corpus,
    /// The links.
    pub graph: &'a LinkGraph,
    /// Where every page lives.
    pub addr: Addresses,
    /// The interface strings (shared, as the templates' `t` function holds
    /// them).
    pub i18n: Arc<I18n>,
    /// The build day.
    pub today: Date,
}

impl<'a> Site<'a> {
    /// The site of this configuration, model and links.
    pub fn new(
        config: &'a SiteConfig,
        corpus: &'a Corpus,
        graph: &'a LinkGraph,
        i18n: impl Into<Arc<I18n>>,
        today: Date,
    ) -> Self {
        Site {
            config,
            corpus,
            graph,
            addr: Addresses::new(config),
            i18n: i18n.into(),
            today,
        }
    }

    /// True when document `key` has been repealed: it leaves search, the
    /// feeds and the lists of related documents, though its page stays.
    pub fn is_repealed(&self, key: &crate::model::DocKey) -> bool {
        repealed(self.config, self.corpus, self.today, key)
    }
}

/// [`Site::is_repealed`], for the [`Renderer`] too.
fn repealed(config: &SiteConfig, corpus: &Corpus, today: Date, key: &crate::model::DocKey) -> bool {
    corpus
        .document(key, &config.default_language)
        .is_some_and(|d| d.status(today) == crate::model::Status::Repealed)
}

/// The site with its theme: everything rendering needs, borrowed. It
/// holds the [`Site`] and reads it through `Deref`, so the views read
/// `self.config`, `self.corpus`, `self.graph`, `self.addr`, `self.i18n`
/// and `self.today` as the site's own, with no copy of them here.
pub struct Renderer<'a> {
    site: Site<'a>,
    templates: templates::Templates,
    /// The bodies the last run rendered, to reuse, and those this run
    /// renders, to give back ([`Renderer::rendered_bodies`]); `None` when
    /// nothing is kept between runs. A lock for one run, not a value the
    /// parallel pass returns: bodies are made deep inside the views
    /// (`pages/`), and a run stopped for a newer edit keeps those it made,
    /// which a rayon `try_fold`/`try_reduce` would drop with the error.
    bodies: Option<(&'a markdown::Bodies, std::sync::Mutex<markdown::Bodies>)>,
    /// True when a document has a `författningsnummer`: the site then has
    /// a register of regulations, linked from every page.
    has_register: bool,
    /// The parts of the site's chrome rendered so far.
    chrome: pages::chrome::Cache,
}

impl<'a> std::ops::Deref for Renderer<'a> {
    type Target = Site<'a>;

    fn deref(&self) -> &Site<'a> {
        &self.site
    }
}

impl<'a> Renderer<'a> {
    /// Prepares rendering `site`: the theme's templates with the `t`
    /// function.
    pub fn new(site: &Site<'a>, templates: templates::Templates) -> Self {
        Renderer {
            site: site.clone(),
            templates: templates.with_t(Arc::clone(&site.i18n)),
            bodies: None,
            has_register: site.corpus.has_regulations(),
            chrome: Default::default(),
        }
    }

    /// The interface strings (shared, as the `t` function holds them).
    pub fn i18n(&self) -> &Arc<I18n> {
        &self.site.i18n
    }

    /// Reuses the bodies the last run rendered (`last`, see
    /// [`markdown::Bodies`]), and gathers those this run renders for
    /// [`Renderer::rendered_bodies`]. `None`: nothing is kept.
    pub fn with_bodies(mut self, last: Option<&'a markdown::Bodies>) -> Self {
        self.bodies = last.map(|last| (last, Default::default()));
        self
    }

    /// The bodies this run rendered (not those it reused), when
    /// [`Renderer::with_bodies`] asked for them: for the caller to keep
    /// and hand to the next run.
    pub fn rendered_bodies(self) -> markdown::Bodies {
        self.bodies
            .map(|(_, made)| made.into_inner().unwrap_or_else(|e| e.into_inner()))
            .unwrap_or_default()
    }

    /// Every page, rendered in memory (for tests and small sites).
    pub fn site(&self) -> Result<Vec<RenderedPage>> {
        self.jobs()
            .iter()
            .map(|j| self.render(&self.view(j)?))
            .collect()
    }
}
