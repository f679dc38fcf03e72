//! `styrdok serve` end to end: serves the site, shows an edit without a
//! manual reload (server-sent event + new page), survives a broken edit by
//! serving the last good page and reporting the problem, and stops cleanly
//! on Ctrl-C. Waits are bounded polls, not timings.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Server, TestSite};

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
    start_with(site, &[])
}

/// Starts the server with more options (`--bind`, say).
fn start_with(site: &TestSite, options: &[&str]) -> Server {
    let port = free_port();
    let child = Command::new(assert_cmd::cargo::cargo_bin("styrdok"))
        .env("SOURCE_DATE_EPOCH", common::EPOCH_2026)
        .env("LANG", "en_US.UTF-8")
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.root())
        .args(options)
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

/// The server's private build folder, found by its name
/// (`styrdok-serve-<pid>-<random>`).
fn private_folder(server: &Server) -> std::path::PathBuf {
    let prefix = format!("styrdok-serve-{}-", server.child.id());
    let found: Vec<_> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path())
        .collect();
    assert_eq!(found.len(), 1, "one folder named {prefix}…: {found:?}");
    found[0].clone()
}

/// Sends `request` as it is and reads the answer until the server closes
/// the connection (or 10 seconds pass).
fn send(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of the header `name` in a raw response, if there.
fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// A line of the process's /proc status (`VmRSS`, `Threads`), as a number.
fn proc_status(server: &Server, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| panic!("no {key} in {status}"))
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
    let folder = private_folder(&server);
    assert!(folder.is_dir());
    stops_cleanly_on(&mut server, "-INT", &pid, &folder);
}

/// Sends `signal` to the server; it stops with success and without its
/// private `folder`.
fn stops_cleanly_on(server: &mut Server, signal: &str, pid: &str, folder: &std::path::Path) {
    Command::new("kill").args([signal, pid]).status().unwrap();
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

#[test]
fn the_private_folder_is_private_and_removed_on_sigterm() {
    use std::os::unix::fs::PermissionsExt;
    let site = TestSite::fixture("basic");
    let mut server = start(&site);
    let folder = private_folder(&server);
    let pid = server.child.id().to_string();
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.len() > format!("styrdok-serve-{pid}-").len(),
        "a name no one can guess: {name}"
    );
    let mode = std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "only its owner can enter: {mode:o}");
    stops_cleanly_on(&mut server, "-TERM", &pid, &folder);
}

#[test]
fn large_and_slow_headers_are_cut_off() {
    let site = TestSite::fixture("basic");
    let server = start(&site);
    let port = server.port;
    let big = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    // The first search index is made in the background after start, and
    // takes memory of its own: measure once it is written (its entry file
    // comes last).
    // (40 s, as for the search test: a debug Pagefind on a busy machine.)
    within(
        Duration::from_secs(40),
        "the first search index is written",
        || {
            get(port, "/pagefind/sv/pagefind-entry.json")
                .is_some_and(|r| r.starts_with("HTTP/1.1 200"))
        },
    );
    let before = proc_status(&server, "VmRSS");
    for _ in 0..20 {
        let started = Instant::now();
        // The server may close before it has read all of it.
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let _ = s.write_all(big.as_bytes());
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
            "{answer}"
        );
        assert!(started.elapsed() < Duration::from_secs(3));
    }
    let grown = proc_status(&server, "VmRSS").saturating_sub(before);
    assert!(
        grown < 8 * 1024,
        "20 MB of headers sent, memory grew by {grown} KB"
    );

    // A client that sends a byte a second is cut off once the time for
    // the headers (5 seconds) is up, however long it would go on.
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        .unwrap();
    let started = Instant::now();
    let cut = loop {
        std::thread::sleep(Duration::from_secs(1));
        if s.write_all(b"X").is_err() || started.elapsed() > Duration::from_secs(15) {
            break started.elapsed();
        }
    };
    assert!(cut < Duration::from_secs(9), "still open after {cut:?}");
    assert!(get(port, "/").unwrap().starts_with("HTTP/1.1 200"));
}

#[test]
fn a_client_that_stops_reading_is_cut_off() {
    const SIZE: usize = 32 << 20;
    let site = TestSite::fixture("basic");
    // More than the two sockets' buffers hold, so the server must wait
    // for the client to read.
    site.write("static/big.txt", &"a".repeat(SIZE));
    let server = start(&site);
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.write_all(b"GET /big.txt HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    // The write timeout is 10 seconds without a byte taken.
    std::thread::sleep(Duration::from_secs(14));
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut got = Vec::new();
    let read = s.read_to_end(&mut got);
    // What was sent before the cut arrives, then the end: never the
    // whole file, which would mean the server waited until read.
    assert!(
        got.len() < SIZE,
        "the whole file came after 14 s: the server never gave up"
    );
    assert!(
        read.is_ok()
            || read
                .as_ref()
                .is_err_and(|e| e.kind() == std::io::ErrorKind::ConnectionReset),
        "{read:?}: the connection is still open"
    );
    assert!(get(server.port, "/").unwrap().starts_with("HTTP/1.1 200"));
}

#[test]
fn connections_over_the_limit_are_turned_away_without_a_thread_each() {
    let site = TestSite::fixture("basic");
    let server = start(&site);
    let port = server.port;
    let idle: Vec<TcpStream> = (0..64)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    let answer = send(port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    let threads = proc_status(&server, "Threads");
    assert!(threads < 32, "{threads} threads for 64 idle connections");
    // The idle ones are closed when their time for headers is up; then
    // the server answers again.
    eventually("the server answers again", || {
        get(port, "/").is_some_and(|r| r.starts_with("HTTP/1.1 200"))
    });
    drop(idle);
}

#[test]
fn files_have_their_types_validators_and_no_body_for_head() {
    let site = TestSite::fixture("basic");
    for name in ["a.txt", "a.mjs", "a.wasm", "a.woff2", "a.webp", "a.ico"] {
        site.write(&format!("static/{name}"), "x");
    }
    let server = start(&site);
    let port = server.port;
    for (name, kind) in [
        ("a.txt", "text/plain; charset=utf-8"),
        ("a.mjs", "text/javascript; charset=utf-8"),
        ("a.wasm", "application/wasm"),
        ("a.woff2", "font/woff2"),
        ("a.webp", "image/webp"),
        ("a.ico", "image/x-icon"),
    ] {
        let r = get(port, &format!("/{name}")).unwrap();
        assert_eq!(header(&r, "content-type"), Some(kind), "{r}");
        assert_eq!(header(&r, "x-content-type-options"), Some("nosniff"));
    }

    let page = get(port, "/alfa/strategi/").unwrap();
    let length = header(&page, "content-length").unwrap().to_string();
    let etag = header(&page, "etag").unwrap().to_string();
    let head = send(
        port,
        b"HEAD /alfa/strategi/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(header(&head, "content-length"), Some(length.as_str()));
    assert!(head.ends_with("\r\n\r\n"), "no body: {head}");

    let again = |etag: &str| {
        send(
            port,
            format!(
                "GET /alfa/strategi/ HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: {etag}\r\n\r\n"
            )
            .as_bytes(),
        )
    };
    let unchanged = again(&etag);
    assert!(unchanged.starts_with("HTTP/1.1 304"), "{unchanged}");
    assert!(unchanged.ends_with("\r\n\r\n"), "no body: {unchanged}");
    assert!(again("\"other\"").starts_with("HTTP/1.1 200"));
    // The same for a static file.
    let text = get(port, "/a.txt").unwrap();
    let tag = header(&text, "etag").unwrap();
    let r = send(
        port,
        format!("GET /a.txt HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: {tag}\r\n\r\n")
            .as_bytes(),
    );
    assert!(r.starts_with("HTTP/1.1 304"), "{r}");
    // An edit changes the tag.
    site.write("static/a.txt", "y");
    eventually("the edited file has a new tag", || {
        get(port, "/a.txt").is_some_and(|r| r.ends_with("y") && header(&r, "etag") != Some(tag))
    });
}

#[test]
fn redirects_stay_on_the_site_and_cannot_split_headers() {
    let site = TestSite::fixture("basic");
    // A line break in a folder's name is refused by the build itself
    // (tests/names.rs); a name with a space and å is allowed, and its
    // redirect is percent-encoded.
    site.write("static/ny rad å/index.html", "<p>x</p>");
    let server = start(&site);
    let port = server.port;
    let r = get(port, "//alfa").unwrap();
    assert!(r.starts_with("HTTP/1.1 301"), "{r}");
    assert_eq!(header(&r, "location"), Some("/alfa/"));
    let r = get(port, "/ny%20rad%20%C3%A5").unwrap();
    assert!(r.starts_with("HTTP/1.1 301"), "{r}");
    assert_eq!(header(&r, "location"), Some("/ny%20rad%20%C3%A5/"), "{r}");
    assert!(
        get(port, "/ny%20rad%20%C3%A5/")
            .unwrap()
            .starts_with("HTTP/1.1 200")
    );
    // A line break asked for in the address never becomes a header.
    let r = get(port, "/alfa%0D%0ASet-Cookie:%20a=b").unwrap();
    assert_eq!(header(&r, "set-cookie"), None, "{r}");
}

#[test]
fn a_request_for_another_host_is_refused() {
    let site = TestSite::fixture("basic");
    let server = start(&site);
    let port = server.port;
    let with_host = |host: &str| {
        send(
            port,
            format!("GET /alfa/strategi/ HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes(),
        )
    };
    // A page elsewhere whose name was made to point at 127.0.0.1.
    for host in [
        format!("rebind.example:{port}"),
        format!("192.0.2.7:{port}"),
    ] {
        let r = with_host(&host);
        assert!(r.starts_with("HTTP/1.1 403"), "{host}: {r}");
        assert!(!r.contains("Text om arbete"));
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert!(with_host(&host).starts_with("HTTP/1.1 200"), "{host}");
    }
}

#[test]
fn bound_to_all_addresses_it_warns_and_links_follow_the_address_used() {
    use std::io::BufRead;
    let site = TestSite::fixture("basic");
    let mut server = start_with(&site, &["--bind", "0.0.0.0"]);
    let port = server.port;
    // Kept open to the end: the server writes to it.
    let mut stderr = std::io::BufReader::new(server.child.stderr.take().unwrap());
    let said: Vec<String> = stderr
        .by_ref()
        .lines()
        .map_while(Result::ok)
        .take_while(|l| !l.starts_with("Serving"))
        .collect();
    assert!(
        said.iter()
            .any(|l| l.starts_with("warning:") && l.contains("drafts")),
        "{said:?}"
    );
    // Another machine opens it at this one's address (192.0.2.7 stands
    // for it; nothing is sent there, it is only named in Host).
    let r = send(
        port,
        format!("GET /alfa/strategi/ HTTP/1.1\r\nHost: 192.0.2.7:{port}\r\n\r\n").as_bytes(),
    );
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    assert!(
        r.contains(&format!("href=\"http://192.0.2.7:{port}/alfa/strategi/\"")),
        "the canonical link works from there: {r}"
    );
    assert!(!r.contains("0.0.0.0"));
    // A name is still refused.
    let r = send(
        port,
        format!("GET / HTTP/1.1\r\nHost: rebind.example:{port}\r\n\r\n").as_bytes(),
    );
    assert!(r.starts_with("HTTP/1.1 403"), "{r}");
    drop(stderr);
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
