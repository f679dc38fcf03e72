//! The accessibility statement (issue 19): every fact of Digg's model
//! statement comes from `[accessibility]` in site.toml, is shown in every
//! language, and a statement Digg would not accept fails `check` at the
//! line to change.

mod common;

use common::{TestSite, fails_after, stderr};

#[test]
fn every_fact_of_diggs_model_is_shown_in_every_language() {
    let site = TestSite::fixture("basic");
    site.build();
    let sv = site.page("/tillganglighet/");
    let text = sv.text(".accessibility");
    for fact in [
        // Organisation and service.
        "Testkommunen står bakom webbplatsen Teststrategier",
        // Compliance.
        "Webbplatsen är delvis förenlig med nivå AA",
        // The known problems by reason, with what they affect and when
        // they will be fixed.
        "Bristande förenlighet med lagkraven",
        "Påverkar: Den som använder skärmläsare.",
        "Vi planerar att åtgärda det senast 30 juni 2027.",
        "Innehåll som inte omfattas av lagen (9 §)",
        // How and when the site was assessed; when the statement changed.
        "Granskarna AB har gjort en oberoende granskning av webbplatsen. Den senaste bedömningen gjordes 15 september 2026.",
        "Redogörelsen uppdaterades senast 1 oktober 2026.",
        // How to report and ask for another format, and how soon we answer.
        "i ett annat format",
        "Vi strävar efter att svara inom 3 arbetsdagar.",
    ] {
        assert!(text.contains(fact), "no {fact:?} in:\n{text}");
    }
    // No disproportionate burden is listed, so it has no heading.
    assert!(!text.contains("Oskäligt betungande"), "{text}");
    // The problems keep the language they are written in.
    assert_eq!(
        sv.texts(".a11y-problems span[lang=sv]"),
        [
            "Bilagor i PDF är inte tillgängliga.",
            "Den som använder skärmläsare.",
            "Inspelade sammanträden från 2019 saknar undertexter.",
            "Den som inte hör."
        ]
    );
    for url in [
        "/tillganglighet/",
        "/en/tillganglighet/",
        "/ar/tillganglighet/",
    ] {
        let p = site.page(url);
        // Digg's report form, in every language.
        assert!(
            p.attrs("a", "href")
                .contains(&"https://www.digg.se/tdosanmalan".to_string()),
            "{url}"
        );
        assert_eq!(p.count(".a11y-problems li"), 2, "{url}");
        assert_eq!(p.count("h4"), 2, "{url}");
    }
    let en = site.page("/en/tillganglighet/").text(".accessibility");
    for fact in [
        "We aim to answer within 3 working days.",
        "We plan to fix this by 30 June 2027.",
        "Content outside the scope of the Act (section 9)",
        "This statement was last updated on 1 October 2026.",
    ] {
        assert!(en.contains(fact), "no {fact:?} in:\n{en}");
    }
    let ar = site.page("/ar/tillganglighet/");
    assert!(
        ar.source
            .contains("أجرت <bdi>Granskarna AB</bdi> مراجعة مستقلة"),
        "{}",
        ar.text(".accessibility")
    );
}

/// FORMAT.md lets a statement say "partial" with its four keys alone, so
/// the site is published; Digg's model asks for the list of problems, so
/// `check` warns at the compliance line, and `--deny warnings` fails.
#[test]
fn a_partial_statement_without_its_problems_warns_at_the_compliance_line() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let cut = toml.find("[[accessibility.problems]]").unwrap();
    site.write("site.toml", &toml[..cut]);
    site.build();
    let text = site.page("/tillganglighet/").text(".accessibility");
    assert!(text.contains("delvis förenlig"), "{text}");
    let err = stderr(&site.cmd(&["check"]).success());
    assert!(
        err.contains("site.toml:17:14: warning[incomplete-statement]: compliance is \"partial\", but the statement lists no problem that makes it so"),
        "{err}"
    );
    assert!(err.contains("[[accessibility.problems]]"), "{err}");
    site.cmd(&["check", "--deny", "warnings"]).code(1);
}

#[test]
fn a_problem_lacking_a_required_fact_fails_at_its_own_line() {
    let site = TestSite::fixture("basic");
    fails_after(
        &site,
        |s| {
            s.replace("site.toml", "fixed_by = 2027-06-30\n", "");
        },
        "site.toml:24:1:",
        "is not compliant but does not say when it will be fixed",
    );
    let site = TestSite::fixture("basic");
    fails_after(
        &site,
        |s| {
            s.replace("site.toml", "reason = \"outside-law\"", "");
        },
        "site.toml:30:1:",
        "this accessibility problem has no `reason`",
    );
}

#[test]
fn a_full_statement_cannot_list_problems_within_the_law() {
    let site = TestSite::fixture("basic");
    fails_after(
        &site,
        |s| {
            s.replace(
                "site.toml",
                "compliance = \"partial\"",
                "compliance = \"full\"",
            );
        },
        "site.toml:17:",
        "compliance is \"full\", but problems that are not compliant",
    );
    // Content outside the law may stand beside full compliance.
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let first = toml.find("[[accessibility.problems]]").unwrap();
    let second = toml.rfind("[[accessibility.problems]]").unwrap();
    site.write(
        "site.toml",
        &format!("{}{}", &toml[..first], &toml[second..]).replace("\"partial\"", "\"full\""),
    );
    site.build();
    assert!(
        site.page("/tillganglighet/")
            .text(".accessibility")
            .contains("Inspelade sammanträden")
    );
}

/// FORMAT.md's four keys (organisation, contact_email, compliance,
/// reviewed) make a statement that builds: `reviewed` dates both the
/// statement and the assessment. What Digg's model asks for beyond them
/// is a warning saying what to add.
#[test]
fn formats_four_keys_build_and_missing_facts_say_what_to_write() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let start = toml.find("[accessibility]").unwrap();
    site.write(
        "site.toml",
        &format!(
            "{}[accessibility]\norganisation = \"Testkommunen\"\ncontact_email = \"a11y@test.example.org\"\ncompliance = \"full\"\nreviewed = 2026-08-15\n",
            &toml[..start]
        ),
    );
    site.build();
    let text = site.page("/tillganglighet/").text(".accessibility");
    for fact in [
        "Den senaste bedömningen gjordes 15 augusti 2026.",
        "Redogörelsen uppdaterades senast 15 augusti 2026.",
        "a11y@test.example.org",
    ] {
        assert!(text.contains(fact), "no {fact:?} in:\n{text}");
    }
    let err = stderr(&site.cmd(&["check"]).success());
    for want in [
        "site.toml:13:1: warning[incomplete-statement]: the accessibility statement does not say when a report is answered",
        "help: add response_days = 5 to [accessibility]",
        "site.toml:13:1: warning[incomplete-statement]: the accessibility statement does not say how the site was assessed",
    ] {
        assert!(err.contains(want), "no {want:?} in:\n{err}");
    }
    let site = TestSite::fixture("basic");
    site.replace("site.toml", "assessed_by = \"Granskarna AB\"\n", "");
    let err = stderr(&site.cmd(&["check"]).code(1));
    assert!(
        err.contains(
            "site.toml:18:14: error[config]: an independent assessment does not say who made it"
        ),
        "{err}"
    );
}
