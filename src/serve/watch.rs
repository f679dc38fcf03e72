//! The watcher: which file events are edits of the site's sources, which
//! source folders are watched, and the loop that rebuilds on each edit and
//! tells open tabs.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::change;
use super::rebuild::{Incremental, Outcome, Progress};
use super::reload::{Settling, Shared};
use crate::error::{Error, Result};
use crate::msg;
use crate::site;

type Events = std::sync::mpsc::Receiver<notify::Result<notify::Event>>;

/// The paths of an event that the site is built from (reading a file is
/// an event too, the rebuild's own reads: only writes, creations, renames
/// and removals count).
pub(super) fn sources<'a>(
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
pub(super) struct Watching {
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
pub(super) fn watch_failed(path: &Path) -> impl FnOnce(notify::Error) -> Error + '_ {
    move |e| Error::Io {
        action: "watch",
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    }
}

/// Watches the site's sources, sending every event to `tx` and setting
/// `newer` when one changes a source.
pub(super) fn start_watching(
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

pub(super) fn watch(
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
        if let Ok(Outcome::Superseded) = outcome {
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
            // Told above: the next rebuild goes on with the newer edit.
            Ok(Outcome::Superseded) => {}
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
