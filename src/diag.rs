//! Diagnostics: content problems, collected across the whole run and printed
//! compiler-style (`file:line:col: error[code]: message`) so editors can jump.
//!
//! Diagnostics are not fatal per file: every stage adds to one [`Diagnostics`]
//! and the driver stops before rendering when any error was found.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{Lang, Message};

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

impl fmt::Display for Diagnostic {
    /// The diagnostic on one line and its help, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = Lang::En;
        write!(
            f,
            "{}: {}[{}]: {}",
            self.span,
            self.severity.word(lang),
            self.code,
            self.text(lang)
        )?;
        if let Some(help) = self.help_text(lang) {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl Severity {
    /// "error" or "warning", in `lang`, as the human output says it.
    pub fn word(self, lang: Lang) -> String {
        crate::messages::tr(
            lang,
            match self {
                Severity::Error => "level-error",
                Severity::Warning => "level-warning",
            },
        )
    }

    /// "error" or "warning": the stable English name of JSON and GitHub.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Diagnostic {
    /// What is wrong, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message.text(lang)
    }

    /// What to do about it, in `lang`.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.text(lang))
    }

    /// The diagnostic as rustc-style text (annotate-snippets), in `lang`:
    /// the message, the source line with a marker under the offending
    /// text, and the help. `source` is the file's text, when it can be read.
    pub fn render(&self, source: Option<&str>, styled: bool, lang: Lang) -> String {
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
        let word = self.severity.word(lang);
        let help_word = crate::messages::tr(lang, "level-help");
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
        .with_name(Some(word.as_str()));
        let path = self.span.file.display().to_string();
        let line_text = source.and_then(|s| s.lines().nth(self.span.line - 1));
        let message = self.text(lang);
        let help = self.help_text(lang);
        let title = level.primary_title(&message).id(self.code);
        let group = match line_text {
            Some(text) => {
                let start = text
                    .char_indices()
                    .nth(self.span.col - 1)
                    .map_or(text.len(), |(i, _)| i);
                let rest = &text[start..];
                // The word that starts there (up to a space, or the `)`
                // that closes a link's address), or the one character when
                // it is a space or a tab (a tab is the problem).
                let len = match rest.chars().next() {
                    Some(c) if c.is_whitespace() => c.len_utf8(),
                    _ => rest
                        .find(|c: char| c.is_whitespace() || c == ')')
                        .unwrap_or(rest.len())
                        .max(1),
                };
                let end = (start + len).min(text.len()).max(start);
                let snippet = Snippet::source(text)
                    .line_start(self.span.line)
                    .path(&path)
                    .annotation(AnnotationKind::Primary.span(start..end));
                title.element(snippet)
            }
            None => title.element(
                Snippet::<annotate_snippets::Annotation<'_>>::source("")
                    .path(&path)
                    .line_start(self.span.line),
            ),
        };
        let group = match &help {
            Some(help) => group.element(
                Level::HELP
                    .with_name(Some(help_word.as_str()))
                    .message(help.as_str()),
            ),
            None => group,
        };
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = renderer.render(&[group]);
        // Editors and CI jump to `file:line:col`: keep it on the first line too.
        out.insert_str(0, &format!("{}: ", self.span));
        out
    }

    /// One JSON object (for `--message-format json`): the stable English
    /// severity and code, the words in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "severity": self.severity.code(),
            "code": self.code,
            "file": self.span.file.to_string_lossy().replace('\\', "/"),
            "line": self.span.line,
            "column": self.span.col,
            "message": self.text(lang),
            "help": self.help_text(lang),
        })
    }

    /// A GitHub Actions workflow command, so the problem shows on the line
    /// in the pull request: the stable code as its title, the words in
    /// `lang`.
    pub fn to_github(&self, lang: Lang) -> String {
        let level = self.severity.code();
        let escape = |s: &str| {
            s.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let prop = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
        let mut msg = self.text(lang);
        if let Some(h) = self.help_text(lang) {
            msg.push('\n');
            msg.push_str(&h);
        }
        format!(
            "::{level} file={},line={},col={},title={}::{}",
            prop(&self.span.file.to_string_lossy()),
            self.span.line,
            self.span.col,
            prop(self.code),
            escape(&msg)
        )
    }
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
    fn renders_the_line_with_a_marker() {
        let d = Diagnostic {
            severity: Severity::Error,
            code: "unknown-key",
            span: Span::at(Path::new("content/x.md"), 3, 1),
            message: crate::msg!("unknown-key", key = "giltig_till"),
            help: Some(crate::msg!(
                "unknown-key-suggestion",
                suggestion = "giltig till"
            )),
        };
        let source = "---\ntitel: T\ngiltig_till: 2020-01-01\n---\n";
        let text = d.render(Some(source), false, Lang::En);
        assert!(
            text.starts_with(
                "content/x.md:3:1: error[unknown-key]: There is no key `giltig_till`."
            ),
            "{text}"
        );
        assert!(text.contains("3 | giltig_till: 2020-01-01"), "{text}");
        assert!(text.contains("^^^^^^^^^^^^"), "{text}");
        assert!(text.contains("help: Did you mean `giltig till`?"), "{text}");
        assert_eq!(
            d.to_github(Lang::En),
            "::error file=content/x.md,line=3,col=1,title=unknown-key::There is no key `giltig_till`.%0ADid you mean `giltig till`?"
        );
        assert_eq!(d.to_json(Lang::En)["line"], 3);
        // In Swedish: the words change, the code and the place do not.
        let text = d.render(Some(source), false, Lang::Sv);
        assert!(
            text.starts_with(
                "content/x.md:3:1: fel[unknown-key]: Nyckeln `giltig_till` finns inte."
            ),
            "{text}"
        );
        assert!(text.contains("hjälp: Menade du `giltig till`?"), "{text}");
        let json = d.to_json(Lang::Sv);
        assert_eq!(json["code"], "unknown-key");
        assert_eq!(json["severity"], "error");
        assert_eq!(json["message"], "Nyckeln `giltig_till` finns inte.");
        assert!(
            d.to_github(Lang::Sv)
                .starts_with("::error file=content/x.md,line=3,col=1,title=unknown-key::Nyckeln")
        );
    }

    #[test]
    fn a_github_annotation_cannot_start_a_second_command() {
        // A file name and a message a pull request controls.
        let d = Diagnostic {
            severity: Severity::Warning,
            code: "x",
            span: Span::line(Path::new("content/a,b:c%.md"), 1),
            message: "100%\r\n::error file=x::forged".into(),
            help: None,
        };
        let line = d.to_github(Lang::En);
        assert_eq!(
            line,
            "::warning file=content/a%2Cb%3Ac%25.md,line=1,col=1,title=x::100%25%0D%0A::error file=x::forged"
        );
        assert!(!line.contains(['\r', '\n']));
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
