//! The pages that list documents and focus areas: the home page, the
//! list of focus areas, a focus area's page and the register of
//! regulations, with their grouping by organisation.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::error::Result;
use crate::lang::Lang;
use crate::model::{Document, FocusId, ValidUntil};
use crate::render::i18n::I18n;
use crate::render::view::*;
use crate::render::{PageView, Renderer, collation_key};

impl<'a> Renderer<'a> {
    /// The originals, each in `lang` where translated.
    pub(in crate::render) fn listed_documents(&self, lang: &Lang) -> Vec<(&Document, LinkView)> {
        self.corpus
            .documents
            .iter()
            .filter(|d| d.lang == self.config.default_language)
            .map(|d| (d, self.link_to_original(d, lang)))
            .collect()
    }

    /// [`Renderer::doc_link`] to `original`, a document in the default
    /// language: the same link, found without looking the original up.
    fn link_to_original(&self, original: &Document, lang: &Lang) -> LinkView {
        match self.shown_version(original, lang) {
            Some(d) => self.link(d.title.clone(), self.addr.document(&d.key, &d.lang), None),
            None => self.link(
                original.title.clone(),
                self.addr.document(&original.key, &original.lang),
                Some(&original.lang),
            ),
        }
    }

    /// `original`'s version in `lang`, when there is one (the original
    /// itself in the default language, with no lookup).
    fn shown_version<'d>(&'d self, original: &'d Document, lang: &Lang) -> Option<&'d Document> {
        if *lang == original.lang {
            Some(original)
        } else {
            self.corpus.document(&original.key, lang)
        }
    }

    /// Groups items by their document's organisation (as named in
    /// `original`, the document in the default language), shown by its
    /// name in `lang` where a translation gives one.
    pub(in crate::render) fn group_by_organisation<T>(
        &self,
        items: Vec<(&Document, T)>,
        lang: &Lang,
    ) -> Vec<OrganisationGroup<T>> {
        let mut groups: Vec<OrganisationGroup<T>> = Vec::new();
        // Where each organisation's group is, by its name in the original.
        let mut at: HashMap<&str, usize> = HashMap::new();
        for (original, item) in items {
            let local = self
                .shown_version(original, lang)
                .map(|d| d.organisation.as_str());
            match at.entry(original.organisation.as_str()) {
                Entry::Occupied(i) => {
                    let g = &mut groups[*i.get()];
                    if let Some(name) = local.filter(|name| *name != g.organisation) {
                        g.organisation = name.to_string();
                    }
                    g.documents.push(item);
                }
                Entry::Vacant(slot) => {
                    slot.insert(groups.len());
                    groups.push(OrganisationGroup {
                        organisation: local.unwrap_or(&original.organisation).to_string(),
                        documents: vec![item],
                    });
                }
            }
        }
        groups.sort_by_cached_key(|g| collation_key(&g.organisation));
        groups
    }

    pub(in crate::render) fn focus_summaries(&self, lang: &Lang) -> Vec<FocusSummary> {
        let mut out: Vec<FocusSummary> = self
            .corpus
            .focus_areas
            .iter()
            .filter(|f| f.lang == self.config.default_language)
            .map(|f| {
                let local = self.corpus.focus_area(&f.id, lang).unwrap_or(f);
                FocusSummary {
                    link: self.focus_link(&f.id, lang),
                    summary: local.summary.clone(),
                    goal_count: self.graph.goals_by_focus.get(&f.id).map_or(0, Vec::len),
                    document_count: self.graph.docs_by_focus.get(&f.id).map_or(0, Vec::len),
                }
            })
            .collect();
        out.sort_by_cached_key(|s| collation_key(&s.link.title));
        out
    }

    pub(in crate::render) fn home(&self, lang: &Lang) -> Result<PageView> {
        let docs = self.listed_documents(lang);
        let document_count = docs.len();
        let mut words = Words::new(&self.i18n, lang);
        let items = docs
            .into_iter()
            .map(|(d, link)| {
                let status = d.status(self.today);
                let summary = DocumentSummary {
                    link,
                    kind: d.kind.as_str(),
                    kind_name: words.named("kind", d.kind.as_str()),
                    decided: self.date(lang, d.decided),
                    decided_iso: d.decided.map(|x| x.to_string()),
                    status,
                    repeals_on: self.repeals_on(d, lang),
                    goal_count: d.goals.len(),
                    goal_count_text: words.count("goal-count", d.goals.len()),
                };
                (d, summary)
            })
            .collect();
        let mut groups = self.group_by_organisation(items, lang);
        for g in &mut groups {
            g.documents
                .sort_by_cached_key(|d| collation_key(&d.link.title));
        }
        let view = HomeView {
            groups,
            focus_areas: self.focus_summaries(lang),
            document_count,
        };
        let url_in = |l: &str| Some(self.addr.home(l));
        let common = self.common(
            "home",
            lang,
            self.config.title_in(lang).to_string(),
            Some(match self.config.description_in(lang) {
                Some(own) => own.to_string(),
                None => self.t(lang, "site-description"),
            }),
            &url_in,
        );
        self.page(
            "home.html",
            PageContext {
                home: Some(view),
                ..Self::empty(common)
            },
        )
    }

    pub(in crate::render) fn focus_index(&self, lang: &Lang) -> Result<PageView> {
        let url_in = |l: &str| Some(self.addr.focus_index(l));
        let common = self.common(
            "focus-index",
            lang,
            self.t(lang, "focus-areas"),
            Some(self.t(lang, "focus-index-description")),
            &url_in,
        );
        self.page(
            "focus_index.html",
            PageContext {
                focus_index: Some(self.focus_summaries(lang)),
                ..Self::empty(common)
            },
        )
    }

    pub(in crate::render) fn focus_page(&self, id: &FocusId, lang: &Lang) -> Result<PageView> {
        let original = self
            .corpus
            .focus_area(id, &self.config.default_language)
            .expect("listed from the originals");
        let local = self.corpus.focus_area(id, lang);
        let area = local.unwrap_or(original);
        let body = self.body(&area.body, &area.source, lang, &[]);
        let goals = self
            .graph
            .goals_by_focus
            .get(id)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut items: Vec<(&Document, FocusDocument)> = Vec::new();
        for key in self.graph.docs_by_focus.get(id).into_iter().flatten() {
            let Some(original_doc) = self.corpus.document(key, &self.config.default_language)
            else {
                continue;
            };
            let local = self.shown_version(original_doc, lang);
            let doc = local.unwrap_or(original_doc);
            let foreign = local.is_none().then_some(&doc.lang);
            let link = self.link(
                doc.title.clone(),
                self.addr.document(key, &doc.lang),
                foreign,
            );
            // The graph's lists are in key order.
            let (start, end) = (
                goals.partition_point(|(k, _)| k < key),
                goals.partition_point(|(k, _)| k <= key),
            );
            let goals = goals[start..end]
                .iter()
                .filter_map(|(_, gid)| doc.goal(gid.as_str()))
                .map(|g| FocusGoal {
                    link: self.link(g.title.clone(), format!("{}#{}", link.url, g.id), foreign),
                    indicators: g
                        .indicators
                        .iter()
                        .map(|ind| self.indicator_view(ind, lang, None))
                        .collect(),
                })
                .collect();
            let status = doc.status(self.today);
            items.push((
                original_doc,
                FocusDocument {
                    link,
                    status,
                    repeals_on: self.repeals_on(doc, lang),
                    goals,
                },
            ));
        }
        let view = FocusView {
            title: area.title.clone(),
            summary: area.summary.clone(),
            body_html: body.html,
            goal_count: goals.len(),
            groups: self.group_by_organisation(items, lang),
            untranslated: local.is_none() && *lang != self.config.default_language,
        };
        let url_in = |l: &str| Some(self.addr.focus(id, l));
        let common = self.common(
            "focus-area",
            lang,
            area.title.clone(),
            area.summary.clone(),
            &url_in,
        );
        self.page(
            "focus_area.html",
            PageContext {
                focus: Some(view),
                ..Self::empty(common)
            },
        )
    }

    /// A regulation as a row of the register, in `lang`: its title,
    /// decision body and paragraph from the translation where there is
    /// one, its dates and number from the original.
    pub(in crate::render) fn regulation_row(
        &self,
        original: &Document,
        number: &str,
        lang: &Lang,
    ) -> Option<RegulationRow> {
        let shown = self
            .corpus
            .document(&original.key, lang)
            .unwrap_or(original);
        let repealed = original.repeal.as_ref().filter(|r| r.date <= self.today);
        Some(RegulationRow {
            number: number.to_string(),
            link: self.doc_link(&original.key, lang)?,
            decided_by: shown.decided_by.clone(),
            paragraph: shown.paragraph.clone(),
            decided: self.date(lang, original.decided),
            decided_iso: original.decided.map(|d| d.to_string()),
            valid_until: self.valid_until_text(lang, original.valid_until),
            valid_until_iso: match original.valid_until {
                Some(ValidUntil::Date(d)) => Some(d.to_string()),
                _ => None,
            },
            status: original.status(self.today),
            repeals_on: self.repeals_on(original, lang),
            repealed: repealed.map(|r| self.i18n.date(lang, r.date)),
            repealed_iso: repealed.map(|r| r.date.to_string()),
        })
    }

    /// The register of regulations (kommunallagen 8 kap. 13 §): every
    /// document with a `författningsnummer`, by organisation; in each,
    /// those in force by number, then those repealed or expired by number.
    pub(in crate::render) fn register(&self, lang: &Lang) -> Result<PageView> {
        let items: Vec<(&Document, RegulationRow)> = self
            .corpus
            .documents
            .iter()
            .filter(|d| d.lang == self.config.default_language)
            .filter_map(|d| {
                let number = &d.regulation_number.as_ref()?.target;
                Some((d, self.regulation_row(d, number, lang)?))
            })
            .collect();
        let count = items.len();
        let groups = self
            .group_by_organisation(items, lang)
            .into_iter()
            .map(|g| {
                let mut rows = g.documents;
                rows.sort_by_cached_key(|row| {
                    crate::model::register_order(row.status, &row.number)
                });
                let (ended, in_force) = rows.into_iter().partition(|row| row.status.is_ended());
                RegisterGroup {
                    organisation: g.organisation,
                    in_force,
                    ended,
                }
            })
            .collect();
        let url_in = |l: &str| Some(self.addr.register(l));
        let mut common = self.common(
            "register",
            lang,
            self.t(lang, "register-title"),
            Some(self.t(lang, "register-description")),
            &url_in,
        );
        common.meta.data_url = Some(self.addr.api(crate::address::REGISTER_JSON));
        self.page(
            "register.html",
            PageContext {
                register: Some(RegisterView {
                    groups,
                    count,
                    json_url: self.addr.api(crate::address::REGISTER_JSON),
                    csv_url: self.addr.api(crate::address::REGISTER_CSV),
                }),
                ..Self::empty(common)
            },
        )
    }
}

/// The interface strings a listing prints for each of its items, made once
/// a page for each value they take (a kind's name, a count's words), as HTML text, as the templates' `t()` gives them.
struct Words<'a> {
    i18n: &'a I18n,
    lang: &'a Lang,
    named: HashMap<(&'static str, &'static str), String>,
    counts: HashMap<(&'static str, usize), String>,
}

impl<'a> Words<'a> {
    fn new(i18n: &'a I18n, lang: &'a Lang) -> Self {
        Words {
            i18n,
            lang,
            named: HashMap::new(),
            counts: HashMap::new(),
        }
    }

    /// The string `<prefix>-<name>` (`kind-strategi`).
    fn named(&mut self, prefix: &'static str, name: &'static str) -> String {
        let (i18n, lang) = (self.i18n, self.lang);
        self.named
            .entry((prefix, name))
            .or_insert_with(|| i18n.html(lang, &format!("{prefix}-{name}"), &[]))
            .clone()
    }

    /// The string `key` with `$count` set to `n` (`goal-count`).
    fn count(&mut self, key: &'static str, n: usize) -> String {
        let (i18n, lang) = (self.i18n, self.lang);
        self.counts
            .entry((key, n))
            .or_insert_with(|| i18n.html(lang, key, &[("count", n.into())]))
            .clone()
    }
}
