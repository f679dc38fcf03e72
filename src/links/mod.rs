//! Stage 4: links. Checks every reference between pages — focus areas named
//! by documents and goals, `ersätter`, and `@/…` / `@fokus/…` links in bodies —
//! and builds the [`LinkGraph`]: which goals belong to each focus area, which
//! document replaces which, and which documents are related.
//!
//! [`Addresses`] is the one place that knows the URL scheme.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use pulldown_cmark::{Event, Tag};

use crate::config::SiteConfig;
use crate::content::{SourceKind, markdown};
use crate::diag::{Diagnostics, LineIndex, Span, nearest};
use crate::messages::Message;
use crate::model::{Corpus, DocKey, FocusId, GoalId};
use crate::msg;

/// What an internal link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A document, or one of its goals.
    Document(DocKey, Option<GoalId>),
    /// A focus area.
    Focus(FocusId),
    /// A plain page (`@/sidor/<slug>.md`).
    Page(String),
    /// Another file under `content/` (a PDF, an image), by its path there.
    File(String),
}

/// Reads a link destination. `None` for links that are not internal
/// (`https://…`, `#anchor`, `mailto:` …); `Some(Err(why))` for an internal
/// link that cannot be read.
pub fn parse_target(dest: &str, from_dir: &str) -> Option<Result<Target, Message>> {
    let dest = dest.trim();
    if let Some(id) = dest.strip_prefix("@fokus/") {
        let id = id.trim_matches('/');
        return Some(if id.is_empty() {
            Err(msg!("link-no-focus-area"))
        } else {
            Ok(Target::Focus(FocusId(id.to_string())))
        });
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    // `vår%20plan.pdf` and `vår plan.pdf` name the same file, and a name
    // typed on macOS (decomposed) the file discovery reads as composed.
    let path: String = {
        use unicode_normalization::UnicodeNormalization;
        decode(path).nfc().collect()
    };
    let path = path.as_str();
    let is_relative = !path.is_empty()
        && !path.starts_with(['/', '@', '?'])
        && !path.split('/').next().unwrap_or("").contains(':');
    let key = if path.starts_with("@/") {
        DocKey::from_link(path)
    } else if is_relative {
        // A relative link, from the file's folder under content/.
        let mut parts: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
        for seg in path.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        let joined = parts.join("/");
        match joined.strip_suffix(".md") {
            Some(doc) => Some(DocKey(doc.to_string())),
            None => return Some(Ok(Target::File(joined))),
        }
    } else if path.starts_with('@') {
        return Some(Err(msg!("link-unknown-form", dest = dest)));
    } else {
        return None;
    };
    let Some(key) = key else {
        return Some(Err(msg!("link-no-document")));
    };
    let goal = fragment
        .filter(|f| !f.is_empty())
        .map(|f| GoalId(f.to_string()));
    Some(Ok(match key.as_str().strip_prefix("sidor/") {
        Some(slug) if goal.is_none() => Target::Page(slug.to_string()),
        _ => Target::Document(key, goal),
    }))
}

/// Where the accessibility statement is published.
pub const ACCESSIBILITY_PATH: &str = "tillganglighet";

/// The Atom feed of each language, in that language's folder.
pub const FEED_FILE: &str = "flode.xml";

/// A document's data, beside its page.
pub const DOCUMENT_DATA_FILE: &str = "index.json";

/// The folder of the site-wide data files (`/api/documents.json` …).
pub const API_DIR: &str = "api";

/// Where the register of regulations is published.
pub const REGISTER_PATH: &str = "forfattningssamling";

/// The register of regulations as JSON and CSV, under `/api/`.
pub const REGISTER_JSON: &str = "register.json";
/// See [`REGISTER_JSON`].
pub const REGISTER_CSV: &str = "register.csv";

/// Where the search page is published ("sök").
pub const SEARCH_PATH: &str = "sok";

/// Where the search indexes are published, one folder per language.
pub const SEARCH_INDEX_PATH: &str = "pagefind";

/// The site's URL scheme: `/<path>/` in the default language,
/// `/<lang>/<path>/` in the others. All links are root-relative.
#[derive(Debug, Clone)]
pub struct Addresses {
    default_language: String,
    base_url: String,
}

impl Addresses {
    /// The scheme of `config`.
    pub fn new(config: &SiteConfig) -> Self {
        Addresses {
            default_language: config.default_language.clone(),
            base_url: config.base_url.clone(),
        }
    }

    /// The absolute address of a root-relative `url` (for feeds, the
    /// sitemap and data files, which are read away from the site).
    pub fn absolute(&self, url: &str) -> String {
        format!("{}{url}", self.base_url)
    }

    /// The file `name` in `lang`'s folder (`/flode.xml`, `/en/flode.xml`).
    pub fn file(&self, name: &str, lang: &str) -> String {
        let mut s = self.home(lang);
        s.push_str(name);
        s
    }

    /// The Atom feed of `lang`.
    pub fn feed(&self, lang: &str) -> String {
        self.file(FEED_FILE, lang)
    }

    /// A document's data (JSON), beside its page.
    pub fn document_data(&self, key: &DocKey, lang: &str) -> String {
        let mut s = self.document(key, lang);
        s.push_str(DOCUMENT_DATA_FILE);
        s
    }

    /// A site-wide file under `/api/` (`documents.json`, `schema/…`).
    pub fn api(&self, name: &str) -> String {
        format!("/{API_DIR}/{name}")
    }

    /// The path inside the output folder of the file at root-relative `url`
    /// (the file keeps its name as written: only the address is encoded).
    pub fn output_path(url: &str) -> String {
        decode(url.trim_start_matches('/')).into_owned()
    }

    /// The address of `path` (no leading or trailing slash; empty for the
    /// home page) in `lang`.
    pub fn page(&self, path: &str, lang: &str) -> String {
        let mut s = String::from("/");
        if lang != self.default_language {
            s.push_str(lang);
            s.push('/');
        }
        if !path.is_empty() {
            s.push_str(&encode(path));
            s.push('/');
        }
        s
    }

    /// An old address `path` (a site path, as `tidigare adresser` gives
    /// it) of a page in `lang`: in the other languages, under `/<lang>`.
    pub fn moved(&self, path: &str, lang: &str) -> String {
        if lang == self.default_language {
            path.to_string()
        } else {
            format!("/{lang}{path}")
        }
    }

    /// The register of regulations (författningssamling).
    pub fn register(&self, lang: &str) -> String {
        self.page(REGISTER_PATH, lang)
    }

    /// The home page.
    pub fn home(&self, lang: &str) -> String {
        self.page("", lang)
    }

    /// A document's page.
    pub fn document(&self, key: &DocKey, lang: &str) -> String {
        self.page(key.as_str(), lang)
    }

    /// A focus area's page.
    pub fn focus(&self, id: &FocusId, lang: &str) -> String {
        self.page(
            &format!("{}/{}", crate::content::discover::FOCUS_DIR, id),
            lang,
        )
    }

    /// The list of all focus areas.
    pub fn focus_index(&self, lang: &str) -> String {
        self.page(crate::content::discover::FOCUS_DIR, lang)
    }

    /// A plain page.
    pub fn plain_page(&self, slug: &str, lang: &str) -> String {
        self.page(
            &format!("{}/{}", crate::content::discover::PAGES_DIR, slug),
            lang,
        )
    }

    /// The accessibility statement.
    pub fn accessibility(&self, lang: &str) -> String {
        self.page(ACCESSIBILITY_PATH, lang)
    }

    /// A data file of `content/data/` (`befolkning.csv`), copied to the
    /// output as it is.
    pub fn data_file(&self, name: &str) -> String {
        format!("/{}/{}", crate::content::discover::DATA_DIR, encode(name))
    }

    /// A file under `content/` (`alfa/bilaga.pdf`), copied to the output as
    /// it is.
    pub fn content_file(&self, path: &str) -> String {
        format!("/{}", encode(path))
    }

    /// The search page.
    pub fn search(&self, lang: &str) -> String {
        self.page(SEARCH_PATH, lang)
    }

    /// The folder of the search index of `lang` (always at the root: the
    /// index is not a page in a language).
    pub fn search_index(lang: &str) -> String {
        format!("/{SEARCH_INDEX_PATH}/{lang}/")
    }

    /// The file that holds the page at `url`, relative to the output folder.
    pub fn file_of(url: &str) -> String {
        format!("{}index.html", Self::output_path(url))
    }
}

/// What a path may hold as it is in an address: the unreserved characters
/// of RFC 3986 and `/`. Everything else (a space, `å`, `ع`) is
/// percent-encoded as UTF-8, so that every address is a valid URL in a
/// sitemap, a feed and an `href`, whatever the file and folder names.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// `path` as it stands in an address (`vår plan` → `v%C3%A5r%20plan`).
pub fn encode(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::utf8_percent_encode(path, PATH).into()
}

/// An address's path as the names on disk are written. No file or folder
/// name holds a `%` (discovery refuses it), so decoding is unambiguous.
pub fn decode(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy()
}

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
}

/// Checks every reference in the corpus and builds the graph.
pub fn resolve(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) -> LinkGraph {
    resolve_some(corpus, config, None, None, None, diags).0
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
    resolve_some(corpus, config, None, last, None, diags)
}

/// The graph again after [`crate::model::patch`] changed the sources in
/// `only`, checking only their references: the same files exist as in the
/// run that made `graph`, which had no errors, so nothing any other file
/// refers to has come or gone. The new graph is `graph` changed only where
/// the changed documents stand in it; [`diff`] tells what the change
/// reaches. Also gives what this run found, as [`resolve_with`] does (only
/// what it looked at: the caller adds it to what it keeps).
pub fn patch(
    corpus: &Corpus,
    config: &SiteConfig,
    only: &std::collections::HashSet<(SourceKind, String)>,
    last: Option<&Extracted>,
    graph: &LinkGraph,
    diags: &mut Diagnostics,
) -> (LinkGraph, Extracted) {
    resolve_some(corpus, config, Some(only), last, Some(graph.clone()), diags)
}

/// The documents and focus areas (by key, every language) whose pages can
/// show something a front-matter edit changed: the edited sources
/// themselves, the documents and focus areas that list or link to them,
/// and those whose place in the graph (related documents, replacements)
/// moved. Listings of all documents or all focus areas are reached by any
/// change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Touched {
    /// Documents.
    pub documents: BTreeSet<DocKey>,
    /// Focus areas.
    pub focus_areas: BTreeSet<FocusId>,
}

impl Touched {
    /// Adds what `other` reaches.
    pub fn extend(&mut self, other: Touched) {
        self.documents.extend(other.documents);
        self.focus_areas.extend(other.focus_areas);
    }
}

/// What an edit of the front matter of the sources `edited` reaches (see
/// [`Touched`]), from the graph before it (`old`) and after it (`new`);
/// `None` when it can reach every page (a plain page was edited: every
/// page's footer lists them).
pub fn diff(
    old: &LinkGraph,
    new: &LinkGraph,
    edited: &std::collections::HashSet<(SourceKind, String)>,
) -> Option<Touched> {
    if edited.iter().any(|(kind, _)| *kind == SourceKind::Page) {
        return None;
    }
    let docs: BTreeSet<DocKey> = edited
        .iter()
        .filter(|(kind, _)| *kind == SourceKind::Document)
        .map(|(_, key)| DocKey(key.clone()))
        .collect();
    let mut t = Touched {
        documents: docs.clone(),
        // Focus-area pages list their documents.
        focus_areas: focus_areas_holding(old, &docs),
    };
    t.focus_areas.extend(focus_areas_holding(new, &docs));
    // Documents list their related documents...
    let shows = |related: &Related, t: &mut Touched| {
        for (key, list) in related {
            if list.iter().any(|k| docs.contains(k)) {
                t.documents.insert(key.clone());
            }
        }
    };
    shows(&old.related, &mut t);
    // The same list (shared, as a patch that leaves every document's focus
    // areas as they were keeps it) holds nothing new.
    if !std::sync::Arc::ptr_eq(&old.related, &new.related) {
        shows(&new.related, &mut t);
        for key in old.related.keys().chain(new.related.keys()) {
            if old.related.get(key) != new.related.get(key) {
                t.documents.insert(key.clone());
            }
        }
    }
    // ...and the documents they replace or are replaced by.
    for map in [&old.replaced_by, &new.replaced_by] {
        for (before, after) in map {
            let moved = old.replaced_by.get(before) != new.replaced_by.get(before);
            if moved || docs.contains(before) || docs.contains(after) {
                t.documents.insert(before.clone());
                t.documents.insert(after.clone());
            }
        }
    }
    // Documents name the focus areas they are in.
    for (_, id) in edited
        .iter()
        .filter(|(kind, _)| *kind == SourceKind::FocusArea)
    {
        let id = FocusId(id.clone());
        t.documents
            .extend(new.docs_by_focus.get(&id).into_iter().flatten().cloned());
        t.focus_areas.insert(id);
    }
    Some(t)
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
    only: Option<&std::collections::HashSet<(SourceKind, String)>>,
    memory: Option<&Extracted>,
    last: Option<LinkGraph>,
    diags: &mut Diagnostics,
) -> (LinkGraph, Extracted) {
    let default = &config.default_language;
    let (doc_keys, focus_ids) = known_targets(corpus, default);
    // The documents among the sources in `only`.
    let only_docs: Option<std::collections::HashSet<&str>> = only.map(|o| {
        o.iter()
            .filter(|(kind, _)| *kind == SourceKind::Document)
            .map(|(_, key)| key.as_str())
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
    graph.replaced_by.clear();

    let check_focus = |id: &FocusId, at: &Span, diags: &mut Diagnostics| -> bool {
        if focus_ids.contains(id.as_str()) {
            return true;
        }
        let d = diags.error(
            "unknown-focus-area",
            at.clone(),
            msg!("unknown-focus-area", id = id.as_str()),
        );
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

    let wanted = |key: &DocKey| only_docs.as_ref().is_none_or(|o| o.contains(key.as_str()));
    for doc in &corpus.documents {
        let check = wanted(&doc.key);
        let mut ignore = Diagnostics::new();
        let diags = if check { &mut *diags } else { &mut ignore };
        if check {
            for r in &doc.focus_areas {
                check_focus(&r.target, &r.at, diags);
            }
            for goal in &doc.goals {
                for r in &goal.focus_areas {
                    check_focus(&r.target, &r.at, diags);
                }
            }
        }
        if let Some(r) = &doc.replaces {
            if !doc_keys.contains(r.target.as_str()) {
                unknown_document(&r.target, &r.at, &doc_keys, diags);
            } else if r.target == doc.key {
                diags.error("bad-link", r.at.clone(), msg!("replaces-itself"));
            } else if &doc.lang == default {
                graph.replaced_by.insert(r.target.clone(), doc.key.clone());
            }
        }
    }
    // After front-matter edits, the bodies linking to an edited document
    // are checked too: a goal they link to may have gone.
    let bodies = check_bodies(
        corpus,
        config,
        &doc_keys,
        &focus_ids,
        only,
        only_docs.as_ref(),
        memory,
        diags,
    );
    // Run after every edit, not only on a full build: an edit to
    // `tidigare adresser` or `författningsnummer` can clash with a file
    // that did not change. Both are one pass over the documents.
    check_addresses(corpus, config, diags);
    check_regulation_numbers(corpus, config, diags);

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
fn known_targets<'a>(corpus: &'a Corpus, default: &str) -> (BTreeSet<&'a str>, BTreeSet<&'a str>) {
    let unreadable = |kind: SourceKind| {
        corpus
            .unreadable
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, key)| key.as_str())
    };
    let focus_ids: BTreeSet<&str> = corpus
        .focus_areas
        .iter()
        .filter(|f| f.lang == default)
        .map(|f| f.id.as_str())
        .chain(unreadable(SourceKind::FocusArea))
        .collect();
    let doc_keys: BTreeSet<&str> = corpus
        .documents
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| d.key.as_str())
        .chain(unreadable(SourceKind::Document))
        .collect();
    (doc_keys, focus_ids)
}

/// Checks the links of every body, or only of the sources in `only` (then
/// `memory` holds the other bodies' links) and of the bodies that link to
/// one of the documents `linking_to` (their goals may have gone). Bodies are
/// the bulk of the links stage: they are checked in parallel. Gives the
/// links of each body checked, by its fingerprint, when there is a
/// `memory` to keep them in (else nothing).
#[allow(clippy::too_many_arguments)]
fn check_bodies(
    corpus: &Corpus,
    config: &SiteConfig,
    doc_keys: &BTreeSet<&str>,
    focus_ids: &BTreeSet<&str>,
    only: Option<&std::collections::HashSet<(SourceKind, String)>>,
    linking_to: Option<&std::collections::HashSet<&str>>,
    memory: Option<&Extracted>,
    diags: &mut Diagnostics,
) -> std::collections::HashMap<u64, std::sync::Arc<BodyLinks>> {
    let only: Option<std::collections::HashSet<(SourceKind, &str)>> =
        only.map(|o| o.iter().map(|(kind, key)| (*kind, key.as_str())).collect());
    let wanted =
        |kind: SourceKind, key: &str| only.as_ref().is_none_or(|o| o.contains(&(kind, key)));
    // The files whose bodies link to one of `linking_to`, from the links
    // `memory` holds (every body's, once a run has checked them all);
    // without it every body is read to find them.
    let linking: Option<std::collections::HashSet<std::path::PathBuf>> = match linking_to {
        None => Some(Default::default()),
        Some(keys) => memory.map(|m| {
            // A handful of keys: comparing is cheaper than hashing.
            let keys: Vec<&str> = keys.iter().copied().collect();
            m.bodies
                .values()
                .flat_map(|links| links.iter())
                .filter(
                    |(t, _)| matches!(t, Ok(Target::Document(k, _)) if keys.contains(&k.as_str())),
                )
                .map(|(_, at)| at.file.clone())
                .collect()
        }),
    };
    // Each body, and whether it must be checked whatever it links to.
    let bodies: Vec<(&crate::content::Body, usize, &Path, bool)> = corpus
        .documents
        .iter()
        .map(|d| {
            let w = wanted(SourceKind::Document, d.key.as_str());
            (&d.body, d.body_line, d.source.as_path(), w)
        })
        .chain(corpus.focus_areas.iter().map(|f| {
            let w = wanted(SourceKind::FocusArea, f.id.as_str());
            (&f.body, f.body_line, f.source.as_path(), w)
        }))
        .chain(corpus.pages.iter().map(|p| {
            let w = wanted(SourceKind::Page, &p.slug);
            (&p.body, p.body_line, p.source.as_path(), w)
        }))
        .chain(
            corpus
                .unbuilt
                .iter()
                .map(|u| (&u.body, u.body_line, u.source.as_path(), true)),
        )
        .filter(|(_, _, source, w)| *w || linking.as_ref().is_none_or(|l| l.contains(*source)))
        .collect();
    let links_into = |links: &BodyLinks| {
        linking_to.is_some_and(|keys| {
            links
                .iter()
                .any(|(t, _)| matches!(t, Ok(Target::Document(k, _)) if keys.contains(k.as_str())))
        })
    };
    {
        use rayon::prelude::*;
        let hash = |body: &crate::content::Body, line: usize, source: &Path| {
            crate::digest::of(&(body.digest(), line, source))
        };
        // Hashing every body is only worth it when there is a memory to
        // look in and keep them.
        let found: Vec<(Option<u64>, std::sync::Arc<BodyLinks>, Diagnostics)> = bodies
            .par_iter()
            .filter_map(|(body, line, source, wanted)| {
                let key = memory.map(|_| hash(body, *line, source));
                let known = memory.zip(key).and_then(|(m, k)| m.bodies.get(&k).cloned());
                let links = known
                    .unwrap_or_else(|| std::sync::Arc::new(extract_links(body, *line, source)));
                if !wanted && !links_into(&links) {
                    return None;
                }
                let mut local = Diagnostics::new();
                check_links(&links, corpus, config, doc_keys, focus_ids, &mut local);
                Some((key, links, local))
            })
            .collect();
        let mut keep = std::collections::HashMap::new();
        let found: Vec<Diagnostics> = found
            .into_iter()
            .map(|(key, links, local)| {
                if let Some(key) = key {
                    keep.insert(key, links);
                }
                local
            })
            .collect();
        for local in found {
            diags.extend(local);
        }
        keep
    }
}

/// Checks again only the bodies of `sources`, for a rebuild in which
/// nothing but those bodies changed: every other reference, and the graph,
/// depend only on front matter and file names, which are as they were.
/// Gives those bodies' links, as [`resolve_with`] does.
pub fn recheck_bodies(
    corpus: &Corpus,
    config: &SiteConfig,
    sources: &std::collections::HashSet<(SourceKind, String)>,
    last: Option<&Extracted>,
    diags: &mut Diagnostics,
) -> Extracted {
    let (doc_keys, focus_ids) = known_targets(corpus, &config.default_language);
    let bodies = check_bodies(
        corpus,
        config,
        &doc_keys,
        &focus_ids,
        Some(sources),
        None,
        last,
        diags,
    );
    Extracted {
        bodies,
        related: None,
    }
}

/// How many related documents a page lists.
pub const RELATED_LIMIT: usize = 8;

/// For each document, up to [`RELATED_LIMIT`] others that share the most
/// focus areas with it (ties in key order). Focus areas are bits of a mask,
/// so comparing all pairs stays fast at 10,000 documents; a site with more
/// than 128 focus areas folds them onto 128 bits, which can only add ties.
/// With a `memory` of the last run, also gives the fingerprint of what they
/// were made from, and takes the last run's when that is the same.
fn related_documents(
    corpus: &Corpus,
    default: &str,
    memory: Option<&Extracted>,
) -> (std::sync::Arc<Related>, Option<u64>) {
    let mut bit: BTreeMap<&FocusId, u32> = BTreeMap::new();
    let originals: Vec<(&DocKey, u128)> = corpus
        .documents
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| {
            let mut mask = 0u128;
            for id in d.all_focus_areas() {
                let next = bit.len() as u32;
                mask |= 1u128 << (*bit.entry(id).or_insert(next) % 128);
            }
            (&d.key, mask)
        })
        .collect();
    let digest = memory.map(|_| crate::digest::of(&originals));
    let known = memory.zip(digest).and_then(|(m, digest)| {
        m.related
            .as_ref()
            .filter(|(d, _)| *d == digest)
            .map(|(_, related)| related.clone())
    });
    if let Some(related) = known {
        return (related, digest);
    }
    let masks: Vec<u128> = originals.iter().map(|(_, mask)| *mask).collect();
    let related: Related = originals
        .iter()
        .zip(nearest_by_mask(&masks, RELATED_LIMIT))
        .map(|((key, _), top)| {
            let top = top.into_iter().map(|j| originals[j].0.clone()).collect();
            ((*key).clone(), top)
        })
        .collect();
    (std::sync::Arc::new(related), digest)
}

/// For each mask, the positions of up to `limit` other masks that share
/// the most bits with it (at least one), most first, ties in position
/// order. Documents with the same focus areas share a mask, so the masks
/// are grouped first and each document is compared with every distinct
/// mask rather than with every document: at 10,000 documents over a dozen
/// focus areas there are a few hundred.
fn nearest_by_mask(masks: &[u128], limit: usize) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    // Each distinct non-empty mask with its positions, in order.
    let mut groups: BTreeMap<u128, Vec<usize>> = BTreeMap::new();
    for (i, &mask) in masks.iter().enumerate().filter(|(_, m)| **m != 0) {
        groups.entry(mask).or_default().push(i);
    }
    masks
        .par_iter()
        .enumerate()
        .map(|(i, &mask)| {
            // The groups sharing bits with this mask, most shared first.
            let mut near: Vec<(u32, &[usize])> = groups
                .iter()
                .map(|(other, at)| ((mask & other).count_ones(), at.as_slice()))
                .filter(|(shared, _)| *shared > 0)
                .collect();
            near.sort_by_key(|(shared, _)| std::cmp::Reverse(*shared));
            let mut top = Vec::with_capacity(limit);
            // Level by level of shared bits: the first positions of every
            // group at that level, merged in position order.
            for level in near.chunk_by(|a, b| a.0 == b.0) {
                if top.len() == limit {
                    break;
                }
                let mut tied: Vec<usize> = level
                    .iter()
                    .flat_map(|(_, at)| at.iter().copied().filter(|&j| j != i).take(limit))
                    .collect();
                tied.sort_unstable();
                tied.truncate(limit - top.len());
                top.extend(tied);
            }
            top
        })
        .collect()
}

/// Reports two sources that would be written to the same address, such as
/// `content/en/plan.md` and the English translation `content/plan.en.md`,
/// and an old address (`tidigare adresser`) that is already a page, a file
/// or another document's old address.
fn check_addresses(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) {
    let addr = Addresses::new(config);
    let mut taken: BTreeMap<String, Message> = BTreeMap::new();
    for lang in &config.languages {
        taken.insert(addr.home(&lang.code), msg!("taken-home"));
        taken.insert(addr.focus_index(&lang.code), msg!("taken-focus-index"));
        taken.insert(addr.search(&lang.code), msg!("taken-search"));
        if config.accessibility.is_some() {
            taken.insert(addr.accessibility(&lang.code), msg!("taken-accessibility"));
        }
        if corpus.has_regulations() {
            taken.insert(addr.register(&lang.code), msg!("taken-register"));
        }
        for f in corpus
            .focus_areas
            .iter()
            .filter(|f| f.lang == config.default_language)
        {
            taken.insert(
                addr.focus(&f.id, &lang.code),
                Message::from(f.source.display().to_string()),
            );
        }
    }
    for a in &corpus.assets {
        taken.insert(
            format!("/{}", a.output),
            Message::from(a.source.display().to_string()),
        );
    }
    let pages = corpus
        .pages
        .iter()
        .map(|p| (addr.plain_page(&p.slug, &p.lang), &p.source));
    let docs = corpus
        .documents
        .iter()
        .map(|d| (addr.document(&d.key, &d.lang), &d.source));
    for (url, source) in docs.chain(pages) {
        if let Some(other) = taken.get(&url) {
            diags
                .error(
                    "address-taken",
                    Span::line(source, 1),
                    msg!("address-taken", url = url.as_str(), other = other.clone()),
                )
                .help(msg!("address-taken-help"));
        } else {
            taken.insert(url, Message::from(source.display().to_string()));
        }
    }
    for doc in &corpus.documents {
        for old in &doc.previous_addresses {
            let url = addr.moved(&old.target, &doc.lang);
            if let Some(other) = taken.get(&url) {
                diags
                    .error(
                        "address-taken",
                        old.at.clone(),
                        msg!(
                            "old-address-taken",
                            url = url.as_str(),
                            source = doc.source.display().to_string(),
                            other = other.clone()
                        ),
                    )
                    .help(msg!("old-address-taken-help"));
            } else {
                taken.insert(
                    url,
                    msg!(
                        "an-old-address-of",
                        source = doc.source.display().to_string()
                    ),
                );
            }
        }
    }
}

/// Reports a `författningsnummer` used twice in one organisation, at the
/// second file (in key order).
fn check_regulation_numbers(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) {
    let mut seen: BTreeMap<(&str, &str), &Path> = BTreeMap::new();
    for doc in corpus
        .documents
        .iter()
        .filter(|d| d.lang == config.default_language)
    {
        let Some(number) = &doc.regulation_number else {
            continue;
        };
        match seen.get(&(doc.organisation.as_str(), number.target.as_str())) {
            Some(first) => {
                diags
                    .error(
                        "duplicate-regulation-number",
                        number.at.clone(),
                        msg!(
                            "duplicate-regulation-number",
                            number = number.target.as_str(),
                            organisation = doc.organisation.as_str(),
                            first = first.display().to_string()
                        ),
                    )
                    .help(msg!("duplicate-regulation-number-help"));
            }
            None => {
                seen.insert(
                    (doc.organisation.as_str(), number.target.as_str()),
                    &doc.source,
                );
            }
        }
    }
}

fn unknown_document(key: &DocKey, at: &Span, doc_keys: &BTreeSet<&str>, diags: &mut Diagnostics) {
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

/// The folder of a content file, relative to `content/`, for relative links.
fn content_dir_of(source: &Path) -> String {
    let parts: Vec<String> = source
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let start = parts
        .iter()
        .position(|p| p == "content")
        .map_or(0, |i| i + 1);
    let end = parts.len().saturating_sub(1);
    parts
        .get(start..end)
        .map(|s| s.join("/"))
        .unwrap_or_default()
}

/// The internal links of one body, each with where it stands. They depend
/// only on the body's text, its first line and its file, so a rebuild can
/// reuse them ([`Extracted`]); checking them against the corpus is cheap.
pub type BodyLinks = Vec<(Result<Target, Message>, Span)>;

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

/// Up to [`RELATED_LIMIT`] related documents per document.
/// Document → the documents related to it.
pub type Related = BTreeMap<DocKey, Vec<DocKey>>;

/// Finds the internal links of a body (parsing the Markdown).
pub fn extract_links(body: &str, body_line: usize, source: &Path) -> BodyLinks {
    let mut out = Vec::new();
    // Most bodies link nowhere: skip parsing them.
    if !body.contains("](") && !body.contains("]:") {
        return out;
    }
    let lines = LineIndex::new(body);
    let dir = content_dir_of(source);
    for (event, range) in markdown::parser(body).into_offset_iter() {
        let dest = match &event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        let Some(target) = parse_target(dest, &dir) else {
            continue;
        };
        // The span is the address, not the link text, so the message shows
        // (and marks) what is wrong; a reference link's address is in its
        // definition elsewhere, and then the link itself is shown.
        let start = body[range.clone()]
            .rfind(&**dest)
            .filter(|_| !dest.is_empty())
            .map_or(range.start, |i| range.start + i);
        let (line, col) = lines.line_col(body, start);
        out.push((target, Span::at(source, body_line + line - 1, col)));
    }
    out
}

/// Checks a body's links against the corpus.
fn check_links(
    links: &BodyLinks,
    corpus: &Corpus,
    config: &SiteConfig,
    doc_keys: &BTreeSet<&str>,
    focus_ids: &BTreeSet<&str>,
    diags: &mut Diagnostics,
) {
    for (target, at) in links {
        let at = at.clone();
        match target.clone() {
            Err(why) => {
                diags.error("bad-link", at, why).help(msg!("bad-link-help"));
            }
            Ok(Target::Focus(id)) => {
                if !focus_ids.contains(id.as_str()) {
                    let d = diags.error(
                        "broken-link",
                        at,
                        msg!("broken-link-focus", id = id.as_str()),
                    );
                    if let Some(s) = nearest(id.as_str(), focus_ids.iter().copied()) {
                        d.help(msg!("broken-link-focus-suggestion", suggestion = s));
                    }
                }
            }
            Ok(Target::File(path)) => {
                if !corpus.assets.iter().any(|a| a.output == path) {
                    let names = corpus.assets.iter().map(|a| a.output.as_str());
                    let d = diags.error(
                        "broken-link",
                        at,
                        msg!("broken-link-file", path = path.as_str()),
                    );
                    match nearest(&path, names) {
                        Some(s) => d.help(msg!("broken-link-file-suggestion", suggestion = s)),
                        None => d.help(msg!("broken-link-file-help")),
                    };
                }
            }
            Ok(Target::Page(slug)) => {
                if corpus.page(&slug, &config.default_language).is_none() {
                    diags.error(
                        "broken-link",
                        at,
                        msg!("broken-link-page", slug = slug.as_str()),
                    );
                }
            }
            Ok(Target::Document(key, goal)) => {
                if !doc_keys.contains(key.as_str()) {
                    unknown_document(&key, &at, doc_keys, diags);
                    continue;
                }
                let Some(goal) = goal else { continue };
                // A document with errors of its own: its goals are unknown.
                let Some(doc) = corpus.document(&key, &config.default_language) else {
                    continue;
                };
                if doc.goal(goal.as_str()).is_none() {
                    let ids: Vec<&str> = doc.goals.iter().map(|g| g.id.as_str()).collect();
                    let d = diags.error(
                        "broken-link",
                        at,
                        msg!("broken-link-goal", key = key.as_str(), goal = goal.as_str()),
                    );
                    match nearest(goal.as_str(), ids.iter().copied()) {
                        Some(s) => d.help(msg!("broken-link-goal-suggestion", suggestion = s)),
                        None if ids.is_empty() => d.help(msg!("broken-link-goal-none")),
                        None => d.help(msg!("broken-link-goal-list", goals = ids.join(", "))),
                    };
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_masks_are_those_of_a_comparison_of_every_pair() {
        // Every pair compared, the best kept by (shared bits, then position).
        fn every_pair(masks: &[u128], limit: usize) -> Vec<Vec<usize>> {
            (0..masks.len())
                .map(|i| {
                    let mut all: Vec<(u32, usize)> = (0..masks.len())
                        .filter(|&j| j != i)
                        .map(|j| ((masks[i] & masks[j]).count_ones(), j))
                        .filter(|(shared, _)| *shared > 0)
                        .collect();
                    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                    all.into_iter().take(limit).map(|(_, j)| j).collect()
                })
                .collect()
        }
        // Masks over few bits, so that there are many repeats and ties,
        // some empty, from a fixed pseudo-random sequence.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let masks: Vec<u128> = (0..400)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                u128::from(state & 0x3f & (state >> 8)) << (state % 3)
            })
            .collect();
        assert!(masks.contains(&0));
        for limit in [1, 3, RELATED_LIMIT] {
            assert_eq!(nearest_by_mask(&masks, limit), every_pair(&masks, limit));
        }
        assert_eq!(nearest_by_mask(&[], 3), Vec::<Vec<usize>>::new());
        assert_eq!(nearest_by_mask(&[0b1, 0b1], 3), vec![vec![1], vec![0]]);
    }

    #[test]
    fn targets() {
        let cases: &[(&str, Option<Result<Target, Message>>)] = &[
            ("https://x.org", None),
            ("#a", None),
            ("mailto:a@b.se", None),
            (
                "@fokus/arbete",
                Some(Ok(Target::Focus(FocusId("arbete".into())))),
            ),
            (
                "@/v/s.md",
                Some(Ok(Target::Document(DocKey("v/s".into()), None))),
            ),
            (
                "@/v/s.md#m1",
                Some(Ok(Target::Document(
                    DocKey("v/s".into()),
                    Some(GoalId("m1".into())),
                ))),
            ),
            (
                "../a/b.md",
                Some(Ok(Target::Document(DocKey("a/b".into()), None))),
            ),
            (
                "b.md",
                Some(Ok(Target::Document(DocKey("v/b".into()), None))),
            ),
            ("@/sidor/om.md", Some(Ok(Target::Page("om".into())))),
        ];
        for (dest, want) in cases {
            assert_eq!(&parse_target(dest, "v"), want, "{dest}");
        }
        assert!(matches!(parse_target("@x", ""), Some(Err(_))));
    }

    #[test]
    fn addresses_follow_the_scheme() {
        let a = Addresses {
            default_language: "sv".into(),
            base_url: "https://x.se".into(),
        };
        assert_eq!(a.home("sv"), "/");
        assert_eq!(a.home("en"), "/en/");
        assert_eq!(a.document(&DocKey("v/s".into()), "sv"), "/v/s/");
        assert_eq!(a.document(&DocKey("v/s".into()), "ar"), "/ar/v/s/");
        assert_eq!(
            a.focus(&FocusId("arbete".into()), "en"),
            "/en/fokusomraden/arbete/"
        );
        assert_eq!(a.search("sv"), "/sok/");
        assert_eq!(a.search("ar"), "/ar/sok/");
        assert_eq!(Addresses::search_index("en"), "/pagefind/en/");
        assert_eq!(Addresses::file_of("/en/v/s/"), "en/v/s/index.html");
        assert_eq!(Addresses::file_of("/"), "index.html");
        assert_eq!(a.feed("sv"), "/flode.xml");
        assert_eq!(a.feed("en"), "/en/flode.xml");
        assert_eq!(
            a.document_data(&DocKey("v/s".into()), "ar"),
            "/ar/v/s/index.json"
        );
        assert_eq!(a.api("documents.json"), "/api/documents.json");
        assert_eq!(a.absolute("/en/"), "https://x.se/en/");
        assert_eq!(Addresses::output_path("/en/flode.xml"), "en/flode.xml");
    }

    #[test]
    fn content_dir_is_relative_to_content() {
        assert_eq!(content_dir_of(Path::new("content/v/s.md")), "v");
        assert_eq!(content_dir_of(Path::new("content/s.md")), "");
    }

    /// A graph from (document, its focus areas) in key order, and
    /// replacements (old, new).
    fn graph(docs: &[(&str, &[&str])], replaced: &[(&str, &str)]) -> LinkGraph {
        let mut g = LinkGraph::default();
        for (key, areas) in docs {
            for id in *areas {
                g.docs_by_focus
                    .entry(FocusId(id.to_string()))
                    .or_default()
                    .push(DocKey(key.to_string()));
            }
        }
        for (old, new) in replaced {
            g.replaced_by
                .insert(DocKey(old.to_string()), DocKey(new.to_string()));
        }
        g
    }

    fn keys(t: &Touched) -> (Vec<&str>, Vec<&str>) {
        (
            t.documents.iter().map(DocKey::as_str).collect(),
            t.focus_areas.iter().map(|f| f.as_str()).collect(),
        )
    }

    #[test]
    fn diff_reaches_what_lists_or_listed_the_edited_and_what_moved() {
        let edited = |kind, key: &str| [(kind, key.to_string())].into();
        let old = graph(
            &[("a", &["arbete"]), ("b", &["arbete"]), ("c", &["boende"])],
            &[("old", "a")],
        );
        // `a` moves from "arbete" to "boende" and stops replacing `old`;
        // related documents are shared (unchanged).
        let mut new = graph(
            &[("a", &["boende"]), ("b", &["arbete"]), ("c", &["boende"])],
            &[],
        );
        let related: Related = [
            (DocKey("b".into()), vec![DocKey("a".into())]),
            (DocKey("c".into()), vec![]),
        ]
        .into();
        let mut old = old;
        old.related = std::sync::Arc::new(related);
        new.related = old.related.clone();
        let t = diff(&old, &new, &edited(SourceKind::Document, "a")).unwrap();
        assert_eq!(
            keys(&t),
            (vec!["a", "b", "old"], vec!["arbete", "boende"]),
            "b lists a as related; old was replaced by a"
        );
        // Related documents that changed reach the documents whose list
        // changed, even if they do not list the edited one.
        new.related = std::sync::Arc::new(
            [
                (DocKey("b".into()), vec![]),
                (DocKey("c".into()), vec![DocKey("b".into())]),
            ]
            .into(),
        );
        let t = diff(&old, &new, &edited(SourceKind::Document, "a")).unwrap();
        assert_eq!(keys(&t).0, vec!["a", "b", "c", "old"]);
        // A focus area's edit reaches its page and its documents' pages.
        let t = diff(&new, &new, &edited(SourceKind::FocusArea, "boende")).unwrap();
        assert_eq!(keys(&t), (vec!["a", "c"], vec!["boende"]));
        // Nothing moved and nothing edited: nothing reached.
        assert_eq!(
            diff(&new, &new, &Default::default()),
            Some(Touched::default())
        );
        // A plain page's edit reaches every page.
        assert_eq!(diff(&old, &new, &edited(SourceKind::Page, "om")), None);
    }

    /// The fixture site's model and links, as a run makes them.
    fn fixture() -> (crate::site::Prepared, Diagnostics) {
        let opts = crate::site::Options {
            root: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
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
        let only = [(SourceKind::Document, "beta/plan".to_string())].into();
        let (patched, _) = patch(&corpus, &config, &only, None, &last, &mut diags);
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
            assert!(!last.related.get(key).is_some_and(|r| r.contains(&plan)));
            assert!(!patched.related.get(key).is_some_and(|r| r.contains(&plan)));
        }
        // A plain page's edit reaches every page (footers list them).
        let only = [(SourceKind::Page, "om".to_string())].into();
        let (again, _) = patch(&corpus, &config, &only, None, &patched, &mut diags);
        assert_eq!(diff(&patched, &again, &only), None);
    }
}
