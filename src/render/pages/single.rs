//! The pages that list nothing: a plain page, the accessibility
//! statement, a document's old address, and 404.

use crate::error::Result;
use crate::lang::Lang;
use crate::model::Document;
use crate::render::jobs::{NOT_FOUND_FILE, moved_file};
use crate::render::view::{self, *};
use crate::render::{PageView, Renderer};

impl<'a> Renderer<'a> {
    pub(in crate::render) fn plain_page(&self, p: &crate::model::Page) -> Result<PageView> {
        let body = self.body(&p.body, &p.source, &p.lang, &[]);
        let view = PlainView {
            title: p.title.clone(),
            summary: p.summary.clone(),
            toc: body.toc,
            body_html: body.html,
        };
        let slug = p.slug.clone();
        let url_in = |l: &str| {
            self.corpus
                .page(&slug, l)
                .map(|_| self.addr.plain_page(&slug, l))
        };
        let common = self.common("page", &p.lang, p.title.clone(), p.summary.clone(), &url_in);
        self.page(
            "page.html",
            PageContext {
                plain: Some(view),
                ..Self::empty(common)
            },
        )
    }

    pub(in crate::render) fn accessibility(
        &self,
        a: &crate::config::AccessibilityConfig,
        lang: &Lang,
    ) -> Result<PageView> {
        let view = AccessibilityView {
            statement: a.clone(),
            issues_lang: self.config.default_language.tag().to_string(),
            service: a
                .service
                .clone()
                .unwrap_or_else(|| self.config.title_in(lang).to_string()),
            problem_groups: crate::config::Reason::ALL
                .into_iter()
                .map(|reason| view::ProblemGroup {
                    reason,
                    problems: a
                        .problems
                        .iter()
                        .filter(|p| p.reason == reason)
                        .map(|p| view::ProblemView {
                            description: p.description.clone(),
                            affects: p.affects.clone(),
                            fixed_by: p.fixed_by.map(|d| self.i18n.date(lang, d)),
                        })
                        .collect(),
                })
                .filter(|g| !g.problems.is_empty())
                .collect(),
            assessed: self.i18n.date(lang, a.assessed),
            updated: self.i18n.date(lang, a.updated),
        };
        let url_in = |l: &str| Some(self.addr.accessibility(l));
        let common = self.common(
            "accessibility",
            lang,
            self.t(lang, "a11y-title"),
            Some(self.t(lang, "a11y-description")),
            &url_in,
        );
        self.page(
            "accessibility.html",
            PageContext {
                accessibility: Some(view),
                ..Self::empty(common)
            },
        )
    }

    /// The page at an old address of `doc` (its `n`th): it leads to the
    /// document's page with a meta refresh and a plain link, is not
    /// indexed, and names the new address as canonical.
    pub(in crate::render) fn moved(&self, doc: &Document, n: usize) -> Result<PageView> {
        let lang = &doc.lang;
        let old = self.addr.moved(&doc.previous_addresses[n].target, lang);
        let target = self.addr.document(&doc.key, lang);
        let url_in = |_: &str| None;
        let mut common = self.common("moved", lang, doc.title.clone(), None, &url_in);
        common.canonical = self.addr.absolute(&target);
        common.url = old.clone();
        Ok(PageView {
            template: "moved.html",
            path: moved_file(&old),
            ctx: PageContext {
                moved: Some(MovedView {
                    title: doc.title.clone(),
                    url: target,
                }),
                ..Self::empty(common)
            },
        })
    }

    pub(in crate::render) fn not_found(&self) -> Result<PageView> {
        let lang = self.config.default_language.clone();
        let url_in = |_: &str| None;
        let mut common = self.common(
            "not-found",
            &lang,
            self.t(&lang, "not-found-title"),
            Some(self.t(&lang, "not-found-description")),
            &url_in,
        );
        common.url = format!("/{NOT_FOUND_FILE}");
        common.canonical = format!("{}/{NOT_FOUND_FILE}", self.config.base_url);
        Ok(PageView {
            template: "404.html",
            path: NOT_FOUND_FILE.to_string(),
            ctx: Self::empty(common),
        })
    }
}
