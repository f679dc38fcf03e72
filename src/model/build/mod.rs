//! Validates parsed files and builds the [`Corpus`]: required keys, types,
//! dates, unique goal ids, and translations merged with their originals.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::Date;

use super::indicator::DataSet;
use super::{Corpus, DocKey, Document, FocusArea, FocusId, Page};
use crate::config::SiteConfig;
use crate::content::yaml::Spanned;
use crate::content::{Asset, DataFile, ParsedFile, SourceKey, SourceKind, Text};
use crate::diag::{Diagnostics, Span};
use crate::lang::Lang;
use crate::msg;

mod dates;
mod document;
mod goals;
mod life;

pub use dates::{is_further_notice, parse_date};

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
    discovered: &[(SourceKey, Lang)],
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
    let originals: std::collections::HashSet<&SourceKey> = discovered
        .iter()
        .filter(|(_, lang)| *lang == config.default_language)
        .map(|(source, _)| source)
        .collect();
    let exists = |source: &SourceKey| originals.contains(source);
    let unique = in_order(files.iter().map(|f| &**f).collect(), config, diags);
    add(&mut corpus, &unique, &exists, &data, config, diags);
    corpus.sort(|code| lang_rank(config, code));
    for (source, lang) in discovered {
        if lang == &config.default_language && !corpus.has_original(source, lang) {
            corpus.unreadable.insert(source.clone());
        }
    }
    corpus
}

/// The rank of language `code` in the site's order of languages.
fn lang_rank(config: &SiteConfig, code: &str) -> usize {
    config
        .languages
        .iter()
        .position(|l| l.code == code)
        .unwrap_or(usize::MAX)
}

/// `files` in the order the corpus is built from them: originals first, so
/// that translations can take values from them, then by kind, key and
/// language. A second file of the same language version of a source is
/// reported and left out.
fn in_order<'f>(
    mut files: Vec<&'f ParsedFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Vec<&'f ParsedFile> {
    files.sort_by_cached_key(|f| {
        (
            f.source.lang != config.default_language,
            f.source.kind,
            f.source.key.clone(),
            lang_rank(config, &f.source.lang),
        )
    });
    let mut seen: BTreeMap<(SourceKey, Lang), std::path::PathBuf> = BTreeMap::new();
    let mut unique: Vec<&ParsedFile> = Vec::with_capacity(files.len());
    for file in files {
        let id = (file.source.source_key(), file.source.lang.clone());
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
    unique
}

/// Reads `files` (in [`in_order`]'s order) into `corpus`: an item for each
/// file that can be used, and the body of each that cannot (its links are
/// checked too, so that one run reports every problem of a file).
fn add(
    corpus: &mut Corpus,
    files: &[&ParsedFile],
    exists: &(dyn Fn(&SourceKey) -> bool + Sync),
    data: &DataSet,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) {
    // Originals need nothing of the corpus, and translations only the
    // originals: each group is read in parallel, then added in order.
    let translations_at = files.partition_point(|f| f.source.lang == config.default_language);
    let (in_default, translations) = files.split_at(translations_at);
    for group in [in_default, translations] {
        use rayon::prelude::*;
        let items: Vec<(Option<Item>, Diagnostics)> = group
            .par_iter()
            .map(|file| {
                let mut local = Diagnostics::new();
                let item = read(file, corpus, exists, data, config, &mut local);
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
    exists: &(dyn Fn(&SourceKey) -> bool + Sync),
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
                        if !exists(&file.source.source_key()) {
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
                if !exists(&file.source.source_key()) {
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

/// Builds again the items of the sources `changed` names (kind and key:
/// all their language versions), for a run in which only those sources'
/// files changed, came or went since the run that built `corpus`: the
/// versions they had are taken out, and those their files give now are put
/// in, as [`build`] makes them from `files` (all parsed files). `exists`
/// tells, as [`build`]'s `discovered` does, whether a source's original is
/// among the files found. Gives the document versions taken out, for the
/// caller to know which of their pages are gone.
pub fn patch(
    corpus: &mut Corpus,
    changed: &HashSet<SourceKey>,
    files: &[std::sync::Arc<ParsedFile>],
    exists: &(dyn Fn(&SourceKey) -> bool + Sync),
    data: Vec<DataFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Vec<Document> {
    let data = DataSet::new(data);
    let named = SourceKey::borrowed(changed);
    let again = files
        .iter()
        .map(|f| &**f)
        .filter(|f| named.contains(&(f.source.kind, f.source.key.as_str())))
        .collect();
    let again = in_order(again, config, diags);
    // The new versions are read beside the corpus, so that a translation
    // finds its new original, not the one taken out.
    let mut made = Corpus::default();
    add(&mut made, &again, exists, &data, config, diags);
    let removed = corpus.replace_sources(changed, made, |code| lang_rank(config, code));
    let default = &config.default_language;
    for source in changed {
        if exists(source) && !corpus.has_original(source, default) {
            corpus.unreadable.insert(source.clone());
        }
    }
    removed
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
        self.date_at(key, s, msg!("bad-date-help", key = key))
            .map(Some)
    }

    /// The date `s` (the value of `key`); `None` when it is not one,
    /// reported as `bad-date` with `help`.
    fn date_at(
        &mut self,
        key: &str,
        s: &Spanned<Text>,
        help: crate::messages::Message,
    ) -> Option<Date> {
        match parse_date(&s.value.0) {
            Ok(d) => Some(d),
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
}
