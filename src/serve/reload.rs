//! Live reload: what open browser tabs are told after a rebuild, and which
//! files a request must wait for while a rebuild that has shown its edit
//! finishes.

use std::collections::HashSet;
use std::sync::{Condvar, Mutex};

/// What the browser tabs are told.
#[derive(Debug, Default)]
pub(super) struct State {
    /// Bumped on every rebuild, good or bad, once its edit can be seen.
    pub(super) generation: u64,
    /// The problems of the last rebuild, when it failed.
    pub(super) error: Option<String>,
    /// While a rebuild finishes after its edit was shown, what may still
    /// change; a request for such a file waits, so no page is ever served
    /// out of date.
    pub(super) settling: Option<Settling>,
}

/// What a rebuild that has shown its edit may still change.
#[derive(Debug)]
pub(super) struct Settling {
    /// The files already right (the static files, the edited sources'
    /// pages, and each file made since).
    pub(super) ready: HashSet<String>,
    /// When the rebuild makes only some pages: those still to be made.
    /// Every other page is right already; generated files (data, feeds)
    /// are right once made. `None`: any file not ready may still change.
    /// The search index is never held back: it is made in the background
    /// ([`super::indexer`]), and served as it is until the new one is written.
    pub(super) pending: Option<HashSet<String>>,
}

impl Settling {
    /// Whether the file at `rel` may still change.
    pub(super) fn holds(&self, rel: &str) -> bool {
        if self.ready.contains(rel)
            || rel.split('/').next() == Some(crate::address::SEARCH_INDEX_PATH)
        {
            return false;
        }
        match &self.pending {
            None => true,
            Some(pages) => pages.contains(rel) || !rel.ends_with(".html"),
        }
    }

    /// The file at `rel` is right.
    pub(super) fn made(&mut self, rel: String) {
        if let Some(pages) = self.pending.as_mut() {
            pages.remove(&rel);
        }
        self.ready.insert(rel);
    }
}

#[derive(Debug, Default)]
pub(super) struct Shared {
    pub(super) state: Mutex<State>,
    pub(super) changed: Condvar,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rebuild_of_some_pages_holds_back_only_those_and_unmade_data() {
        let set = |paths: &[&str]| paths.iter().map(|p| p.to_string()).collect::<HashSet<_>>();
        let mut s = Settling {
            ready: set(&["a/index.html", "style.css"]),
            pending: Some(set(&["index.html"])),
        };
        assert!(!s.holds("a/index.html"));
        assert!(!s.holds("style.css"));
        assert!(!s.holds("b/index.html"), "a page the edit cannot reach");
        assert!(s.holds("index.html"));
        assert!(
            s.holds("api/documents.json"),
            "generated files wait until made"
        );
        s.made("index.html".into());
        s.made("api/documents.json".into());
        assert!(!s.holds("index.html"));
        assert!(!s.holds("api/documents.json"));
        // A full pass: everything not yet made waits.
        let full = Settling {
            ready: set(&["a/index.html"]),
            pending: None,
        };
        assert!(full.holds("b/index.html"));
        assert!(!full.holds("a/index.html"));
        // The search index is made in the background: never held back.
        for settling in [&s, &full] {
            assert!(!settling.holds("pagefind/sv/pagefind-entry.json"));
            assert!(!settling.holds("pagefind/en/fragment/en_1.pf_fragment"));
        }
    }
}
