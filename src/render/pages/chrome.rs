//! The site's chrome: the parts of a page that are the same on every page
//! of a language and kind (the header, the language switcher, the main
//! navigation, the footer). A theme writes each part as a template in
//! `templates/chrome/` (`chrome/header.html`); it is rendered once per
//! language and kind of page, not once per page, and page templates print
//! the finished HTML (`{{ chrome.header | safe }}`).
//!
//! A part sees `page` with only the names that are the same on every such
//! page ([`ChromePage`]). The language switcher differs from page to page
//! only in its addresses: a part sees each language's address as a marker
//! ([`Marker`]), and each page's own addresses are put in their place
//! ([`fill`]). So a part is rendered once per language, kind and set of
//! languages the page is in.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::error::{Cause, Error, Result};
use crate::render::Renderer;
use crate::render::escape;
use crate::render::view::{Common, LinkView};

/// The parts, by name (`header` for `chrome/header.html`), as HTML.
pub type Parts = BTreeMap<String, String>;

/// The parts rendered so far in this run, by the fingerprint of the
/// [`ChromePage`] they were rendered from.
#[derive(Default)]
pub struct Cache(Mutex<HashMap<u64, Arc<Parts>>>);

/// The folder of a theme's templates that holds the parts.
pub const FOLDER: &str = "chrome/";

/// What a part sees as `page`: what [`Common`] has that is the same on
/// every page of a language and kind.
#[derive(Serialize, Hash)]
pub struct ChromePage<'a> {
    site_title: &'a str,
    lang: &'a str,
    lang_tag: &'a str,
    dir: &'a str,
    kind: &'a str,
    home_url: &'a str,
    focus_index_url: &'a str,
    search_url: Option<&'a str>,
    footer_links: &'a [LinkView],
    accessibility_url: Option<&'a str>,
    register_url: Option<&'a str>,
    stylesheet: &'a str,
    print_stylesheet: &'a str,
    /// The language switcher, each address a [`Marker`].
    languages: Vec<SwitcherEntry<'a>>,
}

/// An entry of the language switcher as a part sees it: a
/// [`crate::render::view::LanguageLink`] whose address is a marker.
#[derive(Serialize, Hash)]
struct SwitcherEntry<'a> {
    code: &'a str,
    tag: &'a str,
    hreflang: Option<&'a str>,
    name: &'a str,
    dir: &'a str,
    url: Option<Marker>,
    current: bool,
}

/// Where the address of the `n`th language of the switcher goes: two
/// Unicode noncharacters (reserved for a program's own use, never in a
/// page's text) around `n`, which escaping leaves as they are.
#[derive(Hash)]
struct Marker(usize);

const MARK_START: char = '\u{FDD0}';
const MARK_END: char = '\u{FDD1}';

impl Serialize for Marker {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{MARK_START}{}{MARK_END}", self.0))
    }
}

impl<'a> ChromePage<'a> {
    /// The language-wide names of `page`.
    fn of(page: &'a Common) -> Self {
        ChromePage {
            site_title: &page.site_title,
            lang: &page.lang,
            lang_tag: &page.lang_tag,
            dir: page.dir,
            kind: page.kind,
            home_url: &page.home_url,
            focus_index_url: &page.focus_index_url,
            search_url: page.search_url.as_deref(),
            footer_links: &page.footer_links,
            accessibility_url: page.accessibility_url.as_deref(),
            register_url: page.register_url.as_deref(),
            stylesheet: &page.stylesheet,
            print_stylesheet: &page.print_stylesheet,
            languages: page
                .languages
                .iter()
                .enumerate()
                .map(|(n, l)| SwitcherEntry {
                    code: &l.code,
                    tag: &l.tag,
                    hreflang: l.hreflang.as_deref(),
                    name: &l.name,
                    dir: l.dir,
                    url: l.url.as_ref().map(|_| Marker(n)),
                    current: l.current,
                })
                .collect(),
        }
    }
}

impl Renderer<'_> {
    /// The parts for `page` (the page in file `file`), with its addresses
    /// in the switcher; empty when no template prints a part.
    pub(in crate::render) fn chrome(&self, page: &Common, file: &str) -> Result<Parts> {
        let names = self.templates.chrome_parts();
        if names.is_empty() {
            return Ok(Parts::new());
        }
        let skeleton = ChromePage::of(page);
        let key = crate::digest::of(&skeleton);
        let rendered = {
            let mut cache = self.chrome.0.lock().unwrap_or_else(|e| e.into_inner());
            match cache.get(&key) {
                Some(parts) => Arc::clone(parts),
                None => {
                    let mut parts = Parts::new();
                    for name in names {
                        let template = format!("{FOLDER}{name}.html");
                        let html = self.templates.render_part(&template, &skeleton, file)?;
                        parts.insert(name.clone(), html);
                    }
                    let parts = Arc::new(parts);
                    cache.insert(key, Arc::clone(&parts));
                    parts
                }
            }
        };
        let urls: Vec<Option<&str>> = page.languages.iter().map(|l| l.url.as_deref()).collect();
        rendered
            .iter()
            .map(|(name, html)| {
                let filled = fill(html, &urls).map_err(|cause| Error::Render {
                    template: format!("{FOLDER}{name}.html"),
                    page: file.to_string(),
                    cause: Cause(cause),
                })?;
                Ok((name.clone(), filled))
            })
            .collect()
    }
}

/// `html` with each [`Marker`] replaced by its language's address in
/// `urls`, escaped as a template escapes what it prints.
fn fill(html: &str, urls: &[Option<&str>]) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find(MARK_START) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK_START.len_utf8()..];
        let url = after
            .split_once(MARK_END)
            .and_then(|(n, tail)| Some((urls.get(n.parse::<usize>().ok()?).copied()??, tail)));
        let Some((url, tail)) = url else {
            return Err(
                "a language's address in the switcher (`l.url`) was changed by the part; \
                 print it as it is: {{ l.url }}"
                    .to_string(),
            );
        };
        out.push_str(&escape::attribute(url));
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_filled_with_each_pages_addresses_escaped() {
        let a = format!("{MARK_START}0{MARK_END}");
        let b = format!("{MARK_START}1{MARK_END}");
        let html = format!(r#"<a href="{a}">sv</a><a href="{b}">en</a>{a}"#);
        assert_eq!(
            fill(&html, &[Some("/a"), Some("/en/b?x=1&y='2'")]).unwrap(),
            r#"<a href="/a">sv</a><a href="/en/b?x=1&amp;y=&#39;2&#39;">en</a>/a"#
        );
        assert_eq!(fill("no markers", &[]).unwrap(), "no markers");
        // A marker a filter changed, or one of a language without the page.
        assert!(fill(&format!("{MARK_START}x{MARK_END}"), &[Some("/a")]).is_err());
        assert!(fill(&a, &[None]).is_err());
        assert!(fill(&format!("{MARK_START}0"), &[Some("/a")]).is_err());
    }
}
