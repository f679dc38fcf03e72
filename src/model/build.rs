//! Validates parsed files and builds the [`Corpus`]: required keys, types,
//! dates, unique goal ids, and translations merged with their originals.

use std::collections::{BTreeMap, HashSet};

use crate::content::yaml::Spanned;
use jiff::civil::Date;

use super::indicator::{self, DataSet};
use super::{
    Change, Corpus, DocKey, DocKind, Document, FocusArea, FocusId, Goal, GoalId, Page, Ref, Repeal,
    ValidUntil,
};
use crate::config::SiteConfig;
use crate::content::{Asset, DataFile, ParsedFile, RawChange, RawGoal, SourceKind, Text};
use crate::diag::{Diagnostics, Span, nearest};
use crate::messages::Message;
use crate::msg;

/// Builds the corpus from every parsed file. Problems become diagnostics; the
/// corpus holds every file that could be read.
///
/// `discovered` names every content file found, read or not: a translation
/// whose original exists but has errors is skipped quietly, and links to a
/// document with errors are not reported again, so one mistake gives one
/// message.
///
/// `data` are the CSV files under `content/data/`, read where an
/// indicator names one.
pub fn build(
    files: Vec<std::sync::Arc<ParsedFile>>,
    discovered: &[(SourceKind, String, String)],
    assets: Vec<Asset>,
    data: Vec<DataFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Corpus {
    let data = DataSet::new(data);
    let mut corpus = Corpus {
        assets,
        ..Corpus::default()
    };
    let originals: std::collections::HashSet<(SourceKind, &str)> = discovered
        .iter()
        .filter(|(_, _, lang)| *lang == config.default_language)
        .map(|(k, key, _)| (*k, key.as_str()))
        .collect();
    let exists = |kind: SourceKind, key: &str| originals.contains(&(kind, key));
    // Originals first, so that translations can take values from them.
    let mut files = files;
    files.sort_by_cached_key(|f| {
        let lang_rank = config
            .languages
            .iter()
            .position(|l| l.code == f.source.lang)
            .unwrap_or(usize::MAX);
        (
            f.source.lang != config.default_language,
            f.source.kind,
            f.source.key.clone(),
            lang_rank,
        )
    });
    let mut seen: BTreeMap<(SourceKind, String, String), std::path::PathBuf> = BTreeMap::new();
    let mut unique: Vec<&ParsedFile> = Vec::with_capacity(files.len());
    for file in files.iter().map(|f| &**f) {
        let id = (
            file.source.kind,
            file.source.key.clone(),
            file.source.lang.clone(),
        );
        if let Some(first) = seen.get(&id) {
            diags
                .error(
                    "duplicate-file",
                    Span::line(&file.source.path, 1),
                    msg!("duplicate-file", first = first.display().to_string()),
                )
                .help(msg!("duplicate-file-help"));
            continue;
        }
        seen.insert(id, file.source.path.clone());
        unique.push(file);
    }
    // Originals need nothing of the corpus, and translations only the
    // originals: each group is read in parallel, then added in order.
    let translations_at = unique.partition_point(|f| f.source.lang == config.default_language);
    let (in_default, translations) = unique.split_at(translations_at);
    for group in [in_default, translations] {
        use rayon::prelude::*;
        let items: Vec<(Option<Item>, Diagnostics)> = group
            .par_iter()
            .map(|file| {
                let mut local = Diagnostics::new();
                let item = read(file, &corpus, &exists, &data, config, &mut local);
                (item, local)
            })
            .collect();
        for (file, (item, local)) in group.iter().zip(items) {
            diags.extend(local);
            match item {
                Some(Item::Document(d)) => corpus.push_document(*d),
                Some(Item::FocusArea(f)) => corpus.push_focus_area(f),
                Some(Item::Page(p)) => corpus.push_page(p),
                None => corpus.unbuilt.push(super::UnbuiltBody {
                    source: file.source.path.clone(),
                    body: file.body.clone(),
                    body_line: file.body_line,
                }),
            }
        }
    }
    let lang_rank = |code: &str| {
        config
            .languages
            .iter()
            .position(|l| l.code == code)
            .unwrap_or(usize::MAX)
    };
    corpus.sort(lang_rank);
    for (kind, key, lang) in discovered {
        if lang != &config.default_language {
            continue;
        }
        let built = match kind {
            SourceKind::Document => corpus.document(&DocKey(key.clone()), lang).is_some(),
            SourceKind::FocusArea => corpus.focus_area(&FocusId(key.clone()), lang).is_some(),
            SourceKind::Page => corpus.page(key, lang).is_some(),
        };
        if !built {
            corpus.unreadable.insert((*kind, key.clone()));
        }
    }
    corpus
}

/// What one file becomes in the corpus.
enum Item {
    Document(Box<Document>),
    FocusArea(FocusArea),
    Page(Page),
}

/// Reads one file into its corpus item; a translation takes values from
/// its original, already in `corpus`. `None` when the file cannot be used
/// (reported, unless `exists` says its original exists but has errors).
fn read(
    file: &ParsedFile,
    corpus: &Corpus,
    exists: &(dyn Fn(SourceKind, &str) -> bool + Sync),
    data: &DataSet,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Option<Item> {
    let is_translation = file.source.lang != config.default_language;
    let default = &config.default_language;
    let r = Reader { file, diags, data };
    match file.source.kind {
        SourceKind::Document => {
            let original = match is_translation {
                true => match corpus.document(&DocKey(file.source.key.clone()), default) {
                    Some(o) => Some(o),
                    None => {
                        if !exists(SourceKind::Document, &file.source.key) {
                            no_original(file, config, r.diags);
                        }
                        return None;
                    }
                },
                false => None,
            };
            r.document(original).map(|d| Item::Document(Box::new(d)))
        }
        SourceKind::FocusArea | SourceKind::Page => {
            let has_original = match file.source.kind {
                SourceKind::FocusArea => corpus
                    .focus_area(&FocusId(file.source.key.clone()), default)
                    .is_some(),
                _ => corpus.page(&file.source.key, default).is_some(),
            };
            if is_translation && !has_original {
                if !exists(file.source.kind, &file.source.key) {
                    no_original(file, config, r.diags);
                }
                return None;
            }
            let (title, summary) = r.title_and_summary()?;
            Some(if file.source.kind == SourceKind::FocusArea {
                Item::FocusArea(FocusArea {
                    id: FocusId(file.source.key.clone()),
                    lang: file.source.lang.clone(),
                    source: file.source.path.clone(),
                    title,
                    summary,
                    body: file.body.clone(),
                    body_line: file.body_line,
                })
            } else {
                Item::Page(Page {
                    slug: file.source.key.clone(),
                    lang: file.source.lang.clone(),
                    source: file.source.path.clone(),
                    title,
                    summary,
                    body: file.body.clone(),
                    body_line: file.body_line,
                })
            })
        }
    }
}

/// Builds again, in place, the items of the sources `changed` names (kind
/// and key: all their language versions, originals first, since
/// translations take values from them), for a run in which the same files
/// as in the run that built `corpus` exist and only those changed. `files`
/// are all parsed files. Gives the files read again; `None` when the
/// corpus has no place for one of them (then build anew with [`build`]).
pub fn patch(
    corpus: &mut Corpus,
    changed: &HashSet<(SourceKind, String)>,
    files: &[std::sync::Arc<ParsedFile>],
    data: Vec<DataFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Option<Vec<std::path::PathBuf>> {
    let data = DataSet::new(data);
    let mut again: Vec<&ParsedFile> = files
        .iter()
        .map(|f| &**f)
        .filter(|f| changed.contains(&(f.source.kind, f.source.key.clone())))
        .collect();
    again.sort_by_key(|f| f.source.lang != config.default_language);
    let mut touched = Vec::with_capacity(again.len());
    for file in again {
        let (key, lang) = (&file.source.key, &file.source.lang);
        let item = read(file, corpus, &|_, _| true, &data, config, diags);
        let placed = match item {
            Some(Item::Document(d)) => corpus.document_mut(key, lang).map(|slot| *slot = *d),
            Some(Item::FocusArea(f)) => corpus.focus_area_mut(key, lang).map(|slot| *slot = f),
            Some(Item::Page(p)) => corpus.page_mut(key, lang).map(|slot| *slot = p),
            // Reported: the run fails, and the corpus is not kept.
            None => Some(()),
        };
        placed?;
        touched.push(file.source.path.clone());
    }
    Some(touched)
}

fn no_original(file: &ParsedFile, config: &SiteConfig, diags: &mut Diagnostics) {
    let name = file
        .source
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let original = name.replace(&format!(".{}.md", file.source.lang), ".md");
    diags
        .error(
            "translation-without-original",
            Span::line(&file.source.path, 1),
            msg!(
                "translation-without-original",
                lang = &file.source.lang,
                default = &config.default_language
            ),
        )
        .help(msg!(
            "translation-without-original-help",
            original = original
        ));
}

/// Reads one parsed file's front matter into typed values.
struct Reader<'a> {
    file: &'a ParsedFile,
    diags: &'a mut Diagnostics,
    data: &'a DataSet,
}

impl Reader<'_> {
    fn span<T>(&self, v: &Spanned<T>) -> Span {
        self.file.span_of(v)
    }

    /// A text value, trimmed; empty text counts as absent.
    fn text(v: &Option<Spanned<Text>>) -> Option<String> {
        v.as_ref()
            .map(|s| s.value.0.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// A key that must be present and have a value.
    fn required(&mut self, key: &str, v: &Option<Spanned<Text>>, example: &str) -> Option<String> {
        let value = Self::text(v);
        if value.is_none() && !self.file.is_misspelt(key) {
            let (msg, help) = if self.file.has_key(key) {
                (
                    msg!("key-without-value", key = key),
                    msg!("key-without-value-help", key = key, example = example),
                )
            } else {
                (
                    msg!("missing-key", key = key),
                    msg!("missing-key-help", key = key, example = example),
                )
            };
            self.diags
                .error("missing-key", self.file.key_span(key), msg)
                .help(help);
        }
        value
    }

    /// A key that must be present but may be `~` when the document does not say.
    fn nullable(
        &mut self,
        key: &str,
        v: &Option<Spanned<Text>>,
        inherited: Option<String>,
        translation: bool,
    ) -> Option<String> {
        if !self.file.has_key(key) && !translation && !self.file.is_misspelt(key) {
            self.diags
                .error(
                    "missing-key",
                    self.file.key_span(key),
                    msg!("missing-key", key = key),
                )
                .help(msg!("missing-key-nullable-help", key = key));
            return None;
        }
        if !self.file.has_key(key) {
            return inherited;
        }
        let value = Self::text(v);
        if value.is_none() && !translation {
            self.missing_info(key);
        }
        // A translation that leaves the text empty (as the browser editor
        // writes a field left blank) has not translated it.
        if value.is_none() && translation {
            return inherited;
        }
        value
    }

    /// A warning that the document does not state `key` (its value is `~`).
    fn missing_info(&mut self, key: &str) {
        self.diags
            .warning(
                "missing-information",
                self.file.key_span(key),
                msg!("missing-information", key = key),
            )
            .help(msg!("missing-information-help", key = key));
    }

    fn title_and_summary(mut self) -> Option<(String, Option<String>)> {
        let title = self.required(
            "titel",
            &self.file.front.titel.clone(),
            "Arbete och egen försörjning",
        )?;
        Some((title, Self::text(&self.file.front.sammanfattning)))
    }

    fn date(&mut self, key: &str, v: &Option<Spanned<Text>>) -> Option<Option<Date>> {
        // Empty text is `~`, as the browser editor writes a date left blank.
        let Some(s) = v.as_ref().filter(|s| !s.value.0.trim().is_empty()) else {
            if self.file.has_key(key) {
                self.missing_info(key);
            }
            return Some(None);
        };
        match parse_date(&s.value.0) {
            Ok(d) => Some(Some(d)),
            Err(why) => {
                self.diags
                    .error(
                        "bad-date",
                        self.span(s),
                        msg!("bad-date", key = key, why = why),
                    )
                    .help(msg!("bad-date-help", key = key));
                None
            }
        }
    }

    fn document(mut self, original: Option<&Document>) -> Option<Document> {
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
                Some(s) => match parse_date(&s.value.0) {
                    Ok(d) => Some(Some(ValidUntil::Date(d))),
                    Err(why) => {
                        self.diags
                            .error(
                                "bad-date",
                                self.span(s),
                                msg!("bad-date", key = "giltig till", why = why),
                            )
                            .help(msg!("bad-valid-until-help"));
                        None
                    }
                },
            }
        };
        let valid_from = match &f.giltig_fran {
            None => Some(original.and_then(|o| o.valid_from)),
            Some(s) => match parse_date(&s.value.0) {
                Ok(d) => Some(Some(d)),
                Err(why) => {
                    self.diags
                        .error(
                            "bad-date",
                            self.span(s),
                            msg!("bad-date", key = "giltig från", why = why),
                        )
                        .help(msg!("bad-valid-from-help"));
                    None
                }
            },
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

    /// An optional date; `Some(None)` when absent, `None` when wrong
    /// (reported, with `example` in the help).
    fn optional_date(
        &mut self,
        key: &str,
        v: &Option<Spanned<Text>>,
        help: Message,
    ) -> Option<Option<Date>> {
        let Some(s) = v else {
            return Some(None);
        };
        match parse_date(&s.value.0) {
            Ok(d) => Some(Some(d)),
            Err(why) => {
                self.diags
                    .error(
                        "bad-date",
                        self.span(s),
                        msg!("bad-date", key = key, why = why),
                    )
                    .help(help);
                None
            }
        }
    }

    /// The keys of *A document's life* (FORMAT.md) and `översatt`. A
    /// translation takes the dates and numbers from its original and may
    /// translate the texts.
    fn life(&mut self, original: Option<&Document>) -> Life {
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
    fn changes(&mut self) -> Option<Vec<Change>> {
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
    fn major(&mut self, c: &RawChange) -> Option<bool> {
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
    fn translated_changes(&mut self, original: &Document) -> Option<Vec<Change>> {
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
    fn repeal(&mut self, original: Option<&Document>) -> Option<Option<Repeal>> {
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
    fn previous_addresses(&mut self, list: &[Spanned<Text>]) -> Option<Vec<Ref<String>>> {
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

    fn goals(&mut self, original: Option<&Document>) -> Option<Vec<Goal>> {
        let raw: Vec<Spanned<RawGoal>> = self.file.front.mal.clone().unwrap_or_default();
        let Some(original) = original else {
            let mut ids = HashSet::new();
            let mut out = Vec::new();
            let mut ok = true;
            for g in &raw {
                let at = self.span(g);
                let Some(id) = &g.value.id else {
                    self.diags
                        .error("missing-key", at, msg!("goal-without-id"))
                        .help(msg!("goal-without-id-help"));
                    ok = false;
                    continue;
                };
                let id_text = id.value.0.trim().to_string();
                if id_text.is_empty()
                    || id_text.chars().any(|c| {
                        c.is_whitespace() || matches!(c, '#' | '/' | '?' | '"' | '<' | '>')
                    })
                {
                    self.diags
                        .error("bad-id", self.span(id), msg!("bad-goal-id", id = &id_text))
                        .help(msg!("bad-goal-id-help"));
                    ok = false;
                    continue;
                }
                if !ids.insert(id_text.clone()) {
                    self.diags
                        .error(
                            "duplicate-goal",
                            self.span(id),
                            msg!("duplicate-goal", id = &id_text),
                        )
                        .help(msg!("duplicate-goal-help"));
                    ok = false;
                    continue;
                }
                let Some(title) = Self::text(&g.value.titel) else {
                    self.diags
                        .error("missing-key", at, msg!("goal-without-title", id = &id_text))
                        .help(msg!("goal-without-title-help"));
                    ok = false;
                    continue;
                };
                let Some(given) = self.indicators(&g.value, false) else {
                    ok = false;
                    continue;
                };
                out.push(Goal {
                    id: GoalId(id_text),
                    title,
                    focus_areas: self.goal_focus(&g.value),
                    indicators: indicator::original(given),
                    at,
                });
            }
            return ok.then_some(out);
        };
        // A translation: goals match the original's by id, or by position
        // where the id is left out.
        let mut out = original.goals.clone();
        let mut ok = true;
        for (i, g) in raw.iter().enumerate() {
            let at = self.span(g);
            let index = match &g.value.id {
                Some(id) => match original
                    .goals
                    .iter()
                    .position(|o| o.id.as_str() == id.value.0.trim())
                {
                    Some(i) => i,
                    None => {
                        let ids: Vec<&str> = original.goals.iter().map(|o| o.id.as_str()).collect();
                        let d = self.diags.error(
                            "unknown-goal",
                            self.span(id),
                            msg!("goal-not-in-original", id = id.value.0.as_str()),
                        );
                        match nearest(&id.value.0, ids.iter().copied()) {
                            Some(s) => d.help(msg!("did-you-mean", suggestion = s)),
                            None => d.help(msg!("original-goals", goals = ids.join(", "))),
                        };
                        ok = false;
                        continue;
                    }
                },
                None if i < original.goals.len() => i,
                None => {
                    self.diags
                        .error(
                            "unknown-goal",
                            at,
                            msg!(
                                "goal-number-not-in-original",
                                number = i + 1,
                                count = original.goals.len()
                            ),
                        )
                        .help(msg!("goal-number-not-in-original-help"));
                    ok = false;
                    continue;
                }
            };
            let goal = &mut out[index];
            if let Some(t) = Self::text(&g.value.titel) {
                goal.title = t;
            }
            if g.value.fokusomrade.is_some() {
                goal.focus_areas = self.goal_focus(&g.value);
            }
            if g.value.indikatorer.is_some() {
                let list_at = g
                    .value
                    .indikatorer
                    .iter()
                    .flatten()
                    .next()
                    .map_or_else(|| at.clone(), |i| self.span(i));
                let translated = self.indicators(&g.value, true).and_then(|given| {
                    indicator::translated(
                        given,
                        &original.goals[index].indicators,
                        &original.lang,
                        list_at,
                        self.diags,
                    )
                });
                match translated {
                    Some(list) => goal.indicators = list,
                    None => ok = false,
                }
            }
            goal.at = at;
        }
        ok.then_some(out)
    }

    fn goal_focus(&self, g: &RawGoal) -> Vec<Ref<FocusId>> {
        match &g.fokusomrade {
            None => Vec::new(),
            Some(s) => {
                let at = self.span(s);
                s.value
                    .clone()
                    .into_vec()
                    .into_iter()
                    .map(|id| Ref {
                        target: FocusId(id.trim().to_string()),
                        at: at.clone(),
                    })
                    .collect()
            }
        }
    }

    /// A goal's `indikatorer` as written in this file.
    fn indicators(&mut self, g: &RawGoal, translation: bool) -> Option<Vec<indicator::Given>> {
        let items = g.indikatorer.as_deref().unwrap_or_default();
        indicator::read(self.file, items, translation, self.data, self.diags)
    }
}

/// The keys of *A document's life*, read; `None` where wrong (reported).
struct Life {
    changes: Option<Vec<Change>>,
    repeal: Option<Option<Repeal>>,
    regulation_number: Option<Ref<String>>,
    review_by: Option<Option<Date>>,
    review_responsible: Option<String>,
    previous_addresses: Option<Vec<Ref<String>>>,
    translated: Option<Option<Ref<Date>>>,
}

/// True for *tills vidare* (until further notice), however it is written.
pub fn is_further_notice(s: &str) -> bool {
    let s = s.trim().to_lowercase();
    matches!(
        s.as_str(),
        "tills vidare" | "tillsvidare" | "until further notice"
    )
}

/// Reads a strict `YYYY-MM-DD` date, telling apart a wrong form from a day
/// that does not exist (2023-02-30).
pub fn parse_date(s: &str) -> Result<Date, Message> {
    let s = s.trim();
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(msg!("date-shape", value = s));
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<i16>().unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7) as i8, n(8..10) as i8);
    Date::new(y, m, d).map_err(|_| msg!("date-not-real", value = s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("2019-12-11").unwrap(),
            jiff::civil::date(2019, 12, 11)
        );
        assert!(
            parse_date("2023-02-30")
                .unwrap_err()
                .to_string()
                .contains("not a real date")
        );
        assert!(parse_date("2024-02-29").is_ok());
        assert!(
            parse_date("11 december 2019")
                .unwrap_err()
                .to_string()
                .contains("YYYY-MM-DD")
        );
        assert!(parse_date("2019-1-1").is_err());
    }

    #[test]
    fn further_notice_words() {
        assert!(is_further_notice("tills vidare"));
        assert!(is_further_notice(" Tills vidare "));
        assert!(!is_further_notice("2020-01-01"));
    }

    #[test]
    fn kinds_parse_case_insensitively() {
        assert_eq!(DocKind::parse("Strategi"), Some(DocKind::Strategi));
        assert_eq!(DocKind::parse("riktlinjer"), Some(DocKind::Riktlinje));
        assert_eq!(DocKind::parse("strateg"), None);
    }
}
