//! Plain language: the LIX readability index (läsbarhetsindex) of each
//! document's summary and body, sentences that are too long, and summaries
//! heavy with passive verbs. Used by `styrdok check`.
//!
//! LIX = words per sentence + 100 × share of words longer than six letters.
//! Swedish readers' rule of thumb: under 30 very easy, 30–40 easy, 40–50
//! medium, 50–60 hard, over 60 very hard. LIX is made for Swedish (and works
//! for the other Scandinavian languages); other languages get the sentence
//! checks only.

use crate::config::{Readability as Thresholds, SiteConfig};
use crate::content::markdown::{self, Block, Piece, Within};
use crate::diag::{Diagnostics, LineIndex, Span};
use crate::model::{Corpus, Document};
use crate::msg;

/// Languages LIX is calibrated for.
const LIX_LANGUAGES: &[&str] = &["sv", "da", "no", "nb", "nn"];

/// One sentence of a text, with the byte offset where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte offset in the text it came from.
    pub offset: usize,
    /// Its words.
    pub words: usize,
    /// Its first words, to show.
    pub start: String,
}

/// Figures for one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextStats {
    /// Words.
    pub words: usize,
    /// Words longer than six letters.
    pub long_words: usize,
    /// The sentences.
    pub sentences: Vec<Sentence>,
}

impl TextStats {
    /// The LIX value; `None` for an empty text.
    pub fn lix(&self) -> Option<f64> {
        if self.words == 0 || self.sentences.is_empty() {
            return None;
        }
        let w = self.words as f64;
        Some(w / self.sentences.len() as f64 + 100.0 * self.long_words as f64 / w)
    }

    /// Counts the words and sentences of `text`, which starts at byte
    /// `offset` of its source. A word is a run of letters and digits (a
    /// hyphen inside one joins it); a sentence ends at `.`, `!`, `?`, `:`
    /// or `;` followed by whitespace or the end of the text. One pass over
    /// the characters: a word is a slice of `text` and its letters are
    /// counted as it grows, so nothing is copied but the sentences' starts.
    fn add(&mut self, text: &str, offset: usize) {
        let mut current: Option<Sentence> = None;
        // The word being read: where it starts and its letters so far.
        let mut word_start = 0;
        let mut word_chars = 0usize;
        let flush_word = |stats: &mut TextStats,
                          current: &mut Option<Sentence>,
                          word_chars: &mut usize,
                          at: usize,
                          end: usize| {
            if *word_chars == 0 {
                return;
            }
            stats.words += 1;
            if *word_chars > 6 {
                stats.long_words += 1;
            }
            let s = current.get_or_insert_with(|| Sentence {
                offset: offset + at,
                words: 0,
                start: String::new(),
            });
            s.words += 1;
            if s.words <= 8 {
                if !s.start.is_empty() {
                    s.start.push(' ');
                }
                s.start.push_str(&text[at..end]);
            }
            *word_chars = 0;
        };
        let mut chars = text.char_indices().peekable();
        while let Some((pos, c)) = chars.next() {
            if c.is_alphanumeric() || (c == '-' && word_chars > 0) {
                if word_chars == 0 {
                    word_start = pos;
                }
                word_chars += 1;
                continue;
            }
            flush_word(self, &mut current, &mut word_chars, word_start, pos);
            if matches!(c, '.' | '!' | '?' | ':' | ';')
                && chars.peek().is_none_or(|&(_, n)| n.is_whitespace())
                && let Some(s) = current.take()
            {
                self.sentences.push(s);
            }
        }
        flush_word(self, &mut current, &mut word_chars, word_start, text.len());
        if let Some(s) = current.take() {
            self.sentences.push(s);
        }
    }

    /// Reads the running text of a Markdown body: paragraphs, list items
    /// and quotes, not headings, tables, code or images' descriptions.
    /// Each paragraph and list item ends a sentence.
    pub fn of_markdown(body: &str) -> TextStats {
        let mut stats = TextStats::default();
        let mut block = String::new();
        let mut block_offset = None;
        let running = |within: Within| {
            !within.image
                && !matches!(
                    within.block,
                    Some(Block::Heading(_) | Block::TableCell | Block::Code)
                )
        };
        for piece in markdown::plain_text(body) {
            match piece {
                Piece::Text { text, at, within } if running(within) => {
                    block_offset.get_or_insert(at.start);
                    block.push_str(&text);
                }
                // A break gives a space, not the place a sentence starts.
                Piece::Break(within) if running(within) => block.push(' '),
                Piece::End(Block::Paragraph | Block::Item) => {
                    if let Some(o) = block_offset.take() {
                        stats.add(&block, o);
                    }
                    block.clear();
                }
                _ => {}
            }
        }
        if let Some(o) = block_offset {
            stats.add(&block, o);
        }
        stats
    }

    /// Reads a plain text (a summary).
    pub fn of_text(text: &str) -> TextStats {
        let mut stats = TextStats::default();
        stats.add(text, 0);
        stats
    }
}

/// Words that look like Swedish s-passive verbs (`beslutas`, `genomförs`,
/// `används`). A heuristic: genitives and plurals are left out where their
/// endings tell them apart, so the count is a hint, not a verdict.
pub fn passive_candidates(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 4 && w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| {
            // The endings are at most three letters, and the last three
            // letters of the lowercased word are those of its last three
            // letters lowercased: only they are lowercased.
            let from = w.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
            let w = w[from..].to_lowercase();
            let genitive_or_plural = [
                "ens", "ets", "ars", "ers", "ors", "ns", "ss", "us", "is", "ys", "ts",
            ]
            .iter()
            .any(|e| w.ends_with(e));
            (w.ends_with("as") && !w.ends_with("nas"))
                || (w.ends_with('s') && !genitive_or_plural && !w.ends_with("as"))
        })
        .map(str::to_string)
        .collect()
}

/// The readability of one document in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The file.
    pub file: std::path::PathBuf,
    /// The language.
    pub lang: crate::lang::Lang,
    /// LIX of the summary.
    pub summary_lix: Option<f64>,
    /// LIX of the body.
    pub body_lix: Option<f64>,
    /// Words in the body.
    pub body_words: usize,
    /// Sentences over the limit (summary and body).
    pub long_sentences: usize,
}

/// Measures every document and warns where a text is hard to read. The
/// documents are measured in parallel (a build runs this too, so that it
/// counts the warnings `check` shows); rows and warnings keep their order.
pub fn measure(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) -> Vec<Row> {
    use rayon::prelude::*;
    let measured: Vec<(Row, Diagnostics)> = corpus
        .documents
        .par_iter()
        .map(|doc| {
            let mut found = Diagnostics::new();
            let row = measure_one(doc, config, &mut found);
            (row, found)
        })
        .collect();
    let mut rows = Vec::with_capacity(measured.len());
    for (row, found) in measured {
        diags.extend(found);
        rows.push(row);
    }
    rows
}

/// Measures one document; warns into `diags`.
fn measure_one(doc: &Document, config: &SiteConfig, diags: &mut Diagnostics) -> Row {
    // A variant (lättläst) is measured as its tag's language, with the
    // stricter limits of `[readability.easy]`.
    let thresholds: Thresholds = config.readability.for_language(config.language(&doc.lang));
    let primary = doc.lang.tag().split('-').next().unwrap_or("");
    let lix_applies = LIX_LANGUAGES.contains(&primary.to_ascii_lowercase().as_str());
    let summary = doc
        .summary
        .as_deref()
        .map(TextStats::of_text)
        .unwrap_or_default();
    let body = TextStats::of_markdown(&doc.body);
    let lines = LineIndex::new(&doc.body);
    let long: Vec<&Sentence> = body
        .sentences
        .iter()
        .filter(|s| s.words > thresholds.sentence_words)
        .collect();
    let long_summary = summary
        .sentences
        .iter()
        .filter(|s| s.words > thresholds.sentence_words)
        .count();
    let row = Row {
        file: doc.source.clone(),
        lang: doc.lang.clone(),
        summary_lix: summary.lix().filter(|_| lix_applies),
        body_lix: body.lix().filter(|_| lix_applies),
        body_words: body.words,
        long_sentences: long.len() + long_summary,
    };
    let at = Span::line(&doc.source, 1);
    if let Some(l) = row.summary_lix
        && l > thresholds.lix_summary
    {
        diags
            .warning(
                "hard-to-read",
                at.clone(),
                msg!(
                    "summary-hard-to-read",
                    lix = format!("{l:.0}"),
                    limit = format!("{:.0}", thresholds.lix_summary)
                ),
            )
            .help(msg!("summary-hard-to-read-help"));
    }
    if let Some(l) = row.body_lix
        && l > thresholds.lix_body
    {
        diags
            .warning(
                "hard-to-read",
                Span::line(&doc.source, doc.body_line),
                msg!(
                    "text-hard-to-read",
                    lix = format!("{l:.0}"),
                    limit = format!("{:.0}", thresholds.lix_body)
                ),
            )
            .help(msg!("text-hard-to-read-help"));
    }
    if long_summary > 0 {
        diags
            .warning(
                "long-sentence",
                at.clone(),
                msg!(
                    "summary-long-sentences",
                    count = long_summary,
                    words = thresholds.sentence_words
                ),
            )
            .help(msg!("summary-long-sentences-help"));
    }
    for s in &long {
        let (line, _) = lines.line_col(&doc.body, s.offset);
        diags
            .warning(
                "long-sentence",
                Span::line(&doc.source, doc.body_line + line - 1),
                msg!("long-sentence", words = s.words, start = s.start.as_str()),
            )
            .help(msg!(
                "long-sentence-help",
                words = thresholds.sentence_words
            ));
    }
    if doc.lang == "sv"
        && let Some(text) = &doc.summary
    {
        let passive = passive_candidates(text);
        if summary.sentences.len() >= 2 && passive.len() * 2 > summary.sentences.len() {
            diags
                .warning(
                    "passive-summary",
                    at,
                    msg!("passive-summary", verbs = passive.join(", ")),
                )
                .help(msg!("passive-summary-help"));
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lix_of_a_known_text() {
        // 10 words, 2 sentences, 2 long words (kommunen, integration): 10/2 + 100·2/10 = 25.
        let s = TextStats::of_text("Alla ska få hjälp i kommunen. Vi vill ha integration nu.");
        assert_eq!(s.words, 11);
        assert_eq!(s.sentences.len(), 2);
        assert_eq!(s.long_words, 2);
        let lix = s.lix().unwrap();
        assert!(
            (lix - (11.0 / 2.0 + 100.0 * 2.0 / 11.0)).abs() < 1e-9,
            "{lix}"
        );
    }

    #[test]
    fn markdown_blocks_end_sentences_and_tables_are_skipped() {
        let s = TextStats::of_markdown(
            "## Rubrik här\n\n- ett\n- två tre\n\n| a | b |\n|---|---|\n| x | y |\n\nSista meningen.\n",
        );
        assert_eq!(s.sentences.len(), 3);
        assert_eq!(s.words, 5);
    }

    #[test]
    fn long_sentences_are_found_with_their_offset() {
        let long = vec!["ord"; 30].join(" ");
        let body = format!("Kort mening.\n\n{long}.\n");
        let s = TextStats::of_markdown(&body);
        let l: Vec<_> = s.sentences.iter().filter(|x| x.words > 25).collect();
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].offset, body.find("ord").unwrap());
    }

    #[test]
    fn passive_candidates_skip_genitives() {
        let p = passive_candidates(
            "Planen beslutas av kommunens nämnd och genomförs och används av samhällets alla invånare.",
        );
        assert_eq!(p, ["beslutas", "genomförs", "används"]);
    }
}
