//! The memory of the last run: the one place it lives.

use super::load::Files;
use super::{Options, Prepared, Report, prepare_with};
use crate::content;
use crate::error::Result;
use crate::links::{self, LinkGraph};
use crate::model::Corpus;
use crate::render::theme;

/// The memory of the last run: what its stages made, keyed by their input,
/// so a rebuild reads and parses only files whose size or modification
/// time changed and re-renders only bodies whose text (or whose links'
/// targets) changed. It is the one place this memory lives: plain data,
/// owned by the rebuild driver ([`crate::serve::Incremental`]), which runs
/// the stages through [`Memo::prepare`], [`Memo::bodies`] and [`Memo::keep`]. Those
/// hand the stages what they need of it as input and keep what the stages
/// give back; the stages themselves keep nothing. `build` and `check`
/// have no memo.
#[derive(Debug, Default)]
pub struct Memo {
    /// The last walk of `content/` and what each Markdown file gave.
    pub(super) files: Option<Files>,
    /// Rendered Markdown bodies.
    pub(super) bodies: crate::render::markdown::Bodies,
    /// The internal links found in each body, and the related documents.
    pub(super) links: links::Extracted,
    /// Sources read anew since the last run that rendered the site: a run
    /// that fails leaves its changes here for the next one.
    pub(super) unrendered: std::collections::HashSet<content::SourceKey>,
    /// The model and links of the last run that rendered the site.
    pub(super) last: Option<Last>,
    /// The last theme, compiled.
    pub(super) theme: Option<std::sync::Arc<theme::Theme>>,
}

/// The model and links of a run that rendered the site, with what they
/// were made from.
#[derive(Debug)]
pub(super) struct Last {
    /// [`super::Changes::content`] of that run.
    pub(super) content: u64,
    /// [`super::Changes::settings`] of that run.
    pub(super) settings: u64,
    /// The model.
    pub(super) corpus: Corpus,
    /// The links.
    pub(super) graph: LinkGraph,
}

impl Memo {
    /// Keeps what the links stage found in this run: with `every_body`,
    /// the links of every body (those of bodies gone are dropped), else
    /// those of the bodies it looked at, beside the others kept.
    pub(super) fn keep_links(&mut self, found: links::Extracted, every_body: bool) {
        if every_body {
            self.links.bodies.clear();
        }
        self.links.bodies.extend(found.bodies);
        if found.related.is_some() {
            self.links.related = found.related;
        }
    }

    /// [`super::prepare`] for a rebuild (without readability and reviews, which
    /// only `build` and `check` report): reuses what this memo holds of the
    /// last run, and keeps what this run made.
    pub fn prepare(&mut self, opts: &Options, report: &mut Report) -> Result<Option<Prepared>> {
        prepare_with(opts, Some(self), report, false)
    }

    /// The bodies the last run rendered, for this run's [`super::Plan`] to
    /// reuse.
    pub fn bodies(&self) -> &crate::render::markdown::Bodies {
        &self.bodies
    }

    /// Keeps what a rebuild's stage 5 made: the bodies it rendered, and
    /// this run's model and links. `done`: it made every page it was to
    /// make, so no source read anew waits any more to be rendered.
    pub fn keep(
        &mut self,
        prepared: Prepared,
        bodies: crate::render::markdown::Bodies,
        done: bool,
    ) {
        self.bodies.extend(bodies);
        // Kept even when the pages were not all made (a newer edit stopped
        // them): the model and links are right for what was read, and the
        // sources whose pages may be missing stay in `unrendered`.
        if done {
            self.unrendered.clear();
        }
        self.last = Some(Last {
            content: prepared.changes.content,
            settings: prepared.changes.settings,
            corpus: prepared.corpus,
            graph: prepared.graph,
        });
    }
}
