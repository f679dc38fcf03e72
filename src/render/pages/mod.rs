//! The page views, one file per family of pages, and here the parts
//! every page has: the header and footer links, languages, metadata
//! (and in `chrome.rs`, those of them rendered once per language).

pub(in crate::render) mod chrome;
mod document;
mod listings;
mod single;

use jiff::civil::Date;

use super::view::*;
use super::{PageView, Renderer, meta};
use crate::address::Addresses;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::{DocKey, FocusId};

impl<'a> Renderer<'a> {
    pub(super) fn t(&self, lang: &Lang, key: &str) -> String {
        self.i18n.t(lang, key)
    }

    /// A language's name (its key when the site has no such language)
    /// and its direction.
    pub(super) fn lang_info(&self, lang: &Lang) -> (String, &'static str) {
        let name = self
            .config
            .language(lang)
            .map_or_else(|| lang.to_string(), |l| l.name.clone());
        (name, lang.dir().as_str())
    }

    /// A link to document `key` in `lang`, or to its original with a
    /// language mark when it is not translated.
    pub(super) fn doc_link(&self, key: &DocKey, lang: &Lang) -> Option<LinkView> {
        let (doc, foreign) = match self.corpus.document(key, lang) {
            Some(d) => (d, false),
            None => (
                self.corpus.document(key, &self.config.default_language)?,
                true,
            ),
        };
        Some(self.link(
            doc.title.clone(),
            self.addr.document(key, &doc.lang),
            foreign.then_some(&doc.lang),
        ))
    }

    pub(super) fn link(&self, title: String, url: String, foreign: Option<&Lang>) -> LinkView {
        let (lang_name, dir) = match foreign {
            Some(l) => {
                let (n, d) = self.lang_info(l);
                (Some(n), Some(d))
            }
            None => (None, None),
        };
        LinkView {
            title,
            url,
            lang: foreign.map(Lang::to_string),
            tag: foreign.map(|l| l.tag().to_string()),
            hreflang: foreign.and_then(|l| l.hreflang().map(str::to_string)),
            lang_name,
            dir,
        }
    }

    pub(super) fn focus_link(&self, id: &FocusId, lang: &Lang) -> LinkView {
        let f = self
            .corpus
            .focus_area(id, lang)
            .map(|f| (f, None))
            .or_else(|| {
                self.corpus
                    .focus_area(id, &self.config.default_language)
                    .map(|f| (f, Some(&f.lang)))
            });
        match f {
            Some((f, foreign)) => self.link(f.title.clone(), self.addr.focus(id, lang), foreign),
            None => self.link(id.to_string(), self.addr.focus(id, lang), None),
        }
    }

    /// The parts every page has. `url_in` gives the page's address in a
    /// language, or `None` where that language has no such page.
    pub(super) fn common(
        &self,
        kind: &'static str,
        lang: &Lang,
        title: String,
        description: Option<String>,
        url_in: &dyn Fn(&str) -> Option<String>,
    ) -> Common {
        let base = &self.config.base_url;
        let url = url_in(lang).unwrap_or_else(|| self.addr.home(lang));
        let languages = self
            .config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.code.to_string(),
                tag: l.code.tag().to_string(),
                hreflang: l.code.hreflang().map(str::to_string),
                name: l.name.clone(),
                dir: l.code.dir().as_str(),
                url: url_in(&l.code),
                current: l.code == *lang,
            })
            .collect::<Vec<_>>();
        let alternates: Vec<Alternate> = languages
            .iter()
            .filter_map(|l| {
                Some(Alternate {
                    hreflang: l.hreflang.clone()?,
                    href: format!("{base}{}", l.url.as_ref()?),
                })
            })
            .collect();
        let footer_links = self
            .corpus
            .pages
            .iter()
            .filter(|p| p.lang == self.config.default_language)
            .map(|p| {
                let local = self.corpus.page(&p.slug, lang);
                let (page, foreign) = match local {
                    Some(q) => (q, None),
                    None => (p, Some(&p.lang)),
                };
                self.link(
                    page.title.clone(),
                    self.addr.plain_page(&p.slug, &page.lang),
                    foreign,
                )
            })
            .collect();
        let (_, dir) = self.lang_info(lang);
        let other_tags: Vec<&str> = languages
            .iter()
            .filter(|l| l.url.is_some() && !l.current)
            .map(|l| l.tag.as_str())
            .collect();
        let meta = meta::PageMeta::new(
            self.config,
            &self.i18n,
            kind,
            lang,
            &other_tags,
            self.addr.feed(lang),
        );
        Common {
            site_title: self.config.title_in(lang).to_string(),
            lang: lang.to_string(),
            lang_tag: lang.tag().to_string(),
            dir,
            title,
            description: description.map(|d| d.split_whitespace().collect::<Vec<_>>().join(" ")),
            canonical: format!("{base}{url}"),
            url,
            x_default: url_in(&self.config.default_language).map(|u| format!("{base}{u}")),
            alternates,
            languages,
            home_url: self.addr.home(lang),
            accessibility_url: self
                .config
                .accessibility
                .as_ref()
                .map(|_| self.addr.accessibility(lang)),
            focus_index_url: self.addr.focus_index(lang),
            register_url: self.has_register.then(|| self.addr.register(lang)),
            search_url: self.config.search.enabled.then(|| self.addr.search(lang)),
            footer_links,
            stylesheet: "/style.css".to_string(),
            print_stylesheet: "/print.css".to_string(),
            kind,
            meta,
        }
    }

    pub(super) fn page(&self, template: &'static str, ctx: PageContext) -> Result<PageView> {
        let path = Addresses::file_of(&ctx.page.url);
        Ok(PageView {
            template,
            path,
            ctx,
        })
    }

    pub(super) fn empty(page: Common) -> PageContext {
        PageContext {
            page,
            document: None,
            focus: None,
            home: None,
            focus_index: None,
            plain: None,
            accessibility: None,
            search: None,
            moved: None,
            register: None,
        }
    }

    pub(super) fn date(&self, lang: &Lang, d: Option<Date>) -> Option<String> {
        d.map(|d| self.i18n.date(lang, d))
    }
}
