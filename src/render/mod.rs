//! Stage 5: rendering. Builds a view for every page in every language and
//! runs it through the theme's Tera templates. Nothing here writes files.

pub mod chart;
pub mod highlight;
pub mod i18n;
mod indicator;
pub mod markdown;
pub mod meta;
pub mod search;
pub mod theme;
pub mod view;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use self::i18n::I18n;
use self::view::*;
use crate::address::Addresses;
use crate::config::SiteConfig;
use crate::error::{Error, Result};
use crate::links::{LinkGraph, Target, parse_target};
use crate::model::{Corpus, DocKey, Document, FocusId, Status, ValidUntil};

/// One page of the site, rendered in memory.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Its file in the output folder (`vargarda/strategi/index.html`).
    pub path: String,
    /// The HTML.
    pub html: String,
}

/// One page to make.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    /// The home page in a language.
    Home(String),
    /// The list of focus areas in a language.
    FocusIndex(String),
    /// A focus area's page in a language.
    Focus(FocusId, String),
    /// A document version, by position in the corpus.
    Document(usize),
    /// A plain page version, by position in the corpus.
    Plain(usize),
    /// The accessibility statement in a language.
    Accessibility(String),
    /// The search page in a language.
    Search(String),
    /// The register of regulations in a language (when the site has
    /// regulations).
    Register(String),
    /// An old address (`tidigare adresser`) of a document version: by
    /// position in the corpus, then in the version's list of old addresses.
    Moved(usize, usize),
    /// The 404 page.
    NotFound,
}

/// The size a page's buffer starts at (see [`Renderer::render`]).
const PAGE_CAPACITY: usize = 32 * 1024;

/// A page's view: its template, its file, and what the template sees.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageView {
    /// The template.
    pub template: &'static str,
    /// The file in the output folder.
    pub path: String,
    /// The context.
    pub ctx: PageContext,
}

impl PageView {
    /// A hash of everything the page's template sees: while it and the
    /// theme are unchanged, the rendered page is too, and a rebuild can
    /// skip it.
    pub fn fingerprint(&self) -> u64 {
        crate::digest::of(self)
    }
}

/// The file of the page for addresses that lead nowhere.
const NOT_FOUND_FILE: &str = "404.html";

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

/// Everything rendering needs, borrowed.
pub struct Renderer<'a> {
    config: &'a SiteConfig,
    corpus: &'a Corpus,
    graph: &'a LinkGraph,
    tera: tera::Tera,
    i18n: Arc<I18n>,
    addr: Addresses,
    today: Date,
    /// The bodies the last run rendered, to reuse, and those this run
    /// renders, to give back ([`Renderer::rendered_bodies`]); `None` when
    /// nothing is kept between runs.
    bodies: Option<(&'a markdown::Bodies, std::sync::Mutex<markdown::Bodies>)>,
    /// True when a document has a `författningsnummer`: the site then has
    /// a register of regulations, linked from every page.
    has_register: bool,
}

impl<'a> Renderer<'a> {
    /// Prepares rendering: the theme's templates with the `t` function.
    pub fn new(
        config: &'a SiteConfig,
        corpus: &'a Corpus,
        graph: &'a LinkGraph,
        mut tera: tera::Tera,
        i18n: I18n,
        today: Date,
    ) -> Self {
        let i18n = Arc::new(i18n);
        tera.register_function("t", i18n::TeraT(Arc::clone(&i18n)));
        Renderer {
            config,
            corpus,
            graph,
            tera,
            i18n,
            addr: Addresses::new(config),
            today,
            bodies: None,
            has_register: corpus.has_regulations(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &'a SiteConfig {
        self.config
    }

    /// The model.
    pub fn corpus(&self) -> &'a Corpus {
        self.corpus
    }

    /// The links.
    pub fn graph(&self) -> &'a LinkGraph {
        self.graph
    }

    /// Where every page lives.
    pub fn addresses(&self) -> &Addresses {
        &self.addr
    }

    /// The interface strings (shared, as the `t` function holds them).
    pub fn i18n(&self) -> &Arc<I18n> {
        &self.i18n
    }

    /// The build day.
    pub fn today(&self) -> Date {
        self.today
    }

    /// Reuses the bodies the last run rendered (`last`, see
    /// [`markdown::Bodies`]), and gathers those this run renders for
    /// [`Renderer::rendered_bodies`]. `None`: nothing is kept.
    pub fn with_bodies(mut self, last: Option<&'a markdown::Bodies>) -> Self {
        self.bodies = last.map(|last| (last, Default::default()));
        self
    }

    /// The bodies this run rendered (not those it reused), when
    /// [`Renderer::with_bodies`] asked for them: for the caller to keep
    /// and hand to the next run.
    pub fn rendered_bodies(self) -> markdown::Bodies {
        self.bodies
            .map(|(_, made)| made.into_inner().unwrap_or_else(|e| e.into_inner()))
            .unwrap_or_default()
    }

    /// Every page of the site, in a stable order: what to render, not yet
    /// rendered, so pages can be made in parallel and written one by one.
    pub fn jobs(&self) -> Vec<Job> {
        let mut jobs = Vec::new();
        let default = &self.config.default_language;
        for lang in &self.config.languages {
            let l = lang.code.clone();
            jobs.push(Job::Home(l.clone()));
            jobs.push(Job::FocusIndex(l.clone()));
            for f in self
                .corpus
                .focus_areas
                .iter()
                .filter(|f| &f.lang == default)
            {
                jobs.push(Job::Focus(f.id.clone(), l.clone()));
            }
            for (i, d) in self.corpus.documents.iter().enumerate() {
                if d.lang == l {
                    jobs.push(Job::Document(i));
                    jobs.extend((0..d.previous_addresses.len()).map(|n| Job::Moved(i, n)));
                }
            }
            for (i, p) in self.corpus.pages.iter().enumerate() {
                if p.lang == l {
                    jobs.push(Job::Plain(i));
                }
            }
            if self.config.search.enabled {
                jobs.push(Job::Search(l.clone()));
            }
            if self.has_register {
                jobs.push(Job::Register(l.clone()));
            }
            if self.config.accessibility.is_some() {
                jobs.push(Job::Accessibility(l));
            }
        }
        jobs.push(Job::NotFound);
        jobs
    }

    /// The view of one page.
    pub fn view(&self, job: &Job) -> Result<PageView> {
        match job {
            Job::Home(l) => self.home(l),
            Job::FocusIndex(l) => self.focus_index(l),
            Job::Focus(id, l) => self.focus_page(id, l),
            Job::Document(i) => self.document(&self.corpus.documents[*i]),
            Job::Plain(i) => self.plain_page(&self.corpus.pages[*i]),
            Job::Accessibility(l) => match &self.config.accessibility {
                Some(a) => self.accessibility(a, l),
                None => self.not_found(),
            },
            Job::Search(l) => self.search_page(l),
            Job::Register(l) => self.register(l),
            Job::Moved(i, n) => self.moved(&self.corpus.documents[*i], *n),
            Job::NotFound => self.not_found(),
        }
    }

    /// The content source a page shows the body of: (kind, key), or `None`
    /// for pages made only of front matter (listings, the statement, 404).
    pub fn source_of(&self, job: &Job) -> Option<(crate::content::SourceKind, String)> {
        use crate::content::SourceKind;
        match job {
            Job::Document(i) | Job::Moved(i, _) => self
                .corpus
                .documents
                .get(*i)
                .map(|d| (SourceKind::Document, d.key.as_str().to_string())),
            Job::Plain(i) => self
                .corpus
                .pages
                .get(*i)
                .map(|p| (SourceKind::Page, p.slug.clone())),
            Job::Focus(id, _) => Some((SourceKind::FocusArea, id.as_str().to_string())),
            Job::Home(_)
            | Job::FocusIndex(_)
            | Job::Accessibility(_)
            | Job::Search(_)
            | Job::Register(_)
            | Job::NotFound => None,
        }
    }

    /// The file of the page of `job` (its view's `path`), without making
    /// the view.
    pub fn file_of(&self, job: &Job) -> String {
        let a = &self.addr;
        let url = match job {
            Job::Home(l) => a.home(l),
            Job::FocusIndex(l) => a.focus_index(l),
            Job::Focus(id, l) => a.focus(id, l),
            Job::Document(i) => {
                let d = &self.corpus.documents[*i];
                a.document(&d.key, &d.lang)
            }
            Job::Plain(i) => {
                let p = &self.corpus.pages[*i];
                a.plain_page(&p.slug, &p.lang)
            }
            Job::Accessibility(l) => a.accessibility(l),
            Job::Search(l) => a.search(l),
            Job::Register(l) => a.register(l),
            Job::Moved(i, n) => {
                let d = &self.corpus.documents[*i];
                return moved_file(&a.moved(&d.previous_addresses[*n].target, &d.lang));
            }
            Job::NotFound => return NOT_FOUND_FILE.to_string(),
        };
        Addresses::file_of(&url)
    }

    /// Whether the page of `job` can show something of the edits whose
    /// reach is `touched`: the listings of all documents or focus areas
    /// (home, search, focus areas, the register) always can; plain pages,
    /// the statement and 404 show no document.
    pub fn reaches(&self, job: &Job, touched: &crate::links::Touched) -> bool {
        match job {
            Job::Home(_) | Job::FocusIndex(_) | Job::Search(_) | Job::Register(_) => true,
            Job::Focus(id, _) => touched.focus_areas.contains(id),
            Job::Document(i) | Job::Moved(i, _) => self
                .corpus
                .documents
                .get(*i)
                .is_some_and(|d| touched.documents.contains(&d.key)),
            Job::Plain(_) | Job::Accessibility(_) | Job::NotFound => false,
        }
    }

    /// Every page, rendered in memory (for tests and small sites).
    pub fn site(&self) -> Result<Vec<RenderedPage>> {
        self.jobs()
            .iter()
            .map(|j| self.render(&self.view(j)?))
            .collect()
    }

    fn t(&self, lang: &str, key: &str) -> String {
        self.i18n.t(lang, key, None)
    }

    fn lang_info(&self, code: &str) -> (String, &'static str) {
        self.config
            .language(code)
            .map_or((code.to_string(), "ltr"), |l| {
                (l.name.clone(), l.dir.as_str())
            })
    }

    /// A link to document `key` in `lang`, or to its original with a
    /// language mark when it is not translated.
    fn doc_link(&self, key: &DocKey, lang: &str) -> Option<LinkView> {
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
            foreign.then_some(doc.lang.as_str()),
        ))
    }

    fn link(&self, title: String, url: String, foreign: Option<&str>) -> LinkView {
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
            lang: foreign.map(str::to_string),
            tag: foreign.map(|l| self.config.tag_of(l).to_string()),
            hreflang: foreign.and_then(|l| self.config.hreflang_of(l).map(str::to_string)),
            lang_name,
            dir,
        }
    }

    fn focus_link(&self, id: &FocusId, lang: &str) -> LinkView {
        let f = self
            .corpus
            .focus_area(id, lang)
            .map(|f| (f, None))
            .or_else(|| {
                self.corpus
                    .focus_area(id, &self.config.default_language)
                    .map(|f| (f, Some(f.lang.as_str())))
            });
        match f {
            Some((f, foreign)) => self.link(f.title.clone(), self.addr.focus(id, lang), foreign),
            None => self.link(id.to_string(), self.addr.focus(id, lang), None),
        }
    }

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

    fn body(
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

    /// The parts every page has. `url_in` gives the page's address in a
    /// language, or `None` where that language has no such page.
    fn common(
        &self,
        kind: &'static str,
        lang: &str,
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
                code: l.code.clone(),
                tag: l.tag.clone(),
                hreflang: l.hreflang.clone(),
                name: l.name.clone(),
                dir: l.dir.as_str(),
                url: url_in(&l.code),
                current: l.code == lang,
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
                    None => (p, Some(p.lang.as_str())),
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
            lang_tag: self.config.tag_of(lang).to_string(),
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

    fn page(&self, template: &'static str, ctx: PageContext) -> Result<PageView> {
        let path = Addresses::file_of(&ctx.page.url);
        Ok(PageView {
            template,
            path,
            ctx,
        })
    }

    /// Runs a page's view through its template.
    pub fn render(&self, view: &PageView) -> Result<RenderedPage> {
        let context =
            tera::Context::from_serialize(&view.ctx).map_err(|source| Error::Template {
                name: view.template.into(),
                source,
            })?;
        let failed = |source| Error::Render {
            template: view.template.into(),
            page: view.path.clone(),
            source,
        };
        // Room for a whole document page (most are 12–25 KB), so the
        // buffer is not grown and copied again and again as Tera writes.
        let mut out = Vec::with_capacity(PAGE_CAPACITY);
        self.tera
            .render_to(view.template, &context, &mut out)
            .map_err(failed)?;
        let html = String::from_utf8(out)
            .map_err(|e| failed(tera::Error::msg(format!("the page is not UTF-8: {e}"))))?;
        Ok(RenderedPage {
            path: view.path.clone(),
            html,
        })
    }

    fn empty(page: Common) -> PageContext {
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

    fn date(&self, lang: &str, d: Option<Date>) -> Option<String> {
        d.map(|d| self.i18n.date(lang, d))
    }

    fn document(&self, doc: &Document) -> Result<PageView> {
        let lang = doc.lang.as_str();
        let default = &self.config.default_language;
        let fact = |label: &'static str, value: Option<String>| Fact {
            label,
            value,
            datetime: None,
        };
        let mut facts = vec![fact("decided-by", doc.decided_by.clone())];
        facts.push(Fact {
            label: "decided",
            value: self.date(lang, doc.decided),
            datetime: doc.decided.map(|d| d.to_string()),
        });
        if doc.paragraph.is_some() {
            facts.push(fact("paragraph", doc.paragraph.clone()));
        }
        if let Some(d) = doc.valid_from {
            facts.push(Fact {
                label: "valid-from",
                value: Some(self.i18n.date(lang, d)),
                datetime: Some(d.to_string()),
            });
        }
        if let Some(c) = doc.last_major_change() {
            facts.push(Fact {
                label: "updated",
                value: Some(self.i18n.date(lang, c.date)),
                datetime: Some(c.date.to_string()),
            });
        }
        facts.push(Fact {
            label: "valid-until",
            value: self.valid_until_text(lang, doc.valid_until),
            datetime: match doc.valid_until {
                Some(ValidUntil::Date(d)) => Some(d.to_string()),
                _ => None,
            },
        });
        facts.push(fact("responsible", doc.responsible.clone()));
        let regulation_number = doc.regulation_number.as_ref().map(|r| r.target.clone());
        for (label, value) in [
            ("responsible-unit", &doc.responsible_unit),
            ("applies-to", &doc.applies_to),
            ("registry-number", &doc.registry_number),
            ("regulation-number", &regulation_number),
        ] {
            if value.is_some() {
                facts.push(fact(label, value.clone()));
            }
        }
        if let Some(d) = doc.review_by {
            facts.push(Fact {
                label: "review-by",
                value: Some(self.i18n.date(lang, d)),
                datetime: Some(d.to_string()),
            });
        }
        if doc.review_responsible.is_some() {
            facts.push(fact("review-responsible", doc.review_responsible.clone()));
        }
        let goal_ids: Vec<&str> = doc.goals.iter().map(|g| g.id.as_str()).collect();
        let body = self.body(&doc.body, &doc.source, lang, &goal_ids);
        let goals = doc
            .goals
            .iter()
            .map(|g| GoalView {
                id: g.id.to_string(),
                title: g.title.clone(),
                focus_areas: g
                    .focus_areas
                    .iter()
                    .map(|r| self.focus_link(&r.target, lang))
                    .collect(),
                indicators: g
                    .indicators
                    .iter()
                    .enumerate()
                    .map(|(i, ind)| {
                        let id = format!("sd-{}-{}", g.id, i + 1);
                        self.indicator_view(ind, lang, Some(&id))
                    })
                    .collect(),
            })
            .collect();
        let view = DocumentView {
            title: doc.title.clone(),
            kind: doc.kind.as_str(),
            organisation: doc.organisation.clone(),
            facts,
            status: doc.status(self.today),
            valid_until: match doc.valid_until {
                Some(ValidUntil::Date(d)) => Some(self.i18n.date(lang, d)),
                _ => None,
            },
            replaced_by: self
                .graph
                .replaced_by
                .get(&doc.key)
                .and_then(|k| self.doc_link(k, lang)),
            replaces: doc
                .replaces
                .as_ref()
                .and_then(|r| self.doc_link(&r.target, lang)),
            summary: doc.summary.clone(),
            toc: body.toc,
            body_html: body.html,
            goals,
            focus_areas: doc
                .all_focus_areas()
                .into_iter()
                .map(|id| self.focus_link(id, lang))
                .collect(),
            related: self
                .graph
                .related
                .get(&doc.key)
                .into_iter()
                .flatten()
                .filter(|k| !self.is_repealed(k))
                .filter_map(|k| self.doc_link(k, lang))
                .collect(),
            is_translation: doc.is_translation,
            original: if doc.is_translation {
                self.corpus.document(&doc.key, default).map(|o| {
                    self.link(
                        o.title.clone(),
                        self.addr.document(&o.key, default),
                        Some(default),
                    )
                })
            } else {
                None
            },
            full_text_in_original: doc.is_translation && doc.body.trim().is_empty(),
            repeals_on: self.repeals_on(doc, lang),
            repeal: doc
                .repeal
                .as_ref()
                .filter(|r| r.date <= self.today)
                .map(|r| RepealView {
                    date: self.i18n.date(lang, r.date),
                    date_iso: r.date.to_string(),
                    facts: [
                        ("decided-by", &r.decided_by),
                        ("paragraph", &r.paragraph),
                        ("reason", &r.reason),
                    ]
                    .into_iter()
                    .filter(|(_, v)| v.is_some())
                    .map(|(label, v)| fact(label, v.clone()))
                    .collect(),
                }),
            changes: doc
                .changes_newest_first()
                .into_iter()
                .map(|c| ChangeView {
                    date: self.i18n.date(lang, c.date),
                    date_iso: c.date.to_string(),
                    description: c.description.clone(),
                    lang: (c.lang != lang).then(|| c.lang.clone()),
                    major: c.major,
                })
                .collect(),
            versions: self.versions(doc, lang),
            original_changed: self.original_changed(doc),
            json_ld: doc.regulation_number.as_ref().map(|n| {
                let status = doc.status(self.today);
                meta::Legislation {
                    doc,
                    number: &n.target,
                    in_force: !status.is_ended()
                        && doc.valid_from.is_none_or(|from| from <= self.today),
                    url: &self.addr.absolute(&self.addr.document(&doc.key, lang)),
                    lang_tag: self.config.tag_of(lang),
                    original_url: doc
                        .is_translation
                        .then(|| self.addr.absolute(&self.addr.document(&doc.key, default))),
                }
                .json_ld()
            }),
        };
        let key = doc.key.clone();
        let url_in = |l: &str| {
            self.corpus
                .document(&key, l)
                .map(|_| self.addr.document(&key, l))
        };
        let mut common = self.common(
            "document",
            lang,
            doc.title.clone(),
            doc.summary.clone(),
            &url_in,
        );
        common.meta.og_type = "article";
        common.meta.creator = Some(doc.organisation.clone());
        common.meta.date = doc.decided.map(|d| d.to_string());
        common.meta.data_url = Some(self.addr.document_data(&doc.key, lang));
        self.page(
            "document.html",
            PageContext {
                document: Some(view),
                ..Self::empty(common)
            },
        )
    }

    /// `giltig till` as the page says it.
    fn valid_until_text(&self, lang: &str, v: Option<ValidUntil>) -> Option<String> {
        match v? {
            ValidUntil::FurtherNotice => Some(self.t(lang, "until-further-notice")),
            ValidUntil::Date(d) => Some(self.i18n.date(lang, d)),
        }
    }

    /// A repeal date of `doc` still to come, written in `lang`.
    fn repeals_on(&self, doc: &Document, lang: &str) -> Option<String> {
        doc.repeal
            .as_ref()
            .filter(|r| r.date > self.today)
            .map(|r| self.i18n.date(lang, r.date))
    }

    /// True when document `key` has been repealed: it leaves search and
    /// the lists of related documents, though its page stays.
    pub fn is_repealed(&self, key: &DocKey) -> bool {
        self.corpus
            .document(key, &self.config.default_language)
            .is_some_and(|d| d.status(self.today) == Status::Repealed)
    }

    /// For a translation whose `översatt` is before its original's newest
    /// larger change: that change's date (ISO), for the notice.
    fn original_changed(&self, doc: &Document) -> Option<String> {
        let made = doc.translated.as_ref()?.target;
        let original = self
            .corpus
            .document(&doc.key, &self.config.default_language)?;
        let change = original.last_major_change().filter(|c| c.date > made)?;
        Some(self.i18n.date(&doc.lang, change.date))
    }

    /// The line of versions `doc` stands in through `ersätter`, newest
    /// first; empty when it stands alone.
    fn versions(&self, doc: &Document, lang: &str) -> Vec<VersionView> {
        let default = &self.config.default_language;
        // Each key once, so a loop of replacements cannot run forever.
        let mut seen = HashSet::new();
        let mut newest = &doc.key;
        seen.insert(newest);
        while let Some(next) = self.graph.replaced_by.get(newest) {
            if !seen.insert(next) {
                break;
            }
            newest = next;
        }
        let mut out = Vec::new();
        let mut listed = HashSet::new();
        let mut key = Some(newest.clone());
        while let Some(k) = key.take() {
            if !listed.insert(k.clone()) {
                break;
            }
            let (Some(original), Some(link)) =
                (self.corpus.document(&k, default), self.doc_link(&k, lang))
            else {
                break;
            };
            let shown = self.corpus.document(&k, lang).unwrap_or(original);
            out.push(VersionView {
                link,
                current: k == doc.key,
                decided: self.date(lang, original.decided),
                decided_by: shown.decided_by.clone(),
                valid_until: self.valid_until_text(lang, original.valid_until),
                status: original.status(self.today),
            });
            key = original.replaces.as_ref().map(|r| r.target.clone());
        }
        if out.len() < 2 {
            out.clear();
        }
        out
    }

    /// The originals, each in `lang` where translated.
    fn listed_documents(&self, lang: &str) -> Vec<(&Document, LinkView)> {
        self.corpus
            .documents
            .iter()
            .filter(|d| d.lang == self.config.default_language)
            .filter_map(|d| Some((d, self.doc_link(&d.key, lang)?)))
            .collect()
    }

    /// Groups items by their document's organisation (as named in the
    /// original), shown by its name in `lang` where a translation gives one.
    fn group_by_organisation<T>(
        &self,
        items: Vec<(&DocKey, T)>,
        lang: &str,
    ) -> Vec<OrganisationGroup<T>> {
        let default = &self.config.default_language;
        let mut groups: Vec<(String, OrganisationGroup<T>)> = Vec::new();
        // Where each organisation's group is, by its name in the original.
        let mut at: HashMap<String, usize> = HashMap::new();
        for (key, item) in items {
            let Some(original) = self.corpus.document(key, default) else {
                continue;
            };
            let local = self
                .corpus
                .document(key, lang)
                .map(|d| d.organisation.clone());
            match at.get(&original.organisation) {
                Some(&i) => {
                    let g = &mut groups[i].1;
                    if let Some(name) = local {
                        g.organisation = name;
                    }
                    g.documents.push(item);
                }
                None => {
                    at.insert(original.organisation.clone(), groups.len());
                    groups.push((
                        original.organisation.clone(),
                        OrganisationGroup {
                            organisation: local.unwrap_or_else(|| original.organisation.clone()),
                            documents: vec![item],
                        },
                    ));
                }
            }
        }
        let mut groups: Vec<OrganisationGroup<T>> = groups.into_iter().map(|(_, g)| g).collect();
        groups.sort_by_cached_key(|g| collation_key(&g.organisation));
        groups
    }

    fn focus_summaries(&self, lang: &str) -> Vec<FocusSummary> {
        let mut out: Vec<FocusSummary> = self
            .corpus
            .focus_areas
            .iter()
            .filter(|f| f.lang == self.config.default_language)
            .map(|f| {
                let local = self.corpus.focus_area(&f.id, lang).unwrap_or(f);
                FocusSummary {
                    link: self.focus_link(&f.id, lang),
                    summary: local.summary.clone(),
                    goal_count: self.graph.goals_by_focus.get(&f.id).map_or(0, Vec::len),
                    document_count: self.graph.docs_by_focus.get(&f.id).map_or(0, Vec::len),
                }
            })
            .collect();
        out.sort_by_cached_key(|s| collation_key(&s.link.title));
        out
    }

    fn home(&self, lang: &str) -> Result<PageView> {
        let docs = self.listed_documents(lang);
        let document_count = docs.len();
        let items = docs
            .into_iter()
            .map(|(d, link)| {
                let summary = DocumentSummary {
                    link,
                    kind: d.kind.as_str(),
                    decided: self.date(lang, d.decided),
                    decided_iso: d.decided.map(|x| x.to_string()),
                    status: d.status(self.today),
                    repeals_on: self.repeals_on(d, lang),
                    goal_count: d.goals.len(),
                };
                (&d.key, summary)
            })
            .collect();
        let mut groups = self.group_by_organisation(items, lang);
        for g in &mut groups {
            g.documents
                .sort_by_cached_key(|d| collation_key(&d.link.title));
        }
        let view = HomeView {
            groups,
            focus_areas: self.focus_summaries(lang),
            document_count,
        };
        let url_in = |l: &str| Some(self.addr.home(l));
        let common = self.common(
            "home",
            lang,
            self.config.title_in(lang).to_string(),
            Some(match self.config.description_in(lang) {
                Some(own) => own.to_string(),
                None => self.t(lang, "site-description"),
            }),
            &url_in,
        );
        self.page(
            "home.html",
            PageContext {
                home: Some(view),
                ..Self::empty(common)
            },
        )
    }

    fn focus_index(&self, lang: &str) -> Result<PageView> {
        let url_in = |l: &str| Some(self.addr.focus_index(l));
        let common = self.common(
            "focus-index",
            lang,
            self.t(lang, "focus-areas"),
            Some(self.t(lang, "focus-index-description")),
            &url_in,
        );
        self.page(
            "focus_index.html",
            PageContext {
                focus_index: Some(self.focus_summaries(lang)),
                ..Self::empty(common)
            },
        )
    }

    fn focus_page(&self, id: &FocusId, lang: &str) -> Result<PageView> {
        let original = self
            .corpus
            .focus_area(id, &self.config.default_language)
            .expect("listed from the originals");
        let local = self.corpus.focus_area(id, lang);
        let area = local.unwrap_or(original);
        let body = self.body(&area.body, &area.source, lang, &[]);
        let goals = self
            .graph
            .goals_by_focus
            .get(id)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut items: Vec<(&DocKey, FocusDocument)> = Vec::new();
        for key in self.graph.docs_by_focus.get(id).into_iter().flatten() {
            let Some(original_doc) = self.corpus.document(key, &self.config.default_language)
            else {
                continue;
            };
            let doc = self.corpus.document(key, lang).unwrap_or(original_doc);
            let Some(link) = self.doc_link(key, lang) else {
                continue;
            };
            let doc_url = link.url.clone();
            let foreign = (doc.lang != lang).then_some(doc.lang.as_str());
            // The graph's lists are in key order.
            let (start, end) = (
                goals.partition_point(|(k, _)| k < key),
                goals.partition_point(|(k, _)| k <= key),
            );
            let goals = goals[start..end]
                .iter()
                .filter_map(|(_, gid)| doc.goal(gid.as_str()))
                .map(|g| FocusGoal {
                    link: self.link(g.title.clone(), format!("{doc_url}#{}", g.id), foreign),
                    indicators: g
                        .indicators
                        .iter()
                        .map(|ind| self.indicator_view(ind, lang, None))
                        .collect(),
                })
                .collect();
            items.push((
                key,
                FocusDocument {
                    link,
                    status: doc.status(self.today),
                    repeals_on: self.repeals_on(doc, lang),
                    goals,
                },
            ));
        }
        let view = FocusView {
            title: area.title.clone(),
            summary: area.summary.clone(),
            body_html: body.html,
            goal_count: goals.len(),
            groups: self.group_by_organisation(items, lang),
            untranslated: local.is_none() && lang != self.config.default_language,
        };
        let url_in = |l: &str| Some(self.addr.focus(id, l));
        let common = self.common(
            "focus-area",
            lang,
            area.title.clone(),
            area.summary.clone(),
            &url_in,
        );
        self.page(
            "focus_area.html",
            PageContext {
                focus: Some(view),
                ..Self::empty(common)
            },
        )
    }

    fn plain_page(&self, p: &crate::model::Page) -> Result<PageView> {
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

    fn accessibility(
        &self,
        a: &crate::config::AccessibilityConfig,
        lang: &str,
    ) -> Result<PageView> {
        let view = AccessibilityView {
            statement: a.clone(),
            issues_lang: self
                .config
                .tag_of(&self.config.default_language)
                .to_string(),
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

    /// A regulation as a row of the register, in `lang`: its title,
    /// decision body and paragraph from the translation where there is
    /// one, its dates and number from the original.
    fn regulation_row(
        &self,
        original: &Document,
        number: &str,
        lang: &str,
    ) -> Option<RegulationRow> {
        let shown = self
            .corpus
            .document(&original.key, lang)
            .unwrap_or(original);
        let repealed = original.repeal.as_ref().filter(|r| r.date <= self.today);
        Some(RegulationRow {
            number: number.to_string(),
            link: self.doc_link(&original.key, lang)?,
            decided_by: shown.decided_by.clone(),
            paragraph: shown.paragraph.clone(),
            decided: self.date(lang, original.decided),
            decided_iso: original.decided.map(|d| d.to_string()),
            valid_until: self.valid_until_text(lang, original.valid_until),
            valid_until_iso: match original.valid_until {
                Some(ValidUntil::Date(d)) => Some(d.to_string()),
                _ => None,
            },
            status: original.status(self.today),
            repeals_on: self.repeals_on(original, lang),
            repealed: repealed.map(|r| self.i18n.date(lang, r.date)),
            repealed_iso: repealed.map(|r| r.date.to_string()),
        })
    }

    /// The register of regulations (kommunallagen 8 kap. 13 §): every
    /// document with a `författningsnummer`, by organisation; in each,
    /// those in force by number, then those repealed or expired by number.
    fn register(&self, lang: &str) -> Result<PageView> {
        let items: Vec<(&DocKey, RegulationRow)> = self
            .corpus
            .documents
            .iter()
            .filter(|d| d.lang == self.config.default_language)
            .filter_map(|d| {
                let number = &d.regulation_number.as_ref()?.target;
                Some((&d.key, self.regulation_row(d, number, lang)?))
            })
            .collect();
        let count = items.len();
        let groups = self
            .group_by_organisation(items, lang)
            .into_iter()
            .map(|g| {
                let mut rows = g.documents;
                rows.sort_by_cached_key(|row| {
                    crate::model::register_order(row.status, &row.number)
                });
                let (ended, in_force) = rows.into_iter().partition(|row| row.status.is_ended());
                RegisterGroup {
                    organisation: g.organisation,
                    in_force,
                    ended,
                }
            })
            .collect();
        let url_in = |l: &str| Some(self.addr.register(l));
        let mut common = self.common(
            "register",
            lang,
            self.t(lang, "register-title"),
            Some(self.t(lang, "register-description")),
            &url_in,
        );
        common.meta.data_url = Some(self.addr.api(crate::address::REGISTER_JSON));
        self.page(
            "register.html",
            PageContext {
                register: Some(RegisterView {
                    groups,
                    count,
                    json_url: self.addr.api(crate::address::REGISTER_JSON),
                    csv_url: self.addr.api(crate::address::REGISTER_CSV),
                }),
                ..Self::empty(common)
            },
        )
    }

    /// The page at an old address of `doc` (its `n`th): it leads to the
    /// document's page with a meta refresh and a plain link, is not
    /// indexed, and names the new address as canonical.
    fn moved(&self, doc: &Document, n: usize) -> Result<PageView> {
        let lang = doc.lang.as_str();
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

    fn not_found(&self) -> Result<PageView> {
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

/// The file of the page at old address `url`: `index.html` in its folder,
/// or the file itself when the address names one (`/plan.html`).
fn moved_file(url: &str) -> String {
    if url.ends_with('/') {
        Addresses::file_of(url)
    } else {
        Addresses::output_path(url)
    }
}

/// A sort key that puts å, ä and ö after z, as Swedish (and Finnish) do,
/// and otherwise ignores case.
pub fn collation_key(s: &str) -> Vec<u32> {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            'é' | 'è' => 'e' as u32,
            'ü' => 'y' as u32,
            c => c as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_order() {
        let mut v = vec![
            "Växjö kommun",
            "Vårgårda kommun",
            "Vimmerby kommun",
            "Vansbro kommun",
            "Vänersborgs kommun",
        ];
        v.sort_by_key(|s| collation_key(s));
        assert_eq!(
            v,
            [
                "Vansbro kommun",
                "Vimmerby kommun",
                "Vårgårda kommun",
                "Vänersborgs kommun",
                "Växjö kommun"
            ]
        );
    }

    #[test]
    fn every_jobs_file_is_its_views_path() {
        // The example site: every kind of page, in six languages.
        let opts = crate::site::Options {
            root: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
            ..Default::default()
        };
        let mut report = crate::site::Report::default();
        let p = crate::site::prepare(&opts, &mut report, false)
            .unwrap()
            .expect("the example site builds");
        let today = jiff::civil::date(2026, 1, 1);
        let r = Renderer::new(
            &p.config,
            &p.corpus,
            &p.graph,
            p.theme.tera.clone(),
            p.i18n,
            today,
        );
        let jobs = r.jobs();
        assert!(jobs.iter().any(|j| matches!(j, Job::Plain(_))));
        assert!(jobs.iter().any(|j| matches!(j, Job::Accessibility(_))));
        for job in &jobs {
            assert_eq!(r.file_of(job), r.view(job).unwrap().path, "{job:?}");
        }
    }
}
