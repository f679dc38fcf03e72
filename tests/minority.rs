//! The national minority languages (issue 19): Finnish (`fi`), Northern
//! Sámi (`se`) and Meänkieli (`fit`) have interface strings of their own,
//! with CLDR plural forms and dates (Meänkieli follows Finnish), a search
//! index each, and search that works in the browser: Pagefind stems
//! Finnish, and matches words and their beginnings in the other two.

mod common;

use std::path::Path;

use common::{TestSite, stderr};

const LANGUAGES: &str = "[languages.fi]\nname = \"Suomi\"\n[languages.se]\nname = \"Davvisámegiella\"\n[languages.fit]\nname = \"Meänkieli\"\n";

/// The basic fixture with the three languages and Alfa's strategy in each.
fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.replace(
        "site.toml",
        "\n[accessibility]",
        &format!("{LANGUAGES}\n[accessibility]"),
    );
    site.write(
        "content/alfa/strategi.fi.md",
        "---\ntitel: Alfan kunnan kotouttamisstrategia\nsammanfattning: Alfa haluaa, että useammalla on työ ja asunto. Kunta rakentaa uusia asuntoja.\nmål:\n  - id: fler-i-arbete\n    titel: Useampi ulkomailla syntynyt töissä\n  - id: bostader\n    titel: Lisää asuntoja\n---\n",
    );
    site.write(
        "content/alfa/strategi.se.md",
        "---\ntitel: Alfa suohkana integrašuvnnastrategiija\nsammanfattning: Alfa háliida ahte eanebut barget ja sis lea ássanviessu.\nmål:\n  - id: fler-i-arbete\n    titel: Eanebut barget\n---\n",
    );
    site.write(
        "content/alfa/strategi.fit.md",
        "---\ntitel: Alfan kunnan kotouttamisstrategia meänkielelä\nsammanfattning: Alfa halvaa, ette useampi saapi työn ja asunnon.\nmål:\n  - id: fler-i-arbete\n    titel: Useampi töissä\n---\n",
    );
    site.build();
    site
}

#[test]
fn each_language_speaks_its_own_interface_with_its_plurals_and_dates() {
    let site = built();
    let check = site.cmd(&["check"]);
    assert!(
        !stderr(&check).contains("no interface strings"),
        "{}",
        stderr(&check)
    );
    for (lang, skip, decided, goals) in [
        (
            "fi",
            "Siirry sisältöön",
            "15. maaliskuuta 2021",
            "2 tavoitetta",
        ),
        ("se", "Njuike sisdollui", "2021 njukčamánu 15", "2 ulbmila"),
        (
            "fit",
            "Mene sisältöön",
            "15. maaliskuuta 2021",
            "2 tavoitetta",
        ),
    ] {
        let p = site.page(&format!("/{lang}/alfa/strategi/"));
        assert_eq!(p.attrs("html", "lang"), [lang]);
        assert_eq!(p.attrs("html", "dir"), ["ltr"]);
        assert_eq!(p.text(".skip-link"), skip);
        assert!(
            p.source.contains(&format!(">{decided}</time>")),
            "{lang}: no {decided}"
        );
        assert!(
            site.page(&format!("/{lang}/")).text("main").contains(goals),
            "{lang}: no {goals}"
        );
        // Every page of the language says so, with a tag BCP 47 knows.
        let a11y = site.page(&format!("/{lang}/tillganglighet/"));
        assert_eq!(a11y.attrs("html", "lang"), [lang]);
        assert_eq!(a11y.attrs("meta[name='DC.language']", "content"), [lang]);
    }
    // Finnish counts 1 and 2, Northern Sámi has a form for two.
    let fi = site.page("/fi/");
    assert!(
        fi.text("main").contains("2 tavoitetta"),
        "{}",
        fi.text("main")
    );
    let se = site.page("/se/");
    assert!(se.text("main").contains("2 ulbmila"), "{}", se.text("main"));
    assert_eq!(
        site.page("/se/alfa/strategi/")
            .attrs("meta[property='og:locale']", "content"),
        ["se_NO"]
    );
}

/// The languages a Pagefind bundle was made for.
fn indexed_languages(bundle: &Path) -> Vec<String> {
    let entry: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bundle.join("pagefind-entry.json")).unwrap())
            .unwrap();
    entry["languages"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn each_language_has_an_index_of_its_own_in_its_language() {
    let site = built();
    for lang in ["fi", "se", "fit"] {
        let bundle = site.public().join("pagefind").join(lang);
        assert_eq!(indexed_languages(&bundle), [lang], "{lang}");
        let p = site.page(&format!("/{lang}/sok/"));
        assert_eq!(
            p.attrs("form[role=search]", "data-index"),
            [format!("/pagefind/{lang}/")]
        );
    }
    // Finnish gets Pagefind's Finnish stemmer; the others its word and
    // prefix matching without a stemmer (Pagefind writes its language-less
    // module into every bundle).
    let wasm = |lang: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(site.public().join("pagefind").join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("wasm."))
            .collect();
        names.sort();
        names
    };
    assert_eq!(wasm("fi"), ["wasm.fi.pagefind", "wasm.unknown.pagefind"]);
    assert_eq!(wasm("se"), ["wasm.unknown.pagefind"]);
    assert_eq!(wasm("fit"), ["wasm.unknown.pagefind"]);
}

/// In Chromium: a Finnish query finds another form of the word, a Sámi
/// query the beginning of a word, a Meänkieli query the word itself; axe
/// finds nothing wrong with the results shown.
#[test]
fn searching_in_each_language_in_the_browser() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        manifest.join("tests/a11y/node_modules/axe-core").is_dir(),
        "axe-core is not installed: run tests/setup.sh first"
    );
    let site = built();
    let cases = serde_json::json!([
        // The text has "asuntoja" (partitive plural); the query is the
        // genitive plural, which only a stemmer (not a prefix) finds.
        {"page": "/fi/sok/", "query": "asuntojen", "expect": "/fi/alfa/strategi/"},
        {"page": "/se/sok/", "query": "ássan", "expect": "/se/alfa/strategi/"},
        {"page": "/fit/sok/", "query": "asunnon", "expect": "/fit/alfa/strategi/"},
    ]);
    common::search_in_the_browser(&site.public(), &cases, 3);
}
