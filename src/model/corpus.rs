//! The [`Corpus`]: every document, focus area and plain page of the site
//! in all languages, with an index to find a version by key and language.

use super::{DocKey, Document, FocusArea, FocusId, Page};
use crate::lang::Lang;

/// The body of a file that did not become a document, page or focus area.
#[derive(Debug, Clone)]
pub struct UnbuiltBody {
    /// The file.
    pub source: std::path::PathBuf,
    /// Its body.
    pub body: crate::content::Body,
    /// The line on which the body starts.
    pub body_line: usize,
}

/// Everything the site is made of, validated. Immutable after [`super::build`].
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// All language versions of all documents, sorted by key, then language.
    pub documents: Vec<Document>,
    /// All language versions of all focus areas, sorted by id, then language.
    pub focus_areas: Vec<FocusArea>,
    /// All language versions of all plain pages, sorted by slug, then language.
    pub pages: Vec<Page>,
    /// Non-Markdown files under `content/`, copied as they are.
    pub assets: Vec<crate::content::Asset>,
    /// Default-language files that exist but have errors (already
    /// reported): references to them are not reported again.
    pub unreadable: std::collections::BTreeSet<crate::content::SourceKey>,
    /// The bodies of files whose front matter has errors: their links are
    /// checked too, so that one run reports every problem of a file.
    pub unbuilt: Vec<UnbuiltBody>,
    /// (key, language) → position, for each of the three lists.
    pub(super) index: Index,
}

/// Positions by key, then by language: a key has a handful of language
/// versions, so looking one up allocates nothing and compares little.
type Positions = rustc_hash::FxHashMap<String, Vec<(Lang, usize)>>;

#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    documents: Positions,
    focus_areas: Positions,
    pages: Positions,
}

fn position(index: &Positions, key: &str, lang: &str) -> Option<usize> {
    index
        .get(key)?
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, i)| *i)
}

fn place(index: &mut Positions, key: &str, lang: &Lang, at: usize) {
    let langs = index.entry(key.to_string()).or_default();
    match langs.iter_mut().find(|(l, _)| l == lang) {
        Some(slot) => slot.1 = at,
        None => langs.push((lang.clone(), at)),
    }
}

/// Puts the items of `made` into `list`, both in the order of
/// [`Corpus::sort`] (by key, then the rank of the language), each at its
/// place: moving every item once, where sorting anew would compare them
/// all again. An item of `list` comes before one of `made` with the same
/// key and language, as after a stable sort of the two one after another.
fn merge_in<T>(
    list: &mut Vec<T>,
    mut made: Vec<T>,
    key_lang: impl Fn(&T) -> (&str, &Lang),
    lang_rank: impl Fn(&str) -> usize,
) {
    if made.is_empty() {
        return;
    }
    let cmp = |a: &T, b: &T| {
        let ((ka, la), (kb, lb)) = (key_lang(a), key_lang(b));
        (ka, lang_rank(la)).cmp(&(kb, lang_rank(lb)))
    };
    made.sort_by(cmp);
    let old = std::mem::take(list);
    list.reserve(old.len() + made.len());
    let (mut old, mut made) = (old.into_iter().peekable(), made.into_iter().peekable());
    loop {
        let from_old = match (old.peek(), made.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(b)) => cmp(a, b).is_le(),
        };
        list.extend(if from_old { old.next() } else { made.next() });
    }
}

/// Brings `index` up to date with `list` after [`merge_in`]: the keys in
/// `changed` are placed anew, and every other key's versions get their
/// new positions, without making their keys again.
fn reindex<'a, T>(
    index: &mut Positions,
    list: &[T],
    changed: impl Iterator<Item = &'a str>,
    key_lang: impl Fn(&T) -> (&str, &Lang),
) {
    for key in changed {
        index.remove(key);
    }
    for (i, item) in list.iter().enumerate() {
        let (key, lang) = key_lang(item);
        match index
            .get_mut(key)
            .and_then(|langs| langs.iter_mut().find(|(l, _)| l == lang))
        {
            Some(slot) => slot.1 = i,
            None => place(index, key, lang, i),
        }
    }
}

impl Corpus {
    /// The version of document `key` in `lang`, if there is one.
    pub fn document(&self, key: &DocKey, lang: &str) -> Option<&Document> {
        self.documents
            .get(position(&self.index.documents, key.as_str(), lang)?)
    }

    /// The version of focus area `id` in `lang`, if there is one.
    pub fn focus_area(&self, id: &FocusId, lang: &str) -> Option<&FocusArea> {
        self.focus_areas
            .get(position(&self.index.focus_areas, id.as_str(), lang)?)
    }

    /// The version of plain page `slug` in `lang`, if there is one.
    pub fn page(&self, slug: &str, lang: &str) -> Option<&Page> {
        self.pages.get(position(&self.index.pages, slug, lang)?)
    }

    /// The positions in [`Corpus::documents`] of every language version of
    /// document `key`, in no particular order.
    pub fn document_positions(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        self.index
            .documents
            .get(key)
            .into_iter()
            .flatten()
            .map(|(_, i)| *i)
    }

    /// True when the document versions of the sources `edited` hold the
    /// same places site-wide as `before` (the versions a patch took out
    /// of them): the same versions, old addresses, organisations and
    /// regulation numbers. Then no address or number can clash that did
    /// not before. False when anything but documents was edited.
    pub fn holds_same_places<'a>(
        &'a self,
        before: &'a [Document],
        edited: &std::collections::HashSet<crate::content::SourceKey>,
    ) -> bool {
        use crate::content::SourceKind;
        if edited.iter().any(|s| s.kind != SourceKind::Document) {
            return false;
        }
        let places = |d: &'a Document| {
            (
                d.key.as_str(),
                d.lang.as_str(),
                d.previous_addresses
                    .iter()
                    .map(|a| a.target.as_str())
                    .collect::<Vec<_>>(),
                d.organisation.as_str(),
                d.regulation_number.as_ref().map(|n| n.target.as_str()),
            )
        };
        let mut then: Vec<_> = before.iter().map(places).collect();
        let mut now: Vec<_> = edited
            .iter()
            .flat_map(|s| self.document_positions(&s.key))
            .map(|i| places(&self.documents[i]))
            .collect();
        then.sort();
        now.sort();
        then == now
    }

    /// True when a document has a `författningsnummer`: the site then has
    /// a register of regulations.
    pub fn has_regulations(&self) -> bool {
        self.documents.iter().any(|d| d.regulation_number.is_some())
    }

    /// Adds a document version.
    pub fn push_document(&mut self, d: Document) {
        place(
            &mut self.index.documents,
            d.key.as_str(),
            &d.lang,
            self.documents.len(),
        );
        self.documents.push(d);
    }

    /// Adds a focus-area version.
    pub fn push_focus_area(&mut self, f: FocusArea) {
        place(
            &mut self.index.focus_areas,
            f.id.as_str(),
            &f.lang,
            self.focus_areas.len(),
        );
        self.focus_areas.push(f);
    }

    /// Adds a plain-page version.
    pub fn push_page(&mut self, p: Page) {
        place(&mut self.index.pages, &p.slug, &p.lang, self.pages.len());
        self.pages.push(p);
    }

    /// The version of document `key` in `lang`, to change in place.
    pub fn document_mut(&mut self, key: &str, lang: &str) -> Option<&mut Document> {
        self.documents
            .get_mut(position(&self.index.documents, key, lang)?)
    }

    /// The version of focus area `id` in `lang`, to change in place.
    pub fn focus_area_mut(&mut self, id: &str, lang: &str) -> Option<&mut FocusArea> {
        self.focus_areas
            .get_mut(position(&self.index.focus_areas, id, lang)?)
    }

    /// The version of plain page `slug` in `lang`, to change in place.
    pub fn page_mut(&mut self, slug: &str, lang: &str) -> Option<&mut Page> {
        self.pages.get_mut(position(&self.index.pages, slug, lang)?)
    }

    /// Replaces the body of the version of `source` in `lang`, for a
    /// rebuild in which only bodies changed. False when there is no such
    /// version.
    pub fn replace_body(
        &mut self,
        source: &crate::content::SourceKey,
        lang: &str,
        body: crate::content::Body,
    ) -> bool {
        use crate::content::SourceKind;
        let key = source.key.as_str();
        let slot = match source.kind {
            SourceKind::Document => self.document_mut(key, lang).map(|d| &mut d.body),
            SourceKind::FocusArea => self.focus_area_mut(key, lang).map(|f| &mut f.body),
            SourceKind::Page => self.page_mut(key, lang).map(|p| &mut p.body),
        };
        slot.map(|b| *b = body).is_some()
    }

    /// True when source `source` has a version in `lang`.
    pub fn has_original(&self, source: &crate::content::SourceKey, lang: &str) -> bool {
        self.has_version(source.kind, &source.key, lang)
    }

    /// True when the source of `kind` and `key` has a version in `lang`.
    pub fn has_version(&self, kind: crate::content::SourceKind, key: &str, lang: &str) -> bool {
        use crate::content::SourceKind;
        let index = match kind {
            SourceKind::Document => &self.index.documents,
            SourceKind::FocusArea => &self.index.focus_areas,
            SourceKind::Page => &self.index.pages,
        };
        position(index, key, lang).is_some()
    }

    /// Takes out every version of the sources in `sources` and puts in the
    /// items and bodies of `made` (read from those sources' files), then
    /// sorts as [`Corpus::sort`] does. Gives the document versions taken
    /// out.
    pub fn replace_sources(
        &mut self,
        sources: &std::collections::HashSet<crate::content::SourceKey>,
        made: Corpus,
        lang_rank: impl Fn(&str) -> usize,
    ) -> Vec<Document> {
        use crate::content::SourceKind;
        // An edit that keeps every version (the common case) changes
        // nothing of the order: no item moves, and no index is made again.
        self.unreadable.retain(|s| !sources.contains(s));
        if made.unbuilt.is_empty() && self.has_places_for(sources, &made) {
            return self.replace_in_place(made);
        }
        // A handful of sources: comparing is cheaper than making a key to
        // hash for each item.
        let named =
            |kind: SourceKind, key: &str| sources.iter().any(|s| s.kind == kind && s.key == key);
        let removed = self
            .documents
            .extract_if(.., |d| named(SourceKind::Document, d.key.as_str()))
            .collect();
        self.focus_areas
            .retain(|f| !named(SourceKind::FocusArea, f.id.as_str()));
        self.pages.retain(|p| !named(SourceKind::Page, &p.slug));
        // The rest keep their order: what was made goes in at its place,
        // and the index follows, as after [`Corpus::sort`].
        let rank = &lang_rank;
        merge_in(
            &mut self.documents,
            made.documents,
            |d| (d.key.as_str(), &d.lang),
            rank,
        );
        merge_in(
            &mut self.focus_areas,
            made.focus_areas,
            |f| (f.id.as_str(), &f.lang),
            rank,
        );
        merge_in(
            &mut self.pages,
            made.pages,
            |p| (p.slug.as_str(), &p.lang),
            rank,
        );
        let keys = |kind: SourceKind| {
            sources
                .iter()
                .filter(move |s| s.kind == kind)
                .map(|s| s.key.as_str())
        };
        let index = &mut self.index;
        reindex(
            &mut index.documents,
            &self.documents,
            keys(SourceKind::Document),
            |d| (d.key.as_str(), &d.lang),
        );
        reindex(
            &mut index.focus_areas,
            &self.focus_areas,
            keys(SourceKind::FocusArea),
            |f| (f.id.as_str(), &f.lang),
        );
        reindex(&mut index.pages, &self.pages, keys(SourceKind::Page), |p| {
            (p.slug.as_str(), &p.lang)
        });
        self.unbuilt.extend(made.unbuilt);
        removed
    }

    /// True when the items of `made` are the versions `sources` have, one
    /// for one: each can take its version's place, and none is left over.
    fn has_places_for(
        &self,
        sources: &std::collections::HashSet<crate::content::SourceKey>,
        made: &Corpus,
    ) -> bool {
        use crate::content::SourceKind;
        let versions = |s: &crate::content::SourceKey| {
            let index = match s.kind {
                SourceKind::Document => &self.index.documents,
                SourceKind::FocusArea => &self.index.focus_areas,
                SourceKind::Page => &self.index.pages,
            };
            index.get(&s.key).map_or(0, Vec::len)
        };
        let count: usize = sources.iter().map(versions).sum();
        count == made.documents.len() + made.focus_areas.len() + made.pages.len()
            && made
                .documents
                .iter()
                .all(|d| position(&self.index.documents, d.key.as_str(), &d.lang).is_some())
            && made
                .focus_areas
                .iter()
                .all(|f| position(&self.index.focus_areas, f.id.as_str(), &f.lang).is_some())
            && made
                .pages
                .iter()
                .all(|p| position(&self.index.pages, &p.slug, &p.lang).is_some())
    }

    /// Puts each item of `made` in its version's place (see
    /// [`Corpus::has_places_for`]): the order and the index stay as they
    /// are. Gives the document versions taken out.
    fn replace_in_place(&mut self, made: Corpus) -> Vec<Document> {
        let mut removed = Vec::with_capacity(made.documents.len());
        for d in made.documents {
            if let Some(i) = position(&self.index.documents, d.key.as_str(), &d.lang) {
                removed.push(std::mem::replace(&mut self.documents[i], d));
            }
        }
        for f in made.focus_areas {
            if let Some(i) = position(&self.index.focus_areas, f.id.as_str(), &f.lang) {
                self.focus_areas[i] = f;
            }
        }
        for p in made.pages {
            if let Some(i) = position(&self.index.pages, &p.slug, &p.lang) {
                self.pages[i] = p;
            }
        }
        removed
    }

    /// Sorts the three lists by key, then by the rank of the language, and
    /// rebuilds the index.
    pub fn sort(&mut self, lang_rank: impl Fn(&str) -> usize) {
        self.documents
            .sort_by(|a, b| (&a.key, lang_rank(&a.lang)).cmp(&(&b.key, lang_rank(&b.lang))));
        self.focus_areas
            .sort_by(|a, b| (&a.id, lang_rank(&a.lang)).cmp(&(&b.id, lang_rank(&b.lang))));
        self.pages
            .sort_by(|a, b| (&a.slug, lang_rank(&a.lang)).cmp(&(&b.slug, lang_rank(&b.lang))));
        self.index = Index::default();
        for (i, d) in self.documents.iter().enumerate() {
            place(&mut self.index.documents, d.key.as_str(), &d.lang, i);
        }
        for (i, f) in self.focus_areas.iter().enumerate() {
            place(&mut self.index.focus_areas, f.id.as_str(), &f.lang, i);
        }
        for (i, p) in self.pages.iter().enumerate() {
            place(&mut self.index.pages, &p.slug, &p.lang, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_in_and_reindexing_give_what_sorting_anew_gives() {
        let rank = |code: &str| ["sv", "en", "ar"].iter().position(|c| *c == code).unwrap();
        let item = |key: &str, lang: &str| (key.to_string(), Lang::from(lang));
        fn key_lang(t: &(String, Lang)) -> (&str, &Lang) {
            (t.0.as_str(), &t.1)
        }
        let sorted = |mut list: Vec<(String, Lang)>| {
            list.sort_by(|a, b| (&a.0, rank(&a.1)).cmp(&(&b.0, rank(&b.1))));
            list
        };
        let index_of = |list: &[(String, Lang)]| {
            let mut index = Positions::default();
            for (i, (key, lang)) in list.iter().enumerate() {
                place(&mut index, key, lang, i);
            }
            index
        };
        let mut list = sorted(vec![
            item("a", "sv"),
            item("a", "en"),
            item("c", "sv"),
            item("c", "ar"),
            item("d", "sv"),
            item("e", "sv"),
        ]);
        let mut index = index_of(&list);
        // `c` loses its Arabic version and gains an English one, `d` is
        // gone, and `b` and `f` are new.
        let changed = ["b", "c", "d", "f"];
        list.retain(|(key, _)| !changed.contains(&key.as_str()));
        let made = vec![
            item("f", "sv"),
            item("c", "en"),
            item("b", "sv"),
            item("c", "sv"),
        ];
        let mut expected = list.clone();
        expected.extend(made.clone());
        let expected = sorted(expected);
        merge_in(&mut list, made, key_lang, rank);
        assert_eq!(list, expected);
        reindex(&mut index, &list, changed.into_iter(), key_lang);
        let mut index: Vec<_> = index.into_iter().collect();
        let mut again: Vec<_> = index_of(&expected).into_iter().collect();
        for (_, langs) in index.iter_mut().chain(again.iter_mut()) {
            langs.sort_by_key(|(_, i)| *i);
        }
        index.sort();
        again.sort();
        assert_eq!(index, again);
    }
}
