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
