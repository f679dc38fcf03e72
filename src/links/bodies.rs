//! Body checks: every internal link of every body against the corpus, in
//! parallel, reusing the links the last run extracted from unchanged
//! bodies.

use std::path::Path;

use super::syntax::{BodyLinks, Target, extract_links};
use super::{ByFile, Extracted, Known, LinkGraph, unknown_document};
use crate::address::Addresses;
use crate::config::SiteConfig;
use crate::content::{SourceKey, SourceKind};
use crate::diag::{Diagnostics, nearest};
use crate::model::Corpus;
use crate::msg;

/// Checks the links of every body, or only of the sources in `only` (then
/// `memory` holds the other bodies' links) and of the bodies that link to
/// one of the documents of `linking` (their goals may have gone), which
/// also names those bodies' files. Bodies are the bulk of the links stage:
/// they are checked in parallel. Gives the links of each body it read, by
/// its file (for [`super::LinkGraph::bodies`]), and by its fingerprint when
/// there is a `memory` to keep them in (else none).
#[allow(clippy::type_complexity)]
pub(super) fn check_bodies(
    corpus: &Corpus,
    config: &SiteConfig,
    known: &Known<'_>,
    only: Option<&std::collections::HashSet<SourceKey>>,
    linking: Option<(
        &std::collections::HashSet<&str>,
        &std::collections::HashSet<std::path::PathBuf>,
    )>,
    memory: Option<&Extracted>,
    diags: &mut Diagnostics,
) -> (
    ByFile,
    std::collections::HashMap<u64, std::sync::Arc<BodyLinks>>,
) {
    let linking_to = linking.map(|(keys, _)| keys);
    let only_set = only.map(SourceKey::borrowed);
    let wanted =
        |kind: SourceKind, key: &str| only_set.as_ref().is_none_or(|o| o.contains(&(kind, key)));
    // The files of the bodies linking to `linking_to`, by their bytes
    // (hashed faster than a path).
    let linking: rustc_hash::FxHashSet<&[u8]> = linking
        .into_iter()
        .flat_map(|(_, files)| files)
        .map(|f| f.as_os_str().as_encoded_bytes())
        .collect();
    // Every body is read without `only`; with it, only those of its
    // sources and those linking to `linking_to`.
    let read = |w: bool, source: &Path| {
        w || (!linking.is_empty() && linking.contains(source.as_os_str().as_encoded_bytes()))
    };
    // The documents read, in the corpus's order: with `only`, its own
    // found by the corpus's index (the few linking ones by their files).
    let docs: Vec<usize> = match only {
        None => (0..corpus.documents.len()).collect(),
        Some(only) => {
            let mut docs: Vec<usize> = only
                .iter()
                .filter(|s| s.kind == SourceKind::Document)
                .flat_map(|s| corpus.document_positions(&s.key))
                .collect();
            if !linking.is_empty() {
                let linked = corpus.documents.iter().enumerate();
                docs.extend(
                    linked
                        .filter(|(_, d)| read(false, &d.source))
                        .map(|(i, _)| i),
                );
            }
            docs.sort_unstable();
            docs.dedup();
            docs
        }
    };
    // Each body, and whether it must be checked whatever it links to.
    type Item<'c> = (&'c crate::content::Body, usize, &'c Path, bool);
    let bodies: Vec<Item> = docs
        .into_iter()
        .map(|i| {
            let d = &corpus.documents[i];
            let w = wanted(SourceKind::Document, d.key.as_str());
            (&d.body, d.body_line, d.source.as_path(), w)
        })
        .chain(corpus.focus_areas.iter().filter_map(|f| {
            let w = wanted(SourceKind::FocusArea, f.id.as_str());
            read(w, &f.source).then_some((&f.body, f.body_line, f.source.as_path(), w))
        }))
        .chain(corpus.pages.iter().filter_map(|p| {
            let w = wanted(SourceKind::Page, &p.slug);
            read(w, &p.source).then_some((&p.body, p.body_line, p.source.as_path(), w))
        }))
        .chain(
            corpus
                .unbuilt
                .iter()
                .map(|u| (&u.body, u.body_line, u.source.as_path(), true)),
        )
        .collect();
    let links_into = |links: &BodyLinks| {
        linking_to.is_some_and(|keys| {
            links.links.iter().any(
                |l| matches!(&l.target, Ok(Target::Document(k, _)) if keys.contains(k.as_str())),
            )
        })
    };
    {
        use rayon::prelude::*;
        let hash = |body: &crate::content::Body, line: usize, source: &Path| {
            crate::digest::of(&(body.digest(), line, source))
        };
        // Hashing every body is only worth it when there is a memory to
        // look in and keep them.
        type Found<'s> = (
            &'s Path,
            Option<u64>,
            std::sync::Arc<BodyLinks>,
            Diagnostics,
        );
        let found: Vec<Found> = bodies
            .par_iter()
            .map(|(body, line, source, wanted)| {
                let key = memory.map(|_| hash(body, *line, source));
                let kept = memory.zip(key).and_then(|(m, k)| m.bodies.get(&k).cloned());
                let links =
                    kept.unwrap_or_else(|| std::sync::Arc::new(extract_links(body, *line, source)));
                let mut local = Diagnostics::new();
                if *wanted || links_into(&links) {
                    check_links(&links, corpus, config, known, &mut local);
                }
                (*source, key, links, local)
            })
            .collect();
        let mut by_file = ByFile::with_capacity(found.len());
        let mut keep = std::collections::HashMap::new();
        for (source, key, links, local) in found {
            if let Some(key) = key {
                keep.insert(key, std::sync::Arc::clone(&links));
            }
            by_file.insert(source.to_path_buf(), links);
            diags.extend(local);
        }
        (by_file, keep)
    }
}

impl Target {
    /// Where a link to this target leads from a page in `lang`: the
    /// version in `lang` of a document or plain page, or the original
    /// (`default`) when there is none; so also for a target that does not
    /// exist (a link the check reports still renders as it always did).
    pub fn address(&self, corpus: &Corpus, addr: &Addresses, lang: &str, default: &str) -> String {
        match self {
            Target::Document(key, goal) => {
                let l = if corpus.document(key, lang).is_some() {
                    lang
                } else {
                    default
                };
                let mut url = addr.document(key, l);
                if let Some(g) = goal {
                    url.push('#');
                    url.push_str(g.as_str());
                }
                url
            }
            Target::Focus(id) => addr.focus(id, lang),
            Target::File(path) => addr.content_file(path),
            Target::Page(slug) => {
                let l = if corpus.page(slug, lang).is_some() {
                    lang
                } else {
                    default
                };
                addr.plain_page(slug, l)
            }
        }
    }
}

/// Checks again only the bodies of `sources`, for a rebuild in which
/// nothing but those bodies changed: every other reference, and the graph
/// but for those bodies' links ([`LinkGraph::bodies`], put in `graph`),
/// depend only on front matter and file names, which are as they were.
/// Gives those bodies' links, as [`super::resolve_with`] does.
pub fn recheck_bodies(
    corpus: &Corpus,
    config: &SiteConfig,
    sources: &std::collections::HashSet<SourceKey>,
    last: Option<&Extracted>,
    graph: &mut LinkGraph,
    diags: &mut Diagnostics,
) -> Extracted {
    let known = Known::new(corpus, &config.default_language);
    let (by_file, bodies) = check_bodies(corpus, config, &known, Some(sources), None, last, diags);
    graph.put_bodies(by_file);
    Extracted {
        bodies,
        related: None,
    }
}

/// Checks a body's links against the corpus.
fn check_links(
    links: &BodyLinks,
    corpus: &Corpus,
    config: &SiteConfig,
    known: &Known<'_>,
    diags: &mut Diagnostics,
) {
    for link in &links.links {
        let at = link.at.clone();
        match link.target.clone() {
            Err(why) => {
                diags.error("bad-link", at, why).help(msg!("bad-link-help"));
            }
            Ok(Target::Focus(id)) => {
                if !known.focus_area(id.as_str()) {
                    let d = diags.error(
                        "broken-link",
                        at,
                        msg!("broken-link-focus", id = id.as_str()),
                    );
                    if let Some(s) = nearest(id.as_str(), known.focus_areas().iter().copied()) {
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
                if !known.document(key.as_str()) {
                    unknown_document(&key, &at, known, diags);
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
