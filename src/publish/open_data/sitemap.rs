//! `sitemap.xml` (sitemaps.org 0.9) with every page and, for a page in
//! more than one language, its language versions as
//! `<xhtml:link rel="alternate" hreflang>` (and `x-default`: the default
//! language's version), as the pages' own `<head>` lists them; and
//! `robots.txt` pointing at it. Addresses are absolute, from `base_url`.
//!
//! A sitemap holds at most 50,000 addresses and 50 MB: a larger site gets
//! `sitemap-1.xml`, `sitemap-2.xml` … and `sitemap.xml` becomes the
//! sitemap index listing them. A site's own `static/robots.txt` or
//! `static/sitemap.xml` is published instead of the generated one.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{making, site_provides, xml_text};
use crate::error::Result;
use crate::lang::Lang;
use crate::render::Site;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const SITEMAP: &str = "sitemap.xml";
const ROBOTS: &str = "robots.txt";
/// The limits of one sitemap file (sitemaps.org).
const MAX_URLS: usize = 50_000;
const MAX_BYTES: usize = 50 * 1024 * 1024;

/// One page and its versions in every language it exists in, as
/// (language, root-relative address), in the site's order of languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapPage {
    /// The page.
    pub url: String,
    /// Every version of it, itself included.
    pub versions: Vec<(Lang, String)>,
}

/// Every HTML page of the site (not the 404 page), language by language,
/// in the order the pages are made.
pub fn pages(r: &Site<'_>) -> Vec<SitemapPage> {
    let config = r.config;
    let corpus = r.corpus;
    let addr = &r.addr;
    let default = &config.default_language;
    let langs: Vec<&Lang> = config.languages.iter().map(|l| &l.code).collect();
    let everywhere = |f: &dyn Fn(&str) -> String| -> Vec<(Lang, String)> {
        langs.iter().map(|l| ((*l).clone(), f(l))).collect()
    };
    let mut groups: Vec<Vec<(Lang, String)>> = vec![
        everywhere(&|l| addr.home(l)),
        everywhere(&|l| addr.focus_index(l)),
    ];
    for f in corpus.focus_areas.iter().filter(|f| &f.lang == default) {
        groups.push(everywhere(&|l| addr.focus(&f.id, l)));
    }
    for d in corpus.documents.iter().filter(|d| &d.lang == default) {
        groups.push(
            langs
                .iter()
                .filter(|l| corpus.document(&d.key, l).is_some())
                .map(|l| ((*l).clone(), addr.document(&d.key, l)))
                .collect(),
        );
    }
    for p in corpus.pages.iter().filter(|p| &p.lang == default) {
        groups.push(
            langs
                .iter()
                .filter(|l| corpus.page(&p.slug, l).is_some())
                .map(|l| ((*l).clone(), addr.plain_page(&p.slug, l)))
                .collect(),
        );
    }
    if config.search.enabled {
        groups.push(everywhere(&|l| addr.search(l)));
    }
    if corpus.has_regulations() {
        groups.push(everywhere(&|l| addr.register(l)));
    }
    if config.accessibility.is_some() {
        groups.push(everywhere(&|l| addr.accessibility(l)));
    }
    let mut out = Vec::new();
    for lang in &langs {
        for g in &groups {
            if let Some((_, url)) = g.iter().find(|(l, _)| l == *lang) {
                out.push(SitemapPage {
                    url: url.clone(),
                    versions: g.clone(),
                });
            }
        }
    }
    out
}

/// `sitemap.xml` (or the index and its parts) and `robots.txt`.
pub fn files(r: &Site<'_>) -> Result<Vec<(String, Vec<u8>)>> {
    let addr = &r.addr;
    let mut out = Vec::new();
    if !site_provides(r, SITEMAP) {
        let default = &r.config.default_language;
        let urls: Vec<Vec<u8>> = pages(r)
            .iter()
            .map(|p| url_element(r, p, default))
            .collect::<std::io::Result<_>>()
            .map_err(making(SITEMAP))?;
        let parts = split(&urls, MAX_URLS, MAX_BYTES);
        if parts.len() == 1 {
            out.push((SITEMAP.to_string(), urlset(&urls)));
        } else {
            let mut names = Vec::new();
            for (i, range) in parts.into_iter().enumerate() {
                let name = format!("sitemap-{}.xml", i + 1);
                out.push((name.clone(), urlset(&urls[range])));
                names.push(addr.absolute(&format!("/{name}")));
            }
            out.push((SITEMAP.to_string(), index(&names).map_err(making(SITEMAP))?));
        }
    }
    if !site_provides(r, ROBOTS) {
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            addr.absolute(&format!("/{SITEMAP}"))
        );
        out.push((ROBOTS.to_string(), robots.into_bytes()));
    }
    Ok(out)
}

/// One `<url>` element, on one line.
fn url_element(r: &Site<'_>, p: &SitemapPage, default: &str) -> std::io::Result<Vec<u8>> {
    let addr = &r.addr;
    let mut w = Writer::new(Vec::new());
    w.create_element("url").write_inner_content(|w| {
        w.create_element("loc")
            .write_text_content(BytesText::new(&xml_text(&addr.absolute(&p.url))))?;
        if p.versions.len() > 1 {
            let x_default = p.versions.iter().find(|(l, _)| l == default);
            // Each version under its `hreflang` (`sv-x-lattlast` for a
            // variant), so no two alternates share one value.
            let all = p
                .versions
                .iter()
                .filter_map(|(l, u)| Some((l.hreflang()?, u)))
                .chain(x_default.map(|(_, u)| ("x-default", u)));
            for (lang, url) in all {
                let href = addr.absolute(url);
                w.create_element("xhtml:link")
                    .with_attributes([
                        ("rel", "alternate"),
                        ("hreflang", lang),
                        ("href", &*xml_text(&href)),
                    ])
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(w.into_inner())
}

const URLSET_OPEN: &str = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

fn urlset(urls: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(urls.iter().map(|u| u.len() + 1).sum::<usize>() + 200);
    out.extend_from_slice(XML_DECL.as_bytes());
    out.extend_from_slice(URLSET_OPEN.as_bytes());
    for u in urls {
        out.extend_from_slice(u);
        out.push(b'\n');
    }
    out.extend_from_slice(URLSET_CLOSE.as_bytes());
    out
}

fn index(parts: &[String]) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("sitemapindex")
        .with_attribute(("xmlns", SITEMAP_NS))
        .write_inner_content(|w| {
            for loc in parts {
                w.create_element("sitemap").write_inner_content(|w| {
                    w.create_element("loc")
                        .write_text_content(BytesText::new(&xml_text(loc)))?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

/// Cuts the `<url>` elements into runs that each fit one sitemap file:
/// at most `max_urls` of them and `max_bytes` with the file's frame.
fn split(urls: &[Vec<u8>], max_urls: usize, max_bytes: usize) -> Vec<std::ops::Range<usize>> {
    let frame = XML_DECL.len() + URLSET_OPEN.len() + URLSET_CLOSE.len();
    let mut parts = Vec::new();
    let (mut start, mut bytes) = (0, frame);
    for (i, u) in urls.iter().enumerate() {
        let size = u.len() + 1;
        if i > start && (i - start == max_urls || bytes + size > max_bytes) {
            parts.push(start..i);
            start = i;
            bytes = frame;
        }
        bytes += size;
    }
    parts.push(start..urls.len());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_site_is_split_by_count_and_by_size() {
        let urls: Vec<Vec<u8>> = (0..5).map(|i| vec![b'x'; 10 + i]).collect();
        assert_eq!(split(&urls, 50_000, MAX_BYTES), vec![0..5]);
        assert_eq!(split(&urls, 2, MAX_BYTES), vec![0..2, 2..4, 4..5]);
        let frame = XML_DECL.len() + URLSET_OPEN.len() + URLSET_CLOSE.len();
        // Room for the frame and two elements of 11 and 12 bytes (with their line ends).
        assert_eq!(split(&urls, 100, frame + 23), vec![0..2, 2..3, 3..4, 4..5]);
        assert_eq!(split(&[], 2, MAX_BYTES), vec![0..0]);
    }

    #[test]
    fn the_index_lists_every_part() {
        let xml = index(&["https://x.se/sitemap-1.xml".into()]).unwrap();
        let xml = String::from_utf8(xml).unwrap();
        assert!(
            xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        );
        assert!(xml.contains("<loc>https://x.se/sitemap-1.xml</loc>"));
    }
}
