//! Stage 4: links. Checks every reference between pages — focus areas named
//! by documents and goals, `ersätter`, and `@/…` / `@fokus/…` links in bodies —
//! and builds the [`LinkGraph`]: which goals belong to each focus area, which
//! document replaces which, and which documents are related.
//!
//! This file holds the graph and its resolution; [`syntax`] reads link
//! destinations, [`bodies`] checks the links in bodies, [`related`] finds
//! related documents, [`unique`] checks addresses and numbers site-wide,
//! and [`diff`] tells what changed between two graphs. The URL scheme is
//! [`crate::address`].

mod bodies;
mod diff;
mod related;
mod syntax;
mod unique;

pub use bodies::recheck_bodies;
pub use diff::{Before, Touched, diff};
pub use related::{RELATED_LIMIT, Related};
pub use syntax::{BodyLinks, Link, Target, extract_links, parse_target};

use std::collections::{BTreeMap, BTreeSet};

use crate::config::SiteConfig;
use crate::content::{SourceKey, SourceKind};
use crate::diag::{Diagnostics, Span, nearest};
use crate::model::{Corpus, DocKey, FocusId, GoalId};
use crate::msg;

use bodies::check_bodies;
use related::related_documents;
use unique::{check_addresses, check_regulation_numbers};

/// The cross-links of the whole site. Immutable after [`resolve`].
#[derive(Debug, Clone, Default)]
pub struct LinkGraph {
    /// For each focus area, the goals that name it: (document, goal), in
    /// document (key) order.
    pub goals_by_focus: BTreeMap<FocusId, Vec<(DocKey, GoalId)>>,
    /// For each focus area, the documents that name it (themselves or
    /// through a goal), in key order.
    pub docs_by_focus: BTreeMap<FocusId, Vec<DocKey>>,
    /// Document → the document that replaces it.
    pub replaced_by: BTreeMap<DocKey, DocKey>,
    /// Document → other documents sharing a focus area.
    pub related: std::sync::Arc<Related>,
    /// The internal links of every body, by its file: rendering looks
    /// their targets up here ([`LinkGraph::links_of`]).
    pub bodies: ByFile,
    /// For each document, the files whose bodies (in [`LinkGraph::bodies`])
    /// link to it or to one of its goals.
    pub linked_from: rustc_hash::FxHashMap<DocKey, BTreeSet<std::path::PathBuf>>,
}

/// The links of bodies, by the body's file.
pub type ByFile = std::collections::HashMap<std::path::PathBuf, std::sync::Arc<BodyLinks>>;

impl LinkGraph {
    /// The internal links of the body of `source` (a content file), as
    /// this stage read them; `None` for a file it did not read.
    pub fn links_of(&self, source: &std::path::Path) -> Option<&BodyLinks> {
        self.bodies.get(source).map(|l| &**l)
    }

    /// The files whose bodies link to one of the documents `keys` (or to
    /// one of their goals).
    pub fn files_linking_to<'k>(
        &self,
        keys: impl IntoIterator<Item = &'k str>,
    ) -> std::collections::HashSet<std::path::PathBuf> {
        keys.into_iter()
            .filter_map(|k| self.linked_from.get(&DocKey(k.to_string())))
            .flatten()
            .cloned()
            .collect()
    }

    /// Puts in the links of the bodies of `by_file`, in place of what the
    /// graph held for those files.
    fn put_bodies(&mut self, by_file: ByFile) {
        fn documents(links: &BodyLinks) -> impl Iterator<Item = &DocKey> {
            links.links.iter().filter_map(|l| match &l.target {
                Ok(Target::Document(key, _)) => Some(key),
                _ => None,
            })
        }
        for (file, links) in by_file {
            if let Some(old) = self.bodies.get(&file) {
                for key in documents(old) {
                    if let Some(files) = self.linked_from.get_mut(key) {
                        files.remove(&file);
                        if files.is_empty() {
                            self.linked_from.remove(key);
                        }
                    }
                }
            }
            for key in documents(&links) {
                let files = self.linked_from.entry(key.clone()).or_default();
                files.insert(file.clone());
            }
            self.bodies.insert(file, links);
        }
    }
}

/// Checks every reference in the corpus and builds the graph.
pub fn resolve(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) -> LinkGraph {
    resolve_some(corpus, config, None, None, None, false, diags).0
}

/// [`resolve`], reusing what the last run found (`last`: `None` when there
/// is no last run to keep anything for), and giving what this run found,
/// for the caller to keep and hand back next time.
pub fn resolve_with(
    corpus: &Corpus,
    config: &SiteConfig,
    last: Option<&Extracted>,
    diags: &mut Diagnostics,
) -> (LinkGraph, Extracted) {
    resolve_some(corpus, config, None, last, None, false, diags)
}

/// The graph again after [`crate::model::patch`] changed the sources in
/// `only`, checking only their references: the same files exist as in the
/// run that made `graph`, which had no errors, so nothing any other file
/// refers to has come or gone. The new graph is `graph` changed only where
/// the changed documents stand in it (take a [`Before`] of it first to
/// tell what the change reaches). `same_places`: the caller knows that
/// every document version holds the addresses and regulation numbers it
/// held (none came or went, none changed its old addresses, organisation
/// or number), so that they need not be checked site-wide again. Also
/// gives what this run found, as [`resolve_with`] does (only what it
/// looked at: the caller adds it to what it keeps).
pub fn patch(
    corpus: &Corpus,
    config: &SiteConfig,
    only: &std::collections::HashSet<SourceKey>,
    last: Option<&Extracted>,
    graph: LinkGraph,
    same_places: bool,
    diags: &mut Diagnostics,
) -> (LinkGraph, Extracted) {
    let from = Some(graph);
    resolve_some(corpus, config, Some(only), last, from, same_places, diags)
}

/// What the links stage found in a run that the next run can reuse: plain
/// data, which the stage gives and never changes. The caller (the rebuild
/// driver, [`crate::site::Memo`]) keeps it and hands it back.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// Extracted links by a fingerprint of (body, first line, file).
    pub bodies: std::collections::HashMap<u64, std::sync::Arc<BodyLinks>>,
    /// Related documents, by a fingerprint of every original's key and
    /// focus areas (the only things they depend on), when this run made
    /// them.
    pub related: Option<(u64, std::sync::Arc<Related>)>,
}

/// The focus areas whose lists of documents hold one of `keys`.
fn focus_areas_holding(g: &LinkGraph, keys: &BTreeSet<DocKey>) -> BTreeSet<FocusId> {
    g.docs_by_focus
        .iter()
        .filter(|(_, list)| keys.iter().any(|k| list.binary_search(k).is_ok()))
        .map(|(id, _)| id.clone())
        .collect()
}

/// Builds the graph, checking the references of the sources in `only`, or
/// of all when `None`.
fn resolve_some(
    corpus: &Corpus,
    config: &SiteConfig,
    only: Option<&std::collections::HashSet<SourceKey>>,
    memory: Option<&Extracted>,
    last: Option<LinkGraph>,
    same_places: bool,
    diags: &mut Diagnostics,
) -> (LinkGraph, Extracted) {
    let default = &config.default_language;
    let known = Known::new(corpus, default);
    // The documents among the sources in `only`.
    let only_docs: Option<std::collections::HashSet<&str>> = only.map(|o| {
        o.iter()
            .filter(|s| s.kind == SourceKind::Document)
            .map(|s| s.key.as_str())
            .collect()
    });
    // With the last graph, only the entries of those documents are made
    // again. Related documents depend only on each original's focus areas:
    // while the edited documents' stay the same, so do they.
    let (mut graph, related_stand) = match (last, &only_docs) {
        (Some(mut graph), Some(edited)) => {
            let mut same_areas = true;
            for key in edited {
                let key = DocKey(key.to_string());
                let before = focus_areas_holding(&graph, &[key.clone()].into());
                remove_focus_entries(&mut graph, &key);
                if let Some(doc) = corpus.document(&key, default) {
                    add_focus_entries(&mut graph, doc);
                }
                same_areas &= focus_areas_holding(&graph, &[key].into()) == before;
            }
            (graph, same_areas)
        }
        _ => {
            let mut graph = LinkGraph::default();
            // The graph is language independent: it is built from the
            // originals.
            for doc in corpus.documents.iter().filter(|d| &d.lang == default) {
                add_focus_entries(&mut graph, doc);
            }
            (graph, false)
        }
    };

    let check_focus = |id: &FocusId, at: &Span, diags: &mut Diagnostics| -> bool {
        if known.focus_area(id.as_str()) {
            return true;
        }
        let d = diags.error(
            "unknown-focus-area",
            at.clone(),
            msg!("unknown-focus-area", id = id.as_str()),
        );
        let focus_ids = known.focus_areas();
        match nearest(id.as_str(), focus_ids.iter().copied()) {
            Some(s) => d.help(msg!(
                "unknown-focus-area-suggestion",
                suggestion = s,
                id = id.as_str()
            )),
            None => d.help(msg!(
                "unknown-focus-area-list",
                id = id.as_str(),
                known = focus_ids.iter().copied().collect::<Vec<_>>().join(", ")
            )),
        };
        false
    };

    // The document versions whose references are checked, in the
    // corpus's order: every one, or those of the documents in `only`.
    let checked: Vec<&crate::model::Document> = match &only_docs {
        None => corpus.documents.iter().collect(),
        Some(keys) => {
            let mut at: Vec<usize> = keys
                .iter()
                .flat_map(|k| corpus.document_positions(k))
                .collect();
            at.sort_unstable();
            at.into_iter().map(|i| &corpus.documents[i]).collect()
        }
    };
    for doc in checked {
        for r in &doc.focus_areas {
            check_focus(&r.target, &r.at, diags);
        }
        for goal in &doc.goals {
            for r in &goal.focus_areas {
                check_focus(&r.target, &r.at, diags);
            }
        }
        if let Some(r) = &doc.replaces {
            if !known.document(r.target.as_str()) {
                unknown_document(&r.target, &r.at, &known, diags);
            } else if r.target == doc.key {
                diags.error("bad-link", r.at.clone(), msg!("replaces-itself"));
            }
        }
    }
    // Which original replaces which, from every original: one field each.
    graph.replaced_by.clear();
    for doc in &corpus.documents {
        if let Some(r) = &doc.replaces
            && &doc.lang == default
            && r.target != doc.key
            && known.document(r.target.as_str())
        {
            graph.replaced_by.insert(r.target.clone(), doc.key.clone());
        }
    }
    // After front-matter edits, the bodies linking to an edited document
    // are checked too: a goal they link to may have gone.
    let linking = only_docs
        .as_ref()
        .map(|keys| graph.files_linking_to(keys.iter().copied()));
    let (by_file, bodies) = check_bodies(
        corpus,
        config,
        &known,
        only,
        only_docs.as_ref().zip(linking.as_ref()),
        memory,
        diags,
    );
    // Run after every edit that may move them, not only on a full build:
    // an edit to `tidigare adresser` or `författningsnummer` can clash
    // with a file that did not change. Both are one pass over the
    // documents.
    if !same_places {
        check_addresses(corpus, config, diags);
        check_regulation_numbers(corpus, config, diags);
    }
    // The bodies not read keep their links from the last graph: their text
    // and file are as they were.
    graph.put_bodies(by_file);

    let mut found = Extracted {
        bodies,
        related: None,
    };
    if !related_stand {
        let (related, digest) = related_documents(corpus, default, memory);
        found.related = digest.map(|d| (d, related.clone()));
        graph.related = related;
    }
    (graph, found)
}

/// Puts `doc`'s goals and focus areas into the graph's lists of each focus
/// area, in key order (at the end when documents come in key order).
fn add_focus_entries(graph: &mut LinkGraph, doc: &crate::model::Document) {
    for goal in &doc.goals {
        let mut seen = BTreeSet::new();
        for r in &goal.focus_areas {
            if seen.insert(&r.target) {
                let list = graph.goals_by_focus.entry(r.target.clone()).or_default();
                let at = list.partition_point(|(k, _)| k <= &doc.key);
                list.insert(at, (doc.key.clone(), goal.id.clone()));
            }
        }
    }
    for id in doc.all_focus_areas() {
        let list = graph.docs_by_focus.entry(id.clone()).or_default();
        let at = list.partition_point(|k| k <= &doc.key);
        list.insert(at, doc.key.clone());
    }
}

/// Takes document `key` out of the graph's lists of each focus area.
fn remove_focus_entries(graph: &mut LinkGraph, key: &DocKey) {
    for list in graph.goals_by_focus.values_mut() {
        let start = list.partition_point(|(k, _)| k < key);
        let end = list.partition_point(|(k, _)| k <= key);
        list.drain(start..end);
    }
    for list in graph.docs_by_focus.values_mut() {
        let start = list.partition_point(|k| k < key);
        let end = list.partition_point(|k| k <= key);
        list.drain(start..end);
    }
    graph.goals_by_focus.retain(|_, list| !list.is_empty());
    graph.docs_by_focus.retain(|_, list| !list.is_empty());
}

/// The documents and focus areas links may point at: the originals, and
/// files that exist but have errors of their own (already reported).
/// Asking about one looks it up in the corpus's index; the whole list is
/// made only to suggest a name for one that is not there.
pub(super) struct Known<'a> {
    corpus: &'a Corpus,
    default: &'a str,
}

impl<'a> Known<'a> {
    fn new(corpus: &'a Corpus, default: &'a str) -> Self {
        Known { corpus, default }
    }

    fn unreadable(&self, kind: SourceKind, key: &str) -> bool {
        !self.corpus.unreadable.is_empty()
            && self.corpus.unreadable.contains(&SourceKey::new(kind, key))
    }

    /// True when document `key` may be linked to.
    pub(super) fn document(&self, key: &str) -> bool {
        self.corpus
            .has_version(SourceKind::Document, key, self.default)
            || self.unreadable(SourceKind::Document, key)
    }

    /// True when focus area `id` may be linked to.
    pub(super) fn focus_area(&self, id: &str) -> bool {
        self.corpus
            .has_version(SourceKind::FocusArea, id, self.default)
            || self.unreadable(SourceKind::FocusArea, id)
    }

    fn all(&self, kind: SourceKind) -> BTreeSet<&'a str> {
        let unreadable = self
            .corpus
            .unreadable
            .iter()
            .filter(move |s| s.kind == kind)
            .map(|s| s.key.as_str());
        let default = self.default;
        match kind {
            SourceKind::Document => self
                .corpus
                .documents
                .iter()
                .filter(|d| d.lang == default)
                .map(|d| d.key.as_str())
                .chain(unreadable)
                .collect(),
            SourceKind::FocusArea => self
                .corpus
                .focus_areas
                .iter()
                .filter(|f| f.lang == default)
                .map(|f| f.id.as_str())
                .chain(unreadable)
                .collect(),
            SourceKind::Page => unreadable.collect(),
        }
    }

    /// Every document key, in order.
    pub(super) fn documents(&self) -> BTreeSet<&'a str> {
        self.all(SourceKind::Document)
    }

    /// Every focus area id, in order.
    pub(super) fn focus_areas(&self) -> BTreeSet<&'a str> {
        self.all(SourceKind::FocusArea)
    }
}

fn unknown_document(key: &DocKey, at: &Span, known: &Known<'_>, diags: &mut Diagnostics) {
    let doc_keys = known.documents();
    let d = diags.error(
        "unknown-document",
        at.clone(),
        msg!("unknown-document", key = key.as_str()),
    );
    match nearest(key.as_str(), doc_keys.iter().copied()) {
        Some(s) => d.help(msg!("unknown-document-suggestion", suggestion = s)),
        None => d.help(msg!("unknown-document-help")),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixture site's model and links, as a run makes them.
    fn fixture() -> (crate::site::Prepared, Diagnostics) {
        let opts = crate::site::Options {
            root: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
            ..Default::default()
        };
        let mut report = crate::site::Report::default();
        let prepared = crate::site::prepare(&opts, &mut report, false)
            .unwrap()
            .expect("the fixture builds");
        (prepared, report.diagnostics)
    }

    fn same_graph(a: &LinkGraph, b: &LinkGraph) {
        assert_eq!(a.goals_by_focus, b.goals_by_focus);
        assert_eq!(a.docs_by_focus, b.docs_by_focus);
        assert_eq!(a.replaced_by, b.replaced_by);
        assert_eq!(*a.related, *b.related);
        assert_eq!(a.bodies, b.bodies);
        assert_eq!(a.linked_from, b.linked_from);
    }

    #[test]
    fn the_graph_keeps_each_bodys_links_and_says_where_they_lead() {
        let (p, _) = fixture();
        let (corpus, graph) = (&p.corpus, &p.graph);
        let addr = crate::address::Addresses::new(&p.config);
        // Every body rendering asks about was read, links or not.
        let sources = corpus.documents.iter().map(|d| &d.source);
        let sources = sources
            .chain(corpus.focus_areas.iter().map(|f| &f.source))
            .chain(corpus.pages.iter().map(|p| &p.source));
        for source in sources {
            assert!(graph.links_of(source).is_some(), "{}", source.display());
        }
        let en = graph
            .links_of(std::path::Path::new("content/alfa/strategi.en.md"))
            .unwrap();
        let targets = en.targets();
        let lead = |dest: &str| targets[dest].address(corpus, &addr, "en", "sv");
        // The plan has no English version: the link leads to the original.
        assert_eq!(lead("@/beta/plan.md"), "/beta/plan/");
        // The strategy has one, and the goal is an anchor in it.
        assert_eq!(
            lead("@/alfa/strategi.md#bostader"),
            "/en/alfa/strategi/#bostader"
        );
        assert_eq!(lead("@fokus/arbete"), "/en/fokusomraden/arbete/");
        // From the Swedish original, the same link leads to the original.
        let sv = Target::Document(DocKey("alfa/strategi".into()), None);
        assert_eq!(sv.address(corpus, &addr, "sv", "sv"), "/alfa/strategi/");
        // A page that does not exist (reported by the check) leads where
        // its original would be.
        let gone = Target::Page("borta".into());
        assert_eq!(gone.address(corpus, &addr, "en", "sv"), "/sidor/borta/");
    }

    #[test]
    fn a_patched_graph_is_the_graph_made_anew_and_says_what_it_reaches() {
        let (p, mut diags) = fixture();
        let (mut corpus, config, last) = (p.corpus, p.config, p.graph);
        let plan = DocKey("beta/plan".into());
        let i = corpus
            .documents
            .iter()
            .position(|d| d.key == plan && d.lang == "sv")
            .unwrap();
        // The plan's goal moves from "arbete" to "boende", and it no
        // longer replaces the 2015 plan.
        let doc = &mut corpus.documents[i];
        doc.goals[0].focus_areas[0].target = FocusId("boende".into());
        doc.replaces = None;
        let only = [SourceKey::new(SourceKind::Document, "beta/plan")].into();
        let (patched, _) = patch(
            &corpus,
            &config,
            &only,
            None,
            last.clone(),
            false,
            &mut diags,
        );
        assert!(!diags.has_errors());
        same_graph(&patched, &resolve(&corpus, &config, &mut diags));
        let touched = diff(&last, &patched, &only).expect("no plain page changed");
        for key in ["beta/plan", "beta/plan-2015"] {
            assert!(touched.documents.contains(&DocKey(key.into())), "{key}");
        }
        for id in ["arbete", "boende"] {
            assert!(touched.focus_areas.contains(&FocusId(id.into())), "{id}");
        }
        // A document that neither lists nor is listed by the plan is not
        // reached.
        let far: Vec<&DocKey> = corpus
            .documents
            .iter()
            .map(|d| &d.key)
            .filter(|k| !touched.documents.contains(*k))
            .collect();
        for key in far {
            assert!(!last.related.of(key).any(|r| *r == plan));
            assert!(!patched.related.of(key).any(|r| *r == plan));
        }
        // A plain page's edit reaches every page (footers list them).
        let only = [SourceKey::new(SourceKind::Page, "om")].into();
        let (again, _) = patch(
            &corpus,
            &config,
            &only,
            None,
            patched.clone(),
            false,
            &mut diags,
        );
        assert_eq!(diff(&patched, &again, &only), None);
    }
}
