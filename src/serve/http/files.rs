//! The site's files from the private build folder, held back while a
//! rebuild is still making them, with their types.

use std::path::Path;

use hyper::StatusCode;
use hyper::body::Bytes;

use super::live::inject;
use super::{Answer, Site};
use crate::serve::Shared;

/// Waits while a rebuild is still making the file at `rel` (a path in the
/// output folder).
pub(super) fn wait_until_ready(shared: &Shared, rel: &str) {
    let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    let _ready = shared
        .changed
        .wait_while(state, |s| s.settling.as_ref().is_some_and(|s| s.holds(rel)))
        .unwrap_or_else(|e| e.into_inner());
}

/// The file at the (decoded) request path `path`, waiting for a rebuild
/// still making it; absolute links in text files follow `host`, the
/// address the browser used.
pub(super) fn serve_file(site: &Site, path: &str, host: Option<&str>) -> Answer {
    if path.split('/').any(|seg| seg == "..") {
        return Answer::Plain(StatusCode::BAD_REQUEST, "bad path\n");
    }
    let rel = path.trim_start_matches('/');
    let mut file = site.out.join(rel);
    if file.is_dir() {
        if !path.ends_with('/') {
            // One leading slash: `//name/` would be another host.
            return Answer::Redirect(format!("/{}/", crate::address::encode(rel)));
        }
        file = file.join("index.html");
    }
    if let Ok(rel) = file.strip_prefix(&site.out) {
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        wait_until_ready(&site.shared, &rel.join("/"));
    }
    let (status, file) = if file.is_file() {
        (StatusCode::OK, file)
    } else {
        (StatusCode::NOT_FOUND, site.out.join("404.html"))
    };
    let Ok(bytes) = std::fs::read(&file) else {
        return Answer::Plain(StatusCode::NOT_FOUND, "not found\n");
    };
    let kind = content_type(&file);
    let body = if text_like(&kind)
        && let Ok(text) = std::str::from_utf8(&bytes)
    {
        let text = match host {
            Some(host) => text.replace(&site.base, &format!("http://{host}")),
            None => text.to_string(),
        };
        if kind.starts_with("text/html") {
            inject(&text)
        } else {
            text
        }
        .into_bytes()
    } else {
        bytes
    };
    Answer::File {
        status,
        kind,
        body: Bytes::from(body),
    }
}

/// The Content-Type of the file at `path`, by its extension.
pub(super) fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let kind = match mime.essence_str() {
        // RFC 9239: JavaScript is text/javascript, modules (.mjs) too.
        "application/javascript" => "text/javascript",
        kind => kind,
    };
    if kind.starts_with("text/") {
        format!("{kind}; charset=utf-8")
    } else {
        kind.to_string()
    }
}

/// Whether a file of this type is text the build wrote, which may hold
/// the site's address (pages, feeds, sitemaps, data, robots.txt).
pub(super) fn text_like(kind: &str) -> bool {
    let essence = kind.split(';').next().unwrap_or(kind);
    essence.starts_with("text/") || essence.ends_with("json") || essence.ends_with("xml")
}
