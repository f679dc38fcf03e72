//! Syntax highlighting of code blocks with syntect: the only module that
//! knows syntect. Output uses CSS classes (`hl-…`), never inline styles, so
//! the theme's stylesheet sets the colours.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use super::escape::{Escape, escape};

fn syntaxes() -> &'static SyntaxSet {
    // The one allowed global: immutable, loaded on first use.
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// The HTML of a code block: highlighted when `lang` is a known language,
/// escaped plain text otherwise.
pub fn code_block(code: &str, lang: &str) -> String {
    let lang = lang.split([',', ' ']).next().unwrap_or("").trim();
    let mut out = String::from("<pre class=\"code\" tabindex=\"0\"><code");
    if !lang.is_empty() {
        out.push_str(" class=\"language-");
        out.push_str(&escape(lang, Escape::Text));
        out.push('"');
    }
    out.push('>');
    match highlighted(code, lang) {
        Some(html) => out.push_str(&html),
        None => out.push_str(&escape(code, Escape::Text)),
    }
    out.push_str("</code></pre>\n");
    out
}

fn highlighted(code: &str, lang: &str) -> Option<String> {
    if lang.is_empty() {
        return None;
    }
    let set = syntaxes();
    let syntax = set.find_syntax_by_token(lang)?;
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        set,
        ClassStyle::SpacedPrefixed { prefix: "hl-" },
    );
    for line in LinesWithEndings::from(code) {
        generator
            .parse_html_for_line_which_includes_newline(line)
            .ok()?;
    }
    Some(generator.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_is_highlighted_with_classes() {
        let html = code_block("titel: Strategi\n", "yaml");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(
            html.starts_with("<pre class=\"code\" tabindex=\"0\"><code class=\"language-yaml\">")
        );
    }

    #[test]
    fn unknown_language_is_escaped() {
        let html = code_block("<b>x</b>\n", "nosuchlang");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }
}
