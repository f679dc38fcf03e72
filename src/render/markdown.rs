//! Markdown bodies to HTML: heading ids and a table of contents, internal
//! links rewritten to addresses, code blocks highlighted, tables made
//! scrollable on small screens, and raw HTML shown as text (never run).

use std::collections::HashSet;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Tag, TagEnd, html};

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

/// A rendered body.
#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    /// The HTML.
    pub html: String,
    /// The second- and third-level headings, in order.
    pub toc: Vec<TocEntry>,
}

/// Renders `body`. `reserved` ids (goal ids, ids the template uses) are not
/// given to headings; `resolve` turns an internal link destination into an
/// address, or returns `None` to leave it as written.
pub fn render(
    body: &str,
    reserved: &HashSet<String>,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> RenderedBody {
    let events: Vec<Event> = markdown::parser(body).collect();
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
    let mut used: HashSet<String> = reserved.clone();
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
                let unique = unique_id(&base, &mut used);
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
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::Borrowed(
                    "<div class=\"table-scroll\" tabindex=\"0\">",
                )));
                out.push(events[i].clone());
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
    RenderedBody {
        html: html_out,
        toc,
    }
}

fn rewrite<'a>(e: Event<'a>, resolve: &dyn Fn(&str) -> Option<String>) -> Event<'a> {
    match e {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = resolve(&dest_url).map(CowStr::from).unwrap_or(dest_url);
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = resolve(&dest_url).map(CowStr::from).unwrap_or(dest_url);
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        // Raw HTML is shown as text, never passed through.
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        e => e,
    }
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

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while used.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(body: &str) -> RenderedBody {
        render(body, &HashSet::new(), &|_| None)
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Arbete & sysselsättning"), "arbete-sysselsättning");
        assert_eq!(slug("  Mål 2020–2023 "), "mål-20202023");
        assert_eq!(slug("!!!"), "avsnitt");
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let reserved: HashSet<String> = ["boende".to_string()].into();
        let r = render("## Boende\n\n## Boende\n\n### Mer\n", &reserved, &|_| None);
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
    fn links_are_rewritten_and_html_is_text() {
        let r = render(
            "[a](@fokus/x) <script>alert(1)</script>\n\n<div>x</div>\n",
            &HashSet::new(),
            &|d| (d == "@fokus/x").then(|| "/fokusomraden/x/".to_string()),
        );
        assert!(r.html.contains("href=\"/fokusomraden/x/\""), "{}", r.html);
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<div>x"), "{}", r.html);
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
