//! The browser editor's side of the preview: its files (`/admin/…`) and
//! the local backend's API (`POST /api/v1`).

use std::path::Path;
use std::sync::Arc;

use hyper::body::{Bytes, Incoming};
use hyper::header;
use hyper::{Request, Response, StatusCode};

use super::files::content_type;
use super::{API_BYTES, Answer, Body, Site, plain, response};

/// The editor's files (`/admin/…`), made from the site's configuration
/// as it is now, with the local backend of this server.
pub(super) fn admin(site: &Site, path: &str, host: Option<&str>) -> Answer {
    let mut diags = crate::diag::Diagnostics::new();
    let overrides = crate::config::Overrides {
        output_dir: None,
        base_url: Some(site.base.clone()),
    };
    let Ok(Some(config)) = crate::config::load(&site.root, &overrides, &mut diags) else {
        return Answer::Plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "site.toml has errors: the editor opens once they are fixed\n",
        );
    };
    let rel = match path.trim_start_matches('/') {
        "admin/" => "admin/index.html",
        rel => rel,
    };
    // Decap wants the API's whole address: the one the browser used.
    let api = match host {
        Some(host) => format!("http://{host}/api/v1"),
        None => format!("{}/api/v1", site.base),
    };
    match crate::cms::files(&config, Some(&api))
        .into_iter()
        .find(|(p, _)| p == rel)
    {
        Some((p, bytes)) => Answer::File {
            status: StatusCode::OK,
            kind: content_type(Path::new(&p)),
            body: Bytes::from(bytes),
        },
        None => Answer::Plain(StatusCode::NOT_FOUND, "not found\n"),
    }
}

/// Decap's local-backend API (`POST /api/v1`, [`crate::cms::local`]).
/// Only a page of this server may call it: the request must be JSON (which
/// a page elsewhere cannot send without asking first, and is not allowed),
/// and an `Origin` or `Sec-Fetch-Site` it carries must be this server's.
pub(super) async fn api(
    req: Request<Incoming>,
    host: Option<String>,
    site: Arc<Site>,
) -> Response<Body> {
    use http_body_util::BodyExt;
    let h = req.headers();
    let is_json = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
    let same_origin = match (h.get(header::ORIGIN).and_then(|v| v.to_str().ok()), &host) {
        (None, _) => true,
        (Some(origin), Some(host)) => origin.eq_ignore_ascii_case(&format!("http://{host}")),
        (Some(_), None) => false,
    } && h
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v == "same-origin" || v == "none");
    if !is_json || !same_origin {
        return plain(
            StatusCode::FORBIDDEN,
            "the editor's API answers only the editor of this preview\n",
        );
    }
    let body = match http_body_util::Limited::new(req.into_body(), API_BYTES)
        .collect()
        .await
    {
        Ok(b) => b.to_bytes(),
        Err(_) => return plain(StatusCode::PAYLOAD_TOO_LARGE, "the request is too large\n"),
    };
    let answer = tokio::task::spawn_blocking(move || {
        let mut diags = crate::diag::Diagnostics::new();
        let config = match crate::config::load(&site.root, &Default::default(), &mut diags) {
            Ok(Some(c)) => c,
            _ => {
                return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    serde_json::json!({"error": "site.toml has errors"}),
                );
            }
        };
        match crate::cms::local::Local::new(&config).answer(&body) {
            Ok(v) => (StatusCode::OK, v),
            Err(crate::cms::local::Refused(code, msg)) => (
                StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST),
                serde_json::json!({"error": msg}),
            ),
        }
    })
    .await
    .unwrap_or((
        StatusCode::INTERNAL_SERVER_ERROR,
        serde_json::json!({"error": "failed"}),
    ));
    response(
        answer.0,
        "application/json",
        "no-store",
        Bytes::from(answer.1.to_string()),
    )
}
