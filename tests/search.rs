//! Full-text search: a Pagefind index per language and a search page per
//! language, linked from every page; in the browser, queries typed on the
//! example site's search pages find the right documents in Swedish, English
//! and Arabic, axe-core finds nothing wrong with results shown, and without
//! JavaScript the page lists every document.

mod common;

use std::path::Path;

use common::TestSite;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn build_example(out: &Path) {
    common::run_in(manifest(), &["build", "--output", &out.to_string_lossy()]).success();
}

/// Every file under `dir`, relative, with its bytes, sorted.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy();
            out.push((rel.into_owned(), std::fs::read(e.path()).unwrap()));
        }
    }
    out
}

/// The languages listed in a bundle's `pagefind-entry.json`, with their
/// page counts.
fn indexed_languages(bundle: &Path) -> Vec<(String, u64)> {
    let entry: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bundle.join("pagefind-entry.json")).unwrap())
            .unwrap();
    entry["languages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v["page_count"].as_u64().unwrap()))
        .collect()
}

#[test]
fn every_language_has_a_search_page_and_an_index_of_every_document() {
    let site = TestSite::fixture("basic");
    site.build();
    // Two documents and one plain page; alfa is translated into en and ar,
    // beta/plan and the page only exist in Swedish (beta/plan-2015 is
    // replaced, and still listed).
    for (lang, url) in [("sv", "/sok/"), ("en", "/en/sok/"), ("ar", "/ar/sok/")] {
        let page = site.page(url);
        assert_eq!(page.count("form[role=search][method=get]"), 1, "{url}");
        assert_eq!(page.attrs("form[role=search]", "action"), [url]);
        assert_eq!(
            page.attrs("form[role=search]", "data-index"),
            [format!("/pagefind/{lang}/")]
        );
        // A labelled field named q, and a polite live status for the count.
        assert_eq!(page.attrs("label[for=search-q]", "for").len(), 1);
        assert_eq!(page.attrs("input#search-q", "name"), ["q"]);
        assert_eq!(page.attrs("#search-status", "role"), ["status"]);
        assert_eq!(page.attrs("#search-status", "aria-live"), ["polite"]);
        // Without JavaScript: the notice and every document, linked.
        assert_eq!(page.count("#search-nojs"), 1);
        assert_eq!(page.count(".search-all a"), 4, "{url}");
        let bundle = site.public().join("pagefind").join(lang);
        assert!(bundle.join("pagefind.js").is_file(), "{lang}");
        assert!(bundle.join("pagefind-worker.js").is_file(), "{lang}");
        assert!(!bundle.join("pagefind-ui.js").exists(), "{lang}");
        assert_eq!(indexed_languages(&bundle), [(lang.to_string(), 4)]);
    }
    // The English list links the untranslated originals, marked Swedish.
    let en = site.page("/en/sok/");
    assert!(
        en.attrs(".search-all a", "href")
            .contains(&"/beta/plan/".to_string())
    );
    assert!(
        en.attrs(".search-all a[lang=sv]", "href")
            .contains(&"/beta/plan/".to_string())
    );
    assert!(
        en.attrs(".search-all a", "href")
            .contains(&"/en/alfa/strategi/".to_string())
    );
    let ar = site.page("/ar/sok/");
    assert_eq!(ar.attrs("html", "dir"), ["rtl"]);
    assert_eq!(ar.attrs("html", "lang"), ["ar"]);
}

#[test]
fn every_page_links_to_the_search_page_of_its_language() {
    let site = TestSite::fixture("basic");
    site.build();
    for (url, search) in [
        ("/", "/sok/"),
        ("/alfa/strategi/", "/sok/"),
        ("/en/alfa/strategi/", "/en/sok/"),
        ("/ar/fokusomraden/", "/ar/sok/"),
        ("/sidor/om/", "/sok/"),
        ("/en/tillganglighet/", "/en/sok/"),
    ] {
        let page = site.page(url);
        assert_eq!(
            page.attrs(".main-nav a[href$='/sok/']", "href"),
            [search],
            "{url}"
        );
    }
    assert_eq!(
        site.page("/en/sok/")
            .attrs(".main-nav a[aria-current=page]", "href"),
        ["/en/sok/"]
    );
}

/// Only the search page may run scripts, and only its own files and
/// Pagefind's WebAssembly; every other page keeps scripts out entirely.
#[test]
fn only_the_search_page_allows_scripts() {
    let site = TestSite::fixture("basic");
    site.build();
    let csp_of = |html: &str| -> String {
        let doc = scraper::Html::parse_document(html);
        let sel = scraper::Selector::parse("meta[http-equiv=Content-Security-Policy]").unwrap();
        doc.select(&sel)
            .next()
            .and_then(|m| m.value().attr("content"))
            .unwrap()
            .to_string()
    };
    let mut checked = 0;
    for (path, bytes) in site.snapshot() {
        if !path.ends_with(".html") {
            continue;
        }
        let csp = csp_of(&String::from_utf8(bytes).unwrap());
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        if path.ends_with("sok/index.html") {
            assert!(
                csp.starts_with("script-src 'self' 'wasm-unsafe-eval'; connect-src 'self';"),
                "{path}: {csp}"
            );
        } else {
            assert!(!csp.contains("script-src"), "{path}: {csp}");
            assert!(!csp.contains("wasm"), "{path}: {csp}");
        }
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    // `styrdok serve` adds its own script-src for live reload; the search
    // page's own one comes first, so it still counts.
    let search = std::fs::read_to_string(site.public().join("sok/index.html")).unwrap();
    let served = csp_of(&styrdok::serve::inject(&search));
    let first = served
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .unwrap();
    assert_eq!(first, "script-src 'self' 'wasm-unsafe-eval'", "{served}");
    // The script is a file, not inline.
    let page = site.page("/sok/");
    assert_eq!(page.attrs("script", "src"), ["/search.js"]);
    assert!(site.public().join("search.js").is_file());
}

#[test]
fn a_language_without_text_of_its_own_searches_the_originals() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &toml.replace(
            "\n[accessibility]",
            "[languages.so]\nname = \"Soomaali\"\n\n[accessibility]",
        ),
    );
    site.build();
    let so = site.page("/so/sok/");
    assert_eq!(
        so.attrs("form[role=search]", "data-index"),
        ["/pagefind/sv/"]
    );
    assert_eq!(so.attrs("form[role=search]", "data-index-lang"), ["sv"]);
    assert!(!site.public().join("pagefind/so").exists());
    assert_eq!(so.count(".search-all a[lang=sv]"), 4);
}

#[test]
fn a_site_can_turn_search_off() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\n[search]\nenabled = false\n"));
    site.build();
    assert!(!site.public().join("pagefind").exists());
    assert!(!site.public().join("sok").exists());
    let home = site.page("/");
    assert_eq!(
        home.count("a[href=\"/sok/\"]"),
        0,
        "no link to a page that is not there"
    );
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("/sok/"));
}

#[test]
fn a_document_with_nothing_but_its_facts_is_still_indexed() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/gamma/tom.md",
        "---\ntitel: Tom strategi\ntyp: strategi\norganisation: Gamma kommun\nbeslutad av: ~\nbeslutad: ~\ngiltig till: ~\nansvarig: ~\n---\n",
    );
    site.build();
    let sv = site.public().join("pagefind/sv");
    assert_eq!(indexed_languages(&sv), [("sv".to_string(), 5)]);
}

#[test]
fn the_example_site_index_is_the_same_on_every_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build_example(&a);
    build_example(&b);
    let first = tree(&a.join("pagefind"));
    assert!(first.len() > 20, "{} files", first.len());
    assert_eq!(
        first.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        tree(&b.join("pagefind"))
            .iter()
            .map(|(p, _)| p)
            .collect::<Vec<_>>()
    );
    assert!(
        first == tree(&b.join("pagefind")),
        "the index differs between builds"
    );
    // Languages with text of their own have an index; the others read Swedish.
    for lang in ["sv", "en", "ar", "uk"] {
        let langs = indexed_languages(&a.join("pagefind").join(lang));
        assert_eq!(langs, [(lang.to_string(), 7)], "{lang}");
    }
    assert!(!a.join("pagefind/fa").exists());
    assert!(!a.join("pagefind/so").exists());
}

/// In Chromium, on the built example site: a word only one document uses,
/// typed into each language's search page from the keyboard, finds that
/// document first; axe-core finds no violation with the results shown; and
/// with JavaScript off the page lists every document.
#[test]
fn searching_the_example_site_in_the_browser() {
    assert!(
        manifest().join("tests/a11y/node_modules/axe-core").is_dir(),
        "axe-core is not installed: run tests/setup.sh first"
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    // Words from the example content, each used by one document only in its
    // language: Vänersborg's "Integrationsverkstaden" (body), Växjö's
    // "entrepreneurship" (English body) and Vimmerby's "الاختبارات" (the
    // tests, an Arabic indicator).
    let cases = serde_json::json!([
        {"page": "/sok/", "query": "integrationsverkstaden",
         "expect": "/vanersborg/sammanhallet-integrationsarbete/"},
        {"page": "/en/sok/", "query": "entrepreneurship",
         "expect": "/en/vaxjo/integrationsplan/"},
        {"page": "/ar/sok/", "query": "الاختبارات",
         "expect": "/ar/vimmerby/integrations-och-inkluderingsstrategi/"},
        // Persian has no translations: its page searches the originals.
        {"page": "/fa/sok/", "query": "integrationsverkstaden",
         "expect": "/vanersborg/sammanhallet-integrationsarbete/"},
    ]);
    common::search_in_the_browser(&out, &cases, 4);
}
