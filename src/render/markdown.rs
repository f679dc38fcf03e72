//! Markdown bodies to HTML: heading ids and a table of contents, internal
//! links rewritten to addresses, code blocks highlighted, tables made
//! scrollable on small screens, and everything made safe: links keep only
//! safe schemes, and a body with raw HTML goes through ammonia, so no
//! script, event handler, `javascript:` address or inline style reaches the
//! page (unless the site trusts its raw HTML).

use std::collections::HashSet;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd, html};

use super::highlight;
use crate::content::markdown;

/// One entry of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TocEntry {
    /// The heading's id.
    pub id: String,
    /// The heading's text.
    pub text: String,
    /// 2 or 3.
    pub level: u8,
}

/// Rendered bodies by a hash of (text, language, folder, reserved ids), each
/// with the link destinations it resolved and what they resolved to: an
/// entry is reused only while every one of them still resolves the same.
/// Plain data: a run gives the bodies it rendered
/// ([`super::Renderer::rendered_bodies`]), and the rebuild driver keeps
/// them and hands them to the next run ([`super::Renderer::with_bodies`]).
pub type Bodies = std::collections::HashMap<u64, (RenderedBody, Vec<(String, Option<String>)>)>;

/// Rendered HTML, shared between the rendered bodies kept for the next run and page views, with its
/// fingerprint taken once: a view's fingerprint hashes eight bytes instead
/// of the whole body, and a cache hit copies nothing.
#[derive(Debug, Clone, Default)]
pub struct Html {
    text: std::sync::Arc<str>,
    digest: u64,
}

impl Html {
    /// HTML and its fingerprint.
    pub fn new(text: &str) -> Self {
        Html {
            text: text.into(),
            digest: crate::digest::bytes(text.as_bytes()),
        }
    }
}

impl std::ops::Deref for Html {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Html {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq for Html {
    fn eq(&self, other: &Self) -> bool {
        self.digest == other.digest && self.text == other.text
    }
}

impl Eq for Html {}

impl std::hash::Hash for Html {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.digest.hash(state);
    }
}

impl serde::Serialize for Html {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// A rendered body.
#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    /// The HTML.
    pub html: Html,
    /// The second- and third-level headings, in order.
    pub toc: Vec<TocEntry>,
}

/// Renders `body`. `reserved` ids (goal ids, ids the template uses) are not
/// given to headings; `resolve` turns an internal link destination into an
/// address, or returns `None` to leave it as written.
pub fn render(
    body: &str,
    reserved: &HashSet<String>,
    trusted_html: bool,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> RenderedBody {
    let events: Vec<Event> = markdown::parser(body).collect();
    let has_raw_html = events
        .iter()
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    // A body's own headings sit below the page's single <h1>.
    let shift = usize::from(events.iter().any(|e| {
        matches!(
            e,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            })
        )
    }));
    let mut ids = Ids {
        used: reserved.clone(),
        ..Ids::default()
    };
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut toc = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let end = events[i..]
                    .iter()
                    .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let text: String = events[i + 1..end]
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let base = id
                    .as_ref()
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| slug(&text));
                let unique = ids.unique(&base);
                let level = shifted(*level, shift);
                if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                    toc.push(TocEntry {
                        id: unique.clone(),
                        text: text.trim().to_string(),
                        level: level as u8,
                    });
                }
                out.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(unique)),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
                for e in &events[i + 1..end] {
                    out.push(rewrite(e.clone(), resolve));
                }
                out.push(Event::End(TagEnd::Heading(level)));
                i = end + 1;
                continue;
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut code = String::new();
                i += 1;
                while i < events.len() && !matches!(events[i], Event::End(TagEnd::CodeBlock)) {
                    if let Event::Text(t) = &events[i] {
                        code.push_str(t);
                    }
                    i += 1;
                }
                out.push(Event::Html(CowStr::from(highlight::code_block(
                    &code, &lang,
                ))));
            }
            Event::Start(Tag::Table(alignments)) => {
                out.push(Event::Html(CowStr::Borrowed(
                    "<div class=\"table-scroll\" tabindex=\"0\">",
                )));
                // Column alignment would be an inline style, which the
                // Content-Security-Policy forbids: cells align to the start.
                out.push(Event::Start(Tag::Table(
                    vec![pulldown_cmark::Alignment::None; alignments.len()],
                )));
            }
            Event::End(TagEnd::Table) => {
                out.push(events[i].clone());
                out.push(Event::Html(CowStr::Borrowed("</div>")));
            }
            e => out.push(rewrite(e.clone(), resolve)),
        }
        i += 1;
    }
    let mut html_out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut html_out, out.into_iter());
    if has_raw_html && !trusted_html {
        html_out = sanitizer().clean(&html_out).to_string();
    }
    RenderedBody {
        html: Html::new(&html_out),
        toc,
    }
}

fn rewrite<'a>(e: Event<'a>, resolve: &dyn Fn(&str) -> Option<String>) -> Event<'a> {
    let target = |dest: CowStr<'a>| {
        resolve(&dest)
            .map(CowStr::from)
            .unwrap_or_else(|| safe_url(dest))
    };
    match e {
        // An e-mail autolink (`<a@b.se>`) is written `mailto:a@b.se` as it
        // is: it names nothing of the site, whatever file shares its name.
        e @ Event::Start(Tag::Link {
            link_type: LinkType::Email,
            ..
        }) => e,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: target(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: target(dest_url),
            title,
            id,
        }),
        e => e,
    }
}

/// Addresses a Markdown link may have: the web, mail, phone, and relative
/// ones. Anything else (`javascript:`, `data:` …) becomes `#`.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let scheme = url
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains(['/', '?', '#']));
    match scheme.map(str::to_ascii_lowercase).as_deref() {
        None | Some("http" | "https" | "mailto" | "tel") => url,
        Some(_) => CowStr::Borrowed("#"),
    }
}

/// The HTML sanitizer for bodies with raw HTML: ammonia's safe defaults,
/// plus what styrdok's own Markdown output uses (ids, classes, focusable
/// scroll boxes, direction marks).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["id", "class", "dir"])
            .add_tags(["bdi", "figure", "figcaption", "details", "summary", "time"])
            .add_tag_attributes("div", ["tabindex"])
            .add_tag_attributes("pre", ["tabindex"])
            .add_tag_attributes("time", ["datetime"])
            .add_tag_attributes("th", ["scope"])
            .link_rel(None);
        b
    })
}

fn shifted(level: HeadingLevel, by: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize + by).min(6)).unwrap_or(HeadingLevel::H6)
}

/// A heading's id: lowercase words joined by hyphens. Letters of any
/// script are kept, so Arabic and Swedish headings get readable ids.
pub fn slug(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_') && !s.ends_with('-') && !s.is_empty()
        {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        "avsnitt".to_string()
    } else {
        s
    }
}

/// The ids given so far, and for each heading text's id the last number
/// tried after it, so that the thousandth "Bakgrund" of a long document
/// costs one lookup, not a thousand.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    last: std::collections::HashMap<String, usize>,
}

impl Ids {
    fn unique(&mut self, base: &str) -> String {
        let n = self.last.entry(base.to_string()).or_insert(1);
        let mut id = if *n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        while self.used.contains(&id) {
            *n += 1;
            id = format!("{base}-{n}");
        }
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(body: &str) -> RenderedBody {
        render(body, &HashSet::new(), false, &|_| None)
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Arbete & sysselsättning"), "arbete-sysselsättning");
        assert_eq!(slug("  Mål 2020–2023 "), "mål-20202023");
        assert_eq!(slug("!!!"), "avsnitt");
    }

    #[test]
    fn repeated_headings_are_numbered_past_ids_taken_otherwise() {
        let r = plain("## A\n\n## A-2\n\n## A\n\n## A\n\n## A-3\n");
        let ids: Vec<&str> = r.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "a-3", "a-4", "a-3-2"]);
        // Thousands of one heading (a 50 MB document) take linear time.
        let body = "## Bakgrund\n\nText.\n\n".repeat(20_000);
        let r = plain(&body);
        assert_eq!(r.toc.last().unwrap().id, "bakgrund-20000");
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let reserved: HashSet<String> = ["boende".to_string()].into();
        let r = render(
            "## Boende\n\n## Boende\n\n### Mer\n",
            &reserved,
            false,
            &|_| None,
        );
        assert!(
            r.html.contains("<h2 id=\"boende-2\">Boende</h2>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<h2 id=\"boende-3\">"), "{}", r.html);
        assert_eq!(r.toc.iter().map(|t| t.level).collect::<Vec<_>>(), [2, 2, 3]);
    }

    #[test]
    fn a_body_h1_is_moved_below_the_page_title() {
        let r = plain("# Rubrik\n\n## Under\n");
        assert!(r.html.contains("<h2 id=\"rubrik\">"), "{}", r.html);
        assert!(r.html.contains("<h3 id=\"under\">"), "{}", r.html);
    }

    #[test]
    fn links_are_rewritten_and_nothing_unsafe_gets_through() {
        let body = "[a](@fokus/x) [b](javascript:alert(1)) [c](JavaScript:alert(1)) [d](https://x.org/a:b)\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\" style=\"color:red\">hej <a href=\"javascript:alert(1)\">l</a> <abbr title=\"Kommunfullmäktige\">KF</abbr></p>\n\n<img src=x onerror=alert(1)>\n";
        let r = render(body, &HashSet::new(), false, &|d| {
            (d == "@fokus/x").then(|| "/fokusomraden/x/".to_string())
        });
        assert!(r.html.contains("href=\"/fokusomraden/x/\""), "{}", r.html);
        assert!(r.html.contains("href=\"https://x.org/a:b\""), "{}", r.html);
        for bad in [
            "<script",
            "onclick",
            "onerror",
            "style=",
            "javascript:",
            "JavaScript:",
        ] {
            assert!(!r.html.contains(bad), "{bad} in {}", r.html);
        }
        assert!(
            r.html
                .contains("<abbr title=\"Kommunfullmäktige\">KF</abbr>"),
            "{}",
            r.html
        );
        // Markdown links with a bad scheme lose it even without raw HTML.
        let plain = render("[b](javascript:alert(1))", &HashSet::new(), false, &|_| {
            None
        });
        assert_eq!(&*plain.html, "<p><a href=\"#\">b</a></p>\n");
        // A site that trusts its raw HTML gets it as written.
        let trusted = render(
            "<div class=\"x\" style=\"color:red\">x</div>\n",
            &HashSet::new(),
            true,
            &|_| None,
        );
        assert!(
            trusted.html.contains("style=\"color:red\""),
            "{}",
            trusted.html
        );
    }

    #[test]
    fn table_alignment_does_not_become_an_inline_style() {
        let r = plain("| A | B |\n|:-:|--:|\n| 1 | 2 |\n");
        assert!(!r.html.contains("style="), "{}", r.html);
    }

    #[test]
    fn tables_have_header_cells_and_scroll() {
        let r = plain("| A | B |\n|---|---|\n| 1 | 2 |\n");
        assert!(
            r.html
                .contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<th>A</th>"), "{}", r.html);
    }
}
