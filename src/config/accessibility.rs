//! `[accessibility]` in `site.toml` → [`AccessibilityConfig`]: the facts of
//! the accessibility statement (tillgänglighetsredogörelse) in the order of
//! Digg's model statement, each required where Digg requires it.

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, Span};

/// How far a site meets the accessibility requirements (WCAG 2.1 AA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    /// Fully compliant.
    Full,
    /// Partially compliant: known problems are listed.
    Partial,
    /// Not compliant.
    None,
}

/// Why a known problem is there, as Digg's model statement sorts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The content does not meet the requirements (to be fixed).
    NotCompliant,
    /// Fixing it would be a disproportionate burden (12 § lagen om
    /// tillgänglighet till digital offentlig service).
    DisproportionateBurden,
    /// The content is outside the law (9 §).
    OutsideLaw,
}

impl Reason {
    /// Every reason, in the order the statement lists them.
    pub const ALL: [Reason; 3] = [
        Reason::NotCompliant,
        Reason::DisproportionateBurden,
        Reason::OutsideLaw,
    ];
}

/// How the site was assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    /// By the organisation itself (självskattning).
    #[serde(rename = "self")]
    SelfAssessment,
    /// By someone else (`assessed_by`).
    Independent,
}

/// A known accessibility problem.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Problem {
    /// What is wrong.
    pub description: String,
    /// What (or whom) it affects.
    pub affects: String,
    /// Why it is there.
    pub reason: Reason,
    /// When it will be fixed (templates get it written per language).
    #[serde(skip)]
    pub fixed_by: Option<Date>,
}

/// `[accessibility]`: what the accessibility statement says. Templates see
/// it as it is, beside the dates written the reader's way.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct AccessibilityConfig {
    /// Who is responsible for the site.
    pub organisation: String,
    /// The service's name, when not the site's title.
    pub service: Option<String>,
    /// Compliance status.
    pub compliance: Compliance,
    /// Known problems (at least one unless fully compliant).
    pub problems: Vec<Problem>,
    /// How the site was assessed, when the statement says so.
    pub assessment: Option<Assessment>,
    /// Who assessed it, for an independent assessment.
    pub assessed_by: Option<String>,
    /// When it was assessed.
    #[serde(skip)]
    pub assessed: Date,
    /// When the statement was last updated.
    #[serde(skip)]
    pub updated: Date,
    /// Where to write about an accessibility problem or ask for content in
    /// another format.
    pub contact_email: String,
    /// A phone number, if any.
    pub contact_phone: Option<String>,
    /// A web form or page for reporting problems, if any.
    pub report_url: Option<String>,
    /// Within how many working days an answer comes, when it says so.
    pub response_days: Option<u32>,
    /// The supervising authority.
    pub supervisor: String,
    /// Its form for reporting a site.
    pub supervisor_url: String,
}

/// `[accessibility]` as written; each value keeps its place in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccessibility {
    organisation: Option<String>,
    service: Option<String>,
    compliance: Option<Spanned<Compliance>>,
    #[serde(default)]
    problems: Vec<Spanned<RawProblem>>,
    assessment: Option<Spanned<Assessment>>,
    assessed_by: Option<String>,
    assessed: Option<Spanned<toml::Value>>,
    updated: Option<Spanned<toml::Value>>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    report_url: Option<String>,
    response_days: Option<u32>,
    supervisor: Option<String>,
    supervisor_url: Option<String>,
    /// FORMAT.md's key: when the statement was last reviewed. It stands
    /// for `updated`, and for `assessed` where that is not given.
    reviewed: Option<Spanned<toml::Value>>,
    // A key of the earlier, shorter statement: named so the message can
    // say what replaced it.
    known_issues: Option<Spanned<toml::Value>>,
}

/// `[[accessibility.problems]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProblem {
    description: Option<String>,
    affects: Option<String>,
    reason: Option<Reason>,
    fixed_by: Option<Spanned<toml::Value>>,
}

/// Digg's report form: where anyone can report a site to the supervisor.
pub const DIGG_REPORT_FORM: &str = "https://www.digg.se/tdosanmalan";

/// Builds the statement from `raw`, reporting every missing or
/// contradictory fact at its line (`at` turns a byte range into a place);
/// `None` when any is wrong.
pub(super) fn build(
    raw: Spanned<RawAccessibility>,
    at: &dyn Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Diagnostics,
) -> Option<AccessibilityConfig> {
    let table = at(raw.span());
    let a = raw.into_inner();
    let errors_before = diags.error_count();
    let mut error = |span: Span, message: String, help: String| {
        diags.error("config", span, message).help(help);
    };
    if let Some(old) = &a.known_issues {
        error(
            at(old.span()),
            "[accessibility] has `known_issues`, which the statement no longer uses".into(),
            "list each problem as [[accessibility.problems]] with description, affects, reason and (when not compliant) fixed_by".into(),
        );
    }
    let mut require = |value: Option<String>, key: &str, example: &str| {
        let value = value
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty());
        if value.is_none() {
            error(
                table.clone(),
                format!("[accessibility] has no `{key}`"),
                format!("add {key} = {example}; Digg's model statement needs it"),
            );
        }
        value
    };
    let organisation = require(a.organisation, "organisation", "\"Exempelby kommun\"");
    let contact_email = require(
        a.contact_email,
        "contact_email",
        "\"tillganglighet@example.org\"",
    );
    let mut date = |value: Option<Spanned<toml::Value>>, key: &str, what: &str| {
        let Some(value) = value else {
            error(
                table.clone(),
                format!("[accessibility] has no `{key}`"),
                format!("add {key} = 2026-11-01 ({what})"),
            );
            return None;
        };
        let d = parse_date(value.get_ref());
        if d.is_none() {
            error(
                at(value.span()),
                format!("`{key}` in [accessibility] is not a date"),
                format!("write {key} = YYYY-MM-DD ({what})"),
            );
        }
        d
    };
    // `reviewed` (FORMAT.md) is the date of the statement's last review:
    // its update, and its assessment unless that has a date of its own.
    let updated = date(
        a.updated.or_else(|| a.reviewed.clone()),
        "updated",
        "when this statement was last updated; `reviewed` says the same",
    );
    let assessed = match a.assessed {
        Some(value) => date(Some(value), "assessed", "when the site was last assessed"),
        None => updated,
    };
    // What Digg's model asks for beyond FORMAT.md's four keys: a statement
    // without it is still published, with a warning that says what to add.
    let mut incomplete = |span: Span, message: String, help: &str| {
        diags
            .warning("incomplete-statement", span, message)
            .help(help.to_string());
    };
    if a.response_days.is_none() {
        incomplete(
            table.clone(),
            "the accessibility statement does not say when a report is answered".into(),
            "add response_days = 5 to [accessibility] (within how many working days you answer a report or a request for content in another format); Digg's model statement asks for it",
        );
    }
    if a.assessment.is_none() {
        incomplete(
            table.clone(),
            "the accessibility statement does not say how the site was assessed".into(),
            "add assessment = \"self\" (you assessed the site yourselves) or \"independent\" (with assessed_by = \"who\") to [accessibility]; Digg's model statement asks for it",
        );
    }
    let mut error = |span: Span, message: String, help: String| {
        diags.error("config", span, message).help(help);
    };
    let assessment = a.assessment.as_ref().map(|s| *s.get_ref());
    match &a.assessment {
        None => {}
        Some(s) if *s.get_ref() == Assessment::Independent && a.assessed_by.is_none() => error(
            at(s.span()),
            "an independent assessment does not say who made it".into(),
            "add assessed_by = \"…\" to [accessibility]".into(),
        ),
        Some(_) => {}
    }
    let mut problems = Vec::new();
    for p in a.problems {
        let line = at(p.span());
        let p = p.into_inner();
        let mut field = |value: Option<String>, key: &str, what: &str| {
            let value = value
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty());
            if value.is_none() {
                error(
                    line.clone(),
                    format!("this accessibility problem has no `{key}`"),
                    format!("add {key} = \"…\" ({what})"),
                );
            }
            value
        };
        let description = field(p.description, "description", "what is wrong");
        let affects = field(p.affects, "affects", "what or whom it affects");
        let Some(reason) = p.reason else {
            error(
                line.clone(),
                "this accessibility problem has no `reason`".into(),
                "add reason = \"not-compliant\", \"disproportionate-burden\" (12 §) or \"outside-law\" (9 §)".into(),
            );
            continue;
        };
        let fixed_by = match p.fixed_by {
            None if reason == Reason::NotCompliant => {
                error(
                    line.clone(),
                    "this accessibility problem is not compliant but does not say when it will be fixed".into(),
                    "add fixed_by = YYYY-MM-DD (when it will be fixed)".into(),
                );
                None
            }
            None => None,
            Some(v) => {
                let d = parse_date(v.get_ref());
                if d.is_none() {
                    error(
                        at(v.span()),
                        "`fixed_by` is not a date".into(),
                        "write fixed_by = YYYY-MM-DD (when it will be fixed)".into(),
                    );
                }
                d
            }
        };
        if let (Some(description), Some(affects)) = (description, affects) {
            problems.push(Problem {
                description,
                affects,
                reason,
                fixed_by,
            });
        }
    }
    let compliance = match a.compliance {
        None => {
            error(
                table.clone(),
                "[accessibility] has no `compliance`".into(),
                "add compliance = \"full\" (or \"partial\" or \"none\")".into(),
            );
            None
        }
        Some(c) => {
            // Content outside the law (9 §) may be listed by any site; a
            // problem within it means the site is not fully compliant.
            let within_law = problems.iter().any(|p| p.reason != Reason::OutsideLaw);
            match *c.get_ref() {
                Compliance::Full if within_law => error(
                    at(c.span()),
                    "compliance is \"full\", but problems that are not compliant or a disproportionate burden are listed".into(),
                    "write compliance = \"partial\", or remove those problems once they are fixed".into(),
                ),
                // Digg's model asks for the list, but FORMAT.md lets a
                // statement say "partial" with its four keys alone: it is
                // published, with a warning that says what to add.
                Compliance::Partial | Compliance::None if !within_law => {
                    diags
                        .warning(
                            "incomplete-statement",
                            at(c.span()),
                            format!(
                                "compliance is \"{}\", but the statement lists no problem that makes it so",
                                if *c.get_ref() == Compliance::Partial { "partial" } else { "none" }
                            ),
                        )
                        .help("list each known problem as [[accessibility.problems]] with description, affects, reason = \"not-compliant\" or \"disproportionate-burden\", and fixed_by; Digg's model statement requires the list");
                }
                _ => {}
            }
            Some(*c.get_ref())
        }
    };
    if diags.error_count() > errors_before {
        return None;
    }
    Some(AccessibilityConfig {
        organisation: organisation?,
        service: a.service,
        compliance: compliance?,
        problems,
        assessment,
        assessed_by: a.assessed_by,
        assessed: assessed?,
        updated: updated?,
        contact_email: contact_email?,
        contact_phone: a.contact_phone,
        report_url: a.report_url,
        response_days: a.response_days,
        supervisor: a
            .supervisor
            .unwrap_or_else(|| "Myndigheten för digital förvaltning (Digg)".to_string()),
        supervisor_url: a
            .supervisor_url
            .unwrap_or_else(|| DIGG_REPORT_FORM.to_string()),
    })
}

/// A TOML date (`2026-11-01`) or a string holding one.
fn parse_date(value: &toml::Value) -> Option<Date> {
    let text = match value {
        toml::Value::Datetime(d) if d.time.is_none() => d.date.map(|d| d.to_string()),
        toml::Value::String(s) => Some(s.clone()),
        _ => None,
    }?;
    Date::strptime("%Y-%m-%d", &text).ok()
}
