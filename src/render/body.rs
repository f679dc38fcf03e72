//! A page's Markdown body, rendered with its internal links (`@/…`,
//! relative files) resolved to addresses in the page's language.

use std::collections::HashSet;

use super::{Renderer, markdown};
use crate::links::{Target, parse_target};

/// Ids the templates use on every page; headings never take them.
const TEMPLATE_IDS: &[&str] = &[
    "sd-main",
    "sd-goals",
    "sd-toc",
    "sd-summary",
    "sd-facts",
    "sd-related",
    "sd-history",
    "sd-languages",
];

impl<'a> Renderer<'a> {
    /// Resolves an internal link from a body in `lang`.
    fn resolve(&self, dest: &str, from_dir: &str, lang: &str) -> Option<String> {
        match parse_target(dest, from_dir)?.ok()? {
            Target::Document(key, goal) => {
                let l = if self.corpus.document(&key, lang).is_some() {
                    lang
                } else {
                    self.config.default_language.as_str()
                };
                let mut url = self.addr.document(&key, l);
                if let Some(g) = goal {
                    url.push('#');
                    url.push_str(g.as_str());
                }
                Some(url)
            }
            Target::Focus(id) => Some(self.addr.focus(&id, lang)),
            Target::File(path) => Some(self.addr.content_file(&path)),
            Target::Page(slug) => {
                let l = if self.corpus.page(&slug, lang).is_some() {
                    lang
                } else {
                    self.config.default_language.as_str()
                };
                Some(self.addr.plain_page(&slug, l))
            }
        }
    }

    pub(super) fn body(
        &self,
        body: &crate::content::Body,
        source: &std::path::Path,
        lang: &str,
        reserved: &[&str],
    ) -> markdown::RenderedBody {
        let dir = source
            .strip_prefix("content")
            .ok()
            .and_then(|p| p.parent())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let reserved: HashSet<String> = TEMPLATE_IDS
            .iter()
            .chain(reserved)
            .map(|s| s.to_string())
            .collect();
        let trusted = self.config.markdown.trusted_html;
        let Some((last, made)) = &self.bodies else {
            return markdown::render(body, &reserved, trusted, &|dest| {
                self.resolve(dest, &dir, lang)
            });
        };
        let key = {
            let mut ids: Vec<&String> = reserved.iter().collect();
            ids.sort();
            crate::digest::of(&(body.digest(), lang, &dir, trusted, ids))
        };
        let hit = last.get(&key).and_then(|(rendered, links)| {
            links
                .iter()
                .all(|(dest, url)| &self.resolve(dest, &dir, lang) == url)
                .then(|| rendered.clone())
        });
        if let Some(rendered) = hit {
            return rendered;
        }
        let used = std::sync::Mutex::new(Vec::new());
        let rendered = markdown::render(body, &reserved, trusted, &|dest| {
            let url = self.resolve(dest, &dir, lang);
            used.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((dest.to_string(), url.clone()));
            url
        });
        let used = used.into_inner().unwrap_or_else(|e| e.into_inner());
        made.lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, (rendered.clone(), used));
        rendered
    }
}
