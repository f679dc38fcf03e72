//! Stage 3: the typed model. Raw front matter becomes [`Document`]s with real
//! dates, a [`DocKind`], nullable decision fields and [`Goal`]s; focus areas
//! and plain pages become [`FocusArea`] and [`Page`]. All of it lives in one
//! immutable [`Corpus`] (in `corpus.rs`).

mod build;
mod corpus;
pub mod ids;
pub mod indicator;
mod review;

pub use build::{build, patch};
pub use corpus::{Corpus, UnbuiltBody};
pub use ids::{DocKey, FocusId, GoalId};
pub use indicator::{DataPoint, Indicator, KoladaId, Unit};
pub use review::{Due, DueKind, DueList, EXPIRY_NOTICE_DAYS, due, review};

use jiff::civil::Date;
use serde::Serialize;

use crate::diag::Span;
use crate::lang::Lang;

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
    /// Its `upphävd` date has come: repealed, though `giltig till` may not
    /// have passed.
    Repealed,
}

impl Status {
    /// True when the document no longer applies (expired or repealed).
    pub fn is_ended(self) -> bool {
        matches!(self, Status::Expired | Status::Repealed)
    }
}

/// A change note (`ändringar`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The day of the change.
    pub date: Date,
    /// What changed.
    pub description: String,
    /// The language of `description`: a translation shows the original's
    /// notes it does not translate, marked as such.
    pub lang: Lang,
    /// A larger change (`större: true`): it moves the page's "updated" date
    /// and reaches the feeds.
    pub major: bool,
}

/// A repeal (`upphävd`) and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeal {
    /// From this day the document no longer applies.
    pub date: Date,
    /// Who decided the repeal.
    pub decided_by: Option<String>,
    /// The paragraph of that decision.
    pub paragraph: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// Where its date is written (or `upphävd`, for a translation that
    /// takes the original's date).
    pub at: Span,
}

/// The order of numbers in a register of regulations: by year, then by
/// sequence, both as numbers, so "SKFS 2021:2" comes before "SKFS
/// 2021:10" and "SKFS 2020:15" before both; then by the text (the prefix).
/// A number not written "<prefix> <year>:<sequence>" comes after those, by
/// its text.
pub fn regulation_order(number: &str) -> (bool, u64, u64, String) {
    let parsed = number.split_whitespace().last().and_then(|last| {
        let (year, seq) = last.split_once(':')?;
        Some((year.parse::<u64>().ok()?, seq.parse::<u64>().ok()?))
    });
    match parsed {
        Some((year, seq)) => (false, year, seq, number.to_string()),
        None => (true, 0, 0, number.to_string()),
    }
}

/// The place of a regulation in its organisation's part of the register:
/// those in force (or not yet ended) first, then those repealed or
/// expired, each by [`regulation_order`].
pub fn register_order(status: Status, number: &str) -> (bool, (bool, u64, u64, String)) {
    (status.is_ended(), regulation_order(number))
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
    pub indicators: Vec<Indicator>,
    /// Where it is declared.
    pub at: Span,
}

/// One language version of a strategy document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The key shared by all language versions (`vargarda/strategi`).
    pub key: DocKey,
    /// The language code.
    pub lang: Lang,
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
    /// `ändringar`, in the order written (a translation's item n
    /// translates the original's item n); see [`Document::changes_newest_first`].
    pub changes: Vec<Change>,
    /// `upphävd`.
    pub repeal: Option<Repeal>,
    /// `författningsnummer`: the number in the organisation's
    /// författningssamling, for a binding regulation.
    pub regulation_number: Option<Ref<String>>,
    /// `revideras senast`: when the document must next be reviewed.
    pub review_by: Option<Date>,
    /// Where `revideras senast` is written.
    pub review_by_at: Span,
    /// `för revidering ansvarar`.
    pub review_responsible: Option<String>,
    /// `tidigare adresser`: old addresses of the page (site paths, `/a/b/`).
    pub previous_addresses: Vec<Ref<String>>,
    /// `översatt`: for a translation, the date of the original's text it
    /// follows.
    pub translated: Option<Ref<Date>>,
    /// The Markdown body.
    pub body: crate::content::Body,
    /// The line on which the body starts.
    pub body_line: usize,
}

impl Document {
    /// The document's status on `today`.
    pub fn status(&self, today: Date) -> Status {
        if self.repeal.as_ref().is_some_and(|r| r.date <= today) {
            return Status::Repealed;
        }
        match self.valid_until {
            None => Status::Unknown,
            Some(ValidUntil::FurtherNotice) => Status::UntilFurtherNotice,
            Some(ValidUntil::Date(d)) if d < today => Status::Expired,
            Some(ValidUntil::Date(_)) => Status::InForce,
        }
    }

    /// The change notes, newest first; notes of one day in the order
    /// written.
    pub fn changes_newest_first(&self) -> Vec<&Change> {
        let mut out: Vec<&Change> = self.changes.iter().collect();
        out.sort_by_key(|c| std::cmp::Reverse(c.date));
        out
    }

    /// The newest larger change, if any.
    pub fn last_major_change(&self) -> Option<&Change> {
        self.changes_newest_first().into_iter().find(|c| c.major)
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
    pub lang: Lang,
    /// The file.
    pub source: std::path::PathBuf,
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The description.
    pub body: crate::content::Body,
    /// The line on which the body starts.
    pub body_line: usize,
}

/// One language version of a plain page (`content/sidor/`).
#[derive(Debug, Clone)]
pub struct Page {
    /// The slug.
    pub slug: String,
    /// The language code.
    pub lang: Lang,
    /// The file.
    pub source: std::path::PathBuf,
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The body.
    pub body: crate::content::Body,
    /// The line on which the body starts.
    pub body_line: usize,
}

#[cfg(test)]
mod tests {
    use super::regulation_order;

    #[test]
    fn regulation_numbers_sort_by_year_then_sequence_as_numbers() {
        let mut v = vec![
            "SKFS 2021:10",
            "utan nummer",
            "SKFS 2021:2",
            "SKFS 2020:15",
            "AKFS 2021:2",
        ];
        v.sort_by_key(|n| regulation_order(n));
        assert_eq!(
            v,
            [
                "SKFS 2020:15",
                "AKFS 2021:2",
                "SKFS 2021:2",
                "SKFS 2021:10",
                "utan nummer"
            ]
        );
    }
}
