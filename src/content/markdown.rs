//! The one place that sets pulldown-cmark's options, so that link checking
//! and rendering read Markdown the same way.

use pulldown_cmark::{Options, Parser};

/// CommonMark with tables, footnotes, strikethrough and heading attributes
/// (`## Rubrik {#id}`).
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A parser over `text` with styrdok's options.
pub fn parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, options())
}
