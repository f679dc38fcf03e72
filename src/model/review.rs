//! What `styrdok check` tells editors beyond errors: documents that have
//! expired or soon will, reviews that are due, goals without indicators,
//! documents not yet translated into the site's languages, and
//! translations made before their original's latest larger change.

use jiff::civil::Date;

use super::{Corpus, ValidUntil};
use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::messages::Message;
use crate::msg;

/// How many days ahead an expiry date is announced.
pub const EXPIRY_NOTICE_DAYS: i32 = 90;

/// Adds the review's warnings for the build day `today`.
pub fn review(corpus: &Corpus, config: &SiteConfig, today: Date, diags: &mut Diagnostics) {
    let default = &config.default_language;
    behind_originals(corpus, default, diags);
    for doc in corpus.documents.iter().filter(|d| &d.lang == default) {
        let valid_line = |diags: &mut Diagnostics, msg: Message, help: Message| {
            diags
                .warning("validity", doc.valid_until_at.clone(), msg)
                .help(help);
        };
        if let Some(ValidUntil::Date(until)) = doc.valid_until {
            let days = (until - today).get_days();
            if until < today {
                valid_line(
                    diags,
                    msg!("expired", date = until.to_string()),
                    msg!("expired-help"),
                );
            } else if days <= EXPIRY_NOTICE_DAYS {
                let d = until.since(today).map(|s| s.get_days()).unwrap_or(days);
                valid_line(
                    diags,
                    msg!("expires", date = until.to_string(), days = d),
                    msg!("expires-help"),
                );
            }
        }
        if let Some(by) = doc.review_by {
            let days = (by - today).get_days();
            let due = if by < today {
                Some((
                    msg!("review-overdue", date = by.to_string()),
                    msg!("review-overdue-help"),
                ))
            } else if days <= EXPIRY_NOTICE_DAYS {
                let d = by.since(today).map(|s| s.get_days()).unwrap_or(days);
                Some((
                    msg!("review-due", date = by.to_string(), days = d),
                    msg!("review-due-help"),
                ))
            } else {
                None
            };
            if let Some((msg, help)) = due {
                let d = diags.warning("review-due", doc.review_by_at.clone(), msg);
                match &doc.review_responsible {
                    Some(who) => d.help(msg!("review-responsible", help = help, who = who)),
                    None => d.help(help),
                };
            }
        }
        for goal in &doc.goals {
            if goal.indicators.is_empty() {
                diags
                    .warning(
                        "no-indicators",
                        goal.at.clone(),
                        msg!("no-indicators", id = goal.id.to_string()),
                    )
                    .help(msg!("no-indicators-help"));
            }
        }
        let missing: Vec<&str> = config
            .languages
            .iter()
            .filter(|l| &l.code != default && corpus.document(&doc.key, &l.code).is_none())
            .map(|l| l.code.as_str())
            .collect();
        if !missing.is_empty() {
            diags
                .warning(
                    "not-translated",
                    Span::line(&doc.source, 1),
                    msg!("not-translated", langs = missing.join(", ")),
                )
                .help(msg!("not-translated-help"));
        }
    }
}

/// Warns for each translation whose `översatt` is before its original's
/// newest larger change; one without `översatt` is never reported.
fn behind_originals(corpus: &Corpus, default: &str, diags: &mut Diagnostics) {
    for doc in corpus.documents.iter().filter(|d| d.lang != default) {
        let (Some(made), Some(original)) = (&doc.translated, corpus.document(&doc.key, default))
        else {
            continue;
        };
        let Some(change) = original
            .last_major_change()
            .filter(|c| c.date > made.target)
        else {
            continue;
        };
        diags
            .warning(
                "translation-behind",
                made.at.clone(),
                msg!(
                    "translation-behind",
                    follows = made.target.to_string(),
                    original = original.source.display().to_string(),
                    date = change.date.to_string(),
                    change = change.description.as_str()
                ),
            )
            .help(msg!(
                "translation-behind-help",
                date = change.date.to_string()
            ));
    }
}

/// What falls due on a document's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueKind {
    /// `revideras senast`: it must be reviewed.
    Review,
    /// `giltig till`: its last day in force.
    Expiry,
    /// `upphävd`: it is repealed from that day.
    Repeal,
}

impl DueKind {
    /// The word `check --due` prints.
    pub fn as_str(self) -> &'static str {
        match self {
            DueKind::Review => "review",
            DueKind::Expiry => "expiry",
            DueKind::Repeal => "repeal",
        }
    }
}

/// A date on which something falls due for a document, for the staff who
/// answer for it (`styrdok check --due`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Due {
    /// The day.
    #[serde(serialize_with = "iso_date")]
    pub date: Date,
    /// What falls due.
    pub kind: DueKind,
    /// True for a review whose day has passed.
    pub overdue: bool,
    /// The document's key.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its organisation.
    pub organisation: String,
    /// Who answers for it: `för revidering ansvarar` for a review (else
    /// `ansvarig`), `ansvarig` for the rest.
    pub responsible: Option<String>,
    /// The file (relative to the site root).
    pub file: std::path::PathBuf,
    /// The line of the date's key.
    pub line: usize,
}

fn iso_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// What `check --due` lists: the period and what falls due in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DueList {
    /// The first day of the period (the build day).
    #[serde(serialize_with = "iso_date")]
    pub from: Date,
    /// Its last day.
    #[serde(serialize_with = "iso_date")]
    pub until: Date,
    /// What falls due, by date (see [`due`]).
    pub due: Vec<Due>,
}

/// Every review, expiry and repeal of an original that falls from `today`
/// up to and including `until`, and every review already overdue (a review
/// still to do is still due), sorted by date, then file. A document that
/// has ended (expired or repealed) has no review due; an expiry after the
/// document's repeal does not happen.
pub fn due(corpus: &Corpus, config: &SiteConfig, today: Date, until: Date) -> DueList {
    let mut out = Vec::new();
    for doc in corpus
        .documents
        .iter()
        .filter(|d| d.lang == config.default_language)
    {
        let item = |date: Date, kind: DueKind, at: &Span, responsible: &Option<String>| Due {
            date,
            kind,
            overdue: date < today,
            id: doc.key.to_string(),
            title: doc.title.clone(),
            organisation: doc.organisation.clone(),
            responsible: responsible.clone(),
            file: doc.source.clone(),
            line: at.line,
        };
        let within = |d: Date| today <= d && d <= until;
        let repeal = doc.repeal.as_ref().map(|r| r.date);
        if let Some(by) = doc.review_by
            && by <= until
            && !doc.status(today).is_ended()
        {
            let who = doc.review_responsible.clone().or(doc.responsible.clone());
            out.push(item(by, DueKind::Review, &doc.review_by_at, &who));
        }
        if let Some(ValidUntil::Date(d)) = doc.valid_until
            && within(d)
            && repeal.is_none_or(|r| r > d)
        {
            out.push(item(
                d,
                DueKind::Expiry,
                &doc.valid_until_at,
                &doc.responsible,
            ));
        }
        if let Some(r) = &doc.repeal
            && within(r.date)
        {
            out.push(item(r.date, DueKind::Repeal, &r.at, &doc.responsible));
        }
    }
    out.sort_by(|a, b| (a.date, &a.file, a.kind).cmp(&(b.date, &b.file, b.kind)));
    DueList {
        from: today,
        until,
        due: out,
    }
}
