//! What `styrdok check` tells editors beyond errors: documents that have
//! expired or soon will, reviews that are due, goals without indicators,
//! documents not yet translated into the site's languages, and
//! translations made before their original's latest larger change.

use jiff::civil::Date;

use super::{Corpus, ValidUntil};
use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};

/// How many days ahead an expiry date is announced.
pub const EXPIRY_NOTICE_DAYS: i32 = 90;

/// Adds the review's warnings for the build day `today`.
pub fn review(corpus: &Corpus, config: &SiteConfig, today: Date, diags: &mut Diagnostics) {
    let default = &config.default_language;
    behind_originals(corpus, default, diags);
    for doc in corpus.documents.iter().filter(|d| &d.lang == default) {
        let valid_line = |diags: &mut Diagnostics, msg: String, help: &str| {
            diags
                .warning("validity", doc.valid_until_at.clone(), msg)
                .help(help.to_string());
        };
        if let Some(ValidUntil::Date(until)) = doc.valid_until {
            let days = (until - today).get_days();
            if until < today {
                valid_line(
                    diags,
                    format!(
                        "the document expired on {until}; its page says it is no longer in force"
                    ),
                    "if a new decision has extended it, change \"giltig till\"; if it has been replaced, add the new document with \"ersätter\"",
                );
            } else if days <= EXPIRY_NOTICE_DAYS {
                let d = until.since(today).map(|s| s.get_days()).unwrap_or(days);
                valid_line(
                    diags,
                    format!("the document expires on {until}, in {d} days"),
                    "plan its revision: after that day the page says it is no longer in force",
                );
            }
        }
        if let Some(by) = doc.review_by {
            let days = (by - today).get_days();
            let (msg, help) = if by < today {
                (
                    format!("the document should have been reviewed by {by} (revideras senast)"),
                    "review it; then record a new decision or change \"revideras senast\"",
                )
            } else if days <= EXPIRY_NOTICE_DAYS {
                let d = by.since(today).map(|s| s.get_days()).unwrap_or(days);
                (
                    format!(
                        "the document must be reviewed by {by}, in {d} days (revideras senast)"
                    ),
                    "plan its review",
                )
            } else {
                (String::new(), "")
            };
            if !msg.is_empty() {
                let d = diags.warning("review-due", doc.review_by_at.clone(), msg);
                match &doc.review_responsible {
                    Some(who) => d.help(format!("{help}; responsible: {who}")),
                    None => d.help(help.to_string()),
                };
            }
        }
        for goal in &doc.goals {
            if goal.indicators.is_empty() {
                diags
                    .warning(
                        "no-indicators",
                        goal.at.clone(),
                        format!("the goal \"{}\" has no indicators", goal.id),
                    )
                    .help("add indikatorer: if the document says how the goal is measured");
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
                    format!("the document has no translation into: {}", missing.join(", ")),
                )
                .help("readers of those languages see the original, marked as such; add <name>.<language>.md to translate it");
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
                format!(
                    "this translation follows the text of {}, but {} has a larger change dated {}: \"{}\"",
                    made.target,
                    original.source.display(),
                    change.date,
                    change.description
                ),
            )
            .help(format!(
                "translate the change, then write översatt: {}; until then the page tells its readers the original has changed",
                change.date
            ));
    }
}
