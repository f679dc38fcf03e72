//! A document's own keys, read into a [`Document`].

use super::{Reader, is_further_notice};
use crate::content::Text;
use crate::content::yaml::Spanned;
use crate::diag::nearest;
use crate::model::{DocKey, DocKind, Document, FocusId, Ref, ValidUntil};
use crate::msg;

impl Reader<'_> {
    pub(super) fn document(mut self, original: Option<&Document>) -> Option<Document> {
        let f = &self.file.front;
        let file = self.file;
        let translation = original.is_some();
        let title = self.required("titel", &f.titel, "Strategi för integration");
        let kind = match (&f.typ, original) {
            (None, Some(o)) => Some(o.kind),
            (Some(t), _) if DocKind::parse(&t.value.0).is_some() => DocKind::parse(&t.value.0),
            (Some(t), _) => {
                let words: Vec<&str> = DocKind::ALL.iter().map(|k| k.as_str()).collect();
                let d = self.diags.error(
                    "unknown-type",
                    self.span(t),
                    msg!("unknown-type", typ = t.value.0.as_str()),
                );
                match nearest(&t.value.0, words.iter().copied()) {
                    Some(s) => d.help(msg!(
                        "unknown-type-suggestion",
                        suggestion = s,
                        types = words.join(", ")
                    )),
                    None => d.help(msg!("unknown-type-list", types = words.join(", "))),
                };
                None
            }
            (None, None) => {
                self.required("typ", &None, "strategi");
                None
            }
        };
        let organisation = match original {
            Some(o) if !file.has_key("organisation") => Some(o.organisation.clone()),
            _ => self.required("organisation", &f.organisation, "Vårgårda kommun"),
        };
        let decided_by = self.nullable(
            "beslutad av",
            &f.beslutad_av,
            original.and_then(|o| o.decided_by.clone()),
            translation,
        );
        let responsible = self.nullable(
            "ansvarig",
            &f.ansvarig,
            original.and_then(|o| o.responsible.clone()),
            translation,
        );
        if !translation && !file.has_key("beslutad") && !file.is_misspelt("beslutad") {
            self.diags
                .error(
                    "missing-key",
                    self.file.key_span("beslutad"),
                    msg!("missing-key", key = "beslutad"),
                )
                .help(msg!("missing-decided-help"));
        }
        let decided = if translation && !file.has_key("beslutad") {
            Some(original.and_then(|o| o.decided))
        } else {
            self.date("beslutad", &f.beslutad)
        };
        let valid_until = if !file.has_key("giltig till") {
            if !translation {
                self.nullable("giltig till", &None, None, false);
            }
            Some(original.and_then(|o| o.valid_until))
        } else {
            // Empty text is `~`, as the browser editor writes it.
            match f
                .giltig_till
                .as_ref()
                .filter(|s| !s.value.0.trim().is_empty())
            {
                None => {
                    if !translation {
                        self.missing_info("giltig till");
                    }
                    Some(None)
                }
                Some(s) if is_further_notice(&s.value.0) => Some(Some(ValidUntil::FurtherNotice)),
                Some(s) => self
                    .date_at("giltig till", s, msg!("bad-valid-until-help"))
                    .map(|d| Some(ValidUntil::Date(d))),
            }
        };
        let valid_from = match &f.giltig_fran {
            None => Some(original.and_then(|o| o.valid_from)),
            Some(s) => self
                .date_at("giltig från", s, msg!("bad-valid-from-help"))
                .map(Some),
        };
        if let (Some(s), Some(Some(from)), Some(Some(ValidUntil::Date(until)))) =
            (&f.giltig_fran, valid_from, valid_until)
            && from > until
        {
            self.diags
                .error(
                    "bad-date",
                    self.span(s),
                    msg!(
                        "valid-from-after-until",
                        from = from.to_string(),
                        until = until.to_string()
                    ),
                )
                .help(msg!("valid-from-after-until-help"));
        }
        let inherit = |v: &Option<Spanned<Text>>, from: fn(&Document) -> Option<String>| {
            Self::text(v).or_else(|| original.and_then(from))
        };
        let responsible_unit = inherit(&f.ansvarig_verksamhet, |o| o.responsible_unit.clone());
        let paragraph = inherit(&f.paragraf, |o| o.paragraph.clone());
        let registry_number = inherit(&f.diarienummer, |o| o.registry_number.clone());
        let applies_to = inherit(&f.galler_for, |o| o.applies_to.clone());
        let summary = Self::text(&f.sammanfattning);
        let replaces = match &f.ersatter {
            None => original.and_then(|o| o.replaces.clone()),
            Some(s) => match DocKey::from_link(&s.value.0) {
                Some(key) => Some(Ref {
                    target: key,
                    at: self.span(s),
                }),
                None => {
                    self.diags
                        .error(
                            "bad-link",
                            self.span(s),
                            msg!("replaces-not-a-document", value = s.value.0.as_str()),
                        )
                        .help(msg!("replaces-not-a-document-help"));
                    None
                }
            },
        };
        let focus_areas = match &f.fokusomraden {
            Some(list) => list
                .iter()
                .map(|s| Ref {
                    target: FocusId(s.value.0.trim().to_string()),
                    at: self.span(s),
                })
                .collect(),
            None => original.map(|o| o.focus_areas.clone()).unwrap_or_default(),
        };
        let goals = self.goals(original);
        let life = self.life(original);
        Some(Document {
            key: DocKey(file.source.key.clone()),
            lang: file.source.lang.clone(),
            is_translation: translation,
            source: file.source.path.clone(),
            title: title?,
            kind: kind?,
            organisation: organisation?,
            decided_by,
            decided: decided?,
            valid_from: valid_from?,
            valid_until: valid_until?,
            valid_until_at: file.key_span("giltig till"),
            responsible,
            responsible_unit,
            paragraph,
            registry_number,
            applies_to,
            replaces,
            summary,
            focus_areas,
            goals: goals?,
            changes: life.changes?,
            repeal: life.repeal?,
            regulation_number: life.regulation_number,
            review_by: life.review_by?,
            review_by_at: file.key_span("revideras senast"),
            review_responsible: life.review_responsible,
            previous_addresses: life.previous_addresses?,
            translated: life.translated?,
            body: file.body.clone(),
            body_line: file.body_line,
        })
    }
}
