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
mod rebuild;
mod reload;
mod watch;

pub use http::inject;
pub use rebuild::{Incremental, Outcome, Progress};

use std::net::{IpAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::config::Overrides;
use crate::error::{Error, Result};
use crate::msg;
use crate::site::{self, Options};
use reload::Shared;
use watch::{start_watching, watch};

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
        // No watcher runs yet to tell of a newer edit.
        Outcome::Superseded => {}
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
