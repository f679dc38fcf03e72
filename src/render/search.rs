//! The search page of each language: a search form read by the theme's
//! `search.js` against that language's Pagefind index (built by
//! `publish::search`), and, for readers without JavaScript, the plain list
//! of every document.

use super::view::{PageContext, SearchView};
use super::{PageView, Renderer};
use crate::address::Addresses;
use crate::config::SiteConfig;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::Corpus;

/// Counts that between them take every plural form of the integers in
/// every CLDR language (Arabic: 0 zero, 1 one, 2 two, 3 few, 11 many,
/// 100 other; Ukrainian: 1 one, 2 few, 5 many …).
const PLURAL_SAMPLES: &[usize] = &[0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 102];

/// The language whose index the search page of `lang` reads: `lang` itself
/// when anything is written in it, else the default language (a language
/// with no translations gets no index of its own; it would only repeat the
/// originals).
pub fn index_language<'a>(config: &'a SiteConfig, corpus: &Corpus, lang: &'a Lang) -> &'a Lang {
    let own = corpus.documents.iter().any(|d| d.lang == *lang)
        || corpus.pages.iter().any(|p| p.lang == *lang);
    if own { lang } else { &config.default_language }
}

impl Renderer<'_> {
    pub(super) fn search_page(&self, lang: &Lang) -> Result<PageView> {
        let index_lang = index_language(self.config, self.corpus, lang).to_string();
        let docs = self.listed_documents(lang);
        let document_count = docs.len();
        let mut groups = self.group_by_organisation(docs, lang);
        for g in &mut groups {
            g.documents
                .sort_by_cached_key(|l| super::collation_key(&l.title));
        }
        let pages = self
            .corpus
            .pages
            .iter()
            .filter(|p| p.lang == self.config.default_language)
            .map(|p| match self.corpus.page(&p.slug, lang) {
                Some(q) => self.link(q.title.clone(), self.addr.plain_page(&q.slug, lang), None),
                None => self.link(
                    p.title.clone(),
                    self.addr.plain_page(&p.slug, &p.lang),
                    Some(&p.lang),
                ),
            })
            .collect();
        let counts: serde_json::Map<String, serde_json::Value> = PLURAL_SAMPLES
            .iter()
            .map(|&n| {
                let args = [("count", n.into()), ("shown", "{n}".into())];
                (
                    n.to_string(),
                    self.i18n.t_with(lang, "search-result-count", &args).into(),
                )
            })
            .collect();
        let only_in: serde_json::Map<String, serde_json::Value> = self
            .config
            .languages
            .iter()
            .map(|l| {
                let language = self.t(lang, &format!("language-name-{}", l.code));
                (
                    l.code.to_string(),
                    serde_json::json!({
                        "note": self.i18n.t_with(lang, "only-in", &[("language", language.into())]),
                        "dir": l.code.dir().as_str(),
                        "tag": l.code.tag(),
                        "hreflang": l.code.hreflang(),
                    }),
                )
            })
            .collect();
        let view = SearchView {
            index_url: Addresses::search_index(&index_lang),
            index_lang,
            result_counts: serde_json::Value::Object(counts).to_string(),
            only_in: serde_json::Value::Object(only_in).to_string(),
            groups,
            document_count,
            pages,
        };
        let url_in = |l: &str| Some(self.addr.search(l));
        let common = self.common(
            "search",
            lang,
            self.t(lang, "search-title"),
            Some(self.t(lang, "search-description")),
            &url_in,
        );
        self.page(
            "search.html",
            PageContext {
                search: Some(view),
                ..Self::empty(common)
            },
        )
    }
}
