//! What changed between two link graphs: the pages a front-matter edit
//! can reach, from the graph before and after it. Pure, so a rebuild can
//! tell it without keeping any state during resolution.

use std::collections::BTreeSet;

use super::{LinkGraph, Related, focus_areas_holding};
use crate::content::{SourceKey, SourceKind};
use crate::model::{DocKey, FocusId};

/// The documents and focus areas (by key, every language) whose pages can
/// show something a front-matter edit changed: the edited sources
/// themselves, the documents and focus areas that list or link to them,
/// and those whose place in the graph (related documents, replacements)
/// moved. Listings of all documents or all focus areas are reached by any
/// change. When a document's language version comes or goes, also the
/// pages whose bodies link to it (the link's address changes) and the
/// sitemap.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Touched {
    /// Documents.
    pub documents: BTreeSet<DocKey>,
    /// Focus areas.
    pub focus_areas: BTreeSet<FocusId>,
    /// Plain pages, by slug.
    pub pages: BTreeSet<String>,
    /// A document's language version came or went: the sitemap, which
    /// lists every page's versions, changes too.
    pub versions: bool,
}

impl Touched {
    /// Adds what `other` reaches.
    pub fn extend(&mut self, other: Touched) {
        self.documents.extend(other.documents);
        self.focus_areas.extend(other.focus_areas);
        self.pages.extend(other.pages);
        self.versions |= other.versions;
    }
}

/// What an edit of the front matter of the sources `edited` reaches (see
/// [`Touched`]), from the graph before it (`old`) and after it (`new`);
/// `None` when it can reach every page (a plain page was edited: every
/// page's footer lists them).
pub fn diff(
    old: &LinkGraph,
    new: &LinkGraph,
    edited: &std::collections::HashSet<SourceKey>,
) -> Option<Touched> {
    Before::of(old, edited).reach(new, edited)
}

/// What [`diff`] needs of the graph before an edit, taken before the
/// graph is changed in place ([`super::patch`]), so that it need not be
/// copied whole: where the edited documents stood, and the two small maps.
#[derive(Debug, Clone)]
pub struct Before {
    /// The focus areas whose lists held an edited document.
    focus_areas: BTreeSet<FocusId>,
    /// Related documents (shared, not copied).
    related: std::sync::Arc<Related>,
    /// Which document replaced which.
    replaced_by: std::collections::BTreeMap<DocKey, DocKey>,
}

impl Before {
    /// What `old` says of the documents of `edited`.
    pub fn of(old: &LinkGraph, edited: &std::collections::HashSet<SourceKey>) -> Before {
        Before {
            focus_areas: focus_areas_holding(old, &edited_documents(edited)),
            related: std::sync::Arc::clone(&old.related),
            replaced_by: old.replaced_by.clone(),
        }
    }

    /// What the edit of `edited` reaches, with `new` the graph after it
    /// (see [`diff`]).
    pub fn reach(
        self,
        new: &LinkGraph,
        edited: &std::collections::HashSet<SourceKey>,
    ) -> Option<Touched> {
        if edited.iter().any(|s| s.kind == SourceKind::Page) {
            return None;
        }
        let docs = edited_documents(edited);
        let mut t = Touched {
            documents: docs.clone(),
            // Focus-area pages list their documents.
            focus_areas: self.focus_areas,
            ..Touched::default()
        };
        t.focus_areas.extend(focus_areas_holding(new, &docs));
        // Documents list their related documents...
        let old_related = &self.related;
        t.documents.extend(old_related.listing(&docs).cloned());
        // The same list (shared, as a patch that leaves every document's
        // focus areas as they were keeps it) holds nothing new.
        if !std::sync::Arc::ptr_eq(old_related, &new.related) {
            t.documents.extend(new.related.listing(&docs).cloned());
            t.documents
                .extend(old_related.differing(&new.related).into_iter().cloned());
        }
        // ...and the documents they replace or are replaced by.
        let old_replaced = &self.replaced_by;
        for map in [old_replaced, &new.replaced_by] {
            for (before, after) in map {
                let moved = old_replaced.get(before) != new.replaced_by.get(before);
                if moved || docs.contains(before) || docs.contains(after) {
                    t.documents.insert(before.clone());
                    t.documents.insert(after.clone());
                }
            }
        }
        // Documents name the focus areas they are in.
        for s in edited.iter().filter(|s| s.kind == SourceKind::FocusArea) {
            let id = FocusId(s.key.clone());
            t.documents
                .extend(new.docs_by_focus.get(&id).into_iter().flatten().cloned());
            t.focus_areas.insert(id);
        }
        Some(t)
    }
}

/// The documents among `edited`.
fn edited_documents(edited: &std::collections::HashSet<SourceKey>) -> BTreeSet<DocKey> {
    edited
        .iter()
        .filter(|s| s.kind == SourceKind::Document)
        .map(|s| DocKey(s.key.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let edited = |kind, key: &str| [SourceKey::new(kind, key)].into();
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
        let related = Related::from_lists(&[("b", &["a"]), ("c", &[])]);
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
        new.related = std::sync::Arc::new(Related::from_lists(&[("b", &[]), ("c", &["b"])]));
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
}
