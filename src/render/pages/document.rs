//! A document's page: its facts, goals, body, versions and changes.

use std::collections::HashSet;

use crate::error::Result;
use crate::lang::Lang;
use crate::model::{DocKey, Document, ValidUntil};
use crate::render::view::*;
use crate::render::{PageView, Renderer, meta};

impl<'a> Renderer<'a> {
    pub(in crate::render) fn document(&self, doc: &Document) -> Result<PageView> {
        let lang = &doc.lang;
        let default = &self.config.default_language;
        let fact = |label: &'static str, value: Option<String>| Fact {
            label,
            value,
            datetime: None,
        };
        let mut facts = vec![fact("decided-by", doc.decided_by.clone())];
        facts.push(Fact {
            label: "decided",
            value: self.date(lang, doc.decided),
            datetime: doc.decided.map(|d| d.to_string()),
        });
        if doc.paragraph.is_some() {
            facts.push(fact("paragraph", doc.paragraph.clone()));
        }
        if let Some(d) = doc.valid_from {
            facts.push(Fact {
                label: "valid-from",
                value: Some(self.i18n.date(lang, d)),
                datetime: Some(d.to_string()),
            });
        }
        if let Some(c) = doc.last_major_change() {
            facts.push(Fact {
                label: "updated",
                value: Some(self.i18n.date(lang, c.date)),
                datetime: Some(c.date.to_string()),
            });
        }
        facts.push(Fact {
            label: "valid-until",
            value: self.valid_until_text(lang, doc.valid_until),
            datetime: match doc.valid_until {
                Some(ValidUntil::Date(d)) => Some(d.to_string()),
                _ => None,
            },
        });
        facts.push(fact("responsible", doc.responsible.clone()));
        let regulation_number = doc.regulation_number.as_ref().map(|r| r.target.clone());
        for (label, value) in [
            ("responsible-unit", &doc.responsible_unit),
            ("applies-to", &doc.applies_to),
            ("registry-number", &doc.registry_number),
            ("regulation-number", &regulation_number),
        ] {
            if value.is_some() {
                facts.push(fact(label, value.clone()));
            }
        }
        if let Some(d) = doc.review_by {
            facts.push(Fact {
                label: "review-by",
                value: Some(self.i18n.date(lang, d)),
                datetime: Some(d.to_string()),
            });
        }
        if doc.review_responsible.is_some() {
            facts.push(fact("review-responsible", doc.review_responsible.clone()));
        }
        let goal_ids: Vec<&str> = doc.goals.iter().map(|g| g.id.as_str()).collect();
        let body = self.body(&doc.body, &doc.source, lang, &goal_ids);
        let goals = doc
            .goals
            .iter()
            .map(|g| GoalView {
                id: g.id.to_string(),
                title: g.title.clone(),
                focus_areas: g
                    .focus_areas
                    .iter()
                    .map(|r| self.focus_link(&r.target, lang))
                    .collect(),
                indicators: g
                    .indicators
                    .iter()
                    .enumerate()
                    .map(|(i, ind)| {
                        let id = format!("sd-{}-{}", g.id, i + 1);
                        self.indicator_view(ind, lang, Some(&id))
                    })
                    .collect(),
            })
            .collect();
        let view = DocumentView {
            title: doc.title.clone(),
            kind: doc.kind.as_str(),
            organisation: doc.organisation.clone(),
            facts,
            status: doc.status(self.today),
            valid_until: match doc.valid_until {
                Some(ValidUntil::Date(d)) => Some(self.i18n.date(lang, d)),
                _ => None,
            },
            replaced_by: self
                .graph
                .replaced_by
                .get(&doc.key)
                .and_then(|k| self.doc_link(k, lang)),
            replaces: doc
                .replaces
                .as_ref()
                .and_then(|r| self.doc_link(&r.target, lang)),
            summary: doc.summary.clone(),
            toc: body.toc,
            body_html: body.html,
            goals,
            focus_areas: doc
                .all_focus_areas()
                .into_iter()
                .map(|id| self.focus_link(id, lang))
                .collect(),
            related: self
                .graph
                .related
                .of(&doc.key)
                .filter(|k| !self.is_repealed(k))
                .filter_map(|k| self.doc_link(k, lang))
                .collect(),
            is_translation: doc.is_translation,
            original: if doc.is_translation {
                self.corpus.document(&doc.key, default).map(|o| {
                    self.link(
                        o.title.clone(),
                        self.addr.document(&o.key, default),
                        Some(default),
                    )
                })
            } else {
                None
            },
            full_text_in_original: doc.is_translation && doc.body.trim().is_empty(),
            repeals_on: self.repeals_on(doc, lang),
            repeal: doc
                .repeal
                .as_ref()
                .filter(|r| r.date <= self.today)
                .map(|r| RepealView {
                    date: self.i18n.date(lang, r.date),
                    date_iso: r.date.to_string(),
                    facts: [
                        ("decided-by", &r.decided_by),
                        ("paragraph", &r.paragraph),
                        ("reason", &r.reason),
                    ]
                    .into_iter()
                    .filter(|(_, v)| v.is_some())
                    .map(|(label, v)| fact(label, v.clone()))
                    .collect(),
                }),
            changes: doc
                .changes_newest_first()
                .into_iter()
                .map(|c| ChangeView {
                    date: self.i18n.date(lang, c.date),
                    date_iso: c.date.to_string(),
                    description: c.description.clone(),
                    lang: (c.lang != *lang).then(|| c.lang.to_string()),
                    major: c.major,
                })
                .collect(),
            versions: self.versions(doc, lang),
            original_changed: self.original_changed(doc),
            json_ld: doc.regulation_number.as_ref().map(|n| {
                let status = doc.status(self.today);
                meta::Legislation {
                    doc,
                    number: &n.target,
                    in_force: !status.is_ended()
                        && doc.valid_from.is_none_or(|from| from <= self.today),
                    url: &self.addr.absolute(&self.addr.document(&doc.key, lang)),
                    lang_tag: lang.tag(),
                    original_url: doc
                        .is_translation
                        .then(|| self.addr.absolute(&self.addr.document(&doc.key, default))),
                }
                .json_ld()
            }),
        };
        let key = doc.key.clone();
        let url_in = |l: &str| {
            self.corpus
                .document(&key, l)
                .map(|_| self.addr.document(&key, l))
        };
        let mut common = self.common(
            "document",
            lang,
            doc.title.clone(),
            doc.summary.clone(),
            &url_in,
        );
        common.meta.og_type = "article";
        common.meta.creator = Some(doc.organisation.clone());
        common.meta.date = doc.decided.map(|d| d.to_string());
        common.meta.data_url = Some(self.addr.document_data(&doc.key, lang));
        self.page(
            "document.html",
            PageContext {
                document: Some(view),
                ..Self::empty(common)
            },
        )
    }

    /// `giltig till` as the page says it.
    pub(in crate::render) fn valid_until_text(
        &self,
        lang: &Lang,
        v: Option<ValidUntil>,
    ) -> Option<String> {
        match v? {
            ValidUntil::FurtherNotice => Some(self.t(lang, "until-further-notice")),
            ValidUntil::Date(d) => Some(self.i18n.date(lang, d)),
        }
    }

    /// A repeal date of `doc` still to come, written in `lang`.
    pub(in crate::render) fn repeals_on(&self, doc: &Document, lang: &Lang) -> Option<String> {
        doc.repeal
            .as_ref()
            .filter(|r| r.date > self.today)
            .map(|r| self.i18n.date(lang, r.date))
    }

    /// True when document `key` has been repealed: it leaves search and
    /// the lists of related documents, though its page stays.
    pub(in crate::render) fn is_repealed(&self, key: &DocKey) -> bool {
        crate::render::repealed(self.config, self.corpus, self.today, key)
    }

    /// For a translation whose `översatt` is before its original's newest
    /// larger change: that change's date (ISO), for the notice.
    pub(in crate::render) fn original_changed(&self, doc: &Document) -> Option<String> {
        let made = doc.translated.as_ref()?.target;
        let original = self
            .corpus
            .document(&doc.key, &self.config.default_language)?;
        let change = original.last_major_change().filter(|c| c.date > made)?;
        Some(self.i18n.date(&doc.lang, change.date))
    }

    /// The line of versions `doc` stands in through `ersätter`, newest
    /// first; empty when it stands alone.
    pub(in crate::render) fn versions(&self, doc: &Document, lang: &Lang) -> Vec<VersionView> {
        let default = &self.config.default_language;
        // Each key once, so a loop of replacements cannot run forever.
        let mut seen = HashSet::new();
        let mut newest = &doc.key;
        seen.insert(newest);
        while let Some(next) = self.graph.replaced_by.get(newest) {
            if !seen.insert(next) {
                break;
            }
            newest = next;
        }
        let mut out = Vec::new();
        let mut listed = HashSet::new();
        let mut key = Some(newest.clone());
        while let Some(k) = key.take() {
            if !listed.insert(k.clone()) {
                break;
            }
            let (Some(original), Some(link)) =
                (self.corpus.document(&k, default), self.doc_link(&k, lang))
            else {
                break;
            };
            let shown = self.corpus.document(&k, lang).unwrap_or(original);
            out.push(VersionView {
                link,
                current: k == doc.key,
                decided: self.date(lang, original.decided),
                decided_by: shown.decided_by.clone(),
                valid_until: self.valid_until_text(lang, original.valid_until),
                status: original.status(self.today),
            });
            key = original.replaces.as_ref().map(|r| r.target.clone());
        }
        if out.len() < 2 {
            out.clear();
        }
        out
    }
}
