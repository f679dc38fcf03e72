//! An Atom feed (RFC 4287) per language: `/flode.xml` in the default
//! language, `/<lang>/flode.xml` in the others. It lists the documents by
//! decision date, newest first (the same date: by id), at most
//! [`FEED_LIMIT`] of them; each in the feed's language where it is
//! translated, else in the original, marked with its own `xml:lang` — as
//! the home page lists them.
//!
//! An entry's `<updated>` is the date of the document's newest larger
//! change (`större: true` in `ändringar`), whose note is then the entry's
//! summary; a repealed document carries the category `repealed`.
//!
//! A document without a decision date (`beslutad: ~`) is left out of the
//! feeds: a feed announces decisions, and an entry needs a date that does
//! not change from build to build. Such documents are still in
//! `/api/documents.json` and the sitemap.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{making, xml_text};
use crate::address::Addresses;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::Document;
use crate::render::Site;

/// How many documents a feed lists (the newest decisions).
pub const FEED_LIMIT: usize = 50;

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

type W = Writer<Vec<u8>>;

/// One feed per language of the site.
pub fn files(r: &Site<'_>) -> Result<Vec<(String, Vec<u8>)>> {
    let default = &r.config.default_language;
    let mut dated: Vec<&Document> = r
        .corpus
        .documents
        .iter()
        .filter(|d| &d.lang == default && d.decided.is_some())
        .collect();
    dated.sort_by(|a, b| b.decided.cmp(&a.decided).then_with(|| a.key.cmp(&b.key)));
    dated.truncate(FEED_LIMIT);
    r.config
        .languages
        .iter()
        .map(|l| feed(r, &l.code, &dated))
        .collect()
}

/// An entry's `<updated>`: the newest larger change (`större: true`),
/// else the decision.
fn updated(d: &Document) -> Option<jiff::civil::Date> {
    d.last_major_change().map(|c| c.date).or(d.decided)
}

fn timestamp(d: jiff::civil::Date) -> String {
    format!("{d}T00:00:00Z")
}

fn text(w: &mut W, name: &str, value: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(&xml_text(value)))?;
    Ok(())
}

fn feed(r: &Site<'_>, lang: &Lang, dated: &[&Document]) -> Result<(String, Vec<u8>)> {
    let addr = &r.addr;
    let corpus = r.corpus;
    let url = addr.feed(lang);
    let path = Addresses::output_path(&url);
    let self_url = addr.absolute(&url);
    let home = addr.absolute(&addr.home(lang));
    let entries: Vec<&Document> = dated
        .iter()
        .map(|o| corpus.document(&o.key, lang).unwrap_or(o))
        .collect();
    let updated = entries
        .iter()
        .filter_map(|d| updated(d))
        .max()
        .unwrap_or(r.today);
    let title = crate::render::meta::feed_title(r.config, &r.i18n, lang);
    let subtitle = r.i18n.t(lang, "feed-subtitle");
    let site = r.config.title_in(lang);
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let write = |w: &mut W| -> std::io::Result<()> {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        w.create_element("feed")
            .with_attribute(("xmlns", ATOM_NS))
            .with_attribute(("xml:lang", lang.tag()))
            .write_inner_content(|w| {
                text(w, "id", &self_url)?;
                text(w, "title", &title)?;
                text(w, "subtitle", &subtitle)?;
                w.create_element("link")
                    .with_attributes([
                        ("rel", "self"),
                        ("type", "application/atom+xml"),
                        ("href", self_url.as_str()),
                    ])
                    .write_empty()?;
                w.create_element("link")
                    .with_attributes([
                        ("rel", "alternate"),
                        ("type", "text/html"),
                        ("hreflang", lang.tag()),
                        ("href", home.as_str()),
                    ])
                    .write_empty()?;
                text(w, "updated", &timestamp(updated))?;
                w.create_element("author")
                    .write_inner_content(|w| text(w, "name", site))?;
                text(w, "generator", "styrdok")?;
                for d in &entries {
                    entry(w, r, d, lang)?;
                }
                Ok(())
            })?;
        Ok(())
    };
    write(&mut w).map_err(making(&path))?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok((path, bytes))
}

fn entry(w: &mut W, r: &Site<'_>, d: &Document, feed_lang: &Lang) -> std::io::Result<()> {
    let addr = &r.addr;
    let page = addr.absolute(&addr.document(&d.key, &d.lang));
    let data = addr.absolute(&addr.document_data(&d.key, &d.lang));
    let date = d.decided.map(timestamp).unwrap_or_default();
    let kind = d.kind.as_str();
    let kind_label = r.i18n.t(&d.lang, &format!("kind-{kind}"));
    let mut element = w.create_element("entry");
    if d.lang != *feed_lang {
        element = element.with_attribute(("xml:lang", d.lang.tag()));
    }
    element.write_inner_content(|w| {
        text(w, "id", &page)?;
        text(w, "title", &d.title)?;
        w.create_element("link")
            .with_attributes([
                ("rel", "alternate"),
                ("type", "text/html"),
                ("hreflang", d.lang.tag()),
                ("href", page.as_str()),
            ])
            .write_empty()?;
        w.create_element("link")
            .with_attributes([
                ("rel", "alternate"),
                ("type", "application/json"),
                ("href", data.as_str()),
            ])
            .write_empty()?;
        text(w, "published", &date)?;
        text(w, "updated", &updated(d).map(timestamp).unwrap_or_default())?;
        w.create_element("author")
            .write_inner_content(|w| text(w, "name", &d.organisation))?;
        w.create_element("category")
            .with_attributes([("term", kind), ("label", kind_label.as_str())])
            .write_empty()?;
        if r.is_repealed(&d.key) {
            let label = r.i18n.t(&d.lang, "status-repealed");
            w.create_element("category")
                .with_attributes([("term", "repealed"), ("label", label.as_str())])
                .write_empty()?;
        }
        // A larger change is what the entry announces now: its note is the
        // summary (GOV.UK's "change note"), else the document's summary.
        let summary = d
            .last_major_change()
            .map(|c| c.description.as_str())
            .or(d.summary.as_deref());
        if let Some(s) = summary {
            text(w, "summary", s)?;
        }
        Ok(())
    })?;
    Ok(())
}
