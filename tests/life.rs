//! A document's life (FORMAT.md, issue 17): change notes, repeal, the
//! register of regulations, old addresses, review dates and translations
//! that fall behind. Each rule is checked on a real site built with the
//! binary, on its pages, feeds and open data. The build day is 2026-01-01.

mod common;

use common::{TestSite, fails_after, stderr};

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

fn site() -> TestSite {
    let s = TestSite::new();
    s.write("content/alfa/ordning.md", RULES)
        .write("content/alfa/ordning.en.md", RULES_EN)
        .write("content/alfa/strategi.md", STRATEGY);
    s
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
        "content/alfa/ordning.md:11",
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
        "content/alfa/ordning.md:15",
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
        "content/alfa/ordning.md:17",
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
        "content/alfa/strategi.md:14",
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
        "content/alfa/ordning.md:25",
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
        "content/alfa/strategi.md:16",
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
        "content/alfa/strategi.md:16",
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
        "content/alfa/strategi.md:13",
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
