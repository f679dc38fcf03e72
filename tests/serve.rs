//! `styrdok serve` end to end: serves the site, shows an edit without a
//! manual reload (server-sent event + new page), survives a broken edit by
//! serving the last good page and reporting the problem, and stops cleanly
//! on Ctrl-C. Waits are bounded polls, not timings.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestSite;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

/// Polls until `f` holds, for at most 20 seconds.
fn eventually(what: &str, f: impl FnMut() -> bool) {
    within(Duration::from_secs(20), what, f);
}

/// Polls until `f` holds, for at most `limit`.
fn within(limit: Duration, what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for: {what}");
}

fn start(site: &TestSite) -> Server {
    let port = free_port();
    let child = Command::new(assert_cmd::cargo::cargo_bin("styrdok"))
        .env("SOURCE_DATE_EPOCH", common::EPOCH_2026)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let server = Server { child, port };
    eventually("the server answers", || {
        get(port, "/").is_some_and(|r| r.starts_with("HTTP/1.1 200"))
    });
    server
}

#[test]
fn an_edit_shows_without_a_manual_reload_and_a_broken_edit_keeps_the_last_good_page() {
    let site = TestSite::fixture("basic");
    let server = start(&site);
    let port = server.port;

    let page = get(port, "/alfa/strategi/").unwrap();
    assert!(
        page.contains("<script src=\"/__styrdok/live.js\"></script>"),
        "{page}"
    );
    assert!(
        page.contains("script-src 'self'"),
        "the page's CSP lets the reload script run"
    );
    assert!(
        get(port, "/__styrdok/live.js")
            .unwrap()
            .contains("EventSource")
    );

    // Listen for events as a browser tab does.
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__styrdok/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut read_until = |needle: &str| {
        let mut seen = String::new();
        let mut buf = [0u8; 4096];
        let start = Instant::now();
        // The whole event: the needle, then the blank line that ends it.
        let complete = |s: &str| s.find(needle).is_some_and(|i| s[i..].contains("\n\n"));
        while !complete(&seen) && start.elapsed() < Duration::from_secs(20) {
            let n = events.read(&mut buf).unwrap_or(0);
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        assert!(seen.contains(needle), "no {needle} in {seen}");
        seen
    };
    read_until("retry:");

    // A body edit.
    let path = "content/alfa/strategi.md";
    let original = std::fs::read_to_string(site.root().join(path)).unwrap();
    site.write(
        path,
        &original.replace("Text om arbete.", "Text om arbete, ändrad."),
    );
    read_until("event: reload");
    eventually("the edit is served", || {
        get(port, "/alfa/strategi/")
            .unwrap()
            .contains("Text om arbete, ändrad.")
    });

    // A front-matter edit reaches the pages that depend on it.
    site.write(
        path,
        &original.replace("Fler utrikes födda i arbete", "Fler i arbete"),
    );
    eventually("the focus-area page follows", || {
        get(port, "/fokusomraden/arbete/")
            .unwrap()
            .contains("Fler i arbete")
    });

    // A broken edit: the last good page stays, the problem is reported.
    site.write(path, &original.replace("typ: strategi", "typ: stratgi"));
    let report = read_until("event: error-report");
    assert!(report.contains("unknown document type"), "{report}");
    assert!(
        get(port, "/alfa/strategi/")
            .unwrap()
            .contains("Fler i arbete")
    );

    // Fixing it brings the page back by itself.
    site.write(path, &original);
    read_until("event: reload");
    eventually("the fixed page is served", || {
        get(port, "/alfa/strategi/")
            .unwrap()
            .contains("Fler utrikes födda i arbete")
    });

    // A new translation changes where other pages' links lead: the English
    // body linking to Beta's plan is rendered again, not taken from memory.
    assert!(
        get(port, "/en/alfa/strategi/")
            .unwrap()
            .contains("href=\"/beta/plan/\"")
    );
    site.write(
        "content/beta/plan.en.md",
        "---\ntitel: Integration plan for Beta\n---\n\nThe plan.\n",
    );
    eventually("the link follows the new translation", || {
        get(port, "/en/alfa/strategi/")
            .unwrap()
            .contains("href=\"/en/beta/plan/\"")
    });

    // An editor that saves by writing a temporary file and renaming it.
    let tmp = site.root().join("content/alfa/.strategi.md.swp");
    std::fs::write(
        &tmp,
        original.replace("Text om arbete.", "Text om arbete, omdöpt."),
    )
    .unwrap();
    std::fs::rename(&tmp, site.root().join(path)).unwrap();
    eventually("the renamed save is served", || {
        get(port, "/alfa/strategi/").unwrap().contains("omdöpt")
    });
}

#[test]
fn missing_pages_get_the_404_page_and_paths_cannot_escape() {
    let site = TestSite::fixture("basic");
    let server = start(&site);
    let r = get(server.port, "/finns/inte/").unwrap();
    assert!(r.starts_with("HTTP/1.1 404"), "{r}");
    assert!(r.contains("Sidan finns inte"));
    let r = get(server.port, "/../../etc/passwd").unwrap();
    assert!(r.starts_with("HTTP/1.1 400"), "{r}");
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let site = TestSite::fixture("basic");
    let mut server = start(&site);
    let pid = server.child.id().to_string();
    let folder = std::env::temp_dir().join(format!("styrdok-serve-{pid}"));
    assert!(folder.is_dir());
    Command::new("kill").args(["-INT", &pid]).status().unwrap();
    let status = server.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(!folder.exists(), "the served folder is removed");
}

#[test]
fn a_theme_folder_made_while_the_server_runs_is_watched_from_then_on() {
    // The fixture has no themes/ or static/ folder: a user copies the
    // theme in to change it while the preview is open.
    let site = TestSite::fixture("basic");
    assert!(!site.root().join("themes").exists() && !site.root().join("static").exists());
    let server = start(&site);
    let port = server.port;
    let base = include_str!("../themes/default/templates/base.html");
    let marked = |mark: &str| {
        base.replace(
            r#"<p class="made-with">"#,
            &format!(r#"<p class="made-with">{mark} "#),
        )
    };
    let shows = |path: &str, text: &str| get(port, path).is_some_and(|page| page.contains(text));
    site.write("themes/default/templates/base.html", &marked("first-edit"));
    eventually("the new theme folder's template is used", || {
        shows("/", "first-edit")
    });
    // An edit inside the folder made after the server started.
    site.write("themes/default/templates/base.html", &marked("second-edit"));
    eventually("an edit inside that folder is seen", || {
        shows("/", "second-edit")
    });
    // The same for static/.
    site.write("static/note.txt", "first");
    eventually("the new static file is served", || {
        shows("/note.txt", "first")
    });
    site.write("static/note.txt", "second");
    eventually("an edit inside the new static folder is seen", || {
        shows("/note.txt", "second")
    });
}

/// What a query finds in the preview's search index of `lang`, as the
/// search page asks it (`tests/a11y/query.mjs`, in Node): (address, title)
/// pairs, best first; nothing while there is no index.
fn search(port: u16, lang: &str, query: &str) -> Vec<(String, String)> {
    let run = Command::new("node")
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/query.mjs"))
        .arg(format!("http://127.0.0.1:{port}/pagefind/{lang}/"))
        .arg(query)
        .output()
        .expect("node must be installed (tests/setup.sh)");
    serde_json::from_slice(&run.stdout).unwrap_or_default()
}

/// The server's messages so far, read as they come.
fn messages(server: &mut Server) -> std::sync::Arc<std::sync::Mutex<String>> {
    use std::io::BufRead;
    let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let stderr = server.child.stderr.take().unwrap();
    let theirs = std::sync::Arc::clone(&text);
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let mut text = theirs.lock().unwrap();
            text.push_str(&line);
            text.push('\n');
        }
    });
    text
}

#[test]
fn the_preview_search_finds_each_edit_within_seconds_and_no_page_waits_for_it() {
    let site = TestSite::fixture("basic");
    let mut server = start(&site);
    let port = server.port;
    let log = messages(&mut server);
    let finds = |query: &str, want: (&str, &str)| {
        search(port, "sv", query)
            .iter()
            .any(|(url, title)| (url.as_str(), title.as_str()) == want)
    };
    within(
        Duration::from_secs(40),
        "the first index is written",
        || {
            finds(
                "integrationsplan",
                ("/beta/plan/", "Integrationsplan för Beta"),
            )
        },
    );

    // A new title: the page and the home page show it at once, the search
    // finds it seconds later.
    let plan = "content/beta/plan.md";
    let original = site.replace(
        plan,
        "titel: Integrationsplan för Beta",
        "titel: Zebraplanen för Beta",
    );
    eventually("the page shows the new title", || {
        get(port, "/beta/plan/")
            .unwrap()
            .contains("Zebraplanen för Beta")
    });
    eventually("the home page shows it", || {
        get(port, "/").unwrap().contains("Zebraplanen för Beta")
    });
    // (About 0.1 s in a release build; the debug build's Pagefind, on a
    // machine busy with other tests, can take many times that.)
    within(
        Duration::from_secs(40),
        "the search finds the new title",
        || finds("zebraplanen", ("/beta/plan/", "Zebraplanen för Beta")),
    );
    // The rebuild was over, every page made, before the index was written:
    // no page waited for it.
    eventually("the index is reported after the rebuild", || {
        let log = log.lock().unwrap();
        log.rfind("file(s) changed")
            .is_some_and(|rebuilt| log[rebuilt..].contains("search index updated ("))
    });

    // A body edit reaches the search too.
    site.write(
        plan,
        &original.replace("Planen gäller Beta.", "Planen gäller Beta och Kvastby."),
    );
    within(
        Duration::from_secs(40),
        "the search finds the new word",
        || finds("kvastby", ("/beta/plan/", "Integrationsplan för Beta")),
    );
    assert!(
        search(port, "sv", "zebraplanen").is_empty(),
        "the old title is gone from the index"
    );
}
