//! Link syntax: what a link destination in a body names (`@/…`, `@fokus/…`,
//! a relative path), and the internal links of a body with where each
//! stands.

use std::path::Path;

use pulldown_cmark::{Event, Tag};

use crate::address::decode;
use crate::content::markdown;
use crate::diag::{LineIndex, Span};
use crate::messages::Message;
use crate::model::{DocKey, FocusId, GoalId};
use crate::msg;

/// What an internal link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A document, or one of its goals.
    Document(DocKey, Option<GoalId>),
    /// A focus area.
    Focus(FocusId),
    /// A plain page (`@/sidor/<slug>.md`).
    Page(String),
    /// Another file under `content/` (a PDF, an image), by its path there.
    File(String),
}

/// Reads a link destination. `None` for links that are not internal
/// (`https://…`, `#anchor`, `mailto:` …); `Some(Err(why))` for an internal
/// link that cannot be read.
pub fn parse_target(dest: &str, from_dir: &str) -> Option<Result<Target, Message>> {
    let dest = dest.trim();
    if let Some(id) = dest.strip_prefix("@fokus/") {
        let id = id.trim_matches('/');
        return Some(if id.is_empty() {
            Err(msg!("link-no-focus-area"))
        } else {
            Ok(Target::Focus(FocusId(id.to_string())))
        });
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    // `vår%20plan.pdf` and `vår plan.pdf` name the same file, and a name
    // typed on macOS (decomposed) the file discovery reads as composed.
    let path: String = {
        use unicode_normalization::UnicodeNormalization;
        decode(path).nfc().collect()
    };
    let path = path.as_str();
    let is_relative = !path.is_empty()
        && !path.starts_with(['/', '@', '?'])
        && !path.split('/').next().unwrap_or("").contains(':');
    let key = if path.starts_with("@/") {
        DocKey::from_link(path)
    } else if is_relative {
        // A relative link, from the file's folder under content/.
        let mut parts: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
        for seg in path.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        let joined = parts.join("/");
        match joined.strip_suffix(".md") {
            Some(doc) => Some(DocKey(doc.to_string())),
            None => return Some(Ok(Target::File(joined))),
        }
    } else if path.starts_with('@') {
        return Some(Err(msg!("link-unknown-form", dest = dest)));
    } else {
        return None;
    };
    let Some(key) = key else {
        return Some(Err(msg!("link-no-document")));
    };
    let goal = fragment
        .filter(|f| !f.is_empty())
        .map(|f| GoalId(f.to_string()));
    Some(Ok(match key.as_str().strip_prefix("sidor/") {
        Some(slug) if goal.is_none() => Target::Page(slug.to_string()),
        _ => Target::Document(key, goal),
    }))
}

/// The folder of a content file, relative to `content/`, for relative links.
fn content_dir_of(source: &Path) -> String {
    let parts: Vec<String> = source
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let start = parts
        .iter()
        .position(|p| p == "content")
        .map_or(0, |i| i + 1);
    let end = parts.len().saturating_sub(1);
    parts
        .get(start..end)
        .map(|s| s.join("/"))
        .unwrap_or_default()
}

/// The internal links of one body, each with where it stands. They depend
/// only on the body's text, its first line and its file, so a rebuild can
/// reuse them ([`super::Extracted`]); checking them against the corpus is cheap.
pub type BodyLinks = Vec<(Result<Target, Message>, Span)>;

/// Finds the internal links of a body (parsing the Markdown).
pub fn extract_links(body: &str, body_line: usize, source: &Path) -> BodyLinks {
    let mut out = Vec::new();
    // Most bodies link nowhere: skip parsing them.
    if !body.contains("](") && !body.contains("]:") {
        return out;
    }
    let lines = LineIndex::new(body);
    let dir = content_dir_of(source);
    for (event, range) in markdown::parser(body).into_offset_iter() {
        let dest = match &event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        let Some(target) = parse_target(dest, &dir) else {
            continue;
        };
        // The span is the address, not the link text, so the message shows
        // (and marks) what is wrong; a reference link's address is in its
        // definition elsewhere, and then the link itself is shown.
        let start = body[range.clone()]
            .rfind(&**dest)
            .filter(|_| !dest.is_empty())
            .map_or(range.start, |i| range.start + i);
        let (line, col) = lines.line_col(body, start);
        out.push((target, Span::at(source, body_line + line - 1, col)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        let cases: &[(&str, Option<Result<Target, Message>>)] = &[
            ("https://x.org", None),
            ("#a", None),
            ("mailto:a@b.se", None),
            (
                "@fokus/arbete",
                Some(Ok(Target::Focus(FocusId("arbete".into())))),
            ),
            (
                "@/v/s.md",
                Some(Ok(Target::Document(DocKey("v/s".into()), None))),
            ),
            (
                "@/v/s.md#m1",
                Some(Ok(Target::Document(
                    DocKey("v/s".into()),
                    Some(GoalId("m1".into())),
                ))),
            ),
            (
                "../a/b.md",
                Some(Ok(Target::Document(DocKey("a/b".into()), None))),
            ),
            (
                "b.md",
                Some(Ok(Target::Document(DocKey("v/b".into()), None))),
            ),
            ("@/sidor/om.md", Some(Ok(Target::Page("om".into())))),
        ];
        for (dest, want) in cases {
            assert_eq!(&parse_target(dest, "v"), want, "{dest}");
        }
        assert!(matches!(parse_target("@x", ""), Some(Err(_))));
    }

    #[test]
    fn content_dir_is_relative_to_content() {
        assert_eq!(content_dir_of(Path::new("content/v/s.md")), "v");
        assert_eq!(content_dir_of(Path::new("content/s.md")), "");
    }
}
