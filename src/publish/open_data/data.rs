//! The model as JSON: each document version beside its page
//! (`/<path>/index.json`), all of them listed in `/api/documents.json`, and
//! the JSON Schemas (draft 2020-12) of both under `/api/schema/`. Every
//! address in the data is absolute, since it is read away from the site.
//!
//! The structs below are the one description of the format; the schemas in
//! this folder must say the same (a test validates every file the example
//! site publishes against them).

use rayon::prelude::*;
use serde::Serialize;

use super::making;
use crate::address::Addresses;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::indicator::Indicator;
use crate::model::{DocKey, DocKind, Document, Status, ValidUntil};
use crate::render::Site;

/// The schema of a document's JSON; `{base_url}` stands for the site's address.
pub const DOCUMENT_SCHEMA: &str = include_str!("document.schema.json");
/// The schema of `/api/documents.json`.
pub const DOCUMENTS_SCHEMA: &str = include_str!("documents.schema.json");

/// Under `/api/`.
const DOCUMENTS_FILE: &str = "documents.json";
const DOCUMENT_SCHEMA_FILE: &str = "schema/document.schema.json";
const DOCUMENTS_SCHEMA_FILE: &str = "schema/documents.schema.json";
/// The goals as CSV, under `/api/` (made in `goals.rs`).
pub const GOALS_FILE: &str = "goals.csv";

/// The value of `valid_until` for a document valid until further notice
/// (*tills vidare*).
pub const UNTIL_FURTHER_NOTICE: &str = "until-further-notice";

/// One indicator of a goal, as published: the model's indicator with the
/// address of its CSV file, when its values come from one.
#[derive(Debug, Serialize)]
pub struct IndicatorData {
    /// What is measured.
    pub name: String,
    /// What the values count: `percent`, `count`, or the words written.
    pub unit: Option<crate::model::indicator::Unit>,
    /// Where the values come from, in words.
    pub source: Option<String>,
    /// The matching key figure in Kolada (`id`, `url`).
    pub kolada: Option<crate::model::indicator::KoladaId>,
    /// The CSV file the values were read from.
    pub data_url: Option<String>,
    /// The values by year, oldest first (empty when there are none).
    pub series: Vec<crate::model::indicator::DataPoint>,
    /// The language of the name, when it is not the document's (a
    /// translation that left the indicator untranslated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// An indicator of the model as published in JSON.
pub fn indicator(i: &Indicator, addr: &Addresses) -> IndicatorData {
    IndicatorData {
        name: i.name.clone(),
        unit: i.unit.clone(),
        source: i.source.clone(),
        kolada: i.kolada.clone(),
        data_url: i
            .data_file
            .as_deref()
            .map(|f| addr.absolute(&addr.data_file(f))),
        series: i.series.clone(),
        lang: i.lang.clone(),
    }
}

/// An indicator of the model as one line of text (the CSV's cells): its
/// name; the values are in the JSON.
pub fn indicator_text(i: &Indicator) -> String {
    i.name.clone()
}

/// `/<path>/index.json`: one version of a document.
#[derive(Debug, Serialize)]
struct DocumentData {
    #[serde(rename = "$schema")]
    schema: String,
    /// The key shared by all versions (`vargarda/strategi`).
    id: String,
    language: Lang,
    /// The page.
    url: String,
    /// This file.
    json_url: String,
    #[serde(rename = "type")]
    kind: DocKind,
    title: String,
    organisation: String,
    summary: Option<String>,
    decision: Decision,
    /// On the build day.
    status: Status,
    status_date: String,
    focus_areas: Vec<FocusAreaData>,
    goals: Vec<GoalData>,
    /// Every version, this one included.
    languages: Vec<VersionData>,
    /// The original, for a translation; `null` for the original.
    original: Option<VersionData>,
    replaces: Option<DocumentRef>,
    replaced_by: Option<DocumentRef>,
    /// Without repealed documents.
    related: Vec<DocumentRef>,
    /// The newest larger change.
    updated: Option<String>,
    /// Newest first.
    changes: Vec<ChangeData>,
    repealed: Option<RepealData>,
    regulation_number: Option<String>,
}

#[derive(Debug, Serialize)]
struct ChangeData {
    date: String,
    description: String,
    language: Lang,
    major: bool,
}

#[derive(Debug, Serialize)]
struct RepealData {
    date: String,
    decided_by: Option<String>,
    paragraph: Option<String>,
    reason: Option<String>,
}

/// The decision block; `null` where the document does not say.
#[derive(Debug, Serialize)]
struct Decision {
    decided_by: Option<String>,
    decided: Option<String>,
    valid_from: Option<String>,
    /// A date, [`UNTIL_FURTHER_NOTICE`], or `null`.
    valid_until: Option<String>,
    responsible: Option<String>,
    responsible_unit: Option<String>,
    paragraph: Option<String>,
    registry_number: Option<String>,
    applies_to: Option<String>,
    review_by: Option<String>,
    review_responsible: Option<String>,
}

#[derive(Debug, Serialize)]
struct FocusAreaData {
    id: String,
    name: String,
    url: String,
}

#[derive(Debug, Serialize)]
struct GoalData {
    id: String,
    title: String,
    /// The goal's anchor on the document's page.
    url: String,
    /// Ids; their names are in the document's `focus_areas`.
    focus_areas: Vec<String>,
    indicators: Vec<IndicatorData>,
}

#[derive(Debug, Serialize)]
struct VersionData {
    language: Lang,
    /// The language's name, in itself.
    name: String,
    url: String,
    json_url: String,
}

/// Another document, in the same language where it is translated, else
/// in the original.
#[derive(Debug, Serialize)]
struct DocumentRef {
    id: String,
    language: Lang,
    title: String,
    url: String,
    json_url: String,
}

/// `/api/documents.json`.
#[derive(Debug, Serialize)]
struct DocumentsIndex {
    #[serde(rename = "$schema")]
    schema: String,
    site: SiteData,
    status_date: String,
    /// `/api/goals.csv`.
    goals_csv: String,
    /// Every version of every document, by id, then language.
    documents: Vec<DocumentEntry>,
}

#[derive(Debug, Serialize)]
struct SiteData {
    title: String,
    url: String,
    default_language: Lang,
    languages: Vec<SiteLanguage>,
}

#[derive(Debug, Serialize)]
struct SiteLanguage {
    code: Lang,
    name: String,
    /// The site's title in the language.
    title: String,
    /// The home page.
    url: String,
    /// The Atom feed.
    feed: String,
}

#[derive(Debug, Serialize)]
struct DocumentEntry {
    id: String,
    language: Lang,
    #[serde(rename = "type")]
    kind: DocKind,
    title: String,
    organisation: String,
    decided: Option<String>,
    valid_until: Option<String>,
    status: Status,
    updated: Option<String>,
    goal_count: usize,
    url: String,
    json_url: String,
}

/// Every JSON file, each handed to `sink` once made: each document version
/// (of `only`, when given), the list, the two schemas.
pub fn files(
    r: &Site<'_>,
    only: Option<&std::collections::BTreeSet<crate::model::DocKey>>,
    sink: crate::publish::Sink<'_>,
) -> Result<()> {
    let addr = &r.addr;
    let documents = || {
        r.corpus
            .documents
            .par_iter()
            .filter(|d| only.is_none_or(|keys| keys.contains(&d.key)))
            .try_for_each(|d| {
                let url = addr.document_data(&d.key, &d.lang);
                let path = Addresses::output_path(&url);
                let bytes = json(&document(r, d), &path)?;
                sink(path, bytes)
            })
    };
    let list = || {
        let path = Addresses::output_path(&addr.api(DOCUMENTS_FILE));
        let bytes = json(&index(r), &path)?;
        sink(path, bytes)
    };
    let (documents, list) = rayon::join(documents, list);
    documents.and(list)?;
    for (file, schema) in [
        (DOCUMENT_SCHEMA_FILE, DOCUMENT_SCHEMA),
        (DOCUMENTS_SCHEMA_FILE, DOCUMENTS_SCHEMA),
    ] {
        sink(
            Addresses::output_path(&addr.api(file)),
            published_schema(r, schema).into_bytes(),
        )?;
    }
    Ok(())
}

/// A schema as published: `{base_url}` replaced by the site's address.
pub fn published_schema(r: &Site<'_>, schema: &str) -> String {
    // The address goes inside a JSON string: escape it as one.
    let base = serde_json::to_string(&r.config.base_url).unwrap_or_default();
    let base = base.trim_matches('"');
    schema.replace("{base_url}", base)
}

fn json<T: Serialize>(value: &T, path: &str) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|e| making(path)(e.into()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn date(d: Option<jiff::civil::Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

pub(super) fn valid_until(v: Option<ValidUntil>) -> Option<String> {
    v.map(|v| match v {
        ValidUntil::Date(d) => d.to_string(),
        ValidUntil::FurtherNotice => UNTIL_FURTHER_NOTICE.to_string(),
    })
}

fn version(r: &Site<'_>, key: &DocKey, lang: &Lang) -> VersionData {
    let addr = &r.addr;
    VersionData {
        language: lang.clone(),
        name: r
            .config
            .language(lang)
            .map_or_else(|| lang.to_string(), |l| l.name.clone()),
        url: addr.absolute(&addr.document(key, lang)),
        json_url: addr.absolute(&addr.document_data(key, lang)),
    }
}

/// Document `key` in `lang` where translated, else in the original.
fn document_ref(r: &Site<'_>, key: &DocKey, lang: &str) -> Option<DocumentRef> {
    let corpus = r.corpus;
    let doc = corpus
        .document(key, lang)
        .or_else(|| corpus.document(key, &r.config.default_language))?;
    let addr = &r.addr;
    Some(DocumentRef {
        id: key.to_string(),
        language: doc.lang.clone(),
        title: doc.title.clone(),
        url: addr.absolute(&addr.document(key, &doc.lang)),
        json_url: addr.absolute(&addr.document_data(key, &doc.lang)),
    })
}

/// The name of focus area `id` in `lang`, else in the default language.
pub fn focus_name(r: &Site<'_>, id: &crate::model::FocusId, lang: &str) -> String {
    let corpus = r.corpus;
    corpus
        .focus_area(id, lang)
        .or_else(|| corpus.focus_area(id, &r.config.default_language))
        .map_or_else(|| id.to_string(), |f| f.title.clone())
}

fn document(r: &Site<'_>, doc: &Document) -> DocumentData {
    let addr = &r.addr;
    let config = r.config;
    let corpus = r.corpus;
    let graph = r.graph;
    let lang = doc.lang.as_str();
    let page = addr.document(&doc.key, lang);
    DocumentData {
        schema: addr.absolute(&addr.api(DOCUMENT_SCHEMA_FILE)),
        id: doc.key.to_string(),
        language: doc.lang.clone(),
        url: addr.absolute(&page),
        json_url: addr.absolute(&addr.document_data(&doc.key, lang)),
        kind: doc.kind,
        title: doc.title.clone(),
        organisation: doc.organisation.clone(),
        summary: doc.summary.clone(),
        decision: Decision {
            decided_by: doc.decided_by.clone(),
            decided: date(doc.decided),
            valid_from: date(doc.valid_from),
            valid_until: valid_until(doc.valid_until),
            responsible: doc.responsible.clone(),
            responsible_unit: doc.responsible_unit.clone(),
            paragraph: doc.paragraph.clone(),
            registry_number: doc.registry_number.clone(),
            applies_to: doc.applies_to.clone(),
            review_by: date(doc.review_by),
            review_responsible: doc.review_responsible.clone(),
        },
        status: doc.status(r.today),
        status_date: r.today.to_string(),
        focus_areas: doc
            .all_focus_areas()
            .into_iter()
            .map(|id| FocusAreaData {
                id: id.to_string(),
                name: focus_name(r, id, lang),
                url: addr.absolute(&addr.focus(id, lang)),
            })
            .collect(),
        goals: doc
            .goals
            .iter()
            .map(|g| GoalData {
                id: g.id.to_string(),
                title: g.title.clone(),
                url: addr.absolute(&format!("{page}#{}", g.id)),
                focus_areas: g.focus_areas.iter().map(|f| f.target.to_string()).collect(),
                indicators: g.indicators.iter().map(|i| indicator(i, addr)).collect(),
            })
            .collect(),
        languages: config
            .languages
            .iter()
            .filter(|l| corpus.document(&doc.key, &l.code).is_some())
            .map(|l| version(r, &doc.key, &l.code))
            .collect(),
        original: doc
            .is_translation
            .then(|| version(r, &doc.key, &config.default_language)),
        replaces: doc
            .replaces
            .as_ref()
            .and_then(|k| document_ref(r, &k.target, lang)),
        replaced_by: graph
            .replaced_by
            .get(&doc.key)
            .and_then(|k| document_ref(r, k, lang)),
        related: graph
            .related
            .of(&doc.key)
            .filter(|k| !r.is_repealed(k))
            .filter_map(|k| document_ref(r, k, lang))
            .collect(),
        updated: date(doc.last_major_change().map(|c| c.date)),
        changes: doc
            .changes_newest_first()
            .into_iter()
            .map(|c| ChangeData {
                date: c.date.to_string(),
                description: c.description.clone(),
                language: c.lang.clone(),
                major: c.major,
            })
            .collect(),
        repealed: doc.repeal.as_ref().map(|x| RepealData {
            date: x.date.to_string(),
            decided_by: x.decided_by.clone(),
            paragraph: x.paragraph.clone(),
            reason: x.reason.clone(),
        }),
        regulation_number: doc.regulation_number.as_ref().map(|n| n.target.clone()),
    }
}

fn index(r: &Site<'_>) -> DocumentsIndex {
    let addr = &r.addr;
    let config = r.config;
    DocumentsIndex {
        schema: addr.absolute(&addr.api(DOCUMENTS_SCHEMA_FILE)),
        site: SiteData {
            title: config.title.clone(),
            url: addr.absolute(&addr.home(&config.default_language)),
            default_language: config.default_language.clone(),
            languages: config
                .languages
                .iter()
                .map(|l| SiteLanguage {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    title: config.title_in(&l.code).to_string(),
                    url: addr.absolute(&addr.home(&l.code)),
                    feed: addr.absolute(&addr.feed(&l.code)),
                })
                .collect(),
        },
        status_date: r.today.to_string(),
        goals_csv: addr.absolute(&addr.api(GOALS_FILE)),
        documents: r
            .corpus
            .documents
            .iter()
            .map(|d| DocumentEntry {
                id: d.key.to_string(),
                language: d.lang.clone(),
                kind: d.kind,
                title: d.title.clone(),
                organisation: d.organisation.clone(),
                decided: date(d.decided),
                valid_until: valid_until(d.valid_until),
                status: d.status(r.today),
                updated: date(d.last_major_change().map(|c| c.date)),
                goal_count: d.goals.len(),
                url: addr.absolute(&addr.document(&d.key, &d.lang)),
                json_url: addr.absolute(&addr.document_data(&d.key, &d.lang)),
            })
            .collect(),
    }
}
