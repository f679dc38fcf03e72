//! `styrdok serve`: builds the site into a private folder, serves it on
//! 127.0.0.1, watches the sources, rebuilds on every change and reloads open
//! browser tabs (server-sent events). A broken edit keeps the last good site
//! on screen, with the problems in an overlay; fixing the file brings the
//! page back by itself.
//!
//! Rebuilds run the same stages as `styrdok build` (one code path). What
//! makes them incremental: each page's view carries a fingerprint, and only
//! pages whose view changed are rendered and written again.

pub mod change;
mod http;
mod indexer;

pub use http::inject;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::config::Overrides;
use crate::error::{Error, Result};
use crate::msg;
use crate::output::{self, Contents};
use crate::site::{self, Options, Report};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site root.
    pub root: PathBuf,
    /// The address to listen on (127.0.0.1 unless asked otherwise).
    pub bind: IpAddr,
    /// The port.
    pub port: u16,
    /// Print the time of each stage after every rebuild.
    pub timings: bool,
    /// The language of messages in the terminal and the browser.
    pub lang: crate::messages::Lang,
}

/// What the browser tabs are told.
#[derive(Debug, Default)]
struct State {
    /// Bumped on every rebuild, good or bad, once its edit can be seen.
    generation: u64,
    /// The problems of the last rebuild, when it failed.
    error: Option<String>,
    /// While a rebuild finishes after its edit was shown, what may still
    /// change; a request for such a file waits, so no page is ever served
    /// out of date.
    settling: Option<Settling>,
}

/// What a rebuild that has shown its edit may still change.
#[derive(Debug)]
struct Settling {
    /// The files already right (the static files, the edited sources'
    /// pages, and each file made since).
    ready: HashSet<String>,
    /// When the rebuild makes only some pages: those still to be made.
    /// Every other page is right already; generated files (data, feeds)
    /// are right once made. `None`: any file not ready may still change.
    /// The search index is never held back: it is made in the background
    /// ([`indexer`]), and served as it is until the new one is written.
    pending: Option<HashSet<String>>,
}

impl Settling {
    /// Whether the file at `rel` may still change.
    fn holds(&self, rel: &str) -> bool {
        if self.ready.contains(rel)
            || rel.split('/').next() == Some(crate::links::SEARCH_INDEX_PATH)
        {
            return false;
        }
        match &self.pending {
            None => true,
            Some(pages) => pages.contains(rel) || !rel.ends_with(".html"),
        }
    }

    /// The file at `rel` is right.
    fn made(&mut self, rel: String) {
        if let Some(pages) = self.pending.as_mut() {
            pages.remove(&rel);
        }
        self.ready.insert(rel);
    }
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

/// The development server's memory of the last good build.
#[derive(Debug)]
pub struct Incremental {
    opts: Options,
    out: PathBuf,
    /// Page file → fingerprint of its view.
    pages: HashMap<String, u64>,
    /// Static file → fingerprint of its bytes.
    statics: HashMap<String, u64>,
    /// [`site::Changes::shape`] of the last good build.
    shape: Option<u64>,
    /// The theme's fingerprint ([`crate::render::theme::Theme::digest`]) in
    /// the last good build: a page's view does not show the templates and
    /// interface strings it goes through, so an edit of them changes every
    /// page whose view stays the same.
    theme: Option<u64>,
    /// Set when a newer edit comes in: the rebuild stops once the edit it
    /// is making has been shown ([`Error::Superseded`]).
    newer: Arc<std::sync::atomic::AtomicBool>,
    /// What a rebuild stopped for a newer edit had still to make: the next
    /// rebuild makes it too.
    carry: Option<crate::links::Touched>,
    /// The language problems are told in.
    lang: crate::messages::Lang,
    /// Makes the search index in the background.
    indexer: indexer::Indexer,
    /// The fingerprint of each language's search records last handed to
    /// the indexer: only languages whose records changed are indexed again.
    search: BTreeMap<String, u64>,
}

/// What a rebuild tells while it runs.
#[derive(Debug)]
pub enum Progress {
    /// The edit can be shown: these files (the static files and the pages
    /// of the sources read anew) are right. Told once, before any other
    /// page is made, with the pages still to be made when the rebuild makes
    /// only some (`None`: any other file may still change).
    Shown(HashSet<String>, Option<HashSet<String>>),
    /// One more file is right.
    Ready(String),
}

/// What one rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// The site was updated.
    Built {
        /// Pages whose view changed, rendered and written.
        rendered: usize,
        /// Pages in all.
        pages: usize,
        /// Files removed because nothing makes them any more.
        removed: usize,
        /// Time per stage.
        timings: Vec<(&'static str, Duration)>,
    },
    /// The content has errors; the previous output is untouched.
    Failed(String),
}

impl Incremental {
    /// A server state for the site in `opts`, building into `out`.
    pub fn new(opts: Options, out: PathBuf) -> Self {
        Incremental {
            indexer: indexer::Indexer::start(out.clone()),
            search: BTreeMap::new(),
            opts,
            out,
            pages: HashMap::new(),
            statics: HashMap::new(),
            shape: None,
            theme: None,
            newer: Arc::default(),
            carry: None,
            lang: crate::messages::Lang::default(),
        }
    }

    /// The same, telling problems in `lang`.
    #[must_use]
    pub fn with_lang(mut self, lang: crate::messages::Lang) -> Self {
        self.lang = lang;
        self.indexer.set_lang(lang);
        self
    }

    /// The flag that stops a rebuild for a newer edit (see
    /// [`Error::Superseded`]).
    pub fn newer_edit(&self) -> Arc<std::sync::atomic::AtomicBool> {
        Arc::clone(&self.newer)
    }

    /// Waits until the search index is made for the last rebuild's text
    /// and written (it is made in the background, and no rebuild waits for
    /// it).
    pub fn wait_for_search(&self) {
        self.indexer.wait();
    }

    /// Rebuilds after the watcher saw `changed` (paths on disk) written,
    /// writing only what changed, telling `progress` as
    /// [`Incremental::rebuild`] does.
    pub fn rebuild_changed(
        &mut self,
        changed: Vec<PathBuf>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Outcome> {
        self.opts.changed = Some(changed);
        let outcome = self.rebuild(progress);
        self.opts.changed = None;
        outcome
    }

    /// Rebuilds, writing only what changed. Once the static files and the
    /// pages of the sources read anew are written, and before any other
    /// page, `progress` is told [`Progress::Shown`] with those files'
    /// paths; then [`Progress::Ready`] for each further file made.
    pub fn rebuild(&mut self, progress: &(dyn Fn(Progress) + Sync)) -> Result<Outcome> {
        let mut report = Report::default();
        let Some(prepared) = site::prepare(&self.opts, &mut report, false)? else {
            return Ok(Outcome::Failed(describe(
                &report,
                &self.opts.root,
                self.lang,
            )));
        };
        // While nothing but Markdown bodies changed, only the pages showing
        // those bodies can differ: the others keep their fingerprints.
        let shape = prepared.changes.shape;
        let theme = prepared.theme.digest;
        let carry = self.carry.take();
        let scope = match (&prepared.changes.touched, self.shape, carry) {
            (_, Some(last), None) if last == shape => site::Scope::Fresh,
            (_, Some(last), Some(carry)) if last == shape => site::Scope::Touched(carry),
            // Front matter of known files changed since the last good
            // build, whose pages are all here (or in `carry`), with the
            // same theme.
            (Some(touched), Some(_), carry) if self.theme == Some(theme) => {
                let mut touched = touched.clone();
                touched.extend(carry.unwrap_or_default());
                site::Scope::Touched(touched)
            }
            _ => site::Scope::All,
        };
        self.shape = None;
        // A full pass compares with the last fingerprints and starts a new
        // map; a fresh-only pass updates the last map in place (its other
        // pages stay as they are, and none goes away).
        let fresh = scope != site::Scope::All;
        let (previous, current, old_statics, statics) = if fresh {
            (
                HashMap::new(),
                std::mem::take(&mut self.pages),
                HashMap::new(),
                std::mem::take(&mut self.statics),
            )
        } else {
            let (pages, statics) = (self.pages.len(), self.statics.len());
            (
                std::mem::take(&mut self.pages),
                HashMap::with_capacity(pages),
                std::mem::take(&mut self.statics),
                HashMap::with_capacity(statics),
            )
        };
        let (current, statics) = (Mutex::new(current), Mutex::new(statics));
        let last = |map: &Mutex<HashMap<String, u64>>, old: &HashMap<String, u64>, path: &str| {
            if fresh {
                map.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(path)
                    .copied()
            } else {
                old.get(path).copied()
            }
        };
        let rendered = std::sync::atomic::AtomicUsize::new(0);
        let out = self.out.clone();
        // The files written before `fresh_done`.
        let ready = Mutex::new(Some(HashSet::new()));
        // Once the edit is shown, a newer edit stops the rebuild before
        // it writes another file.
        let go_on = || {
            let shown = ready.lock().unwrap_or_else(|e| e.into_inner()).is_none();
            if shown && self.newer.load(std::sync::atomic::Ordering::SeqCst) {
                return Err(Error::Superseded);
            }
            Ok(())
        };
        // Before the edit is shown a file joins the first ones; after it,
        // it is told on its own.
        let done = |path: &str| {
            match ready.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
                Some(ready) => {
                    ready.insert(path.to_string());
                }
                None => progress(Progress::Ready(path.to_string())),
            };
        };
        // What this rebuild is to make beyond the edited sources' pages,
        // for the next one if it is stopped.
        let reach = match &scope {
            site::Scope::Touched(t) => Some(t.clone()),
            _ => None,
        };
        let full = scope == site::Scope::All;
        // The search records, once every page and file is made: the
        // languages whose records changed are indexed in the background.
        let handed = Mutex::new(None);
        let hand = |r: &crate::render::Renderer<'_>| {
            let records = crate::publish::search::records(r);
            let hashes: BTreeMap<String, u64> = records
                .iter()
                .map(|(lang, records)| (lang.clone(), crate::digest::of(records)))
                .collect();
            if hashes == self.search {
                return;
            }
            let changed = records
                .into_iter()
                .filter(|(lang, _)| self.search.get(lang) != hashes.get(lang))
                .collect();
            let tags = hashes
                .keys()
                .map(|k| (k.clone(), r.config().tag_of(k).to_string()))
                .collect();
            self.indexer.hand(tags, changed);
            *handed.lock().unwrap_or_else(|e| e.into_inner()) = Some(hashes);
        };
        let result = site::render_pages(
            prepared,
            &self.opts,
            &mut report,
            scope,
            site::Sinks {
                files: &|path, contents| {
                    go_on()?;
                    let fp = crate::digest::bytes(&contents.bytes()?);
                    if last(&statics, &old_statics, &path) != Some(fp) {
                        output::write_file(&out, &path, contents.clone())?;
                    }
                    done(&path);
                    statics
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(path, fp);
                    Ok(())
                },
                pages: &|r, view| {
                    go_on()?;
                    let fp = crate::digest::of(&(theme, view.fingerprint()));
                    if last(&current, &previous, &view.path) != Some(fp) {
                        let page = r.render(&view)?;
                        output::write_file(&out, &page.path, Contents::Text(&page.html))?;
                        rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    done(&view.path);
                    current
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(view.path, fp);
                    Ok(())
                },
                fresh_done: &|pending| {
                    let paths = ready.lock().unwrap_or_else(|e| e.into_inner()).take();
                    progress(Progress::Shown(paths.unwrap_or_default(), pending));
                },
                go_on: &go_on,
                search: site::Search::Hand(&hand),
            },
        );
        if let Some(hashes) = handed.into_inner().unwrap_or_else(|e| e.into_inner()) {
            self.search = hashes;
        }
        let stopped = matches!(result, Err(Error::Superseded));
        let mut current = current.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut statics = statics.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = result {
            // The files not made again are as the last fingerprints say.
            for (path, fp) in previous {
                current.entry(path).or_insert(fp);
            }
            for (path, fp) in old_statics {
                statics.entry(path).or_insert(fp);
            }
            self.pages = current;
            self.statics = statics;
            // Stopped for a newer edit after a part of the site: the next
            // rebuild makes the rest of that part too (nothing, when only
            // bodies changed: their pages were made before the stop, and
            // are made again, as `site::Memo` keeps them unrendered).
            // Stopped in a full pass, the next pass is full again.
            if stopped && !full {
                self.carry = reach;
                self.shape = Some(shape);
            }
            return match e {
                // A page the theme could not make, reported in `report`.
                Error::Content(_) => Ok(Outcome::Failed(describe(
                    &report,
                    &self.opts.root,
                    self.lang,
                ))),
                e => Err(e),
            };
        }
        let mut removed = 0;
        let gone = previous
            .keys()
            .filter(|p| !current.contains_key(*p) && !statics.contains_key(*p))
            .chain(
                old_statics
                    .keys()
                    .filter(|p| !current.contains_key(*p) && !statics.contains_key(*p)),
            );
        for path in gone {
            if std::fs::remove_file(self.out.join(path)).is_ok() {
                removed += 1;
            }
        }
        let pages = current.len();
        self.pages = current;
        self.statics = statics;
        self.shape = Some(shape);
        self.theme = Some(theme);
        Ok(Outcome::Built {
            rendered: rendered.into_inner(),
            pages,
            removed,
            timings: report.timings,
        })
    }
}

/// The problems of a failed build as plain text, with source lines.
fn describe(report: &Report, root: &Path, lang: crate::messages::Lang) -> String {
    let mut text = String::new();
    for d in report.diagnostics.sorted() {
        if d.severity == crate::diag::Severity::Error {
            let source = std::fs::read_to_string(root.join(&d.span.file)).ok();
            text.push_str(&d.render(source.as_deref(), false, lang));
            text.push_str("\n\n");
        }
    }
    text
}

/// Runs the server until Ctrl-C (or SIGTERM).
pub fn serve(opts: ServeOptions) -> Result<()> {
    let lang = opts.lang;
    let root = std::path::absolute(&opts.root).unwrap_or(opts.root.clone());
    // Private: mode 0700, under a name no other user of the machine can
    // guess and make first (with the old fixed name, one could, and then
    // change the pages served). The process id is in it, to tell whose it is.
    let prefix = format!("styrdok-serve-{}-", std::process::id());
    let mut private = tempfile::Builder::new();
    private.prefix(&prefix);
    // tempfile's folders are made with 0o777 less the umask.
    #[cfg(unix)]
    private.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let folder = private
        .tempdir()
        .map_err(Error::io("create a folder in", std::env::temp_dir()))?;
    // The site is built in a folder inside: a build puts its output in
    // place by renaming a staging folder beside it (made with the usual
    // mode), which so stays inside the private one too.
    let out = folder.path().join("site");
    std::fs::create_dir(&out).map_err(Error::io("create", &out))?;
    {
        // Ctrl-C, SIGTERM and SIGHUP ("termination"): the process ends
        // without unwinding, so the folder is removed here. Set before the
        // first build, which can take a while on a large site.
        let folder = folder.path().to_path_buf();
        ctrlc::set_handler(move || {
            // A rebuild may be writing into it meanwhile: its new files
            // can make one removal fail ("not empty").
            for _ in 0..5 {
                if std::fs::remove_dir_all(&folder).is_ok() || !folder.exists() {
                    break;
                }
            }
            eprintln!("\n{}", crate::messages::tr(lang, "serve-stopped"));
            std::process::exit(0);
        })
        .map_err(|e| Error::Io {
            action: "handle Ctrl-C in",
            path: out.clone(),
            source: std::io::Error::other(e),
        })?;
    }
    let listener = TcpListener::bind((opts.bind, opts.port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            Error::PortInUse {
                address: opts.bind.to_string(),
                port: opts.port,
            }
        } else {
            Error::io("listen on", format!("{}:{}", opts.bind, opts.port))(e)
        }
    })?;
    // The port the system gave, when asked for port 0.
    let port = listener.local_addr().map_or(opts.port, |a| a.port());
    let address = http::address(opts.bind, port);
    let site_opts = Options {
        root: root.clone(),
        overrides: Overrides {
            output_dir: Some(out.clone()),
            base_url: Some(address.clone()),
        },
        force: true,
        memo: Some(Arc::new(site::Memo::default())),
        ..Options::default()
    };
    let shared = Arc::new(Shared::default());
    let mut inc = Incremental::new(site_opts, out.clone()).with_lang(opts.lang);
    let start = Instant::now();
    match inc.rebuild(&|_| {})? {
        Outcome::Built { pages, timings, .. } => {
            if opts.timings {
                eprint!("{}", site::timings_text(&timings, opts.lang));
            }
            eprintln!(
                "{}",
                msg!(
                    "serve-built",
                    pages = pages,
                    ms = format!("{}", start.elapsed().as_millis())
                )
                .text(lang)
            )
        }
        Outcome::Failed(text) => {
            eprintln!("{text}{}", crate::messages::tr(lang, "serve-has-errors"));
            shared.state.lock().unwrap_or_else(|e| e.into_inner()).error = Some(text);
        }
    }
    // Watch before serving, so no edit made once the page is up is missed.
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watching = start_watching(&root, &out, tx, inc.newer_edit())?;
    http::start(
        listener,
        http::Site {
            shared: Arc::clone(&shared),
            out: out.clone(),
            base: address.clone(),
            bind: opts.bind,
            root: root.clone(),
        },
        http::Limits::default(),
    )?;
    if !opts.bind.is_loopback() {
        eprintln!(
            "{}",
            msg!(
                "serve-not-loopback",
                bind = opts.bind.to_string(),
                port = port
            )
            .text(lang)
        );
    }
    eprintln!("{}", msg!("serve-serving", address = &address).text(lang));
    let result = watch(
        &root,
        &out,
        &rx,
        &mut watching,
        &mut inc,
        &shared,
        (opts.timings, lang),
    );
    // Removes the folder when `watch` stops (it does on an error).
    drop(folder);
    result
}

type Events = std::sync::mpsc::Receiver<notify::Result<notify::Event>>;

/// The paths of an event that the site is built from (reading a file is
/// an event too, the rebuild's own reads: only writes, creations, renames
/// and removals count).
fn sources<'a>(
    ev: &'a notify::Event,
    root: &'a Path,
    out: &'a Path,
) -> impl Iterator<Item = &'a PathBuf> {
    let access = matches!(ev.kind, notify::EventKind::Access(_));
    ev.paths
        .iter()
        .filter(move |p| !access && change::classify(p, root, out) == change::ChangeKind::Source)
}

/// The watcher, and which of [`crate::config::SOURCE_FOLDERS`] it watches.
struct Watching {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    folders: HashSet<PathBuf>,
}

impl Watching {
    /// Watches the source folders that exist and are not watched yet, such
    /// as a theme folder copied in while the server runs, so that later
    /// edits in them are seen too; forgets those that are gone (their watch
    /// went with them, and a folder made again is watched again).
    fn update(&mut self) -> Result<()> {
        use notify::{RecursiveMode, Watcher};
        for dir in crate::config::SOURCE_FOLDERS {
            let path = self.root.join(dir);
            if !path.is_dir() {
                self.folders.remove(&path);
            } else if !self.folders.contains(&path) {
                self.watcher
                    .watch(&path, RecursiveMode::Recursive)
                    .map_err(watch_failed(&path))?;
                self.folders.insert(path);
            }
        }
        Ok(())
    }
}

/// The error for a folder that could not be watched.
fn watch_failed(path: &Path) -> impl FnOnce(notify::Error) -> Error + '_ {
    move |e| Error::Io {
        action: "watch",
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    }
}

/// Watches the site's sources, sending every event to `tx` and setting
/// `newer` when one changes a source.
fn start_watching(
    root: &Path,
    out: &Path,
    tx: std::sync::mpsc::Sender<notify::Result<notify::Event>>,
    newer: Arc<std::sync::atomic::AtomicBool>,
) -> Result<Watching> {
    use notify::{RecursiveMode, Watcher};
    let (r, o) = (root.to_path_buf(), out.to_path_buf());
    let handler = move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = &res
            && sources(ev, &r, &o).next().is_some()
        {
            newer.store(true, std::sync::atomic::Ordering::SeqCst);
        }
        let _ = tx.send(res);
    };
    let mut watcher = notify::recommended_watcher(handler).map_err(watch_failed(root))?;
    // Only what the site is built from: watching the whole root would also
    // watch public/ and target/, whose many folders can exhaust the
    // system's watch limit.
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(watch_failed(root))?;
    let mut watching = Watching {
        watcher,
        root: root.to_path_buf(),
        folders: HashSet::new(),
    };
    watching.update()?;
    Ok(watching)
}

fn watch(
    root: &Path,
    out: &Path,
    rx: &Events,
    watching: &mut Watching,
    inc: &mut Incremental,
    shared: &Shared,
    (show_timings, lang): (bool, crate::messages::Lang),
) -> Result<()> {
    let relevant = |ev: &notify::Result<notify::Event>, changed: &mut HashSet<PathBuf>| match ev {
        Err(e) => eprintln!(
            "{}",
            msg!("serve-watch-failed", cause = e.to_string()).text(lang)
        ),
        Ok(ev) => changed.extend(sources(ev, root, out).cloned()),
    };
    loop {
        let Ok(first) = rx.recv() else { return Ok(()) };
        let mut changed = HashSet::new();
        relevant(&first, &mut changed);
        // Editors write a file in several steps (or by renaming): take all
        // the events of one save together.
        while let Ok(ev) = rx.recv_timeout(Duration::from_millis(15)) {
            relevant(&ev, &mut changed);
        }
        if changed.is_empty() {
            continue;
        }
        if let Err(e) = watching.update() {
            eprintln!(
                "{}",
                msg!("serve-watch-folder-failed", cause = e.message()).text(lang)
            );
        }
        let start = Instant::now();
        // The edit is shown as soon as its own pages are written: open tabs
        // reload then, and a request for a page not yet rebuilt waits.
        let shown = std::sync::atomic::AtomicBool::new(false);
        let progress = |p: Progress| {
            let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            match p {
                Progress::Shown(ready, pending) => {
                    state.generation += 1;
                    state.error = None;
                    state.settling = Some(Settling { ready, pending });
                    shown.store(true, std::sync::atomic::Ordering::SeqCst);
                }
                Progress::Ready(path) => {
                    if let Some(settling) = state.settling.as_mut() {
                        settling.made(path);
                    }
                }
            }
            drop(state);
            shared.changed.notify_all();
        };
        // Events from here on are a newer edit.
        inc.newer_edit()
            .store(false, std::sync::atomic::Ordering::SeqCst);
        let outcome = inc.rebuild_changed(changed.iter().cloned().collect(), &progress);
        let ms = start.elapsed().as_millis();
        let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(Error::Superseded) = outcome {
            // Pages not made again yet stay held back until the next
            // rebuild, which starts at once, has made them.
            eprintln!(
                "{}",
                msg!(
                    "serve-superseded",
                    files = changed.len(),
                    ms = ms.to_string()
                )
                .text(lang)
            );
            continue;
        }
        state.settling = None;
        let built = matches!(outcome, Ok(Outcome::Built { .. }));
        if !(built && shown.load(std::sync::atomic::Ordering::SeqCst)) {
            state.generation += 1;
        }
        match outcome {
            Ok(Outcome::Built {
                rendered,
                pages,
                removed,
                timings,
            }) => {
                state.error = None;
                if show_timings {
                    eprint!("{}", site::timings_text(&timings, lang));
                }
                eprintln!(
                    "{}",
                    msg!(
                        "serve-rebuilt",
                        files = changed.len(),
                        rendered = rendered,
                        pages = pages,
                        removed = removed,
                        ms = ms.to_string()
                    )
                    .text(lang)
                );
            }
            Ok(Outcome::Failed(text)) => {
                eprintln!("{text}{}", crate::messages::tr(lang, "serve-last-good"));
                state.error = Some(text);
            }
            Err(e) => {
                let text = e.message().text(lang);
                eprintln!("{}", msg!("cli-error", message = text.as_str()).text(lang));
                state.error = Some(text);
            }
        }
        drop(state);
        shared.changed.notify_all();
    }
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
