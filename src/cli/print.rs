//! Printing a run's report: diagnostics, what was written, the list of
//! what falls due, readability.

use super::{MessageFormat, SiteArgs};

use std::io::Write;
use std::path::PathBuf;

use super::run::Mode;
use crate::diag::Severity;
use crate::messages::{Lang, tr};
use crate::msg;
use crate::site::{self, Report};

/// Prints the report; gives the number of warnings.
pub(super) fn print_report(
    report: &Report,
    out: &mut impl Write,
    mode: Mode,
    args: &SiteArgs,
    lang: Lang,
) -> usize {
    let building = mode == Mode::Build;
    // The due list is the one thing on standard output; errors go to
    // standard error, for people, whatever the format.
    let format = match mode {
        Mode::Due => MessageFormat::Human,
        _ => args.message_format,
    };
    let d = &report.diagnostics;
    let github = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    let styled = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none();
    let root = report
        .config
        .as_ref()
        .map_or_else(|| args.root.clone(), |c| c.root.clone());
    let mut sources: std::collections::HashMap<PathBuf, Option<String>> = Default::default();
    let mut stdout = std::io::stdout().lock();
    // Sorted once: a large site can have a hundred thousand warnings.
    let all = d.sorted();
    for &diag in &all {
        // A build shows errors; warnings are for `check`, counted below.
        if mode != Mode::Check && diag.severity == Severity::Warning {
            continue;
        }
        match format {
            MessageFormat::Json => {
                // Standard output is the JSON stream alone; GitHub reads
                // workflow commands from standard error as well.
                if github {
                    let _ = writeln!(out, "{}", diag.to_github(lang));
                }
                let _ = writeln!(stdout, "{}", diag.to_json(lang));
            }
            MessageFormat::Human => {
                // Standard output of `check --due` is its list alone.
                if github && mode == Mode::Due {
                    let _ = writeln!(out, "{}", diag.to_github(lang));
                } else if github {
                    let _ = writeln!(stdout, "{}", diag.to_github(lang));
                }
                let source = sources
                    .entry(diag.span.file.clone())
                    .or_insert_with(|| std::fs::read_to_string(root.join(&diag.span.file)).ok());
                let _ = writeln!(out, "{}\n", diag.render(source.as_deref(), styled, lang));
            }
        }
    }
    if mode == Mode::Check && !report.readability.is_empty() {
        print_readability(&report.readability, out, lang);
    }
    let errors = all.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = all.len() - errors;
    if mode == Mode::Due && errors == 0 {
        if let Some(due) = &report.due {
            print_due(due, &mut stdout, args.message_format, lang);
        }
    } else if errors > 0 {
        let summary = if building {
            msg!("summary-errors-build", errors = errors, warnings = warnings)
        } else {
            msg!("summary-errors-check", errors = errors, warnings = warnings)
        };
        let _ = writeln!(out, "\n{}", summary.text(lang));
    } else if building {
        let dest = report
            .output
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let built = msg!("summary-built", pages = report.pages, dest = dest);
        let _ = writeln!(out, "{}", built.text(lang));
        if let Some(w) = report.written.filter(|w| w.kept > 0 || w.removed > 0) {
            let written = msg!(
                "summary-written",
                written = w.written,
                kept = w.kept,
                removed = w.removed
            );
            let _ = writeln!(out, "{}", written.text(lang));
        }
        if warnings > 0 {
            let more = msg!("summary-build-warnings", warnings = warnings);
            let _ = writeln!(out, "{}", more.text(lang));
        }
    } else {
        let clean = msg!(
            "summary-check-clean",
            warnings = warnings,
            pages = report.pages
        );
        let _ = writeln!(out, "{}", clean.text(lang));
    }
    if args.timings {
        let _ = write!(out, "{}", site::timings_text(&report.timings, lang));
    }
    warnings
}

/// The list of `check --due` on standard output: a table for people, or
/// one JSON document.
fn print_due(
    list: &crate::model::DueList,
    out: &mut impl Write,
    format: MessageFormat,
    lang: Lang,
) {
    if format == MessageFormat::Json {
        let json = serde_json::to_string_pretty(list).unwrap_or_default();
        let _ = writeln!(out, "{json}");
        return;
    }
    let rows: Vec<[String; 5]> = list
        .due
        .iter()
        .map(|d| {
            [
                d.date.to_string(),
                match (d.kind, d.overdue) {
                    (crate::model::DueKind::Review, true) => tr(lang, "due-review-overdue"),
                    (crate::model::DueKind::Review, false) => tr(lang, "due-review"),
                    (crate::model::DueKind::Expiry, _) => tr(lang, "due-expiry"),
                    (crate::model::DueKind::Repeal, _) => tr(lang, "due-repeal"),
                },
                d.responsible.clone().unwrap_or_else(|| "–".to_string()),
                format!("{}:{}", d.file.display(), d.line),
                format!("{} ({})", d.title, d.organisation),
            ]
        })
        .collect();
    if rows.is_empty() {
        let none = msg!(
            "due-none",
            from = list.from.to_string(),
            until = list.until.to_string()
        );
        let _ = writeln!(out, "{}", none.text(lang));
        return;
    }
    let head = msg!(
        "due-head",
        from = list.from.to_string(),
        until = list.until.to_string()
    );
    let _ = writeln!(out, "{}\n", head.text(lang));
    let header = [
        "due-col-date",
        "due-col-what",
        "due-col-responsible",
        "due-col-file",
        "due-col-document",
    ]
    .map(|id| tr(lang, id));
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    for row in std::iter::once(header).chain(rows) {
        let mut line = String::from(" ");
        for (i, cell) in row.iter().enumerate() {
            line.push(' ');
            line.push_str(cell);
            if let Some(&w) = widths.get(i) {
                line.extend(std::iter::repeat_n(' ', w + 1 - cell.chars().count()));
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn print_readability(rows: &[crate::readability::Row], out: &mut impl Write, lang: Lang) {
    let head = |id| tr(lang, id);
    let (file, code) = (head("lix-file"), head("lix-lang"));
    let (summary, text, words, long) = (
        head("lix-summary"),
        head("lix-text"),
        head("lix-words"),
        head("lix-long-sentences"),
    );
    let chars = |s: &str| s.chars().count();
    let width = rows
        .iter()
        .map(|r| chars(&r.file.display().to_string()))
        .chain([chars(&file)])
        .max()
        .unwrap_or(4);
    // A variant's key (`lattlast`) is longer than a language code.
    let lang_width = rows
        .iter()
        .map(|r| chars(&r.lang))
        .chain([chars(&code)])
        .max()
        .unwrap_or(4);
    let (w1, w2, w3, w4) = (
        chars(&summary).max(7),
        chars(&text).max(5),
        chars(&words).max(6),
        chars(&long).max(6),
    );
    let _ = writeln!(out, "\n{}", head("lix-heading"));
    let _ = writeln!(
        out,
        "  {file:<width$}  {code:<lang_width$}  {summary:>w1$}  {text:>w2$}  {words:>w3$}  {long:>w4$}"
    );
    let fmt = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
    for r in rows {
        let _ = writeln!(
            out,
            "  {:<width$}  {:<lang_width$}  {:>w1$}  {:>w2$}  {:>w3$}  {:>w4$}",
            r.file.display().to_string(),
            r.lang,
            fmt(r.summary_lix),
            fmt(r.body_lix),
            r.body_words,
            r.long_sentences
        );
    }
    let _ = writeln!(out);
}
