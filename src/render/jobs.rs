//! Job planning: every page of the site as a [`Job`], in a stable order,
//! and what each job's page is made from and where it goes.

use super::{PageView, Renderer};
use crate::address::Addresses;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::FocusId;

/// One page to make.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    /// The home page in a language.
    Home(Lang),
    /// The list of focus areas in a language.
    FocusIndex(Lang),
    /// A focus area's page in a language.
    Focus(FocusId, Lang),
    /// A document version, by position in the corpus.
    Document(usize),
    /// A plain page version, by position in the corpus.
    Plain(usize),
    /// The accessibility statement in a language.
    Accessibility(Lang),
    /// The search page in a language.
    Search(Lang),
    /// The register of regulations in a language (when the site has
    /// regulations).
    Register(Lang),
    /// An old address (`tidigare adresser`) of a document version: by
    /// position in the corpus, then in the version's list of old addresses.
    Moved(usize, usize),
    /// The 404 page.
    NotFound,
}

/// The file of the page for addresses that lead nowhere.
pub(super) const NOT_FOUND_FILE: &str = "404.html";

impl<'a> Renderer<'a> {
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
    pub fn source_of<'j>(&'j self, job: &'j Job) -> Option<(crate::content::SourceKind, &'j str)> {
        use crate::content::SourceKind;
        match job {
            Job::Document(i) | Job::Moved(i, _) => self
                .corpus
                .documents
                .get(*i)
                .map(|d| (SourceKind::Document, d.key.as_str())),
            Job::Plain(i) => self
                .corpus
                .pages
                .get(*i)
                .map(|p| (SourceKind::Page, p.slug.as_str())),
            Job::Focus(id, _) => Some((SourceKind::FocusArea, id.as_str())),
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

    /// The files of the pages of document version `d` (which need not be
    /// in the corpus: a version a rebuild took out), as [`Renderer::file_of`]
    /// names them: its page, and one at each of its old addresses.
    pub fn document_files(&self, d: &crate::model::Document) -> Vec<String> {
        let a = &self.addr;
        std::iter::once(Addresses::file_of(&a.document(&d.key, &d.lang)))
            .chain(
                d.previous_addresses
                    .iter()
                    .map(|old| moved_file(&a.moved(&old.target, &d.lang))),
            )
            .collect()
    }

    /// Whether the page of `job` can show something of the edits whose
    /// reach is `touched`: the listings of all documents or focus areas
    /// (home, search, focus areas, the register) always can; plain pages
    /// only when their body links to a document reached; the statement and
    /// 404 show no document.
    pub fn reaches(&self, job: &Job, touched: &crate::links::Touched) -> bool {
        match job {
            Job::Home(_) | Job::FocusIndex(_) | Job::Search(_) | Job::Register(_) => true,
            Job::Focus(id, _) => touched.focus_areas.contains(id),
            Job::Document(i) | Job::Moved(i, _) => self
                .corpus
                .documents
                .get(*i)
                .is_some_and(|d| touched.documents.contains(&d.key)),
            Job::Plain(i) => self
                .corpus
                .pages
                .get(*i)
                .is_some_and(|p| touched.pages.contains(&p.slug)),
            Job::Accessibility(_) | Job::NotFound => false,
        }
    }
}

/// The file of the page at old address `url`: `index.html` in its folder,
/// or the file itself when the address names one (`/plan.html`).
pub(super) fn moved_file(url: &str) -> String {
    if url.ends_with('/') {
        Addresses::file_of(url)
    } else {
        Addresses::output_path(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let site = crate::render::Site::new(&p.config, &p.corpus, &p.graph, p.i18n, today);
        let r = Renderer::new(&site, p.theme.templates.clone());
        let jobs = r.jobs();
        assert!(jobs.iter().any(|j| matches!(j, Job::Plain(_))));
        assert!(jobs.iter().any(|j| matches!(j, Job::Accessibility(_))));
        for job in &jobs {
            assert_eq!(r.file_of(job), r.view(job).unwrap().path, "{job:?}");
        }
    }
}
