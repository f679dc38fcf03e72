//! The register of regulations (författningssamling, FORMAT.md "A
//! document's life", issue 17): its page in every language, its order,
//! where it is linked from, its open data (JSON against its published
//! schema, and CSV), and the schema.org `Legislation` JSON-LD of each
//! regulation's page. Built from `tests/fixtures/register` with the
//! binary; the build day is 2026-01-01.

mod common;

use common::{Page, TestSite};
use serde_json::Value;

fn site() -> TestSite {
    let s = TestSite::fixture("register");
    s.build();
    s
}

fn json(s: &TestSite, rel: &str) -> Value {
    let path = s.public().join(rel);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The register's rows under the `n`th organisation heading: (part, the
/// row's cells as text), part being `in-force` or `ended`.
fn rows(page: &Page, n: usize, part: &str) -> Vec<Vec<String>> {
    let table = format!("[aria-labelledby=sd-register-{n}-{part}] tbody tr");
    let cells = page.texts(&format!("{table} > *"));
    cells.chunks(7).map(<[String]>::to_vec).collect()
}

fn numbers(page: &Page, n: usize, part: &str) -> Vec<String> {
    rows(page, n, part)
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

#[test]
fn the_register_lists_each_organisations_regulations_in_force_first_by_year_then_number() {
    let s = site();
    let page = s.page("/forfattningssamling/");
    assert_eq!(page.text("h1"), "Författningssamling");
    assert_eq!(
        page.texts(".register-organisation h2"),
        ["Alfa kommun", "Beta kommun"]
    );
    // 2021:2 before 2021:10: the sequence is a number, not text.
    assert_eq!(
        numbers(&page, 1, "in-force"),
        ["AKFS 2020:15", "AKFS 2021:2", "AKFS 2021:10"]
    );
    assert_eq!(numbers(&page, 1, "ended"), ["AKFS 2018:1", "AKFS 2019:3"]);
    assert_eq!(numbers(&page, 2, "in-force"), ["BKFS 2022:1"]);
    assert_eq!(page.count("[aria-labelledby=sd-register-2-ended]"), 0);
    // Each row: number, title, decision body, paragraph, dates, status.
    assert_eq!(
        page.texts("thead th")[..7],
        [
            "Författningsnummer",
            "Titel",
            "Beslutad av",
            "Paragraf",
            "Beslutad",
            "Giltig till",
            "Status"
        ]
    );
    assert_eq!(
        rows(&page, 1, "in-force")[2],
        [
            "AKFS 2021:10",
            "Lokala ordningsföreskrifter för Alfa kommun",
            "Kommunfullmäktige",
            "§ 42",
            "15 mars 2021",
            "Tills vidare",
            "Gäller tills vidare"
        ]
    );
    // A fact the document does not state is said to be missing.
    assert_eq!(
        rows(&page, 1, "in-force")[0][2],
        "Uppgift saknas i dokumentet"
    );
    assert_eq!(
        rows(&page, 1, "ended"),
        [
            [
                "AKFS 2018:1",
                "Renhållningsordning 2018–2022",
                "Kommunfullmäktige",
                "§ 3",
                "15 januari 2018",
                "31 december 2022",
                "Gäller inte längre"
            ],
            [
                "AKFS 2019:3",
                "Föreskrifter om hundar",
                "Kommunfullmäktige",
                "§ 30",
                "1 april 2019",
                "Tills vidare",
                "Upphävd från och med 31 januari 2025"
            ]
        ]
    );
    // A repeal still to come keeps the regulation in force, and says so.
    assert_eq!(
        rows(&page, 2, "in-force")[0][6],
        "Gäller tills vidare Upphävs 30 juni 2026"
    );
    assert_eq!(
        page.attrs("tbody td a", "href"),
        [
            "/alfa/eldning/",
            "/alfa/avgifter/",
            "/alfa/ordning/",
            "/alfa/avfall/",
            "/alfa/hundar/",
            "/beta/parkering/"
        ]
    );
    assert_eq!(
        page.attrs("tbody time", "datetime")[..2],
        ["2020-11-20", "2021-02-01"]
    );
    // Not a strategy: only documents with a författningsnummer.
    assert!(!page.source.contains("Strategi för Alfa"));
}

#[test]
fn the_register_is_published_in_every_language_with_its_titles_where_translated() {
    let s = site();
    let en = s.page("/en/forfattningssamling/");
    assert_eq!(en.text("h1"), "Register of regulations");
    assert_eq!(en.attrs("html", "lang"), ["en"]);
    assert_eq!(
        en.texts("[aria-labelledby=sd-register-1-in-force] tbody td:nth-child(2)"),
        [
            "Föreskrifter om eldning utomhus (only in Swedish)",
            "Taxa för torghandel (only in Swedish)",
            "Local public order regulations of Alfa Municipality"
        ]
    );
    // The organisation is named as the translation names it; the
    // paragraph as translated; the dates in English.
    assert_eq!(
        en.texts(".register-organisation h2"),
        ["Alfa Municipality", "Beta kommun"]
    );
    assert_eq!(
        rows(&en, 1, "in-force")[2][3..6],
        ["Section 42", "15 March 2021", "Until further notice"]
    );
    assert_eq!(
        en.attrs(
            "[aria-labelledby=sd-register-1-in-force] tbody td a",
            "href"
        ),
        ["/alfa/eldning/", "/alfa/avgifter/", "/en/alfa/ordning/"]
    );
    let ar = s.page("/ar/forfattningssamling/");
    assert_eq!(ar.attrs("html", "dir"), ["rtl"]);
    assert_eq!(ar.text("h1"), "سجل اللوائح");
    for url in [
        "/fa/forfattningssamling/",
        "/so/forfattningssamling/",
        "/uk/forfattningssamling/",
        "/fi/forfattningssamling/",
        "/se/forfattningssamling/",
        "/fit/forfattningssamling/",
        "/lattlast/forfattningssamling/",
    ] {
        let page = s.page(url);
        assert_eq!(page.count(".register-organisation"), 2, "{url}");
        // The interface strings come from the language's own file (the
        // Swedish ones are the fallback of a missing string), lättläst
        // speaking Swedish.
        let swedish = url.starts_with("/lattlast/");
        assert_eq!(page.text("h1") == "Författningssamling", swedish, "{url}");
        assert_eq!(page.texts("thead th")[1] == "Titel", swedish, "{url}");
        assert_eq!(
            page.text(".register-data").starts_with("Registret"),
            swedish,
            "{url}"
        );
    }
    // Each version names the others.
    assert_eq!(
        en.attrs("link[rel=alternate][hreflang=sv]", "href"),
        ["https://test.example.org/forfattningssamling/"]
    );
    let sitemap = std::fs::read_to_string(s.public().join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://test.example.org/uk/forfattningssamling/</loc>"),
        "{sitemap}"
    );
}

#[test]
fn the_register_is_linked_from_every_page_only_when_the_site_has_regulations() {
    let s = site();
    for url in ["/", "/alfa/strategi/", "/en/", "/forfattningssamling/"] {
        let page = s.page(url);
        let footer = page.attrs("footer a", "href");
        let own = if url.starts_with("/en/") {
            "/en/forfattningssamling/"
        } else {
            "/forfattningssamling/"
        };
        assert!(footer.iter().any(|h| h == own), "{url}: {footer:?}");
    }
    assert_eq!(
        s.page("/").attrs(".register-link a", "href"),
        ["/forfattningssamling/"]
    );
    // The same site without a single författningsnummer has no register.
    for file in ["ordning", "avgifter", "eldning", "hundar", "avfall"] {
        let rel = format!("content/alfa/{file}.md");
        let text = std::fs::read_to_string(s.root().join(&rel)).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("författningsnummer:"))
            .collect();
        s.write(&rel, &(kept.join("\n") + "\n"));
    }
    s.replace(
        "content/beta/parkering.md",
        "författningsnummer: BKFS 2022:1\n",
        "",
    );
    s.build();
    assert!(!s.public().join("forfattningssamling").exists());
    assert!(!s.public().join("en/forfattningssamling").exists());
    assert!(!s.public().join("api/register.json").exists());
    assert!(!s.public().join("api/register.csv").exists());
    let home = s.page("/");
    assert_eq!(home.count(".register-link"), 0);
    assert!(!home.source.contains("forfattningssamling"));
}

#[test]
fn a_document_cannot_take_the_registers_address() {
    let s = TestSite::fixture("register");
    s.write(
        "content/forfattningssamling.md",
        "---\ntitel: Fel\ntyp: plan\norganisation: Alfa kommun\nbeslutad av: ~\nbeslutad: 2020-01-01\ngiltig till: ~\nansvarig: ~\n---\n\nText.\n",
    );
    let err = common::stderr(&s.cmd(&["build"]).code(1));
    assert!(
        err.contains("content/forfattningssamling.md:1:1: error[address-taken]: this file would be published at /forfattningssamling/, which is already the register of regulations"),
        "{err}"
    );
}

#[test]
fn the_registers_json_matches_its_published_schema_and_the_csv_says_the_same() {
    let s = site();
    let data = json(&s, "api/register.json");
    let schema = json(&s, "api/schema/register.schema.json");
    jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("no schema: {e}"));
    assert_eq!(
        schema["$id"],
        "https://test.example.org/api/schema/register.schema.json"
    );
    assert_eq!(data["$schema"], schema["$id"]);
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(data["status_date"], "2026-01-01");
    assert_eq!(data["url"], "https://test.example.org/forfattningssamling/");
    assert_eq!(data["csv_url"], "https://test.example.org/api/register.csv");
    let regulations = data["regulations"].as_array().unwrap();
    let listed: Vec<(&str, bool)> = regulations
        .iter()
        .map(|r| {
            (
                r["number"].as_str().unwrap(),
                r["in_force"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("AKFS 2020:15", true),
            ("AKFS 2021:2", true),
            ("AKFS 2021:10", true),
            ("AKFS 2018:1", false),
            ("AKFS 2019:3", false),
            ("BKFS 2022:1", true),
        ]
    );
    let dogs = &regulations[4];
    assert_eq!(dogs["status"], "repealed");
    assert_eq!(dogs["repeal_date"], "2025-01-31");
    assert_eq!(dogs["decided_by"], "Kommunfullmäktige");
    assert_eq!(dogs["paragraph"], "§ 30");
    assert_eq!(dogs["url"], "https://test.example.org/alfa/hundar/");
    assert_eq!(regulations[0]["decided_by"], Value::Null);
    assert_eq!(regulations[5]["repeal_date"], "2026-06-30");

    // Something that breaks the format fails the schema.
    let mut broken = data.clone();
    broken["regulations"][0]["in_force"] = "yes".into();
    assert!(!validator.is_valid(&broken));
    broken = data.clone();
    broken["regulations"][0]
        .as_object_mut()
        .unwrap()
        .remove("number");
    assert!(!validator.is_valid(&broken));

    // The CSV: the same rows, fields and order.
    let raw = std::fs::read_to_string(s.public().join("api/register.csv")).unwrap();
    assert!(raw.contains("\r\n"), "CRLF line ends");
    let mut rdr = csv::Reader::from_reader(raw.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let required: Vec<String> = schema["properties"]["regulations"]["items"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(header, required);
    let records: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), regulations.len());
    for (record, json) in records.iter().zip(regulations) {
        for (cell, field) in record.iter().zip(&header) {
            let expected = match &json[field] {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(cell, expected, "{field} of {}", json["number"]);
        }
    }
    // The page links its data.
    let page = s.page("/forfattningssamling/");
    assert_eq!(
        page.attrs(".register-data a", "href"),
        ["/api/register.csv", "/api/register.json"]
    );
    assert_eq!(
        page.attrs("link[rel=alternate][type=\"application/json\"]", "href"),
        ["/api/register.json"]
    );
}

/// The JSON-LD of a page, parsed.
fn json_ld(page: &Page) -> Vec<Value> {
    let sel = scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    page.html
        .select(&sel)
        .map(|e| {
            let text: String = e.text().collect();
            serde_json::from_str(&text).unwrap_or_else(|err| panic!("{err}: {text}"))
        })
        .collect()
}

#[test]
fn a_regulations_page_carries_schema_org_legislation() {
    let s = site();
    let ld = json_ld(&s.page("/alfa/ordning/"));
    assert_eq!(ld.len(), 1);
    let l = &ld[0];
    assert_eq!(l["@context"], "https://schema.org");
    assert_eq!(l["@type"], "Legislation");
    assert_eq!(l["legislationIdentifier"], "AKFS 2021:10");
    assert_eq!(l["legislationDate"], "2021-03-15");
    assert_eq!(l["legislationLegalForce"], "https://schema.org/InForce");
    assert_eq!(l["name"], "Lokala ordningsföreskrifter för Alfa kommun");
    assert_eq!(l["url"], "https://test.example.org/alfa/ordning/");
    assert_eq!(l["inLanguage"], "sv");
    assert_eq!(l["legislationPassedBy"]["name"], "Kommunfullmäktige");
    assert_eq!(l["publisher"]["name"], "Alfa kommun");
    assert_eq!(l["dateModified"], "2024-03-18");
    assert_eq!(l.get("translationOfWork"), None);
    // The translation: its own title and language, the original's facts.
    let en = &json_ld(&s.page("/en/alfa/ordning/"))[0];
    assert_eq!(en["legislationIdentifier"], "AKFS 2021:10");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(
        en["name"],
        "Local public order regulations of Alfa Municipality"
    );
    assert_eq!(
        en["translationOfWork"]["@id"],
        "https://test.example.org/alfa/ordning/"
    );
    // Repealed and expired regulations are not in force.
    for url in ["/alfa/hundar/", "/alfa/avfall/"] {
        let l = &json_ld(&s.page(url))[0];
        assert_eq!(
            l["legislationLegalForce"], "https://schema.org/NotInForce",
            "{url}"
        );
    }
    assert_eq!(
        json_ld(&s.page("/alfa/avfall/"))[0]["expires"],
        "2022-12-31"
    );
    // A repeal still to come: in force until then.
    assert_eq!(
        json_ld(&s.page("/beta/parkering/"))[0]["legislationLegalForce"],
        "https://schema.org/InForce"
    );
    // A document that is not a regulation has none.
    assert!(json_ld(&s.page("/alfa/strategi/")).is_empty());
}

#[test]
fn no_text_of_a_regulation_can_end_its_json_ld() {
    let s = TestSite::fixture("register");
    s.replace(
        "content/alfa/avgifter.md",
        "titel: Taxa för torghandel",
        "titel: \"Taxa </script><script>alert(1)</script> & annat\"",
    );
    s.build();
    let page = s.page("/alfa/avgifter/");
    assert_eq!(page.count("script"), 1, "{}", page.source);
    assert_eq!(
        json_ld(&page)[0]["name"],
        "Taxa </script><script>alert(1)</script> & annat"
    );
}
