//! Link syntax: what a link destination in a body names (`@/…`, `@fokus/…`,
//! a relative path), and the internal links of a body with where each
//! stands.

use std::path::Path;

use pulldown_cmark::{Event, LinkType, Tag};

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

/// An internal link of a body: its destination as written, what it names,
/// and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The destination, as the Markdown parser gives it: what rendering
    /// looks the link up by.
    pub dest: String,
    /// What it names, or why it cannot be read.
    pub target: Result<Target, Message>,
    /// The address in the file (or the link itself, for a reference link).
    pub at: Span,
}

/// The internal links of one body, in order. They depend only on the
/// body's text, its first line and its file, so a rebuild can reuse them
/// ([`super::Extracted`]); checking them against the corpus is cheap.
/// Rendering looks each link's target up here ([`super::LinkGraph::links_of`])
/// instead of reading the destination again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BodyLinks {
    /// The links.
    pub links: Vec<Link>,
}

impl BodyLinks {
    /// The target of each destination that names something, for looking
    /// links up one by one.
    pub fn targets(&self) -> std::collections::HashMap<&str, &Target> {
        self.links
            .iter()
            .filter_map(|l| Some((l.dest.as_str(), l.target.as_ref().ok()?)))
            .collect()
    }
}

/// Finds the internal links of a body (parsing the Markdown).
pub fn extract_links(body: &str, body_line: usize, source: &Path) -> BodyLinks {
    let mut out = BodyLinks::default();
    // Most bodies link nowhere: skip parsing them. Without `](` or `]:`,
    // only an autolink (`<…>`) is a link, and an autolink is an address on
    // the web or an e-mail address, never a page of the site.
    if !body.contains("](") && !body.contains("]:") {
        return out;
    }
    let lines = LineIndex::new(body);
    let dir = content_dir_of(source);
    for (event, range) in markdown::parser(body).into_offset_iter() {
        let dest = match &event {
            // `<a@b.se>`: an e-mail address, which the page links to with
            // `mailto:`.
            Event::Start(Tag::Link {
                link_type: LinkType::Email,
                ..
            }) => continue,
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
        out.links.push(Link {
            dest: dest.to_string(),
            target,
            at: Span::at(source, body_line + line - 1, col),
        });
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
    fn a_bodys_links_are_looked_up_by_their_destination() {
        let source = Path::new("content/v/s.md");
        let body = "Se [planen](@/v/p.md#m1), [webben](https://x.org), [fel](@x)\n\
                    och ![bilden](bild.png).\n\n[ref]: <../a/b.md>\n\n[en ref][ref]\n";
        let links = extract_links(body, 5, source);
        let dests: Vec<&str> = links.links.iter().map(|l| l.dest.as_str()).collect();
        assert_eq!(dests, ["@/v/p.md#m1", "@x", "bild.png", "../a/b.md"]);
        assert_eq!(links.links[1].at, Span::at(source, 5, 58));
        let targets = links.targets();
        // A destination that cannot be read names nothing; nor does a
        // link off the site.
        assert_eq!(targets.len(), 3);
        assert_eq!(
            targets["@/v/p.md#m1"],
            &Target::Document(DocKey("v/p".into()), Some(GoalId("m1".into())))
        );
        assert_eq!(targets["bild.png"], &Target::File("v/bild.png".into()));
        assert_eq!(
            targets["../a/b.md"],
            &Target::Document(DocKey("a/b".into()), None)
        );
        // Most bodies link nowhere.
        assert_eq!(extract_links("Text.\n", 5, source), BodyLinks::default());
    }

    #[test]
    fn an_email_autolink_is_no_link_to_the_site() {
        let source = Path::new("content/v/s.md");
        let alone = extract_links("Skriv till <a@b.se>.\n", 1, source);
        assert!(alone.links.is_empty());
        let beside = extract_links("Skriv till <a@b.se> om [planen](p.md).\n", 1, source);
        assert_eq!(beside.links.len(), 1);
        assert_eq!(beside.links[0].dest, "p.md");
    }

    #[test]
    fn content_dir_is_relative_to_content() {
        assert_eq!(content_dir_of(Path::new("content/v/s.md")), "v");
        assert_eq!(content_dir_of(Path::new("content/s.md")), "");
    }
}
