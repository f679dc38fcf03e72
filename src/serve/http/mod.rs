//! The preview's HTTP side, on hyper: it answers only `GET` and `HEAD`,
//! only to a `Host` that names this machine (so a web page whose name
//! is made to point at 127.0.0.1, DNS rebinding, cannot read drafts), with
//! the request line and headers bounded in size and in time, and at most
//! [`Limits::connections`] connections at once. It serves the private
//! build folder, holds back a file a rebuild is still making, puts the
//! live-reload script into pages, and streams the server-sent events that
//! tell open tabs to reload.
//!
//! Here: the limits, the connections and the routing; the site's files are
//! in `files`, the editor's in `editor`, live reload in `live`.

use std::convert::Infallible;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::channel::Channel;
use http_body_util::{Either, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};

use super::Shared;
use crate::error::{Error, Result};

mod editor;
mod files;
mod live;

use editor::{admin, api};
use files::serve_file;
pub use live::inject;
use live::{LIVE_CSS, LIVE_JS, events};

/// A response's body: a whole file, or the events of a live-reload stream.
type Body = Either<Full<Bytes>, Channel<Bytes>>;

/// How much one client may take of the server.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    /// Connections served at once; one more is answered 503 and closed.
    /// Each may hold a thread (a file being read, or a tab's events).
    pub connections: usize,
    /// The time a client has for a request's line and headers, counted
    /// from when the server starts waiting for them, however slowly the
    /// bytes come.
    pub header_timeout: Duration,
    /// The largest request line and headers together, in bytes (431
    /// beyond); also the most a connection buffers of what it is sent.
    pub header_bytes: usize,
    /// How long a response may wait for the client to take any of it:
    /// one that stops reading is closed and gives its slot back.
    pub write_timeout: Duration,
}

impl Default for Limits {
    /// A browser opens at most 6 connections to one host (one per open
    /// tab's event stream among them); 64 leave room for several browsers
    /// and devices. Browsers send their headers at once, and local
    /// cookies of other development servers rarely pass a few KiB: 32 KiB
    /// is what nginx allows by default. A browser reads what it is sent
    /// as it comes, even in a background tab; ten seconds without taking
    /// a byte means it has gone (a laptop put to sleep, say), and a tab
    /// that comes back opens its event stream again by itself.
    fn default() -> Self {
        Limits {
            connections: 64,
            header_timeout: Duration::from_secs(5),
            header_bytes: 32 * 1024,
            write_timeout: Duration::from_secs(10),
        }
    }
}

/// What is served, and to whom.
#[derive(Debug)]
pub(super) struct Site {
    /// The rebuilds' state (what is still being made, the last problems).
    pub shared: Arc<Shared>,
    /// The private build folder.
    pub out: PathBuf,
    /// The address the pages were built for (their `base_url`): absolute
    /// links to it are rewritten to the address the browser used.
    pub base: String,
    /// The address listened on.
    pub bind: IpAddr,
    /// The site root, for the editor at `/admin/` and its local backend.
    pub root: PathBuf,
}

/// The largest request the editor's local backend takes: a document, or
/// a picture in base64.
const API_BYTES: usize = 32 * 1024 * 1024;

/// The address to open the preview at (and to build the pages for): the
/// bound address, or the loopback one when bound to all addresses (which
/// no browser can open).
pub(super) fn address(bind: IpAddr, port: u16) -> String {
    match bind {
        IpAddr::V4(a) if a.is_unspecified() => format!("http://127.0.0.1:{port}"),
        IpAddr::V6(a) if a.is_unspecified() => format!("http://[::1]:{port}"),
        IpAddr::V4(a) => format!("http://{a}:{port}"),
        IpAddr::V6(a) => format!("http://[{a}]:{port}"),
    }
}

/// Serves `listener` from a thread of its own, until the process ends.
pub(super) fn start(listener: std::net::TcpListener, site: Site, limits: Limits) -> Result<()> {
    let failed = |e: std::io::Error| Error::Io {
        action: "listen on",
        path: PathBuf::from(&site.base),
        source: e,
    };
    // One thread drives every connection; a file read (which may wait for
    // a rebuild) or a tab's event stream takes a blocking thread, at most
    // one per connection.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .max_blocking_threads(limits.connections)
        .build()
        .map_err(failed)?;
    listener.set_nonblocking(true).map_err(failed)?;
    let listener = {
        let _inside = runtime.enter();
        tokio::net::TcpListener::from_std(listener).map_err(failed)?
    };
    let site = Arc::new(site);
    std::thread::spawn(move || runtime.block_on(accept(listener, site, limits)));
    Ok(())
}

/// Takes connections, each within a slot of [`Limits::connections`].
async fn accept(listener: tokio::net::TcpListener, site: Arc<Site>, limits: Limits) {
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.connections));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.header_bytes)
        .max_buf_size(limits.header_bytes.max(8192))
        // Each response closes its connection, as a browser expects when
        // told so: on this machine a new connection costs microseconds,
        // and an idle kept-alive one would hold a slot.
        .keep_alive(false);
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, say: wait for some to close rather
            // than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let mut stream = tokio_io_timeout::TimeoutStream::new(stream);
        stream.set_write_timeout(Some(limits.write_timeout));
        let io = TokioIo::new(Box::pin(stream));
        match Arc::clone(&slots).try_acquire_owned() {
            Ok(slot) => {
                let site = Arc::clone(&site);
                let conn = http.serve_connection(
                    io,
                    hyper::service::service_fn(move |req| {
                        let site = Arc::clone(&site);
                        async move { Ok::<_, Infallible>(handle(req, site).await) }
                    }),
                );
                tokio::spawn(async move {
                    let _ = conn.await;
                    drop(slot);
                });
            }
            // Over the limit: told so and closed, within the header
            // timeout (so these cannot pile up either).
            Err(_) => {
                let conn = http.serve_connection(
                    io,
                    hyper::service::service_fn(|_| async {
                        Ok::<_, Infallible>(plain(
                            StatusCode::SERVICE_UNAVAILABLE,
                            "too many connections to the preview; try again in a moment\n",
                        ))
                    }),
                );
                tokio::spawn(tokio::time::timeout(limits.header_timeout, conn));
            }
        }
    }
}

async fn handle(req: Request<Incoming>, site: Arc<Site>) -> Response<Body> {
    // The host a request names: in its target when absolute, else in Host.
    let named = match req.uri().authority() {
        Some(authority) => Some(authority.as_str()),
        None => req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok()),
    };
    let host = match named {
        Some(host) if host_allowed(host, site.bind) => Some(host.to_ascii_lowercase()),
        None if !req.headers().contains_key(header::HOST) => None,
        _ => {
            return plain(
                StatusCode::FORBIDDEN,
                "styrdok serve answers only requests for this machine's own address (localhost, 127.0.0.1, [::1] or the address it listens on)\n",
            );
        }
    };
    if req.method() == Method::POST && req.uri().path() == "/api/v1" {
        return api(req, host, site).await;
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let path = crate::address::decode(req.uri().path()).into_owned();
    let answer = match path.as_str() {
        "/__styrdok/live.js" => Answer::File {
            status: StatusCode::OK,
            kind: "text/javascript; charset=utf-8".into(),
            body: Bytes::from_static(LIVE_JS.as_bytes()),
        },
        "/__styrdok/live.css" => Answer::File {
            status: StatusCode::OK,
            kind: "text/css; charset=utf-8".into(),
            body: Bytes::from_static(LIVE_CSS.as_bytes()),
        },
        "/__styrdok/events" => return events(Arc::clone(&site.shared)),
        "/admin" => Answer::Redirect("/admin/".into()),
        p if p.starts_with("/admin/") => {
            tokio::task::spawn_blocking(move || admin(&site, &path, host.as_deref()))
                .await
                .unwrap_or(Answer::Plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the editor could not be made\n",
                ))
        }
        _ => tokio::task::spawn_blocking(move || serve_file(&site, &path, host.as_deref()))
            .await
            .unwrap_or(Answer::Plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the file could not be read\n",
            )),
    };
    respond(answer, &req)
}

/// Whether a request naming `host` (a Host header's value) is for this
/// server: `localhost` or a loopback address, the address listened on,
/// or, when listening on all addresses, any IP address. A name is
/// refused: a page from elsewhere whose name was made to point here
/// (DNS rebinding) sends its own name. Any port is allowed, as a
/// forwarded port (`ssh -L 8080:localhost:1111`) arrives with its own.
fn host_allowed(host: &str, bind: IpAddr) -> bool {
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => {
            let Some((name, after)) = rest.split_once(']') else {
                return false;
            };
            match after.strip_prefix(':') {
                Some(port) => (name, Some(port)),
                None if after.is_empty() => (name, None),
                None => return false,
            }
        }
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        },
    };
    if port.is_some_and(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let is_v6 = host.starts_with('[');
    match name.parse::<IpAddr>() {
        Ok(ip) if ip.is_ipv6() == is_v6 => ip.is_loopback() || ip == bind || bind.is_unspecified(),
        _ => false,
    }
}

/// What a request for a file gets.
enum Answer {
    /// A file's contents (or the 404 page's).
    File {
        status: StatusCode,
        kind: String,
        body: Bytes,
    },
    /// A folder asked for without its trailing slash: to this path.
    Redirect(String),
    /// A short message.
    Plain(StatusCode, &'static str),
}

/// The response for `answer` to `req`. Files carry an ETag (a hash of
/// the bytes sent, so a page's live-reload script and rewritten links are
/// in it) and `Cache-Control: no-cache`: the browser keeps a copy but asks
/// each time, and an unchanged file is answered 304 without its bytes,
/// while an edit is always seen.
fn respond(answer: Answer, req: &Request<Incoming>) -> Response<Body> {
    match answer {
        Answer::File {
            status: StatusCode::OK,
            kind,
            body,
        } => {
            let etag = format!("\"{:016x}\"", crate::digest::bytes(&body));
            let unchanged = req
                .headers()
                .get_all(header::IF_NONE_MATCH)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .any(|v| etag_matches(v, &etag));
            let (status, body) = if unchanged {
                (StatusCode::NOT_MODIFIED, Bytes::new())
            } else {
                (StatusCode::OK, body)
            };
            let mut r = response(status, &kind, "no-cache", body);
            if let Ok(v) = HeaderValue::from_str(&etag) {
                r.headers_mut().insert(header::ETAG, v);
            }
            r
        }
        Answer::File { status, kind, body } => response(status, &kind, "no-store", body),
        Answer::Redirect(to) => {
            let mut r = plain(StatusCode::MOVED_PERMANENTLY, "");
            // `to` is percent-encoded: no byte of it can end the header.
            if let Ok(v) = HeaderValue::from_str(&to) {
                r.headers_mut().insert(header::LOCATION, v);
            }
            r
        }
        Answer::Plain(status, text) => plain(status, text),
    }
}

/// Whether an If-None-Match value (`*`, or a list of tags) names `etag`
/// (the weak comparison, which RFC 9110 asks for here).
fn etag_matches(value: &str, etag: &str) -> bool {
    value.trim() == "*"
        || value
            .split(',')
            .map(|tag| tag.trim())
            .any(|tag| tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

/// A plain-text response that no cache keeps.
fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    response(
        status,
        "text/plain; charset=utf-8",
        "no-store",
        Bytes::from_static(text.as_bytes()),
    )
}

fn response(status: StatusCode, kind: &str, cache: &'static str, body: Bytes) -> Response<Body> {
    let mut r = Response::new(Either::Left(Full::new(body)));
    *r.status_mut() = status;
    let headers = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(kind) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::files::{content_type, text_like};
    use super::*;

    #[test]
    fn injection_relaxes_only_what_it_needs() {
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\"></head><body></body>";
        let out = inject(html);
        assert!(
            out.contains(
                "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'"
            ),
            "{out}"
        );
        assert!(out.contains("<script src=\"/__styrdok/live.js\"></script>\n</body>"));
    }

    #[test]
    fn decodes_and_encodes_percent_escapes() {
        use crate::address::{decode as percent_decode, encode as percent_encode};
        assert_eq!(percent_decode("/a%20b/%C3%A5/"), "/a b/å/");
        assert_eq!(percent_decode("/100%"), "/100%");
        assert_eq!(percent_encode("a b/å\r\n"), "a%20b/%C3%A5%0D%0A");
        let path = "/vå rg/ärda\n";
        assert_eq!(percent_decode(&percent_encode(path)), path);
    }

    #[test]
    fn types_come_from_the_extension() {
        let kind = |name: &str| content_type(Path::new(name));
        assert_eq!(kind("a.html"), "text/html; charset=utf-8");
        assert_eq!(kind("a.txt"), "text/plain; charset=utf-8");
        assert_eq!(kind("a.js"), "text/javascript; charset=utf-8");
        assert_eq!(kind("a.mjs"), "text/javascript; charset=utf-8");
        assert_eq!(kind("a.wasm"), "application/wasm");
        assert_eq!(kind("a.woff2"), "font/woff2");
        assert_eq!(kind("a.webp"), "image/webp");
        assert_eq!(kind("a.ico"), "image/x-icon");
        assert_eq!(kind("a.json"), "application/json");
        assert_eq!(kind("a"), "application/octet-stream");
        assert!(text_like(&kind("feed.xml")) && text_like(&kind("robots.txt")));
        assert!(!text_like(&kind("a.png")));
    }

    #[test]
    fn only_this_machines_addresses_are_served() {
        let local: IpAddr = "127.0.0.1".parse().unwrap();
        let all: IpAddr = "0.0.0.0".parse().unwrap();
        let lan: IpAddr = "192.0.2.7".parse().unwrap();
        for host in [
            "localhost",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:8080",
            "[::1]:1111",
            "[::1]",
        ] {
            assert!(host_allowed(host, local), "{host}");
        }
        for host in [
            "evil.example:1111",
            "localhost.evil.example",
            "192.0.2.7:1111",
            "127.0.0.1:",
            "127.0.0.1:80x",
            "[::1",
            "::1",
            "[127.0.0.1]",
            "",
        ] {
            assert!(!host_allowed(host, local), "{host}");
        }
        assert!(host_allowed("192.0.2.7:1111", lan));
        assert!(!host_allowed("192.0.2.8:1111", lan));
        // Listening on all addresses: any address of this machine, which
        // is any IP address a request can arrive at; never a name.
        assert!(host_allowed("192.0.2.7:1111", all));
        assert!(host_allowed("[2001:db8::1]:1111", all));
        assert!(!host_allowed("laptop.example:1111", all));
    }

    #[test]
    fn if_none_match_is_a_list_of_tags() {
        assert!(etag_matches("\"a\"", "\"a\""));
        assert!(etag_matches("\"b\", W/\"a\"", "\"a\""));
        assert!(etag_matches("*", "\"a\""));
        assert!(!etag_matches("\"b\"", "\"a\""));
    }

    #[test]
    fn the_address_shown_can_be_opened() {
        let at = |ip: &str| address(ip.parse().unwrap(), 1111);
        assert_eq!(at("127.0.0.1"), "http://127.0.0.1:1111");
        assert_eq!(at("0.0.0.0"), "http://127.0.0.1:1111");
        assert_eq!(at("::"), "http://[::1]:1111");
        assert_eq!(at("192.0.2.7"), "http://192.0.2.7:1111");
    }
}
