//! The rebuild driver: runs the stages again after an edit, hands them the
//! memory of the last run ([`site::Memo`]), and writes only the pages and
//! files whose fingerprint changed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::indexer;
use crate::error::Result;
use crate::output::{self, Contents};
use crate::site::{self, Options, Report};

/// The development server's rebuild driver, and its memory of the last
/// build: what the stages made ([`site::Memo`]) and what was written.
#[derive(Debug)]
pub struct Incremental {
    opts: Options,
    out: PathBuf,
    /// What the stages made in the last run, handed back to them in the
    /// next: the one place that memory lives.
    memo: site::Memo,
    /// Page file → fingerprint of its view.
    pages: HashMap<String, u64>,
    /// Static file → fingerprint of its bytes.
    statics: HashMap<String, u64>,
    /// [`site::Changes::shape`] of the last good build.
    shape: Option<u64>,
    /// The theme's fingerprint ([`crate::render::theme::Theme::digest`]) in
    /// the last good build: a page's view does not show the templates and
    /// interface strings it goes through, so an edit of them changes every
    /// page whose view stays the same.
    theme: Option<u64>,
    /// Set when a newer edit comes in: the rebuild stops once the edit it
    /// is making has been shown ([`Outcome::Superseded`]).
    newer: Arc<std::sync::atomic::AtomicBool>,
    /// What a rebuild stopped for a newer edit had still to make: the next
    /// rebuild makes it too.
    carry: Option<crate::links::Touched>,
    /// The language problems are told in.
    lang: crate::messages::Lang,
    /// Makes the search index in the background.
    indexer: indexer::Indexer,
    /// The fingerprint of each language's search records last handed to
    /// the indexer: only languages whose records changed are indexed again.
    search: BTreeMap<crate::lang::Lang, u64>,
}

/// What a rebuild tells while it runs.
#[derive(Debug)]
pub enum Progress {
    /// The edit can be shown: these files (the static files and the pages
    /// of the sources read anew) are right. Told once, before any other
    /// page is made, with the pages still to be made when the rebuild makes
    /// only some (`None`: any other file may still change).
    Shown(HashSet<String>, Option<HashSet<String>>),
    /// One more file is right.
    Ready(String),
}

/// What one rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// The site was updated.
    Built {
        /// Pages whose view changed, rendered and written.
        rendered: usize,
        /// Pages in all.
        pages: usize,
        /// Files removed because nothing makes them any more.
        removed: usize,
        /// Time per stage.
        timings: Vec<(&'static str, Duration)>,
    },
    /// The content has errors; the previous output is untouched.
    Failed(String),
    /// A newer edit came in once this one was shown, and the rebuild
    /// stopped between two files: the pages not made again yet wait for
    /// the next rebuild, which makes them too.
    Superseded,
}

impl Incremental {
    /// A server state for the site in `opts`, building into `out`, with
    /// an empty memory: its first rebuild makes every page.
    pub fn new(opts: Options, out: PathBuf) -> Self {
        Incremental {
            memo: site::Memo::default(),
            indexer: indexer::Indexer::start(out.clone()),
            search: BTreeMap::new(),
            opts,
            out,
            pages: HashMap::new(),
            statics: HashMap::new(),
            shape: None,
            theme: None,
            newer: Arc::default(),
            carry: None,
            lang: crate::messages::Lang::default(),
        }
    }

    /// The same, telling problems in `lang`.
    #[must_use]
    pub fn with_lang(mut self, lang: crate::messages::Lang) -> Self {
        self.lang = lang;
        self.indexer.set_lang(lang);
        self
    }

    /// The flag that stops a rebuild for a newer edit (see
    /// [`Outcome::Superseded`]).
    pub fn newer_edit(&self) -> Arc<std::sync::atomic::AtomicBool> {
        Arc::clone(&self.newer)
    }

    /// Waits until the search index is made for the last rebuild's text
    /// and written (it is made in the background, and no rebuild waits for
    /// it).
    pub fn wait_for_search(&self) {
        self.indexer.wait();
    }

    /// Rebuilds after the watcher saw `changed` (paths on disk) written,
    /// writing only what changed, telling `progress` as
    /// [`Incremental::rebuild`] does.
    pub fn rebuild_changed(
        &mut self,
        changed: Vec<PathBuf>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Outcome> {
        self.opts.changed = Some(changed);
        let outcome = self.rebuild(progress);
        self.opts.changed = None;
        outcome
    }

    /// Rebuilds, writing only what changed. Once the static files and the
    /// pages of the sources read anew are written, and before any other
    /// page, `progress` is told [`Progress::Shown`] with those files'
    /// paths; then [`Progress::Ready`] for each further file made.
    pub fn rebuild(&mut self, progress: &(dyn Fn(Progress) + Sync)) -> Result<Outcome> {
        let mut report = Report::default();
        let Some(prepared) = self.memo.prepare(&self.opts, &mut report)? else {
            return Ok(Outcome::Failed(describe(
                &report,
                &self.opts.root,
                self.lang,
            )));
        };
        // While nothing but Markdown bodies changed, only the pages showing
        // those bodies can differ: the others keep their fingerprints.
        let shape = prepared.changes.shape;
        let theme = prepared.theme.digest;
        let carry = self.carry.take();
        let scope = match (&prepared.changes.touched, self.shape, carry) {
            (_, Some(last), None) if last == shape => site::Scope::Fresh,
            (_, Some(last), Some(carry)) if last == shape => site::Scope::Touched(carry),
            // Front matter of known files changed since the last good
            // build, whose pages are all here (or in `carry`), with the
            // same theme.
            (Some(touched), Some(_), carry) if self.theme == Some(theme) => {
                let mut touched = touched.clone();
                touched.extend(carry.unwrap_or_default());
                site::Scope::Touched(touched)
            }
            _ => site::Scope::All,
        };
        self.shape = None;
        let site = prepared.site(&self.opts);
        let plan = site::Plan::new(
            &site,
            &prepared,
            &scope,
            Some(self.memo.bodies()),
            &mut report,
        );
        // The pages and data of document versions gone, removed before
        // any page is made.
        let mut removed = 0;
        for path in &plan.gone {
            self.pages.remove(path);
            self.statics.remove(path);
            if std::fs::remove_file(self.out.join(path)).is_ok() {
                removed += 1;
            }
        }
        // A full pass compares with the last fingerprints and starts a new
        // map; a fresh-only pass updates the last map in place (its other
        // pages stay as they are, and none goes away).
        let fresh = scope != site::Scope::All;
        let (previous, current, old_statics, statics) = if fresh {
            (
                HashMap::new(),
                std::mem::take(&mut self.pages),
                HashMap::new(),
                std::mem::take(&mut self.statics),
            )
        } else {
            let (pages, statics) = (self.pages.len(), self.statics.len());
            (
                std::mem::take(&mut self.pages),
                HashMap::with_capacity(pages),
                std::mem::take(&mut self.statics),
                HashMap::with_capacity(statics),
            )
        };
        let (current, statics) = (Mutex::new(current), Mutex::new(statics));
        let last = |map: &Mutex<HashMap<String, u64>>, old: &HashMap<String, u64>, path: &str| {
            if fresh {
                map.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(path)
                    .copied()
            } else {
                old.get(path).copied()
            }
        };
        let rendered = std::sync::atomic::AtomicUsize::new(0);
        let out = self.out.clone();
        // The files written before the edit is shown.
        let ready = Mutex::new(Some(HashSet::new()));
        // Once the edit is shown, a newer edit stops the rebuild before
        // it writes another file.
        let go_on = || !self.newer.load(std::sync::atomic::Ordering::SeqCst);
        // Before the edit is shown a file joins the first ones; after it,
        // it is told on its own.
        let done = |path: &str| {
            match ready.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
                Some(ready) => {
                    ready.insert(path.to_string());
                }
                None => progress(Progress::Ready(path.to_string())),
            };
        };
        // What this rebuild is to make beyond the edited sources' pages,
        // for the next one if it is stopped.
        let reach = match &scope {
            site::Scope::Touched(t) => Some(t.clone()),
            _ => None,
        };
        let full = scope == site::Scope::All;
        // The search records, once every page and file is made: the
        // languages whose records changed are indexed in the background.
        let handed = Mutex::new(None);
        let hand = |site: &crate::render::Site<'_>| {
            let records = crate::publish::search::records(site);
            let hashes: BTreeMap<crate::lang::Lang, u64> = records
                .iter()
                .map(|(lang, records)| (lang.clone(), crate::digest::of(records)))
                .collect();
            if hashes == self.search {
                return;
            }
            let changed = records
                .into_iter()
                .filter(|(lang, _)| self.search.get(lang) != hashes.get(lang))
                .collect();
            self.indexer.hand(hashes.keys().cloned().collect(), changed);
            *handed.lock().unwrap_or_else(|e| e.into_inner()) = Some(hashes);
        };
        let files = |path: String, contents: Contents<'_>| {
            let fp = crate::digest::bytes(&contents.bytes()?);
            if last(&statics, &old_statics, &path) != Some(fp) {
                output::write_file(&out, &path, contents.clone())?;
            }
            done(&path);
            statics
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(path, fp);
            Ok(())
        };
        let pages = |r: &crate::render::Renderer<'_>, view: crate::render::PageView| {
            let fp = crate::digest::of(&(theme, view.fingerprint()));
            if last(&current, &previous, &view.path) != Some(fp) {
                let page = r.render(&view)?;
                output::write_file(&out, &page.path, Contents::Text(&page.html))?;
                rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            done(&view.path);
            current
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(view.path, fp);
            Ok(())
        };
        // The edit is shown once the fresh pages are made; a newer edit
        // may stop the rest between any two files.
        let result = (|| -> Result<site::Step> {
            plan.first(&mut report, &files, &pages)?;
            let paths = ready.lock().unwrap_or_else(|e| e.into_inner()).take();
            progress(Progress::Shown(
                paths.unwrap_or_default(),
                plan.pending.clone(),
            ));
            // Asked between the steps too: a step with nothing to make
            // asks nothing, and the search index waits for the newer edit.
            let stopped = !go_on()
                || plan.rest(&mut report, &pages, &go_on)? == site::Step::Stopped
                || !go_on()
                || plan.publish(&mut report, &files, &go_on)? == site::Step::Stopped;
            if stopped {
                return Ok(site::Step::Stopped);
            }
            let start = std::time::Instant::now();
            hand(plan.site);
            report.timings.push(("search", start.elapsed()));
            Ok(site::Step::Done)
        })();
        // A page its template cannot make is reported in `report` (`None`).
        let result = result.map_err(|e| plan.failed(e, &mut report).err());
        let done = matches!(result, Ok(site::Step::Done));
        let bodies = plan.renderer.rendered_bodies();
        self.memo.keep(prepared, bodies, done);
        if let Some(hashes) = handed.into_inner().unwrap_or_else(|e| e.into_inner()) {
            self.search = hashes;
        }
        let mut current = current.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut statics = statics.into_inner().unwrap_or_else(|e| e.into_inner());
        if !done {
            // The files not made again are as the last fingerprints say.
            for (path, fp) in previous {
                current.entry(path).or_insert(fp);
            }
            for (path, fp) in old_statics {
                statics.entry(path).or_insert(fp);
            }
            self.pages = current;
            self.statics = statics;
            // Stopped for a newer edit after a part of the site: the next
            // rebuild makes the rest of that part too (nothing, when only
            // bodies changed: their pages were made before the stop, and
            // are made again, as `site::Memo` keeps them unrendered).
            // Stopped in a full pass, the next pass is full again.
            return match result {
                Ok(_) => {
                    if !full {
                        self.carry = reach;
                        self.shape = Some(shape);
                    }
                    Ok(Outcome::Superseded)
                }
                // A page the theme could not make, reported in `report`.
                Err(None) => Ok(Outcome::Failed(describe(
                    &report,
                    &self.opts.root,
                    self.lang,
                ))),
                Err(Some(e)) => Err(e),
            };
        }
        let gone = previous
            .keys()
            .filter(|p| !current.contains_key(*p) && !statics.contains_key(*p))
            .chain(
                old_statics
                    .keys()
                    .filter(|p| !current.contains_key(*p) && !statics.contains_key(*p)),
            );
        for path in gone {
            if std::fs::remove_file(self.out.join(path)).is_ok() {
                removed += 1;
            }
        }
        let pages = current.len();
        self.pages = current;
        self.statics = statics;
        self.shape = Some(shape);
        self.theme = Some(theme);
        Ok(Outcome::Built {
            rendered: rendered.into_inner(),
            pages,
            removed,
            timings: report.timings,
        })
    }
}

/// The problems of a failed build as plain text, with source lines.
fn describe(report: &Report, root: &Path, lang: crate::messages::Lang) -> String {
    let mut text = String::new();
    for d in report.diagnostics.sorted() {
        if d.severity == crate::diag::Severity::Error {
            let source = std::fs::read_to_string(root.join(&d.span.file)).ok();
            text.push_str(&d.render(source.as_deref(), false, lang));
            text.push_str("\n\n");
        }
    }
    text
}
