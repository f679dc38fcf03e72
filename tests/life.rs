//! A document's life (FORMAT.md, issue 17): change notes, repeal, the
//! register of regulations, old addresses, review dates and translations
//! that fall behind. Each rule is checked on a real site built with the
//! binary, on its pages, feeds and open data. The build day is 2026-01-01.

mod common;

use common::{TestSite, fails_after, stderr};
use serde_json::Value;

/// A regulation with every key of a document's life.
const RULES: &str = "---
titel: Föreskrifter om offentlig plats
typ: regler
organisation: Alfa kommun
beslutad av: Kommunfullmäktige
beslutad: 2021-03-15
giltig till: tills vidare
ansvarig: Kommundirektör
paragraf: § 42
fokusområden: [arbete]
ändringar:
  - datum: 2023-05-02
    beskrivning: Stavfel rättade.
  - datum: 2024-03-18
    beskrivning: Avgifterna för uteserveringar är nya.
    större: true
upphävd:
  datum: 2025-01-31
  beslutad av: Kommunfullmäktige
  paragraf: § 12
  anledning: Ersatt av den regionala ordningen.
författningsnummer: AKFS 2021:10
revideras senast: 2026-03-01
för revidering ansvarar: Kommunstyrelsen
tidigare adresser:
  - /alfa/ordningsforeskrifter/
---

Text.
";

/// The same document's English translation, made before the larger change.
const RULES_EN: &str = "---
titel: Regulations on public places
ändringar:
  - beskrivning: Typing errors corrected.
översatt: 2023-06-01
---

Text.
";

/// A strategy in force, with its English aliases.
const STRATEGY: &str = "---
title: Strategi för Alfa
type: strategi
organization: Alfa kommun
decided_by: Kommunfullmäktige
decided: 2022-01-10
valid_until: 2030-12-31
responsible: Socialchef
focus_areas: [arbete]
replaces: \"@/alfa/strategi-2015.md\"
changes:
  - date: 2025-06-01
    description: Nytt mål om boende.
    major: true
regulation_number: AKFS 2021:2
review_by: 2027-01-01
review_responsible: Socialnämnden
previous_addresses: [/alfa/gammal-strategi/]
---

Text.
";

/// The strategy's predecessor.
const OLD_STRATEGY: &str = "---
titel: Strategi för Alfa 2015
typ: strategi
organisation: Alfa kommun
beslutad av: Kommunstyrelsen
beslutad: 2015-02-01
giltig till: 2021-12-31
ansvarig: Socialchef
fokusområden: [arbete]
---

Text.
";

fn site() -> TestSite {
    let s = TestSite::new();
    s.write("content/alfa/ordning.md", RULES)
        .write("content/alfa/ordning.en.md", RULES_EN)
        .write("content/alfa/strategi.md", STRATEGY)
        .write("content/alfa/strategi-2015.md", OLD_STRATEGY)
        .write(
            "content/fokusomraden/arbete.md",
            "---\ntitel: Arbete\n---\n\nArbete.\n",
        );
    s
}

/// The site with the regulation's repeal still to come.
fn repealed_later() -> TestSite {
    let s = site();
    s.replace(
        "content/alfa/ordning.md",
        "datum: 2025-01-31",
        "datum: 2026-06-30",
    );
    s
}

fn json(s: &TestSite, rel: &str) -> Value {
    let path = s.public().join(rel);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(s: &TestSite, rel: &str) -> String {
    std::fs::read_to_string(s.public().join(rel)).unwrap()
}

#[test]
fn every_key_of_a_documents_life_builds() {
    let s = site();
    // Before issue 17 these keys were unknown and the build failed.
    let a = s.build();
    assert!(!stderr(&a).contains("unknown key"), "{}", stderr(&a));
}

#[test]
fn a_change_note_date_must_be_a_date() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/ordning.md",
                "datum: 2023-05-02",
                "datum: 2 maj 2023",
            );
        },
        "content/alfa/ordning.md:12",
        "is not a date in the form YYYY-MM-DD",
    );
}

#[test]
fn an_unknown_key_in_a_change_note_names_the_keys_of_a_change_note() {
    let s = site();
    let err = fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/ordning.md",
                "    större: true",
                "    storr: true",
            );
        },
        "content/alfa/ordning.md:16",
        "in a change note",
    );
    assert!(err.contains("datum, beskrivning, större"), "{err}");
}

#[test]
fn a_repeal_needs_its_date() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace("content/alfa/ordning.md", "  datum: 2025-01-31\n", "");
        },
        "content/alfa/ordning.md:18",
        "\"upphävd\" has no \"datum\"",
    );
}

#[test]
fn a_review_date_must_be_a_date() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/strategi.md",
                "review_by: 2027-01-01",
                "review_by: 2027-13-01",
            );
        },
        "content/alfa/strategi.md:16",
        "not a real date",
    );
}

#[test]
fn an_old_address_must_be_a_site_path() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/ordning.md",
                "  - /alfa/ordningsforeskrifter/",
                "  - alfa/ordning/",
            );
        },
        "content/alfa/ordning.md:26",
        "\"alfa/ordning/\" is not an address on this site",
    );
}

#[test]
fn an_old_address_of_another_document_is_an_error_naming_both() {
    let s = site();
    let err = fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/strategi.md",
                "[/alfa/gammal-strategi/]",
                "[/alfa/ordningsforeskrifter/]",
            );
        },
        "content/alfa/strategi.md:18",
        "the old address /alfa/ordningsforeskrifter/ of content/alfa/strategi.md is already",
    );
    assert!(err.contains("content/alfa/ordning.md"), "{err}");
}

#[test]
fn an_old_address_that_is_a_page_is_an_error_naming_both() {
    let s = site();
    let err = fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/strategi.md",
                "[/alfa/gammal-strategi/]",
                "[/alfa/ordning]",
            );
        },
        "content/alfa/strategi.md:18",
        "the old address /alfa/ordning/ of content/alfa/strategi.md is already content/alfa/ordning.md",
    );
    assert!(err.contains("help:"), "{err}");
}

#[test]
fn a_regulation_number_used_twice_in_one_organisation_is_an_error_at_the_second_file() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/strategi.md",
                "regulation_number: AKFS 2021:2",
                "regulation_number: AKFS  2021:10",
            );
        },
        "content/alfa/strategi.md:15",
        "the författningsnummer \"AKFS 2021:10\" of Alfa kommun is already used by content/alfa/ordning.md",
    );
}

#[test]
fn the_same_regulation_number_in_two_organisations_is_allowed() {
    let s = site();
    s.replace(
        "content/alfa/strategi.md",
        "organization: Alfa kommun\n",
        "organization: Beta kommun\n",
    );
    s.replace(
        "content/alfa/strategi.md",
        "regulation_number: AKFS 2021:2",
        "regulation_number: AKFS 2021:10",
    );
    s.build();
}

#[test]
fn a_translation_cannot_add_change_notes() {
    let s = site();
    fails_after(
        &s,
        |s| {
            s.replace(
                "content/alfa/ordning.en.md",
                "  - beskrivning: Typing errors corrected.\n",
                "  - beskrivning: Typing errors corrected.\n  - beskrivning: New fees.\n  - beskrivning: Extra.\n",
            );
        },
        "content/alfa/ordning.en.md:6",
        "change note number 3 has no match in the original, which has 2",
    );
}

#[test]
fn a_repealed_document_says_so_everywhere_and_stays_published() {
    let s = site();
    s.build();
    let page = s.page("/alfa/ordning/");
    assert_eq!(page.text(".status-line .status"), "Upphävd");
    let notice = page.text(".notice-repealed");
    assert!(
        notice.contains("Det här dokumentet är upphävt."),
        "{notice}"
    );
    assert!(notice.contains("31 januari 2025"), "{notice}");
    assert!(notice.contains("Upphävt av Kommunfullmäktige"), "{notice}");
    assert!(notice.contains("Paragraf § 12"), "{notice}");
    assert!(
        notice.contains("Anledning Ersatt av den regionala ordningen."),
        "{notice}"
    );
    // In its own language too.
    let en = s.page("/en/alfa/ordning/");
    assert_eq!(en.text(".status-line .status"), "Repealed");
    // The lists.
    let home = s.page("/");
    assert!(
        home.texts(".document-item")
            .iter()
            .any(|t| t.contains("Föreskrifter om offentlig plats") && t.contains("Upphävd"))
    );
    let area = s.page("/fokusomraden/arbete/");
    assert!(
        area.texts(".focus-document h4")
            .iter()
            .any(|t| t.contains("Föreskrifter") && t.contains("Upphävd"))
    );
    // Open data and the feed.
    assert_eq!(json(&s, "alfa/ordning/index.json")["status"], "repealed");
    assert_eq!(
        json(&s, "alfa/ordning/index.json")["repealed"]["date"],
        "2025-01-31"
    );
    let list = json(&s, "api/documents.json");
    let entry = list["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "alfa/ordning" && d["language"] == "sv")
        .unwrap();
    assert_eq!(entry["status"], "repealed");
    let feed = read(&s, "flode.xml");
    assert!(
        feed.contains(r#"<category term="repealed" label="Upphävd"/>"#),
        "{feed}"
    );
    // The strategy in force is not repealed.
    assert_eq!(json(&s, "alfa/strategi/index.json")["status"], "in-force");
}

#[test]
fn a_repeal_date_to_come_shows_as_upphavs() {
    let s = repealed_later();
    s.build();
    let page = s.page("/alfa/ordning/");
    assert_eq!(
        page.texts(".status-line .status"),
        ["Gäller tills vidare", "Upphävs 30 juni 2026"]
    );
    assert_eq!(page.count(".notice-repealed"), 0);
    assert_eq!(
        json(&s, "alfa/ordning/index.json")["status"],
        "until-further-notice"
    );
    let home = s.page("/");
    assert!(
        home.texts(".document-item")
            .iter()
            .any(|t| t.contains("Upphävs 30 juni 2026"))
    );
}

#[test]
fn a_repealed_document_leaves_search_and_related_documents() {
    let indexed = |s: &TestSite| -> u64 {
        let entry: Value = serde_json::from_slice(
            &std::fs::read(s.public().join("pagefind/sv/pagefind-entry.json")).unwrap(),
        )
        .unwrap();
        entry["languages"]["sv"]["page_count"].as_u64().unwrap()
    };
    let related = |s: &TestSite| s.page("/alfa/strategi/").texts(".related li");
    let s = repealed_later();
    s.build();
    let before = indexed(&s);
    assert!(
        related(&s).iter().any(|t| t.contains("Föreskrifter")),
        "{:?}",
        related(&s)
    );
    s.replace(
        "content/alfa/ordning.md",
        "datum: 2026-06-30",
        "datum: 2025-01-31",
    );
    s.build();
    assert_eq!(indexed(&s), before - 1);
    assert!(
        !related(&s).iter().any(|t| t.contains("Föreskrifter")),
        "{:?}",
        related(&s)
    );
    let data = json(&s, "alfa/strategi/index.json");
    assert!(
        !data["related"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == "alfa/ordning")
    );
    // Still published.
    assert!(s.public().join("alfa/ordning/index.html").is_file());
}

#[test]
fn change_notes_are_listed_newest_first_and_a_larger_one_updates_the_page() {
    let s = site();
    s.build();
    let page = s.page("/alfa/ordning/");
    assert_eq!(
        page.texts(".changes li"),
        [
            "18 mars 2024 (större ändring): Avgifterna för uteserveringar är nya.",
            "2 maj 2023: Stavfel rättade."
        ]
    );
    assert_eq!(page.fact("Uppdaterad"), "18 mars 2024");
    assert_eq!(
        page.attrs(".changes time", "datetime"),
        ["2024-03-18", "2023-05-02"]
    );
    // The translation translates the first note as written (the smaller
    // one) and shows the other in Swedish, marked.
    let en = s.page("/en/alfa/ordning/");
    assert_eq!(
        en.texts(".changes li"),
        [
            "18 March 2024 (major change): Avgifterna för uteserveringar är nya. (only in Swedish)",
            "2 May 2023: Typing errors corrected."
        ]
    );
    assert_eq!(en.attrs(".changes li > span[lang]", "lang"), ["sv"]);
    assert_eq!(en.fact("Updated"), "18 March 2024");
}

#[test]
fn the_decision_block_names_the_review_and_the_regulation_number() {
    let s = site();
    s.build();
    let page = s.page("/alfa/strategi/");
    assert_eq!(page.fact("Revideras senast"), "1 januari 2027");
    assert_eq!(page.fact("För revidering ansvarar"), "Socialnämnden");
    assert_eq!(page.fact("Författningsnummer"), "AKFS 2021:2");
    let data = json(&s, "alfa/strategi/index.json");
    assert_eq!(data["decision"]["review_by"], "2027-01-01");
    assert_eq!(data["decision"]["review_responsible"], "Socialnämnden");
    assert_eq!(data["regulation_number"], "AKFS 2021:2");
}

#[test]
fn the_line_of_versions_is_shown_newest_first_on_each_page() {
    let s = site();
    s.build();
    for url in ["/alfa/strategi/", "/alfa/strategi-2015/"] {
        let page = s.page(url);
        let versions = page.texts(".versions li");
        assert_eq!(versions.len(), 2, "{url}: {versions:?}");
        assert!(
            versions[0].starts_with("Strategi för Alfa "),
            "{versions:?}"
        );
        assert!(versions[0].contains("Beslutad: 10 januari 2022 (Kommunfullmäktige). Giltig till: 31 december 2030. Gäller"), "{versions:?}");
        assert!(
            versions[1].starts_with("Strategi för Alfa 2015"),
            "{versions:?}"
        );
        assert!(versions[1].contains("Beslutad: 1 februari 2015 (Kommunstyrelsen). Giltig till: 31 december 2021. Gäller inte längre"), "{versions:?}");
        assert_eq!(page.count(".versions li[aria-current=page]"), 1);
    }
    // A document alone has no line of versions.
    assert_eq!(s.page("/alfa/ordning/").count(".versions"), 0);
}

#[test]
fn a_translation_made_before_the_originals_larger_change_says_so_in_its_language() {
    let s = site();
    s.build();
    let en = s.page("/en/alfa/ordning/");
    let notice = en.text(".notice-outdated");
    assert_eq!(
        notice,
        "The original in Swedish was changed on 18 March 2024, after this translation was made. Read the original."
    );
    assert_eq!(en.attrs(".notice-outdated a", "href"), ["/alfa/ordning/"]);
    // Made after it: no notice.
    s.replace(
        "content/alfa/ordning.en.md",
        "översatt: 2023-06-01",
        "översatt: 2024-04-01",
    );
    s.build();
    assert_eq!(s.page("/en/alfa/ordning/").count(".notice-outdated"), 0);
    // Without översatt: never reported.
    s.replace("content/alfa/ordning.en.md", "översatt: 2024-04-01\n", "");
    s.build();
    assert_eq!(s.page("/en/alfa/ordning/").count(".notice-outdated"), 0);
}

#[test]
fn a_larger_change_is_the_feed_entrys_update_and_summary_and_is_in_the_open_data() {
    let s = site();
    s.build();
    let feed = read(&s, "flode.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap();
    let entry = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("entry")
                && n.children()
                    .any(|c| c.has_tag_name("title") && c.text() == Some("Strategi för Alfa"))
        })
        .unwrap();
    let child = |name: &str| {
        entry
            .children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap()
            .to_string()
    };
    assert_eq!(child("published"), "2022-01-10T00:00:00Z");
    assert_eq!(child("updated"), "2025-06-01T00:00:00Z");
    assert_eq!(child("summary"), "Nytt mål om boende.");
    let data = json(&s, "alfa/strategi/index.json");
    assert_eq!(data["updated"], "2025-06-01");
    assert_eq!(
        data["changes"],
        serde_json::json!([{"date": "2025-06-01", "description": "Nytt mål om boende.", "language": "sv", "major": true}])
    );
    let old = json(&s, "alfa/strategi-2015/index.json");
    assert_eq!(old["updated"], Value::Null);
    assert_eq!(old["changes"], serde_json::json!([]));
}

#[test]
fn the_open_data_of_a_documents_life_validates_against_its_schemas() {
    let s = site();
    s.build();
    let validator = |name: &str| {
        let schema = json(&s, &format!("api/schema/{name}"));
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let one = validator("document.schema.json");
    for rel in [
        "alfa/ordning/index.json",
        "en/alfa/ordning/index.json",
        "alfa/strategi/index.json",
        "alfa/strategi-2015/index.json",
    ] {
        let data = json(&s, rel);
        let errors: Vec<String> = one.iter_errors(&data).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{rel}: {errors:?}");
    }
    let en = json(&s, "en/alfa/ordning/index.json");
    assert_eq!(en["changes"][1]["language"], "en");
    assert_eq!(en["changes"][0]["language"], "sv");
    let all = validator("documents.schema.json");
    let list = json(&s, "api/documents.json");
    let errors: Vec<String> = all.iter_errors(&list).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn check_warns_when_a_review_is_due_or_overdue() {
    let s = site();
    let a = s.cmd(&["check"]).success();
    let err = stderr(&a);
    assert!(
        err.contains("content/alfa/ordning.md:23:1: warning[review-due]: the document must be reviewed by 2026-03-01, in 59 days"),
        "{err}"
    );
    assert!(err.contains("responsible: Kommunstyrelsen"), "{err}");
    // More than 90 days ahead: nothing.
    assert!(!err.contains("content/alfa/strategi.md:16"), "{err}");
    s.replace(
        "content/alfa/strategi.md",
        "review_by: 2027-01-01",
        "review_by: 2025-12-01",
    );
    let err = stderr(&s.cmd(&["check"]).success());
    assert!(
        err.contains("content/alfa/strategi.md:16:1: warning[review-due]: the document should have been reviewed by 2025-12-01"),
        "{err}"
    );
}

#[test]
fn check_warns_for_a_translation_behind_its_original_naming_both_files_and_dates() {
    let s = site();
    let err = stderr(&s.cmd(&["check"]).success());
    assert!(
        err.contains("content/alfa/ordning.en.md:5:11: warning[translation-behind]"),
        "{err}"
    );
    assert!(
        err.contains("warning[translation-behind]: this translation follows the text of 2023-06-01, but content/alfa/ordning.md has a larger change dated 2024-03-18"),
        "{err}"
    );
    s.replace("content/alfa/ordning.en.md", "översatt: 2023-06-01\n", "");
    let err = stderr(&s.cmd(&["check"]).success());
    assert!(!err.contains("translation-behind"), "{err}");
}

#[test]
fn an_old_address_leads_to_the_new_one_in_every_language_the_document_has() {
    let s = site();
    s.build();
    for (old, new, lang) in [
        ("/alfa/ordningsforeskrifter/", "/alfa/ordning/", "sv"),
        ("/en/alfa/ordningsforeskrifter/", "/en/alfa/ordning/", "en"),
    ] {
        let page = s.page(old);
        assert_eq!(
            page.attrs("meta[http-equiv=refresh]", "content"),
            [format!("0; url={new}")]
        );
        assert_eq!(page.attrs("meta[name=robots]", "content"), ["noindex"]);
        assert_eq!(
            page.attrs("link[rel=canonical]", "href"),
            [format!("https://test.example.org{new}")]
        );
        assert_eq!(page.attrs("main a", "href"), [new]);
        assert_eq!(page.attrs("html", "lang"), [lang]);
    }
    // Not in a language the document does not have.
    assert!(!s.public().join("ar/alfa/ordningsforeskrifter").exists());
    // Not announced as a page of its own.
    let sitemap = read(&s, "sitemap.xml");
    assert!(!sitemap.contains("ordningsforeskrifter"), "{sitemap}");
}

/// `styrdok check --due <args>`: (exit status, stdout, stderr).
fn due(s: &TestSite, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["check", "--due"];
    all.extend_from_slice(args);
    let a = s.cmd(&all);
    let out = a.get_output();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The rows of `check --due`'s table, each cell trimmed (cells are at
/// least two spaces apart).
fn table_rows(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .skip(3)
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[test]
fn check_due_lists_reviews_expiries_and_repeals_of_the_period_by_date_as_a_table() {
    let s = repealed_later();
    s.replace(
        "content/alfa/strategi.md",
        "valid_until: 2030-12-31",
        "valid_until: 2026-02-15",
    );
    let (code, out, err) = due(&s, &["200"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "Due from 2026-01-01 to 2026-07-20 (reviews, expiries and repeals; and overdue reviews), by date:"
    );
    assert_eq!(
        lines[2].split_whitespace().collect::<Vec<_>>(),
        ["date", "what", "responsible", "file", "document"]
    );
    let (_, sv, _) = due(&s, &["200", "--lang", "sv"]);
    let sv: Vec<&str> = sv.lines().collect();
    assert!(
        sv[0].starts_with("Förfaller från 2026-01-01 till 2026-07-20"),
        "{sv:?}"
    );
    assert_eq!(
        sv[2].split_whitespace().collect::<Vec<_>>(),
        ["datum", "vad", "ansvarig", "fil", "dokument"]
    );
    assert_eq!(
        table_rows(&out),
        [
            vec![
                "2026-02-15",
                "expiry",
                "Socialchef",
                "content/alfa/strategi.md:7",
                "Strategi för Alfa (Alfa kommun)"
            ],
            vec![
                "2026-03-01",
                "review",
                "Kommunstyrelsen",
                "content/alfa/ordning.md:23",
                "Föreskrifter om offentlig plats (Alfa kommun)"
            ],
            vec![
                "2026-06-30",
                "repeal",
                "Kommundirektör",
                "content/alfa/ordning.md:18",
                "Föreskrifter om offentlig plats (Alfa kommun)"
            ],
        ]
    );
    // The columns line up.
    let at = |l: &str| l[..l.find("content/").unwrap()].chars().count();
    assert!(lines[3..].iter().all(|l| at(l) == at(lines[3])), "{out}");
    // Only the list: no warnings, no readability table.
    assert!(!err.contains("warning"), "{err}");
    assert!(!out.contains("Readability") && !err.contains("Readability"));

    // Up to a date, and an overdue review, which comes first.
    s.replace(
        "content/alfa/strategi.md",
        "review_by: 2027-01-01",
        "review_by: 2025-12-01",
    );
    let (code, out, _) = due(&s, &["2026-03-01"]);
    assert_eq!(code, 0);
    let firsts: Vec<String> = table_rows(&out)
        .into_iter()
        .map(|r| format!("{} | {} | {}", r[0], r[1], r[3]))
        .collect();
    assert_eq!(
        firsts,
        [
            "2025-12-01 | review, overdue | content/alfa/strategi.md:16",
            "2026-02-15 | expiry | content/alfa/strategi.md:7",
            "2026-03-01 | review | content/alfa/ordning.md:23"
        ]
    );
}

#[test]
fn check_due_leaves_out_what_has_ended_and_says_when_nothing_is_due() {
    // The regulation is repealed (2025-01-31): its review is not due, the
    // repeal has passed, and the strategy's review is a year away.
    let s = site();
    let (code, out, _) = due(&s, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Nothing falls due from 2026-01-01 to 2026-04-01, and no review is overdue.\n"
    );
    // In the language of the messages, as every other line.
    let (_, out, _) = due(&s, &["--lang", "sv"]);
    assert_eq!(
        out,
        "Inget förfaller från 2026-01-01 till 2026-04-01, och ingen revidering är försenad.\n"
    );
}

#[test]
fn check_due_speaks_json_and_fails_on_errors() {
    let s = repealed_later();
    let (code, out, _) = due(&s, &["2027-01-01", "--message-format", "json"]);
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(list["from"], "2026-01-01");
    assert_eq!(list["until"], "2027-01-01");
    assert_eq!(
        list["due"],
        serde_json::json!([
            {
                "date": "2026-03-01", "kind": "review", "overdue": false,
                "id": "alfa/ordning", "title": "Föreskrifter om offentlig plats",
                "organisation": "Alfa kommun", "responsible": "Kommunstyrelsen",
                "file": "content/alfa/ordning.md", "line": 23
            },
            {
                "date": "2026-06-30", "kind": "repeal", "overdue": false,
                "id": "alfa/ordning", "title": "Föreskrifter om offentlig plats",
                "organisation": "Alfa kommun", "responsible": "Kommundirektör",
                "file": "content/alfa/ordning.md", "line": 18
            },
            {
                "date": "2027-01-01", "kind": "review", "overdue": false,
                "id": "alfa/strategi", "title": "Strategi för Alfa",
                "organisation": "Alfa kommun", "responsible": "Socialnämnden",
                "file": "content/alfa/strategi.md", "line": 16
            }
        ])
    );
    // An error: exit status 1, the error on standard error, nothing listed.
    s.replace("content/alfa/strategi.md", "type: strategi", "type: vision");
    let (code, out, err) = due(&s, &["--message-format", "json"]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("content/alfa/strategi.md:3"), "{err}");
    // A period that is neither days nor a date is a usage error.
    let (code, _, err) = due(&s, &["snart"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("\"snart\" is neither a number of days nor a date"),
        "{err}"
    );
}
