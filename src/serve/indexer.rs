//! The development server's search indexer: a thread of its own that makes
//! the Pagefind index of each language whose records changed and writes it
//! into the served folder, while the rebuilds go on without it. Indexing
//! takes seconds (about 3 s at 1,000 documents, 30 s at 10,000); no page
//! waits for it, and the search page finds the old text until it is done.
//!
//! The newest request wins: records handed while the thread is idle are
//! indexed at once; records handed while it indexes replace, language by
//! language, those still waiting, and are indexed next. An index already
//! being made for older records is finished and written (Pagefind cannot
//! be stopped half-way, and abandoning it could keep the search from ever
//! catching up while someone types): the search is at most one index
//! behind.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use crate::error::{Error, Result};
use crate::lang::Lang as SiteLang;
use crate::messages::Lang;
use crate::msg;
use crate::publish::search::{self, Record};

/// The indexer thread, and what it is asked to do.
#[derive(Debug)]
pub struct Indexer {
    shared: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

#[derive(Debug, Default)]
struct Queue {
    /// The newest request not yet taken by the thread.
    next: Option<Request>,
    /// The thread is making an index.
    busy: bool,
    /// The server is done with the indexer.
    stop: bool,
    /// The language of its lines in the terminal.
    lang: Lang,
}

/// What to index.
#[derive(Debug, Default)]
struct Request {
    /// The languages that have an index: the others' bundles go.
    langs: BTreeSet<SiteLang>,
    /// The languages to index, with their records.
    records: BTreeMap<SiteLang, Vec<Record>>,
}

impl Indexer {
    /// Starts the thread, which writes the indexes under `out`. Without
    /// it (the system would not start one), the preview's search stays as
    /// it is, and says so once.
    pub fn start(out: PathBuf) -> Self {
        let shared = Arc::new(Shared::default());
        let theirs = Arc::clone(&shared);
        let started = std::thread::Builder::new()
            .name("search index".into())
            .spawn(move || run(&theirs, &out));
        if let Err(e) = started {
            // The site's language is not known yet: the environment's.
            let lang = Lang::choose(None, None);
            eprintln!(
                "{}",
                msg!("serve-index-not-started", cause = e.to_string()).text(lang)
            );
            shared.queue.lock().unwrap_or_else(|e| e.into_inner()).stop = true;
        }
        Indexer { shared }
    }

    /// Asks for the indexes of `records` (the languages whose records
    /// changed), and for the bundles of languages not in `langs` to go.
    pub fn hand(&self, langs: BTreeSet<SiteLang>, records: search::Records) {
        let mut queue = self.lock();
        let request = queue.next.get_or_insert_with(Request::default);
        request.langs = langs;
        request.records.extend(records);
        drop(queue);
        self.shared.changed.notify_all();
    }

    /// Tells the indexer's lines in `lang` from now on.
    pub fn set_lang(&self, lang: Lang) {
        self.lock().lang = lang;
    }

    /// Waits until every request handed so far is indexed and written.
    pub fn wait(&self) {
        let queue = self.lock();
        let _idle = self
            .shared
            .changed
            .wait_while(queue, |q| q.busy || (q.next.is_some() && !q.stop))
            .unwrap_or_else(|e| e.into_inner());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.shared.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Indexer {
    /// Lets the thread end once its current index is written (it is not
    /// waited for).
    fn drop(&mut self) {
        self.lock().stop = true;
        self.shared.changed.notify_all();
    }
}

/// The thread: takes one request after another and writes what it makes.
fn run(shared: &Shared, out: &Path) {
    // Indexing shares the machine with the rebuilds, which must not wait
    // for it: its own low-priority threads, so Pagefind's parallel work
    // does not queue in the rebuild's rayon pool either.
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("search index {i}"))
        .start_handler(|_| lower_priority())
        .build();
    lower_priority();
    let mut written = Written::default();
    loop {
        let queue = shared.queue.lock().unwrap_or_else(|e| e.into_inner());
        let mut queue = shared
            .changed
            .wait_while(queue, |q| q.next.is_none() && !q.stop)
            .unwrap_or_else(|e| e.into_inner());
        if queue.stop {
            return;
        }
        let Some(request) = queue.next.take() else {
            continue;
        };
        queue.busy = true;
        let lang = queue.lang;
        drop(queue);
        let start = Instant::now();
        let langs: Vec<String> = request.records.keys().map(|l| l.to_string()).collect();
        let result = match &pool {
            Ok(pool) => pool.install(|| written.apply(out, request)),
            Err(e) => Err(Error::Search(
                msg!("serve-indexer-not-started", cause = e.to_string()).text(lang),
            )),
        };
        match result {
            Ok(()) if langs.is_empty() => {}
            Ok(()) => eprintln!(
                "{}",
                msg!(
                    "serve-index-updated",
                    langs = langs.join(", "),
                    ms = start.elapsed().as_millis().to_string()
                )
                .text(lang)
            ),
            Err(e) => eprintln!(
                "{}",
                msg!("serve-index-failed", cause = e.message()).text(lang)
            ),
        }
        shared.queue.lock().unwrap_or_else(|e| e.into_inner()).busy = false;
        shared.changed.notify_all();
    }
}

/// Lowers the calling thread's scheduling priority (on Linux the nice
/// value is a thread's own; threads it starts inherit it). Nice 10: beside
/// a rebuild (nice 0) the indexer gets about a tenth of the processor, and
/// it is not starved by the other programs of a busy machine, as at 19.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its arguments; `who` 0 is the calling
    // thread on Linux.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// The files of each language's bundle in the served folder.
#[derive(Debug, Default)]
struct Written(BTreeMap<String, BTreeSet<String>>);

impl Written {
    /// Indexes and writes the languages of `request`, and removes the
    /// bundles of languages that no longer have one.
    fn apply(&mut self, out: &Path, request: Request) -> Result<()> {
        let gone: Vec<String> = self
            .0
            .keys()
            .filter(|l| !request.langs.contains(l.as_str()))
            .cloned()
            .collect();
        for lang in gone {
            let files = self.0.remove(&lang).unwrap_or_default();
            remove(out, &files, &BTreeSet::new())?;
        }
        for (lang, records) in request.records {
            if !request.langs.contains(&lang) {
                continue;
            }
            // One shard at a time, in this low-priority pool, beside the
            // rebuilds.
            let new = write(out, search::index(&lang, records, 1)?)?;
            let old = self
                .0
                .insert(lang.to_string(), new.clone())
                .unwrap_or_default();
            remove(out, &old, &new)?;
        }
        Ok(())
    }
}

/// Writes a bundle's files, each in one step (a reader sees the old file or
/// the new, never a part), its entry file last: that is the one the search
/// page reads first, and it names the others. Gives the files' paths.
fn write(out: &Path, bundle: search::Bundle) -> Result<BTreeSet<String>> {
    let (entry, rest): (Vec<_>, Vec<_>) = bundle
        .into_iter()
        .partition(|(path, _)| path.ends_with("/pagefind-entry.json"));
    let mut paths = BTreeSet::new();
    for (rel, bytes) in rest.into_iter().chain(entry) {
        let tmp = format!("{rel}.new");
        crate::output::write_file(out, &tmp, crate::output::Contents::Owned(bytes))?;
        let path = out.join(&rel);
        std::fs::rename(out.join(&tmp), &path).map_err(Error::io("move into place", &path))?;
        paths.insert(rel);
    }
    Ok(paths)
}

/// Removes the files of `old` that `new` does not have, and the folders
/// that leaves empty.
fn remove(out: &Path, old: &BTreeSet<String>, new: &BTreeSet<String>) -> Result<()> {
    let mut folders = BTreeSet::new();
    for rel in old.difference(new) {
        let path = out.join(rel);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io("remove", &path)(e));
            }
            _ => {}
        }
        folders.extend(
            path.ancestors()
                .skip(1)
                .take_while(|a| a != &out)
                .map(Path::to_path_buf),
        );
    }
    // Deepest first; a folder that still holds files stays.
    for folder in folders.iter().rev() {
        let _ = std::fs::remove_dir(folder);
    }
    Ok(())
}
