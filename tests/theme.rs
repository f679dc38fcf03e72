//! Themes and the parts of the site's chrome (`templates/chrome/`): what a
//! theme author meets. A part is rendered once per language and kind of
//! page; a theme that prints no part builds as before, and a part that asks
//! for what differs from page to page is reported at its place.

mod common;

use common::*;

const BASE: &str = include_str!("../themes/default/templates/base.html");
const HEADER: &str = include_str!("../themes/default/templates/chrome/header.html");
const FOOTER: &str = include_str!("../themes/default/templates/chrome/footer.html");

/// `template` without its comments, trimmed around them as Tera trims
/// around `{#-` and `-#}`.
fn without_comments(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{#") {
        let before = &rest[..start];
        out.push_str(if rest[start..].starts_with("{#-") {
            before.trim_end()
        } else {
            before
        });
        let end = start + rest[start..].find("#}").expect("a closed comment");
        let trim_after = rest[..end].ends_with('-');
        rest = &rest[end + 2..];
        if trim_after {
            rest = rest.trim_start();
        }
    }
    out.push_str(rest);
    out
}

/// The default `base.html` with its parts written into it, as a theme
/// made before parts existed has them: it prints no `chrome.…`.
fn base_without_parts() -> String {
    let part = |text: &str| {
        let text = without_comments(&text.replace(r#"{%- import "macros.html" as m -%}"#, ""));
        // A part's last line ending is not printed.
        text.strip_suffix('\n').unwrap_or(&text).to_string()
    };
    let base = BASE
        .replace("{{ chrome.header | safe }}", &part(HEADER))
        .replace("{{ chrome.footer | safe }}", &part(FOOTER));
    assert!(!base.contains("chrome"), "{base}");
    base
}

#[test]
fn a_theme_that_prints_no_part_builds_the_same_pages() {
    let site = TestSite::fixture("basic");
    site.build();
    let with_parts = site.snapshot();
    site.write("themes/default/templates/base.html", &base_without_parts());
    site.build();
    let without = site.snapshot();
    assert_eq!(with_parts.len(), without.len());
    for ((path, a), (_, b)) in with_parts.iter().zip(&without) {
        assert!(
            a == b,
            "{path} differs:\n{}\n---\n{}",
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
    // The default theme's parts are there, and would fail: a theme that
    // prints none never renders them.
    site.write(
        "themes/default/templates/chrome/footer.html",
        "{{ page.no_such_thing }}\n",
    );
    site.build();
    assert_eq!(site.snapshot(), without);
}

#[test]
fn a_theme_may_change_one_part_and_every_page_of_every_language_shows_it() {
    let site = TestSite::fixture("basic");
    site.write(
        "themes/default/templates/chrome/footer.html",
        "<p class=\"own\">{{ page.site_title }} · {{ t(key=\"nav-home\", lang=page.lang) }} · {{ page.kind }}</p>\n",
    );
    site.build();
    for (url, text) in [
        ("/", "Teststrategier · Alla styrdokument · home"),
        (
            "/alfa/strategi/",
            "Teststrategier · Alla styrdokument · document",
        ),
        (
            "/en/alfa/strategi/",
            "Teststrategier · All documents · document",
        ),
        (
            "/en/fokusomraden/",
            "Teststrategier · All documents · focus-index",
        ),
    ] {
        let p = site.page(url);
        assert_eq!(p.text("footer .own"), text, "{url}");
        // The rest of the footer and the header are the default theme's.
        assert_eq!(p.count("footer .made-with"), 1, "{url}");
        assert_eq!(p.count("header .languages"), 1, "{url}");
        assert_eq!(p.count("footer nav"), 0, "{url}");
    }
}

#[test]
fn pages_of_one_language_and_kind_share_a_switcher_each_with_its_own_addresses() {
    let site = TestSite::fixture("basic");
    let plan = std::fs::read_to_string(site.root().join("content/beta/plan.md")).unwrap();
    site.write(
        "content/beta/plan.en.md",
        "---\ntitel: Integration plan for Beta\norganisation: Beta Municipality\nmål:\n  - id: egen-forsorjning\n    titel: More people supporting themselves\n---\n\nThe plan covers Beta.\n",
    );
    assert!(plan.contains("egen-forsorjning"));
    site.build();
    for (url, links, unavailable) in [
        (
            "/alfa/strategi/",
            vec![
                "/alfa/strategi/",
                "/en/alfa/strategi/",
                "/ar/alfa/strategi/",
            ],
            0,
        ),
        ("/beta/plan/", vec!["/beta/plan/", "/en/beta/plan/"], 1),
        ("/en/beta/plan/", vec!["/beta/plan/", "/en/beta/plan/"], 1),
        ("/beta/plan-2015/", vec!["/beta/plan-2015/"], 2),
    ] {
        let p = site.page(url);
        assert_eq!(p.attrs(".languages li a", "href"), links, "{url}");
        assert_eq!(
            p.attrs(".languages a[aria-current]", "href"),
            [url],
            "{url}"
        );
        assert_eq!(p.count(".languages .unavailable"), unavailable, "{url}");
    }
}

#[test]
fn a_part_that_asks_for_what_differs_from_page_to_page_is_reported_at_its_place() {
    let header = HEADER.replace(
        r#"<a class="site-title""#,
        r#"{{ page.title }}<a class="site-title""#,
    );
    let at = header.find("page.title").unwrap();
    let line = header[..at].matches('\n').count() + 1;
    let col = at - header[..at].rfind('\n').unwrap();
    common::fails_after(
        &TestSite::fixture("basic"),
        |s| {
            s.write("themes/default/templates/chrome/header.html", &header);
        },
        &format!("themes/default/templates/chrome/header.html:{line}:{col}"),
        "the template chrome/header.html uses page.title",
    );
}
