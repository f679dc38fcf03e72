//! File names, folder names and symbolic links: what a site's files may be
//! called, which files are read at all (nothing outside the site's folder,
//! nothing from a hidden folder), and that every address is a valid URL.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::{TestSite, fails_after, stderr};

const DOC: &str = "---\ntitel: T\ntyp: strategi\norganisation: O\nbeslutad av: KF\nbeslutad: 2020-01-01\ngiltig till: 2030-01-01\nansvarig: A\n---\nText.\n";

fn basic() -> TestSite {
    TestSite::fixture("basic")
}

/// Makes `link` (relative to the site) a symbolic link to `target`.
fn link(site: &TestSite, target: impl AsRef<Path>, link: &str) {
    let at = site.root().join(link);
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    symlink(target, at).unwrap();
}

/// `check`'s messages (warnings included).
fn check(site: &TestSite) -> String {
    stderr(&site.cmd(&["check"]))
}

#[test]
fn static_linked_outside_the_site_is_an_error() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "token").unwrap();
    let target = outside.path().display().to_string();
    let err = fails_after(
        &basic(),
        |s| link(s, outside.path(), "static"),
        "static:1:1",
        "static is a symbolic link to",
    );
    assert!(
        err.contains(&format!("{target}, outside the site's folder")),
        "{err}"
    );
}

#[test]
fn static_linked_to_git_is_an_error() {
    let err = fails_after(
        &basic(),
        |s| {
            s.write(".git/config", "[remote]\ntoken = secret\n");
            link(s, ".git", "static");
        },
        "static:1:1",
        "static is a symbolic link to .git, inside the hidden folder .git",
    );
    assert!(err.contains("never published"), "{err}");
}

#[test]
fn a_theme_linked_outside_the_site_is_an_error() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("static")).unwrap();
    std::fs::write(outside.path().join("static/secret.txt"), "token").unwrap();
    fails_after(
        &basic(),
        |s| {
            s.replace(
                "site.toml",
                "default_language",
                "theme = \"eget\"\ndefault_language",
            );
            link(s, outside.path(), "themes/eget");
        },
        "themes/eget:1:1",
        "outside the site's folder",
    );
}

#[test]
fn a_content_file_linked_outside_the_site_is_an_error() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x.md"), DOC).unwrap();
    fails_after(
        &basic(),
        |s| link(s, outside.path().join("x.md"), "content/gamma/x.md"),
        "content/gamma/x.md:1:1",
        "content/gamma/x.md is a symbolic link to",
    );
}

#[test]
fn a_content_file_linked_to_git_is_an_error() {
    fails_after(
        &basic(),
        |s| {
            s.write(".git/config", "[remote]\ntoken = secret\n");
            link(s, "../../.git/config", "content/gamma/config.txt");
        },
        "content/gamma/config.txt:1:1",
        "inside the hidden folder .git",
    );
}

#[test]
fn links_inside_the_site_are_followed() {
    let site = basic();
    site.write("delat/x.md", DOC);
    site.write("bilder/logga.svg", "<svg/>");
    link(&site, "../../delat/x.md", "content/gamma/x.md");
    link(&site, "../bilder", "static/bilder");
    site.build();
    assert_eq!(site.page("/gamma/x/").text("h1"), "T");
    assert_eq!(
        std::fs::read_to_string(site.public().join("bilder/logga.svg")).unwrap(),
        "<svg/>"
    );
}

#[test]
fn a_broken_link_is_a_warning() {
    let site = basic();
    link(&site, "borta.md", "content/gamma/x.md");
    site.build();
    let out = check(&site);
    assert!(
        out.contains("content/gamma/x.md:1:1: warning[broken-link]: content/gamma/x.md is a symbolic link to borta.md, which does not exist"),
        "{out}"
    );
}

#[test]
fn a_link_loop_is_an_error() {
    fails_after(
        &basic(),
        |s| link(s, "..", "content/gamma/upp"),
        "content/gamma/upp:1:1",
        "a folder that contains it",
    );
}

#[test]
fn a_hidden_folder_is_skipped_with_a_warning() {
    let site = basic();
    site.write("static/.git/config", "token");
    site.build();
    assert!(!site.public().join(".git").exists());
    let out = check(&site);
    assert!(
        out.contains("static/.git:1:1: warning[hidden-folder]: the hidden folder static/.git is not published"),
        "{out}"
    );
}

/// `.well-known/` (RFC 8615: `security.txt` and the like) is the one hidden
/// folder published, from the site's `static/` or a theme's, and only at
/// the site's root; hidden files in it and hidden folders elsewhere are not.
#[test]
fn well_known_is_published_at_the_root_only() {
    let site = basic();
    site.write(
        "static/.well-known/security.txt",
        "Contact: mailto:a@example.org\n",
    );
    site.write("static/.well-known/.secret", "token");
    site.write("static/img/.well-known/x.txt", "no");
    site.write(
        "themes/default/static/.well-known/change-password",
        "/konto/",
    );
    site.build();
    let public = site.public();
    assert_eq!(
        std::fs::read_to_string(public.join(".well-known/security.txt")).unwrap(),
        "Contact: mailto:a@example.org\n"
    );
    assert!(public.join(".well-known/change-password").is_file());
    assert!(!public.join(".well-known/.secret").exists());
    assert!(!public.join("img/.well-known").exists());
    let out = check(&site);
    assert!(!out.contains("static/.well-known:"), "{out}");
    assert!(
        out.contains("static/img/.well-known:1:1: warning[hidden-folder]"),
        "{out}"
    );
}

#[test]
fn folder_names_are_checked_like_file_names() {
    for (folder, problem) in [
        ("a#b", "\"#\""),
        ("a?b", "\"?\""),
        ("100%", "\"%\""),
        ("a\tb", "a control character (U+0009)"),
    ] {
        let err = fails_after(
            &basic(),
            |s| {
                s.write(&format!("content/{folder}/x.md"), DOC);
            },
            &format!("content/{folder}:1:1"),
            "cannot be part of a web address",
        );
        assert!(err.contains(&format!("it contains {problem}")), "{err}");
    }
}

#[test]
fn a_decomposed_file_name_is_read_as_composed() {
    let site = basic();
    // "vår" as macOS writes it: a, then the combining ring above.
    site.write("content/gamma/va\u{30a}r.md", DOC);
    site.build();
    assert_eq!(site.page("/gamma/v\u{e5}r/").text("h1"), "T");
}

#[test]
fn one_name_in_two_unicode_forms_is_an_error() {
    fails_after(
        &basic(),
        |s| {
            s.write("content/gamma/v\u{e5}r.md", DOC);
            s.write("content/gamma/va\u{30a}r.md", DOC);
        },
        "content/gamma/v",
        "have the same name, written in two Unicode forms: \"v<U+00E5>r.md\" and \"va<U+030A>r.md\"",
    );
}

#[test]
fn names_that_differ_only_in_case_are_an_error() {
    fails_after(
        &basic(),
        |s| {
            s.write("content/gamma/Plan.md", DOC);
            s.write("content/gamma/plan.md", DOC);
        },
        "content/gamma/plan.md:1:1",
        "content/gamma/plan.md and content/gamma/Plan.md differ only in upper and lower case",
    );
}

#[test]
fn folders_that_differ_only_in_case_are_an_error() {
    fails_after(
        &basic(),
        |s| {
            s.write("static/Bilder/a.svg", "<svg/>");
            s.write("static/bilder/b.svg", "<svg/>");
        },
        "static/bilder:1:1",
        "static/bilder and static/Bilder differ only in upper and lower case",
    );
}

/// FORMAT.md: `content/<path>/<slug>.<default-language>.md` is the original.
#[test]
fn a_default_language_suffix_names_the_original() {
    let site = basic();
    let plan = std::fs::read_to_string(site.root().join("content/beta/plan.md")).unwrap();
    site.remove("content/beta/plan.md");
    site.write("content/beta/plan.sv.md", &plan);
    site.write(
        "content/beta/plan.en.md",
        "---\ntitel: Integration plan\ntyp: plan\norganisation: Beta\nansvarig: ~\n---\nThe plan.\n",
    );
    site.write(
        "content/sidor/kontakt.sv.md",
        "---\ntitel: Kontakt\n---\nRing oss.\n",
    );
    site.write(
        "content/fokusomraden/halsa.sv.md",
        "---\ntitel: Hälsa\n---\n",
    );
    site.build();
    assert_eq!(
        site.page("/beta/plan/").text("h1"),
        "Integrationsplan för Beta"
    );
    assert!(!site.public().join("sv").exists());
    let en = site.page("/en/beta/plan/");
    assert_eq!(
        en.attrs("link[hreflang=sv]", "href"),
        ["https://test.example.org/beta/plan/"]
    );
    assert_eq!(site.page("/sidor/kontakt/").text("h1"), "Kontakt");
    assert_eq!(site.page("/fokusomraden/halsa/").text("h1"), "Hälsa");
}

/// The href of a link, decoded, names a file of the output.
fn resolves(site: &TestSite, href: &str) -> bool {
    let path = href
        .trim_start_matches("https://test.example.org")
        .split('#')
        .next()
        .unwrap();
    let path = percent_decode(path.trim_start_matches('/'));
    let file = site.public().join(&path);
    file.is_file() || file.join("index.html").is_file()
}

/// `%XX` escapes as UTF-8 (the test's own, so that it does not trust the
/// code under test).
fn percent_decode(s: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).unwrap()
}

#[test]
fn spaces_and_letters_are_percent_encoded_in_addresses() {
    let site = basic();
    site.write("content/Vår plan/åtgärder.md", DOC);
    site.write("content/Vår plan/bilaga 1.pdf", "%PDF-1.4");
    site.write(
        "content/Vår plan/åtgärder.en.md",
        "---\ntitel: Measures\ntyp: plan\norganisation: O\n---\nSee the [annex](<bilaga 1.pdf>).\n",
    );
    site.write(
        "content/gamma/x.md",
        &DOC.replace(
            "Text.",
            "Se [åtgärderna](<@/Vår plan/åtgärder.md>) och [bilagan](../Vår%20plan/bilaga%201.pdf).",
        ),
    );
    site.build();
    // The files keep their names; only the addresses are encoded.
    assert!(site.public().join("Vår plan/åtgärder/index.html").is_file());
    assert!(site.public().join("Vår plan/bilaga 1.pdf").is_file());
    let encoded = "/V%C3%A5r%20plan/%C3%A5tg%C3%A4rder/";
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains(&format!("<loc>https://test.example.org{encoded}</loc>")),
        "{sitemap}"
    );
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    for node in doc.descendants().filter(|n| n.has_tag_name("loc")) {
        let url = node.text().unwrap();
        assert!(
            url.chars().all(|c| c.is_ascii_graphic()),
            "not a valid URL in the sitemap: {url:?}"
        );
        assert!(resolves(&site, url), "{url} names no file");
    }
    let feed = std::fs::read_to_string(site.public().join("flode.xml")).unwrap();
    assert!(
        feed.contains(&format!("https://test.example.org{encoded}")),
        "{feed}"
    );
    let page = site.page("/gamma/x/");
    let hrefs = page.attrs("main a", "href");
    assert!(hrefs.contains(&encoded.to_string()), "{hrefs:?}");
    assert!(
        hrefs.contains(&"/V%C3%A5r%20plan/bilaga%201.pdf".to_string()),
        "{hrefs:?}"
    );
    let en = site.page("/en/Vår plan/åtgärder/");
    assert_eq!(
        en.attrs("link[hreflang=sv]", "href"),
        [format!("https://test.example.org{encoded}")]
    );
    for page in [page, en] {
        for href in page.attrs(
            "a[href^='/'], link[href^='https://test.example.org']",
            "href",
        ) {
            assert!(resolves(&site, &href), "{href} names no file");
        }
    }
}
