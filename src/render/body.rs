//! A page's Markdown body, rendered with its internal links (`@/…`,
//! relative files) led to addresses in the page's language: the links
//! stage has read them, and rendering looks each one up.

use std::collections::HashSet;

use super::{Renderer, markdown};

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
    /// Renders a body of `source` for a page in `lang`. Its internal links
    /// lead where the links stage read them to ([`crate::links::LinkGraph::links_of`],
    /// [`crate::links::Target::address`]); any other destination is left as
    /// written.
    pub(super) fn body(
        &self,
        body: &crate::content::Body,
        source: &std::path::Path,
        lang: &crate::lang::Lang,
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
        let targets = self
            .graph
            .links_of(source)
            .map(|l| l.targets())
            .unwrap_or_default();
        let default = self.config.default_language.as_str();
        let resolve = |dest: &str| {
            targets
                .get(dest)
                .map(|t| t.address(self.corpus, &self.addr, lang, default))
        };
        let Some((last, made)) = &self.bodies else {
            return markdown::render(body, &reserved, trusted, &resolve);
        };
        let key = {
            let mut ids: Vec<&String> = reserved.iter().collect();
            ids.sort();
            crate::digest::of(&(body.digest(), lang, &dir, trusted, ids))
        };
        let hit = last.get(&key).and_then(|(rendered, links)| {
            links
                .iter()
                .all(|(dest, url)| &resolve(dest) == url)
                .then(|| rendered.clone())
        });
        if let Some(rendered) = hit {
            return rendered;
        }
        // What each destination led to, for the next run to check the
        // entry against (one body, one thread: no lock).
        let used = std::cell::RefCell::new(Vec::new());
        let rendered = markdown::render(body, &reserved, trusted, &|dest| {
            let url = resolve(dest);
            used.borrow_mut().push((dest.to_string(), url.clone()));
            url
        });
        let used = used.into_inner();
        made.lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, (rendered.clone(), used));
        rendered
    }
}
