//! Stage 3: the typed model. Raw front matter becomes [`Document`]s with real
//! dates, a [`DocKind`], nullable decision fields and [`Goal`]s; focus areas
//! and plain pages become [`FocusArea`] and [`Page`]. All of it lives in one
//! immutable [`Corpus`].

mod build;
pub mod ids;
mod review;

pub use build::build;
pub use ids::{DocKey, FocusId, GoalId};
pub use review::{EXPIRY_NOTICE_DAYS, review};

use jiff::civil::Date;
use serde::Serialize;

use crate::diag::Span;

/// A value with the place it was written, so later stages can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref<T> {
    /// The value.
    pub target: T,
    /// Where it was written.
    pub at: Span,
}

/// The kind of a steering document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// Strategi.
    Strategi,
    /// Policy.
    Policy,
    /// Program.
    Program,
    /// Plan.
    Plan,
    /// Riktlinje.
    Riktlinje,
    /// Regler.
    Regler,
}

impl DocKind {
    /// All kinds, in FORMAT.md's order.
    pub const ALL: [DocKind; 6] = [
        DocKind::Strategi,
        DocKind::Policy,
        DocKind::Program,
        DocKind::Plan,
        DocKind::Riktlinje,
        DocKind::Regler,
    ];

    /// The word used in front matter.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Strategi => "strategi",
            DocKind::Policy => "policy",
            DocKind::Program => "program",
            DocKind::Plan => "plan",
            DocKind::Riktlinje => "riktlinje",
            DocKind::Regler => "regler",
        }
    }

    /// Reads the front-matter word, ignoring case and a few English aliases.
    pub fn parse(s: &str) -> Option<DocKind> {
        let s = s.trim().to_lowercase();
        let alias = match s.as_str() {
            "strategy" => "strategi",
            "programme" => "program",
            "guideline" | "riktlinjer" => "riktlinje",
            "rules" | "regel" => "regler",
            other => other,
        };
        DocKind::ALL.into_iter().find(|k| k.as_str() == alias)
    }
}

/// How long a document is valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidUntil {
    /// Until and including this date.
    Date(Date),
    /// *Tills vidare*: until further notice.
    FurtherNotice,
}

/// Whether a document is in force on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// In force until a known date.
    InForce,
    /// In force until further notice.
    UntilFurtherNotice,
    /// Its `giltig till` date has passed.
    Expired,
    /// The document does not say how long it is valid.
    Unknown,
}

/// One goal of a document.
#[derive(Debug, Clone)]
pub struct Goal {
    /// The id, unique within the document; the anchor on its page.
    pub id: GoalId,
    /// The goal as worded in the document.
    pub title: String,
    /// The focus areas it belongs to.
    pub focus_areas: Vec<Ref<FocusId>>,
    /// How it is measured.
    pub indicators: Vec<String>,
    /// Where it is declared.
    pub at: Span,
}

/// One language version of a strategy document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The key shared by all language versions (`vargarda/strategi`).
    pub key: DocKey,
    /// The language code.
    pub lang: String,
    /// True for a translation (not the default language).
    pub is_translation: bool,
    /// The file (relative to the site root).
    pub source: std::path::PathBuf,
    /// `titel`.
    pub title: String,
    /// `typ`.
    pub kind: DocKind,
    /// `organisation`.
    pub organisation: String,
    /// `beslutad av`; `None` when the document does not say.
    pub decided_by: Option<String>,
    /// `beslutad`; `None` when the document does not say.
    pub decided: Option<Date>,
    /// `giltig från` (optional): the first day it applies, when the
    /// document names one.
    pub valid_from: Option<Date>,
    /// `giltig till`; `None` when the document does not say.
    pub valid_until: Option<ValidUntil>,
    /// Where `giltig till` is written.
    pub valid_until_at: Span,
    /// `ansvarig`; `None` when the document does not say.
    pub responsible: Option<String>,
    /// `ansvarig verksamhet`.
    pub responsible_unit: Option<String>,
    /// `paragraf`.
    pub paragraph: Option<String>,
    /// `diarienummer`.
    pub registry_number: Option<String>,
    /// `gäller för`.
    pub applies_to: Option<String>,
    /// `ersätter`: the document this one replaces.
    pub replaces: Option<Ref<DocKey>>,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// `fokusområden`.
    pub focus_areas: Vec<Ref<FocusId>>,
    /// `mål`.
    pub goals: Vec<Goal>,
    /// The Markdown body.
    pub body: std::sync::Arc<str>,
    /// The line on which the body starts.
    pub body_line: usize,
}

impl Document {
    /// The document's status on `today`.
    pub fn status(&self, today: Date) -> Status {
        match self.valid_until {
            None => Status::Unknown,
            Some(ValidUntil::FurtherNotice) => Status::UntilFurtherNotice,
            Some(ValidUntil::Date(d)) if d < today => Status::Expired,
            Some(ValidUntil::Date(_)) => Status::InForce,
        }
    }

    /// The goal with `id`.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id.as_str() == id)
    }

    /// The focus areas of the document and its goals, without repeats, in
    /// the order first named.
    pub fn all_focus_areas(&self) -> Vec<&FocusId> {
        let mut out: Vec<&FocusId> = Vec::new();
        let goal_areas = self.goals.iter().flat_map(|g| g.focus_areas.iter());
        for r in self.focus_areas.iter().chain(goal_areas) {
            if !out.contains(&&r.target) {
                out.push(&r.target);
            }
        }
        out
    }
}

/// One language version of a focus area.
#[derive(Debug, Clone)]
pub struct FocusArea {
    /// The id.
    pub id: FocusId,
    /// The language code.
    pub lang: String,
    /// The file.
    pub source: std::path::PathBuf,
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The description.
    pub body: std::sync::Arc<str>,
    /// The line on which the body starts.
    pub body_line: usize,
}

/// One language version of a plain page (`content/sidor/`).
#[derive(Debug, Clone)]
pub struct Page {
    /// The slug.
    pub slug: String,
    /// The language code.
    pub lang: String,
    /// The file.
    pub source: std::path::PathBuf,
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The body.
    pub body: std::sync::Arc<str>,
    /// The line on which the body starts.
    pub body_line: usize,
}

/// Everything the site is made of, validated. Immutable after [`build`].
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
    pub unreadable: std::collections::BTreeSet<(crate::content::SourceKind, String)>,
    /// (key, language) → position, for each of the three lists.
    index: Index,
}

#[derive(Debug, Clone, Default)]
struct Index {
    documents: std::collections::HashMap<(String, String), usize>,
    focus_areas: std::collections::HashMap<(String, String), usize>,
    pages: std::collections::HashMap<(String, String), usize>,
}

impl Corpus {
    /// The version of document `key` in `lang`, if there is one.
    pub fn document(&self, key: &DocKey, lang: &str) -> Option<&Document> {
        let i = self
            .index
            .documents
            .get(&(key.0.clone(), lang.to_string()))?;
        self.documents.get(*i)
    }

    /// The version of focus area `id` in `lang`, if there is one.
    pub fn focus_area(&self, id: &FocusId, lang: &str) -> Option<&FocusArea> {
        let i = self
            .index
            .focus_areas
            .get(&(id.0.clone(), lang.to_string()))?;
        self.focus_areas.get(*i)
    }

    /// The version of plain page `slug` in `lang`, if there is one.
    pub fn page(&self, slug: &str, lang: &str) -> Option<&Page> {
        let i = self
            .index
            .pages
            .get(&(slug.to_string(), lang.to_string()))?;
        self.pages.get(*i)
    }

    /// Adds a document version.
    pub fn push_document(&mut self, d: Document) {
        self.index
            .documents
            .insert((d.key.0.clone(), d.lang.clone()), self.documents.len());
        self.documents.push(d);
    }

    /// Adds a focus-area version.
    pub fn push_focus_area(&mut self, f: FocusArea) {
        self.index
            .focus_areas
            .insert((f.id.0.clone(), f.lang.clone()), self.focus_areas.len());
        self.focus_areas.push(f);
    }

    /// Adds a plain-page version.
    pub fn push_page(&mut self, p: Page) {
        self.index
            .pages
            .insert((p.slug.clone(), p.lang.clone()), self.pages.len());
        self.pages.push(p);
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
            self.index
                .documents
                .insert((d.key.0.clone(), d.lang.clone()), i);
        }
        for (i, f) in self.focus_areas.iter().enumerate() {
            self.index
                .focus_areas
                .insert((f.id.0.clone(), f.lang.clone()), i);
        }
        for (i, p) in self.pages.iter().enumerate() {
            self.index.pages.insert((p.slug.clone(), p.lang.clone()), i);
        }
    }
}
