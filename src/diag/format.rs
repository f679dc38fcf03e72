//! How a diagnostic is written: on one line in English ([`Display`](fmt::Display)),
//! for people with the source line and a marker (annotate-snippets), as
//! JSON for programs and as a GitHub Actions annotation, each in the
//! reader's language with the stable code and place.

use std::fmt;

use super::{Diagnostic, Severity};
use crate::messages::Lang;

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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diag::Span;

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
}
