//! Live reload: the script and overlay style put into each page, and the
//! server-sent events that tell open tabs to reload or show the problems.

use std::sync::Arc;
use std::time::Duration;

use http_body_util::Either;
use http_body_util::channel::{Channel, Sender};
use hyper::Response;
use hyper::body::{Bytes, Frame};
use hyper::header::{self, HeaderValue};

use super::Body;
use crate::serve::Shared;

pub(super) const LIVE_JS: &str = include_str!("../live.js");
pub(super) const LIVE_CSS: &str = include_str!("../live.css");

/// Adds the live-reload script and overlay style to a page, and lets the
/// page's Content-Security-Policy allow them (serve mode only).
pub fn inject(html: &str) -> String {
    html.replacen(
        "default-src 'none';",
        "default-src 'none'; script-src 'self'; connect-src 'self';",
        1,
    )
    .replacen(
        "</head>",
        "<link rel=\"stylesheet\" href=\"/__styrdok/live.css\">\n</head>",
        1,
    )
    .replacen(
        "</body>",
        "<script src=\"/__styrdok/live.js\"></script>\n</body>",
        1,
    )
}

/// Server-sent events: `reload` after a good rebuild, `error-report` with
/// the problems after a bad one. The stream lasts as long as the tab.
pub(super) fn events(shared: Arc<Shared>) -> Response<Body> {
    let (mut tx, body) = Channel::new(16);
    tokio::task::spawn_blocking(move || send_events(&shared, &mut tx));
    let mut r = Response::new(Either::Right(body));
    let headers = r.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// Sends the events to `tx` until the tab has gone (a send fails: the
/// connection closed, or the tab reads nothing and 16 events wait).
pub(super) fn send_events(shared: &Shared, tx: &mut Sender<Bytes>) {
    let send =
        |tx: &mut Sender<Bytes>, text: String| tx.try_send(Frame::data(Bytes::from(text))).is_ok();
    if !send(tx, "retry: 500\n\n".into()) {
        return;
    }
    let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    let mut seen = state.generation;
    if let Some(text) = &state.error
        && !send_error(tx, text)
    {
        return;
    }
    loop {
        let (next, timeout) = shared
            .changed
            .wait_timeout(state, Duration::from_secs(15))
            .unwrap_or_else(|e| e.into_inner());
        state = next;
        let sent = if state.generation == seen {
            if !timeout.timed_out() {
                continue;
            }
            send(tx, ": still here\n\n".into())
        } else {
            seen = state.generation;
            match &state.error {
                Some(text) => send_error(tx, text),
                None => send(tx, "event: reload\ndata: {}\n\n".into()),
            }
        };
        if !sent {
            return;
        }
    }
}

pub(super) fn send_error(tx: &mut Sender<Bytes>, text: &str) -> bool {
    let data = serde_json::to_string(text).unwrap_or_default();
    tx.try_send(Frame::data(Bytes::from(format!(
        "event: error-report\ndata: {data}\n\n"
    ))))
    .is_ok()
}
