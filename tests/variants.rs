//! Language variants (FORMAT.md): easy-to-read Swedish as
//! `[languages.lattlast]` with `code = "sv"`. Its files and addresses use
//! the key, its text's `lang` the code, its hreflang `sv-x-lattlast`, and
//! `check` holds it to the stricter limits of `[readability.easy]`.

mod common;

use std::collections::HashSet;

use common::{TestSite, fails_after, stderr};

const LATTLAST: &str = "\n[languages.lattlast]\nname = \"Lättläst\"\ncode = \"sv\"\n";

/// The basic fixture with a lättläst language and a lättläst version of
/// Alfa's strategy (Beta's plan has none).
fn site() -> TestSite {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}{LATTLAST}"));
    site.write(
        "content/alfa/strategi.lattlast.md",
        "---\ntitel: Så ska Alfa arbeta med integration\nsammanfattning: >\n  Alfa vill att fler har ett jobb.\n  Alla ska ha en bra bostad.\nmål:\n  - id: fler-i-arbete\n    titel: Fler ska ha ett jobb\n  - id: bostader\n    titel: Fler bostäder\n---\n",
    );
    site
}

fn built() -> TestSite {
    let site = site();
    site.build();
    site
}

#[test]
fn a_variants_file_has_its_address_under_the_key_and_its_text_is_swedish() {
    let site = built();
    let p = site.page("/lattlast/alfa/strategi/");
    assert_eq!(p.attrs("html", "lang"), ["sv"]);
    assert_eq!(p.attrs("html", "dir"), ["ltr"]);
    assert_eq!(p.text("h1"), "Så ska Alfa arbeta med integration");
    assert_eq!(p.attrs("meta[name='DC.language']", "content"), ["sv"]);
    assert_eq!(p.attrs("meta[property='og:locale']", "content"), ["sv_SE"]);
    // Swedish is named once among the locales, not once per variant.
    let alternates = p.attrs("meta[property='og:locale:alternate']", "content");
    assert!(!alternates.contains(&"sv_SE".to_string()), "{alternates:?}");
    // Facts come from the original, as in any translation.
    assert!(p.source.contains("Kommunfullmäktige"), "no decision facts");
    // The interface is Swedish (sv.ftl), and no theme file is asked for.
    assert_eq!(
        p.text(".skip-link"),
        site.page("/alfa/strategi/").text(".skip-link")
    );
    let check = site.cmd(&["check"]);
    assert!(
        !stderr(&check).contains("no interface strings for \"lattlast\""),
        "{}",
        stderr(&check)
    );
    // Every page of the variant says lang="sv", never the key.
    for (path, _) in site.snapshot() {
        if path.starts_with("lattlast/") && path.ends_with(".html") {
            let p = site.page(&format!("/{path}"));
            assert_eq!(p.attrs("html", "lang"), ["sv"], "{path}");
            assert_eq!(p.count("[lang=lattlast]"), 0, "{path}");
        }
    }
    let feed = std::fs::read_to_string(site.public().join("lattlast/flode.xml")).unwrap();
    assert!(feed.contains("xml:lang=\"sv\""), "{feed}");
    assert!(!feed.contains("lattlast\""), "{feed}");
}

#[test]
fn a_page_without_a_variant_falls_back_to_the_original() {
    let site = built();
    assert!(!site.public().join("lattlast/beta/plan/index.html").exists());
    let home = site.page("/lattlast/");
    let links = home.attrs("a[href='/beta/plan/']", "hreflang");
    assert_eq!(links, ["sv"], "Beta's original, marked as such");
    assert_eq!(
        home.attrs("a[href='/lattlast/alfa/strategi/']", "lang"),
        Vec::<String>::new()
    );
}

#[test]
fn the_switcher_offers_the_variant_only_where_a_page_has_it() {
    let site = built();
    let p = site.page("/alfa/strategi/");
    let sel = ".languages a[href='/lattlast/alfa/strategi/']";
    assert_eq!(p.texts(sel), ["Lättläst"]);
    assert_eq!(p.attrs(sel, "lang"), ["sv"]);
    assert_eq!(p.attrs(sel, "hreflang"), ["sv-x-lattlast"]);
    let own = site.page("/lattlast/alfa/strategi/");
    assert_eq!(
        own.attrs(".languages a[aria-current]", "href"),
        ["/lattlast/alfa/strategi/"]
    );
    let beta = site.page("/beta/plan/");
    assert_eq!(beta.count(".languages a[href^='/lattlast/']"), 0);
    assert!(
        beta.texts(".languages .unavailable")
            .iter()
            .any(|t| t.contains("Lättläst")),
        "{:?}",
        beta.texts(".languages li")
    );
}

#[test]
fn hreflang_values_are_distinct_on_every_page_and_in_the_sitemap() {
    let site = built();
    let p = site.page("/alfa/strategi/");
    assert_eq!(
        p.attrs("link[rel=alternate][hreflang]", "hreflang"),
        ["sv", "en", "ar", "sv-x-lattlast", "x-default"]
    );
    for (path, _) in site.snapshot() {
        if !path.ends_with(".html") {
            continue;
        }
        let tags = site
            .page(&format!("/{path}"))
            .attrs("link[rel=alternate][hreflang]", "hreflang");
        let distinct: HashSet<_> = tags.iter().collect();
        assert_eq!(distinct.len(), tags.len(), "{path}: {tags:?}");
    }
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    let mut saw_variant = false;
    for url in sitemap.split("<url>").skip(1) {
        let tags: Vec<&str> = url
            .split("hreflang=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        saw_variant |= tags.contains(&"sv-x-lattlast");
        let distinct: HashSet<_> = tags.iter().collect();
        assert_eq!(distinct.len(), tags.len(), "{url}");
    }
    assert!(saw_variant, "{sitemap}");
}

/// A summary of 18 words in one sentence, 3 of them long: LIX 35, easy
/// enough for the usual limits (40, 25 words), not for lättläst (30, 15).
const MEDIUM_SUMMARY: &str = "Alfa vill att fler invånare ska få ett jobb och en trevlig bostad nära skolan och sina kamrater.";

#[test]
fn check_holds_a_variant_to_stricter_limits_which_site_toml_can_change() {
    let site = site();
    site.replace(
        "content/alfa/strategi.lattlast.md",
        "Alfa vill att fler har ett jobb.\n  Alla ska ha en bra bostad.",
        MEDIUM_SUMMARY,
    );
    let out = stderr(&site.cmd(&["check"]));
    let about_variant = |out: &str, what: &str| {
        out.lines()
            .any(|l| l.contains("strategi.lattlast.md") && l.contains(what))
    };
    assert!(about_variant(&out, "above 30"), "{out}");
    assert!(
        about_variant(&out, "sentence(s) of more than 15 words"),
        "{out}"
    );
    // The same text in the original passes the usual limits.
    site.replace(
        "content/alfa/strategi.md",
        "Alfa vill att fler ska ha arbete\n  och bostad.",
        MEDIUM_SUMMARY,
    );
    let out = stderr(&site.cmd(&["check"]));
    assert!(
        !out.lines()
            .any(|l| l.contains("alfa/strategi.md:") && l.contains("summary")),
        "{out}"
    );
    // `[readability.easy]` sets the variant's limits.
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[readability.easy]\nlix_summary = 45\nsentence_words = 25\n"),
    );
    let out = stderr(&site.cmd(&["check"]));
    assert!(!about_variant(&out, "summary"), "{out}");
}

#[test]
fn an_invalid_code_is_an_error_at_its_line() {
    let site = site();
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let line = 1 + toml.lines().position(|l| l == "code = \"sv\"").unwrap();
    let err = fails_after(
        &site,
        |s| {
            s.replace("site.toml", "code = \"sv\"", "code = \"lätt svenska\"");
        },
        &format!("site.toml:{line}:8"),
        "not a language tag",
    );
    assert!(err.contains("lätt svenska"), "{err}");
}

#[test]
fn a_themes_own_strings_for_the_variant_come_before_its_codes() {
    let site = site();
    site.write(
        "themes/default/i18n/lattlast.ftl",
        "skip-to-content = Hoppa till texten\n",
    );
    site.build();
    assert_eq!(
        site.page("/lattlast/alfa/strategi/").text(".skip-link"),
        "Hoppa till texten"
    );
    // Strings it lacks are the default language's, and check says so.
    let sv = site.page("/alfa/strategi/");
    let own = site.page("/lattlast/alfa/strategi/");
    assert_eq!(own.text(".main-nav"), sv.text(".main-nav"));
    let out = stderr(&site.cmd(&["check"]));
    assert!(out.contains("missing in \"lattlast\""), "{out}");
}

/// The example site's five documents, each with a lättläst version.
const EXAMPLE_DOCUMENTS: &[&str] = &[
    "vanersborg/sammanhallet-integrationsarbete",
    "vargarda/strategi-for-integration",
    "vimmerby/integrations-och-inkluderingsstrategi",
    "vaxjo/integrationsplan",
    "vansbro/integrationspolitisk-policy",
];

#[test]
fn the_example_sites_lattlast_versions_are_published_and_easy_to_read() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    common::run_in(root, &["build", "--output", &public.to_string_lossy()]).success();
    for key in EXAMPLE_DOCUMENTS {
        let html =
            std::fs::read_to_string(public.join(format!("lattlast/{key}/index.html"))).unwrap();
        let p = common::Page {
            html: scraper::Html::parse_document(&html),
            source: html,
        };
        assert_eq!(p.attrs("html", "lang"), ["sv"], "{key}");
        let original = std::fs::read_to_string(public.join(format!("{key}/index.html"))).unwrap();
        let original = scraper::Html::parse_document(&original);
        let goals = scraper::Selector::parse("#sd-goals li.goal").unwrap();
        assert_eq!(
            p.count("#sd-goals li.goal"),
            original.select(&goals).count(),
            "{key}: every goal has its lättläst title"
        );
    }
    // No readability warning on a lättläst file, at the stricter limits.
    let check = common::run_in(root, &["check"]);
    let out = stderr(&check);
    let warned: Vec<&str> = out
        .lines()
        .filter(|l| l.contains(".lattlast.md") && l.contains("warning"))
        .collect();
    assert!(warned.is_empty(), "{warned:?}");
    assert_eq!(out.matches(".lattlast.md ").count(), 5, "{out}");
}
