//! The keys of *A document's life* (FORMAT.md): changes, repeal, review,
//! earlier addresses.

use jiff::civil::Date;

use super::{Reader, parse_date};
use crate::content::yaml::Spanned;
use crate::content::{RawChange, Text};
use crate::messages::Message;
use crate::model::{Change, Document, Ref, Repeal};
use crate::msg;

impl Reader<'_> {
    /// An optional date; `Some(None)` when absent, `None` when wrong
    /// (reported, with `example` in the help).
    pub(super) fn optional_date(
        &mut self,
        key: &str,
        v: &Option<Spanned<Text>>,
        help: Message,
    ) -> Option<Option<Date>> {
        match v {
            None => Some(None),
            Some(s) => self.date_at(key, s, help).map(Some),
        }
    }

    /// The keys of *A document's life* (FORMAT.md) and `översatt`. A
    /// translation takes the dates and numbers from its original and may
    /// translate the texts.
    pub(super) fn life(&mut self, original: Option<&Document>) -> Life {
        let f = &self.file.front;
        let file = self.file;
        let changes = match original {
            None => self.changes(),
            Some(o) => self.translated_changes(o),
        };
        let repeal = self.repeal(original);
        let regulation_number = match &f.forfattningsnummer {
            Some(s) if !s.value.0.trim().is_empty() => Some(Ref {
                target: s.value.0.split_whitespace().collect::<Vec<_>>().join(" "),
                at: self.span(s),
            }),
            _ => original.and_then(|o| o.regulation_number.clone()),
        };
        let review_by = match &f.revideras_senast {
            None => Some(original.and_then(|o| o.review_by)),
            v => self.optional_date("revideras senast", v, msg!("bad-review-by-help")),
        };
        let review_responsible = Self::text(&f.for_revidering_ansvarar)
            .or_else(|| original.and_then(|o| o.review_responsible.clone()));
        let previous_addresses = match &f.tidigare_adresser {
            None => Some(
                original
                    .map(|o| o.previous_addresses.clone())
                    .unwrap_or_default(),
            ),
            Some(list) => self.previous_addresses(list),
        };
        let translated = match (&f.oversatt, original) {
            (None, _) => Some(None),
            (Some(s), None) => {
                self.diags
                    .warning(
                        "translated-in-original",
                        self.span(s),
                        msg!("translated-in-original"),
                    )
                    .help(msg!("translated-in-original-help"));
                Some(None)
            }
            (Some(s), Some(_)) => self
                .optional_date("översatt", &f.oversatt, msg!("bad-translated-help"))
                .map(|d| {
                    d.map(|d| Ref {
                        target: d,
                        at: file.span_of(s),
                    })
                }),
        };
        Life {
            changes,
            repeal,
            regulation_number,
            review_by,
            review_responsible,
            previous_addresses,
            translated,
        }
    }

    /// An original's `ändringar`, newest first.
    pub(super) fn changes(&mut self) -> Option<Vec<Change>> {
        let raw: Vec<Spanned<RawChange>> = self.file.front.andringar.clone().unwrap_or_default();
        let lang = self.file.source.lang.clone();
        let mut out = Vec::with_capacity(raw.len());
        let mut ok = true;
        for c in &raw {
            let at = self.span(c);
            let date = match &c.value.datum {
                None => {
                    self.diags
                        .error("missing-key", at.clone(), msg!("change-without-date"))
                        .help(msg!("change-without-date-help"));
                    None
                }
                v => self
                    .optional_date("datum", v, msg!("bad-change-date-help"))
                    .flatten(),
            };
            let description = Self::text(&c.value.beskrivning);
            if description.is_none() {
                self.diags
                    .error(
                        "missing-key",
                        at.clone(),
                        msg!("change-without-description"),
                    )
                    .help(msg!("change-without-description-help"));
            }
            let major = self.major(&c.value);
            match (date, description, major) {
                (Some(date), Some(description), Some(major)) => out.push(Change {
                    date,
                    description,
                    lang: lang.clone(),
                    major,
                }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// `större`: true or false (ja or nej); absent is false.
    pub(super) fn major(&mut self, c: &RawChange) -> Option<bool> {
        let Some(s) = &c.storre else {
            return Some(false);
        };
        match s.value.0.trim().to_lowercase().as_str() {
            "true" | "ja" | "yes" => Some(true),
            "false" | "nej" | "no" => Some(false),
            other => {
                self.diags
                    .error("bad-value", self.span(s), msg!("bad-major", value = other))
                    .help(msg!("bad-major-help"));
                None
            }
        }
    }

    /// A translation's `ändringar`: item n translates the description of
    /// item n of the original, in the order written there, whose date and
    /// size it keeps; notes left untranslated show the
    /// original's text, marked with its language.
    pub(super) fn translated_changes(&mut self, original: &Document) -> Option<Vec<Change>> {
        let raw: Vec<Spanned<RawChange>> = self.file.front.andringar.clone().unwrap_or_default();
        let mut out = original.changes.clone();
        let mut ok = true;
        for (i, c) in raw.iter().enumerate() {
            let Some(note) = out.get_mut(i) else {
                self.diags
                    .error(
                        "unknown-change",
                        self.span(c),
                        msg!(
                            "unknown-change",
                            number = i + 1,
                            count = original.changes.len()
                        ),
                    )
                    .help(msg!("unknown-change-help"));
                ok = false;
                continue;
            };
            if let Some(d) = &c.value.datum {
                match parse_date(&d.value.0) {
                    Ok(date) if date == note.date => {}
                    Ok(date) => {
                        self.diags
                            .error(
                                "unknown-change",
                                self.span(d),
                                msg!(
                                    "change-date-differs",
                                    number = i + 1,
                                    date = date.to_string(),
                                    original = note.date.to_string()
                                ),
                            )
                            .help(msg!("change-date-differs-help"));
                        ok = false;
                    }
                    Err(why) => {
                        self.diags
                            .error(
                                "bad-date",
                                self.span(d),
                                msg!("bad-date", key = "datum", why = why),
                            )
                            .help(msg!("change-date-in-translation-help"));
                        ok = false;
                    }
                }
            }
            if let Some(t) = Self::text(&c.value.beskrivning) {
                note.description = t;
                note.lang = self.file.source.lang.clone();
            }
        }
        ok.then_some(out)
    }

    /// `upphävd`: its date from the original in a translation, which may
    /// translate the texts.
    pub(super) fn repeal(&mut self, original: Option<&Document>) -> Option<Option<Repeal>> {
        let inherited = original.and_then(|o| o.repeal.clone());
        let Some(raw) = self.file.front.upphavd.clone() else {
            return Some(inherited);
        };
        let r = &raw.value;
        let date = match (&r.datum, &inherited) {
            (None, Some(o)) => Some(o.date),
            (None, None) => {
                self.diags
                    .error("missing-key", self.span(&raw), msg!("repeal-without-date"))
                    .help(msg!(
                        "repeal-without-date-help",
                        example = "\n  upphävd:\n    datum: 2025-01-31"
                    ));
                None
            }
            (v, _) => self
                .optional_date("datum", v, msg!("bad-repeal-date-help"))
                .flatten(),
        };
        let pick = |v: &Option<Spanned<Text>>, from: Option<&Option<String>>| {
            Self::text(v).or_else(|| from.cloned().flatten())
        };
        Some(Some(Repeal {
            date: date?,
            at: r
                .datum
                .as_ref()
                .map_or_else(|| self.file.key_span("upphävd"), |d| self.span(d)),
            decided_by: pick(&r.beslutad_av, inherited.as_ref().map(|o| &o.decided_by)),
            paragraph: pick(&r.paragraf, inherited.as_ref().map(|o| &o.paragraph)),
            reason: pick(&r.anledning, inherited.as_ref().map(|o| &o.reason)),
        }))
    }

    /// `tidigare adresser`: site paths, starting with `/`.
    pub(super) fn previous_addresses(
        &mut self,
        list: &[Spanned<Text>],
    ) -> Option<Vec<Ref<String>>> {
        let mut out = Vec::with_capacity(list.len());
        let mut ok = true;
        for s in list {
            let path = s.value.0.trim();
            let bad = !path.starts_with('/')
                || path.starts_with("//")
                || path.contains("://")
                || path
                    .chars()
                    .any(|c| c.is_whitespace() || matches!(c, '?' | '#' | '"' | '<' | '>' | '\\'))
                || path.split('/').any(|part| part == ".." || part == ".");
            if bad {
                self.diags
                    .error(
                        "bad-address",
                        self.span(s),
                        msg!("bad-address", path = path),
                    )
                    .help(msg!("bad-address-help"));
                ok = false;
                continue;
            }
            let mut path = path.to_string();
            if !path.ends_with('/')
                && !path
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| last.contains('.'))
            {
                path.push('/');
            }
            out.push(Ref {
                target: path,
                at: self.span(s),
            });
        }
        ok.then_some(out)
    }
}

/// The keys of *A document's life*, read; `None` where wrong (reported).
pub(super) struct Life {
    pub(super) changes: Option<Vec<Change>>,
    pub(super) repeal: Option<Option<Repeal>>,
    pub(super) regulation_number: Option<Ref<String>>,
    pub(super) review_by: Option<Option<Date>>,
    pub(super) review_responsible: Option<String>,
    pub(super) previous_addresses: Option<Vec<Ref<String>>>,
    pub(super) translated: Option<Option<Ref<Date>>>,
}
