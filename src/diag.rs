//! Diagnostics: content problems, collected across the whole run and printed
//! compiler-style (`file:line:col: error[code]: message`) so editors can jump.
//!
//! Diagnostics are not fatal per file: every stage adds to one [`Diagnostics`]
//! and the driver stops before rendering when any error was found.
//!
//! This file holds the types and the collection; how a diagnostic is
//! written, for people, as JSON and for GitHub, is in [`format`].

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::Message;

mod format;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Stops the build.
    Error,
    /// Reported by `check` and `build`; does not stop the build.
    Warning,
}

/// A place in a source file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub col: usize,
}

impl Span {
    /// A span at `line`, column 1.
    pub fn line(file: &Path, line: usize) -> Span {
        Span {
            file: file.to_path_buf(),
            line: line.max(1),
            col: 1,
        }
    }

    /// A span at `line` and `col`.
    pub fn at(file: &Path, line: usize, col: usize) -> Span {
        Span {
            file: file.to_path_buf(),
            line: line.max(1),
            col: col.max(1),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.col)
    }
}

/// One problem found in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable code, e.g. `unknown-key`.
    pub code: &'static str,
    /// Where it is.
    pub span: Span,
    /// What is wrong, in plain words (in the reader's language when shown).
    pub message: Message,
    /// What to do about it.
    pub help: Option<Message>,
}

/// The codes of every warning styrdok gives, for `[check] allow` in
/// `site.toml` (a unit test checks that every warning the code gives is
/// here). Errors cannot be allowed.
pub const WARNING_CODES: &[&str] = &[
    "broken-link",
    "hard-to-read",
    "hidden-folder",
    "incomplete-statement",
    "long-sentence",
    "missing-information",
    "missing-translation",
    "no-accessibility-statement",
    "no-indicators",
    "not-translated",
    "passive-summary",
    "review-due",
    "translated-in-original",
    "translation-behind",
    "untranslated-indicator",
    "validity",
];

/// All diagnostics of one run.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an error.
    pub fn error(
        &mut self,
        code: &'static str,
        span: Span,
        message: impl Into<Message>,
    ) -> &mut Diagnostic {
        self.push(Severity::Error, code, span, message)
    }

    /// Adds a warning.
    pub fn warning(
        &mut self,
        code: &'static str,
        span: Span,
        message: impl Into<Message>,
    ) -> &mut Diagnostic {
        self.push(Severity::Warning, code, span, message)
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        span: Span,
        message: impl Into<Message>,
    ) -> &mut Diagnostic {
        self.items.push(Diagnostic {
            severity,
            code,
            span,
            message: message.into(),
            help: None,
        });
        self.items.last_mut().expect("just pushed")
    }

    /// Drops the warnings whose code is in `codes` (the site's `[check]
    /// allow`).
    pub fn allow(&mut self, codes: &[String]) {
        self.items.retain(|d| {
            d.severity == Severity::Error || !codes.iter().any(|c| c.as_str() == d.code)
        });
    }

    /// True when nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// True when any error (not warning) was reported.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors (the same problem found twice counts once).
    pub fn error_count(&self) -> usize {
        self.sorted()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings (the same problem found twice counts once).
    pub fn warning_count(&self) -> usize {
        self.sorted()
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// The diagnostics sorted by file, line, column, then severity, so that
    /// output is stable whatever order the stages found them in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (&a.span, a.severity, a.code, &a.message)
                .cmp(&(&b.span, b.severity, b.code, &b.message))
        });
        v.dedup_by(|a, b| a == b);
        v
    }

    /// Moves all diagnostics of `other` into `self`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Copies all diagnostics of `other` into `self`.
    pub fn extend_from(&mut self, other: &Diagnostics) {
        self.items.extend_from_slice(&other.items);
    }
}

impl Diagnostic {
    /// Sets the help text.
    pub fn help(&mut self, help: impl Into<Message>) -> &mut Self {
        self.help = Some(help.into());
        self
    }
}

/// Maps byte offsets in a text to 1-based line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line and column (in characters) of byte offset `byte` of `text`.
    pub fn line_col(&self, text: &str, byte: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let end = byte.min(text.len());
        let col = text.get(start..end).map_or(1, |s| s.chars().count() + 1);
        (line + 1, col)
    }
}

/// The name in `candidates` closest to `name`, when it is close enough to be
/// worth suggesting.
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nåäö x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), (2, 5));
    }

    #[test]
    fn nearest_suggests_close_names_only() {
        let keys = ["giltig till", "beslutad av", "ansvarig"];
        assert_eq!(nearest("giltig_till", keys), Some("giltig till"));
        assert_eq!(nearest("beslutad_av", keys), Some("beslutad av"));
        assert_eq!(nearest("xyz", keys), None);
    }

    #[test]
    fn every_warning_the_code_gives_can_be_allowed_by_its_code() {
        // Reads the sources: a warning whose code is not in WARNING_CODES
        // could not be named in `[check] allow`.
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = std::collections::BTreeSet::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for (i, _) in text.match_indices(".warning(") {
                let rest = text[i + ".warning(".len()..].trim_start();
                let code = rest.strip_prefix('"').and_then(|r| r.split('"').next());
                if let Some(code) = code.filter(|c| {
                    !c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                }) {
                    found.insert(code.to_string());
                }
            }
        }
        assert!(found.len() >= 9, "{found:?}");
        for code in &found {
            assert!(
                WARNING_CODES.contains(&code.as_str()),
                "{code} is not in WARNING_CODES"
            );
        }
    }

    #[test]
    fn allowed_warnings_go_and_errors_stay() {
        let mut d = Diagnostics::new();
        d.warning("validity", Span::line(Path::new("a.md"), 1), "expired");
        d.warning("no-indicators", Span::line(Path::new("a.md"), 2), "none");
        d.error("unknown-key", Span::line(Path::new("a.md"), 3), "bad");
        d.allow(&["validity".to_string(), "unknown-key".to_string()]);
        let codes: Vec<_> = d.sorted().iter().map(|d| d.code).collect();
        assert_eq!(codes, ["no-indicators", "unknown-key"]);
    }
}
