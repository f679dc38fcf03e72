//! The full-text search index: one Pagefind index per language, each its
//! own bundle under `/pagefind/<lang>/`, read in the browser by the theme's
//! `search.js` on that language's search page.
//!
//! Records are made from the model's text (title, summary, goals,
//! indicators and the Markdown body as plain text), not from rendered pages, so no page is
//! rendered twice and indexing does not wait for rendering. A language's index holds each document and plain
//! page in that language where translated, else its original (marked with
//! the original's language), so every language's search finds every
//! document, as every home page lists every document. A language with no
//! text of its own gets no index: its search page reads the default
//! language's ([`crate::render::search::index_language`]).
//!
//! `styrdok build` indexes here ([`files`]); `styrdok serve` takes the
//! records ([`records`]) and indexes them in the background, where no page
//! waits for them.
//!
//! This file makes the records; [`index`](mod@index) gives them to
//! Pagefind, at once or in shards that [`join`] makes one index.

use std::collections::BTreeMap;

use crate::content::markdown::{self, Piece};
use crate::error::Result;
use crate::lang::Lang;
use crate::render::Site;
use crate::render::search::index_language;

mod format;
mod index;
mod join;

pub use index::index;

/// Shards indexed at once by `styrdok build`: Pagefind reads a shard's
/// records on one thread, so two use both cores of a small machine.
const PARALLEL_SHARDS: usize = 2;

/// One page of an index: plain data, made from the model, so it can be
/// indexed away from the run that made it (`styrdok serve` indexes in the
/// background).
#[derive(Debug, Clone)]
pub struct Record {
    url: String,
    /// The text before the body: title, summary, goals and indicators, a
    /// line each.
    head: String,
    /// The Markdown body, shared with the model: made into plain text only
    /// when indexed ([`index()`]).
    body: crate::content::Body,
    meta: BTreeMap<String, String>,
    /// The page's language, when it is not the index's.
    lang: Option<String>,
}

/// By the body's fingerprint, not its text: comparing a site's records
/// with the last ones costs nothing like the body's length.
impl std::hash::Hash for Record {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let Record {
            url,
            head,
            body,
            meta,
            lang,
        } = self;
        (url, head, body.digest(), meta, lang).hash(state);
    }
}

/// The records of every language that has an index of its own, in the
/// configuration's order; none when the site has search turned off.
pub type Records = Vec<(Lang, Vec<Record>)>;

/// The files of one language's index, paths relative to the output folder,
/// in a fixed order.
pub type Bundle = Vec<(String, Vec<u8>)>;

/// The records of the site's indexes. Cheap next to indexing them: the
/// bodies are shared, not copied, and made into plain text only when
/// indexed.
pub fn records(r: &Site<'_>) -> Records {
    use rayon::prelude::*;
    indexed_languages(r)
        .into_par_iter()
        .map(|lang| {
            let records = records_of(r, &lang);
            (lang, records)
        })
        .collect()
}

/// The languages that have an index of their own, in the configuration's
/// order; none when the site has search turned off.
fn indexed_languages(r: &Site<'_>) -> Vec<Lang> {
    let config = r.config;
    if !config.search.enabled {
        return Vec::new();
    }
    config
        .languages
        .iter()
        .map(|l| &l.code)
        .filter(|l| index_language(config, r.corpus, l) == *l)
        .cloned()
        .collect()
}

/// The files of the search indexes, in a fixed order, handed to `each`
/// a language's bundle at a time, as it is made (`styrdok build` and
/// `check`): no bundle is held while the next language is indexed, nor
/// its records made before.
pub fn files(r: &Site<'_>, each: &mut dyn FnMut(String, Vec<u8>) -> Result<()>) -> Result<()> {
    // One language after another, on the calling thread: each index runs
    // its own Tokio runtime, and Pagefind works in parallel inside it. Run
    // on a rayon worker, a `block_on` could take up another language's
    // job while it waits and start a runtime inside a runtime, which
    // panics.
    for lang in indexed_languages(r) {
        let records = records_of(r, &lang);
        let bundle = index(&lang, records, PARALLEL_SHARDS)?;
        for (path, bytes) in bundle {
            each(path, bytes)?;
        }
    }
    Ok(())
}

/// The records of `lang`'s index, in corpus order.
fn records_of(r: &Site<'_>, lang: &Lang) -> Vec<Record> {
    let corpus = r.corpus;
    let addr = &r.addr;
    let default = &r.config.default_language;
    let foreign = |l: &Lang| (l != lang).then(|| l.to_string());
    let mut out = Vec::new();
    // A repealed document stays published but leaves search (issue 17).
    for original in corpus
        .documents
        .iter()
        .filter(|d| &d.lang == default && !r.is_repealed(&d.key))
    {
        let d = corpus.document(&original.key, lang).unwrap_or(original);
        // The title leads the text, as the <h1> leads the page (Pagefind
        // drops a record without words in its text).
        let mut head = d.title.clone();
        push_line(&mut head, d.summary.as_deref().unwrap_or(""));
        for g in &d.goals {
            push_line(&mut head, &g.title);
            for i in &g.indicators {
                push_line(&mut head, &i.name);
            }
        }
        let meta = BTreeMap::from([
            ("title".to_string(), d.title.clone()),
            ("organisation".to_string(), d.organisation.clone()),
        ]);
        out.push(Record {
            url: addr.document(&d.key, &d.lang),
            head,
            body: d.body.clone(),
            meta,
            lang: foreign(&d.lang),
        });
    }
    for original in corpus.pages.iter().filter(|p| &p.lang == default) {
        let p = corpus.page(&original.slug, lang).unwrap_or(original);
        let mut head = p.title.clone();
        push_line(&mut head, p.summary.as_deref().unwrap_or(""));
        out.push(Record {
            url: addr.plain_page(&p.slug, &p.lang),
            head,
            body: p.body.clone(),
            meta: BTreeMap::from([("title".to_string(), p.title.clone())]),
            lang: foreign(&p.lang),
        });
    }
    out
}

/// Adds `s` on a line of its own.
fn push_line(out: &mut String, s: &str) {
    let s = s.trim();
    if s.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(s);
}

/// Adds the words of a Markdown body, each block on a line of its own:
/// headings, table cells and code too, and images' descriptions.
fn push_markdown(out: &mut String, body: &str) {
    let mut block = String::new();
    for piece in markdown::plain_text(body) {
        match piece {
            Piece::Text { text, .. } => block.push_str(&text),
            Piece::Break(_) => block.push(' '),
            Piece::End(_) => {
                push_line(out, &block);
                block.clear();
            }
        }
    }
    push_line(out, &block);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_text_a_block_a_line() {
        let mut out = String::new();
        push_line(&mut out, "Sammanfattning.");
        push_markdown(
            &mut out,
            "# Rubrik\n\nEtt *stycke* med [länk](https://x.se)\noch `kod`.\n\n- punkt ett\n- punkt två\n\n| a | b |\n|---|---|\n| c | d |\n",
        );
        assert_eq!(
            out,
            "Sammanfattning.\nRubrik\nEtt stycke med länk och kod.\npunkt ett\npunkt två\na\nb\nc\nd"
        );
    }
}
