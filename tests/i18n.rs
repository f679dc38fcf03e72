//! Multilingual sites: the URL scheme, lang and dir on every page, hreflang,
//! the language switcher, untranslated documents, and links resolved in the
//! reader's language.

mod common;

use common::{TestSite, stderr};

fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.build();
    site
}

#[test]
fn url_scheme_per_language() {
    let site = built();
    for url in [
        "/",
        "/en/",
        "/ar/",
        "/alfa/strategi/",
        "/en/alfa/strategi/",
        "/ar/alfa/strategi/",
        "/fokusomraden/arbete/",
        "/en/fokusomraden/arbete/",
        "/ar/fokusomraden/boende/",
        "/en/fokusomraden/",
    ] {
        site.page(url);
    }
    // Beta's plan is not translated: it has no English or Arabic page.
    assert!(!site.public().join("en/beta/plan/index.html").exists());
}

#[test]
fn every_page_has_lang_and_dir() {
    let site = built();
    for (path, _) in site.snapshot() {
        if !path.ends_with(".html") {
            continue;
        }
        let p = site.page(&format!("/{path}"));
        let (lang, dir) = match path.split('/').next().unwrap() {
            "en" => ("en", "ltr"),
            "ar" => ("ar", "rtl"),
            _ => ("sv", "ltr"),
        };
        assert_eq!(p.attrs("html", "lang"), [lang], "{path}");
        assert_eq!(p.attrs("html", "dir"), [dir], "{path}");
    }
}

#[test]
fn hreflang_alternates_list_every_translation() {
    let site = built();
    let p = site.page("/alfa/strategi/");
    let langs = p.attrs("link[rel=alternate]", "hreflang");
    let hrefs = p.attrs("link[rel=alternate][hreflang]", "href");
    assert_eq!(langs, ["sv", "en", "ar", "x-default"]);
    assert_eq!(
        hrefs,
        [
            "https://test.example.org/alfa/strategi/",
            "https://test.example.org/en/alfa/strategi/",
            "https://test.example.org/ar/alfa/strategi/",
            "https://test.example.org/alfa/strategi/",
        ]
    );
    // Same set from the English page; its canonical is its own address.
    let en = site.page("/en/alfa/strategi/");
    assert_eq!(
        en.attrs("link[rel=alternate]", "hreflang"),
        ["sv", "en", "ar", "x-default"]
    );
    assert_eq!(
        en.attrs("link[rel=canonical]", "href"),
        ["https://test.example.org/en/alfa/strategi/"]
    );
    // An untranslated document has no alternates but itself.
    let beta = site.page("/beta/plan/");
    assert_eq!(beta.attrs("link[rel=alternate]", "hreflang"), ["sv"]);
}

#[test]
fn the_switcher_names_languages_in_themselves_and_says_what_is_missing() {
    let site = built();
    let p = site.page("/en/alfa/strategi/");
    assert_eq!(
        p.texts(".languages li a"),
        ["Svenska", "English", "العربية"]
    );
    assert_eq!(p.attrs(".languages li a", "lang"), ["sv", "en", "ar"]);
    assert_eq!(
        p.attrs(".languages li a", "href"),
        [
            "/alfa/strategi/",
            "/en/alfa/strategi/",
            "/ar/alfa/strategi/"
        ]
    );
    assert_eq!(
        p.attrs(".languages a[aria-current]", "href"),
        ["/en/alfa/strategi/"]
    );
    assert_eq!(p.attrs(".languages li a[lang=ar]", "dir"), ["rtl"]);
    let beta = site.page("/beta/plan/");
    assert_eq!(beta.attrs(".languages li a", "href"), ["/beta/plan/"]);
    let unavailable = beta.texts(".languages .unavailable");
    assert_eq!(
        unavailable,
        [
            "English (finns inte på detta språk)",
            "العربية (finns inte på detta språk)"
        ]
    );
    assert_eq!(beta.count("img"), 0, "no flags");
}

#[test]
fn listings_show_untranslated_documents_with_a_note() {
    let site = built();
    let p = site.page("/en/");
    let titles = p.texts(".document-title");
    assert_eq!(
        titles,
        [
            "Strategy for integration in Alfa Municipality",
            "Integrationsplan för Beta (only in Swedish)",
            "Integrationsplan för Beta 2015 (only in Swedish)"
        ]
    );
    assert_eq!(
        p.attrs(".document-title a[lang=sv]", "href"),
        ["/beta/plan/", "/beta/plan-2015/"]
    );
    assert_eq!(
        p.texts(".organisation-heading"),
        ["Alfa Municipality", "Beta kommun"]
    );
    assert!(p.text(".home-documents h2").contains("3 documents"));
    let ar = site.page("/ar/");
    assert_eq!(
        ar.attrs(".document-title a[lang=sv]", "dir"),
        ["ltr", "ltr"]
    );
}

#[test]
fn links_resolve_in_the_readers_language() {
    let site = built();
    let en = site.page("/en/alfa/strategi/");
    assert_eq!(
        en.attrs(".body a", "href"),
        [
            "/beta/plan/",
            "/en/fokusomraden/arbete/",
            "/en/alfa/strategi/#bostader"
        ]
    );
    assert_eq!(
        en.attrs("#fler-i-arbete .goal-focus a", "href"),
        ["/en/fokusomraden/arbete/"]
    );
    assert_eq!(
        en.text("#fler-i-arbete .goal-focus a"),
        "Work and self-support"
    );
    // Boende has no English text: the link says it is in Swedish.
    assert_eq!(en.attrs("#bostader .goal-focus a", "lang"), ["sv"]);
    // The goal left without an id is matched by position.
    assert_eq!(en.text("#bostader h3"), "More homes");
    assert_eq!(
        en.texts("#fler-i-arbete .indicators li"),
        ["Share of people born abroad in employment"]
    );
    assert!(
        en.text(".notice-translation")
            .contains("This is a translation")
    );
}

#[test]
fn focus_areas_exist_in_every_language() {
    let site = built();
    let en = site.page("/en/fokusomraden/arbete/");
    assert_eq!(en.text("h1"), "Work and self-support");
    assert_eq!(
        en.attrs(".goal-table a", "href"),
        [
            "/en/alfa/strategi/#fler-i-arbete",
            "/beta/plan/#egen-forsorjning"
        ]
    );
    assert_eq!(
        en.texts(".goal-table th")[..2],
        ["Goal", "How the goal is measured"]
    );
    let boende = site.page("/en/fokusomraden/boende/");
    assert_eq!(boende.text("h1"), "Boende");
    assert!(
        boende
            .text(".notice-translation")
            .contains("not yet available in this language")
    );
    let ar = site.page("/ar/fokusomraden/arbete/");
    assert_eq!(ar.attrs("html", "dir"), ["rtl"]);
}

#[test]
fn a_partial_translation_points_to_the_full_text() {
    let site = built();
    let ar = site.page("/ar/alfa/strategi/");
    assert_eq!(ar.count(".body"), 0);
    assert_eq!(
        ar.attrs(".notice-translation a", "href"),
        ["/alfa/strategi/"]
    );
    assert_eq!(
        ar.text("#fler-i-arbete h3"),
        "المزيد من المولودين في الخارج في العمل"
    );
    // Inherited from the original.
    assert_eq!(ar.attrs(".facts time", "datetime")[0], "2021-03-15");
}

#[test]
fn plural_forms_follow_the_language() {
    let site = built();
    let en = site.page("/en/");
    let counts = en.texts(".document-meta div:last-child dd");
    assert_eq!(counts, ["2 goals", "1 goal", "0 goals"]);
    let sv = site.page("/");
    assert_eq!(
        sv.texts(".document-meta div:last-child dd"),
        ["2 mål", "1 mål", "0 mål"]
    );
}

#[test]
fn a_broken_link_in_a_translation_names_file_and_line() {
    let site = built();
    let before = site.snapshot();
    site.write(
        "content/alfa/strategi.en.md",
        "---\ntitel: S\n---\n\nSee [x](@/alfa/strategi.md#no-such-goal).\n",
    );
    let err = stderr(&site.cmd(&["build"]).code(1));
    assert!(err.contains("content/alfa/strategi.en.md:5:9"), "{err}");
    assert!(err.contains("has no goal \"no-such-goal\""), "{err}");
    assert_eq!(before, site.snapshot());
}

#[test]
fn relative_links_to_files_are_checked_and_rewritten() {
    let site = TestSite::fixture("basic");
    site.write("content/alfa/bilaga.pdf", "%PDF");
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\n[Bilaga](../alfa/bilaga.pdf) och [planen](../beta/plan.md).\n",
    );
    site.build();
    let p = site.page("/sidor/om/");
    assert_eq!(
        p.attrs(".body a", "href"),
        ["/alfa/bilaga.pdf", "/beta/plan/"]
    );
    assert!(site.public().join("alfa/bilaga.pdf").exists());
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\n[Bilaga](../alfa/bilage.pdf)\n",
    );
    let err = stderr(&site.cmd(&["build"]).code(1));
    assert!(err.contains("content/sidor/om.md:5:1"), "{err}");
    assert!(
        err.contains("did you mean content/alfa/bilaga.pdf?"),
        "{err}"
    );
}
