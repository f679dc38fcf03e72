//! The one place that sets pulldown-cmark's options, so that link checking
//! and rendering read Markdown the same way, and the one reading of a body
//! as plain text ([`plain_text`]), for search and the readability measures.

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

/// A block of a body that holds text, as [`plain_text`] tags it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph (in a loose list, a quote or a footnote too).
    Paragraph,
    /// A heading, with its level (1–6).
    Heading(u8),
    /// A list item: the text of a tight list's item (a loose list's is in
    /// paragraphs).
    Item,
    /// A table cell, in the head or the body.
    TableCell,
    /// A fenced or indented code block.
    Code,
}

/// Where a piece of text sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Within {
    /// The innermost block around it; `None` outside any.
    pub block: Option<Block>,
    /// Whether it is an image's description (its alt text).
    pub image: bool,
}

/// A piece of a body's plain text, in reading order ([`plain_text`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    /// Words as written: text or inline code, without the markup around
    /// them, and the bytes of the body they come from.
    Text {
        /// The words.
        text: std::borrow::Cow<'a, str>,
        /// Where they are in the body.
        at: std::ops::Range<usize>,
        /// What they sit in.
        within: Within,
    },
    /// A line break inside a block (soft or hard): a space between words.
    Break(Within),
    /// The end of a block.
    End(Block),
}

/// A Markdown body as plain text, in one pass of the parser: each piece of
/// text tagged by what it sits in and with its place in the body, line
/// breaks, and the ends of the blocks that hold text. Search and the
/// readability measures each keep and join what they need; no one else
/// needs to know pulldown-cmark's events for it.
pub fn plain_text(body: &str) -> impl Iterator<Item = Piece<'_>> {
    use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
    let mut open: Vec<Block> = Vec::new();
    let mut images = 0usize;
    parser(body)
        .into_offset_iter()
        .filter_map(move |(event, at)| {
            let within = |open: &[Block], images: usize| Within {
                block: open.last().copied(),
                image: images > 0,
            };
            match event {
                Event::Start(tag) => {
                    match tag {
                        Tag::Paragraph => open.push(Block::Paragraph),
                        Tag::Heading { level, .. } => open.push(Block::Heading(level as u8)),
                        Tag::Item => open.push(Block::Item),
                        Tag::TableCell => open.push(Block::TableCell),
                        Tag::CodeBlock(_) => open.push(Block::Code),
                        Tag::Image { .. } => images += 1,
                        _ => {}
                    }
                    None
                }
                Event::End(TagEnd::Image) => {
                    images = images.saturating_sub(1);
                    None
                }
                Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Heading(_)
                    | TagEnd::Item
                    | TagEnd::TableCell
                    | TagEnd::CodeBlock,
                ) => open.pop().map(Piece::End),
                Event::Text(text) | Event::Code(text) => Some(Piece::Text {
                    text: match text {
                        CowStr::Borrowed(s) => std::borrow::Cow::Borrowed(s),
                        owned => std::borrow::Cow::Owned(owned.to_string()),
                    },
                    at,
                    within: within(&open, images),
                }),
                Event::SoftBreak | Event::HardBreak => Some(Piece::Break(within(&open, images))),
                _ => None,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each piece of text with what it sits in, and the block ends.
    fn pieces(body: &str) -> Vec<String> {
        plain_text(body)
            .map(|p| match p {
                Piece::Text { text, at, within } => {
                    // Inline code's range has its backticks too.
                    assert!(body[at].contains(&*text), "{text:?} is where it says");
                    let image = if within.image { " image" } else { "" };
                    format!("{text:?} in {:?}{image}", within.block)
                }
                Piece::Break(_) => "break".to_string(),
                Piece::End(block) => format!("end {block:?}"),
            })
            .collect()
    }

    #[test]
    fn text_is_tagged_by_what_it_sits_in() {
        assert_eq!(
            pieces(
                "## Rubrik\n\nEtt ![bild](b.png)\n`kod`\n\n- punkt\n\n| a |\n|---|\n\n```\nx\n```\n"
            ),
            [
                "\"Rubrik\" in Some(Heading(2))",
                "end Heading(2)",
                "\"Ett \" in Some(Paragraph)",
                "\"bild\" in Some(Paragraph) image",
                "break",
                "\"kod\" in Some(Paragraph)",
                "end Paragraph",
                "\"punkt\" in Some(Item)",
                "end Item",
                "\"a\" in Some(TableCell)",
                "end TableCell",
                "\"x\\n\" in Some(Code)",
                "end Code",
            ]
        );
    }
}
