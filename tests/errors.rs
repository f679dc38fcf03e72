//! Bad input: every case exits 1, names the file and line, says what is
//! wrong, and leaves the previous output exactly as it was.

mod common;

use common::{TestSite, stderr};

/// Builds the good fixture, breaks it with `edit`, builds again, and checks
/// the failure: exit status 1, `file:line` and `phrase` in the message, and
/// the previous site untouched.
fn fails(edit: impl FnOnce(&TestSite), file_line: &str, phrase: &str) -> String {
    common::fails_after(&TestSite::fixture("basic"), edit, file_line, phrase)
}

const DOC: &str = "---\ntitel: T\ntyp: strategi\norganisation: O\nbeslutad av: KF\nbeslutad: 2020-01-01\ngiltig till: 2030-01-01\nansvarig: A\n";

fn doc(extra: &str, body: &str) -> String {
    format!("{DOC}{extra}---\n{body}")
}

#[test]
fn broken_document_link() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "\nText.\n\nSe [planen](@/beta/plann.md).\n"),
            );
        },
        "content/gamma/x.md:13:13",
        "there is no document \"@/beta/plann.md\"",
    );
    assert!(err.contains("did you mean \"@/beta/plan.md\"?"), "{err}");
}

#[test]
fn broken_goal_link() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "Se [målet](@/beta/plan.md#egen-forsorjnin).\n"),
            );
        },
        "content/gamma/x.md:10:12",
        "has no goal \"egen-forsorjnin\"",
    );
    assert!(err.contains("did you mean #egen-forsorjning?"), "{err}");
}

#[test]
fn broken_focus_link() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "Om [hälsa](@fokus/halsa).\n"),
            );
        },
        "content/gamma/x.md:10:12",
        "the focus area \"halsa\", which does not exist",
    );
}

#[test]
fn unknown_focus_area_in_a_goal() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc(
                    "mål:\n  - id: a\n    titel: Mål A\n    fokusområde: arbet\n",
                    "",
                ),
            );
        },
        "content/gamma/x.md:12:18",
        "the focus area \"arbet\" is not defined",
    );
    assert!(err.contains("did you mean \"arbete\"?"), "{err}");
}

#[test]
fn impossible_date() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &DOC.replace("2020-01-01", "2023-02-30")
                    .replace("ansvarig: A\n", "ansvarig: A\n---\n"),
            );
        },
        "content/gamma/x.md:6:",
        "2023-02-30 is not a real date",
    );
}

#[test]
fn date_in_words() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "").replace("giltig till: 2030-01-01", "giltig till: 11 december 2019"),
            );
        },
        "content/gamma/x.md:7:",
        "is not a date in the form YYYY-MM-DD",
    );
}

#[test]
fn unknown_document_type() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "").replace("typ: strategi", "typ: stratgi"),
            );
        },
        "content/gamma/x.md:3:",
        "unknown document type \"stratgi\"",
    );
    assert!(err.contains("did you mean \"strategi\"?"), "{err}");
}

#[test]
fn missing_required_key() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "").replace("ansvarig: A\n", ""),
            );
        },
        "content/gamma/x.md:1:",
        "the required key \"ansvarig\" is missing",
    );
    assert!(err.contains("ansvarig: ~"), "{err}");
}

#[test]
fn misspelt_key() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "").replace("giltig till:", "giltig_till:"),
            );
        },
        "content/gamma/x.md:7:1",
        "There is no key `giltig_till`.",
    );
    assert!(err.contains("Did you mean `giltig till`?"), "{err}");
}

/// Every message of styrdok, in Swedish and in English: both files have
/// it, it formats, and it takes the same arguments in both.
#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let problems = styrdok::messages::problems();
    assert!(problems.is_empty(), "{problems:#?}");
    let ids = styrdok::messages::ids(styrdok::messages::Lang::Sv);
    assert!(ids.len() > 200, "{}", ids.len());
}

/// A site whose default language is Swedish, checked with no LANG: the
/// messages, their help and the summary are in Swedish; the code and the
/// place are the same as in English.
#[test]
fn check_on_a_swedish_site_speaks_swedish() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/gamma/x.md",
        &doc("", "").replace("giltig till:", "giltig_till:"),
    );
    let a = common::run_with(site.root(), &["check"], &[]).code(1);
    let err = stderr(&a);
    assert!(
        err.contains("content/gamma/x.md:7:1: fel[unknown-key]: Nyckeln `giltig_till` finns inte."),
        "{err}"
    );
    assert!(err.contains("hjälp: Menade du `giltig till`?"), "{err}");
    assert!(
        err.contains("rätta dem och kör styrdok check igen"),
        "{err}"
    );
    assert!(!err.contains("error"), "{err}");
    // LANG names English: English, whatever the site's language.
    let a = common::run_with(site.root(), &["check"], &[("LANG", "en_GB.UTF-8")]).code(1);
    assert!(stderr(&a).contains("error[unknown-key]: There is no key `giltig_till`."));
    // --lang comes before LANG.
    let a = common::run_with(
        site.root(),
        &["check", "--lang", "sv"],
        &[("LANG", "en_GB.UTF-8")],
    )
    .code(1);
    assert!(stderr(&a).contains("fel[unknown-key]: Nyckeln"));
    // JSON keeps the English code and severity and carries the Swedish words.
    let a = common::run_with(
        site.root(),
        &["check", "--message-format", "json"],
        &[("LANG", "C.UTF-8")],
    )
    .code(1);
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    let first: serde_json::Value = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["code"] == "unknown-key")
        .unwrap();
    assert_eq!(first["code"], "unknown-key");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["message"], "Nyckeln `giltig_till` finns inte.");
    assert_eq!(first["help"], "Menade du `giltig till`?");
}

#[test]
fn broken_yaml() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("mål:\n  - id: a\n     titel: [x\n", ""),
            );
        },
        "content/gamma/x.md:",
        "not valid YAML",
    );
}

#[test]
fn duplicate_goal_ids() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc(
                    "mål:\n  - id: a\n    titel: Ett\n  - id: a\n    titel: Två\n",
                    "",
                ),
            );
        },
        "content/gamma/x.md:12:",
        "the goal id \"a\" is used twice",
    );
}

#[test]
fn translation_without_original() {
    fails(
        |s| {
            s.write("content/gamma/y.en.md", "---\ntitel: Y\n---\n");
        },
        "content/gamma/y.en.md:1:1",
        "there is no original in the default language",
    );
}

#[test]
fn unknown_language() {
    fails(
        |s| {
            s.write("content/alfa/strategi.fi.md", "---\ntitel: Y\n---\n");
        },
        "content/alfa/strategi.fi.md:1:1",
        "site.toml has no such language",
    );
}

#[test]
fn replaced_document_must_exist() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("ersätter: \"@/beta/plan-2014.md\"\n", ""),
            );
        },
        "content/gamma/x.md:9:",
        "there is no document \"@/beta/plan-2014.md\"",
    );
}

#[test]
fn no_front_matter() {
    fails(
        |s| {
            s.write("content/gamma/x.md", "# Bara text\n");
        },
        "content/gamma/x.md:1:1",
        "does not start with front matter",
    );
}

#[test]
fn two_files_same_address() {
    fails(
        |s| {
            s.write("content/en/alfa/strategi.md", &doc("", ""));
        },
        "content/en/alfa/strategi.md:1:1",
        "which is already",
    );
}

#[test]
fn bad_site_toml() {
    fails(
        |s| {
            s.write(
                "site.toml",
                &common::SITE_TOML.replace("base_url", "base_ulr"),
            );
        },
        "site.toml:2:",
        "did you mean `base_url`?",
    );
}

/// `[cms]` without the keys its backend needs: one error per key at the
/// section's line, in the reader's language, help included.
#[test]
fn a_cms_section_without_its_keys_in_both_languages() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let line = toml.lines().count() + 2;
    let at = format!("site.toml:{line}:1");
    let err = common::fails_after(
        &site,
        |s| {
            s.write(
                "site.toml",
                &format!("{toml}\n[cms]\nbackend = \"gitlab\"\n"),
            );
        },
        &at,
        "error[config]: [cms] has no `repo`",
    );
    for expected in [
        format!("{at}: error[config]: [cms] has no `app_id`"),
        "help: add repo = \"owner/name\", the repository the site is built from".into(),
        "help: add app_id = \"…\", the id of the GitLab application the editor signs in with"
            .into(),
    ] {
        assert!(err.contains(&expected), "expected {expected:?} in:\n{err}");
    }
    // No LANG: the site's default language, Swedish.
    let err = stderr(&common::run_with(site.root(), &["check"], &[]).code(1));
    for expected in [
        format!("{at}: fel[config]: [cms] saknar `repo`"),
        format!("{at}: fel[config]: [cms] saknar `app_id`"),
        "hjälp: lägg till repo = \"ägare/namn\", det git-förråd (repository) som webbplatsen byggs från".into(),
        "hjälp: lägg till app_id = \"…\", id:t för den GitLab-applikation som redigeraren loggar in med"
            .into(),
    ] {
        assert!(err.contains(&expected), "expected {expected:?} in:\n{err}");
    }
}

#[test]
fn all_errors_are_reported_in_one_run() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/gamma/x.md",
        &doc("", "[a](@/nope.md)\n").replace("typ: strategi", "typ: nej"),
    );
    site.write("content/gamma/z.md", &doc("", "[b](@fokus/nope)\n"));
    let err = stderr(&site.cmd(&["build"]).code(1));
    assert!(err.contains("content/gamma/x.md:3:"), "{err}");
    assert!(err.contains("content/gamma/z.md:10:"), "{err}");
    // The bad type does not hide the broken link in the same file.
    assert!(
        err.contains(
            "content/gamma/x.md:10:5: error[unknown-document]: there is no document \"@/nope.md\""
        ),
        "{err}"
    );
    assert!(err.contains("3 errors, "), "{err}");
}

/// A date that is not a date, and a broken link, in one file: both are
/// reported in one run (README: all problems at once).
#[test]
fn a_bad_date_does_not_hide_a_broken_link() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/gamma/x.md",
        &doc("", "Se [planen](@/beta/plann.md).\n")
            .replace("beslutad: 2020-01-01", "beslutad: 2020-13-01"),
    );
    let err = stderr(&site.cmd(&["check"]).code(1));
    assert!(
        err.contains("content/gamma/x.md:6:11: error[bad-date]"),
        "{err}"
    );
    assert!(
        err.contains("content/gamma/x.md:10:13: error[unknown-document]"),
        "{err}"
    );
}

#[test]
fn refuses_an_output_folder_with_other_files() {
    let site = TestSite::fixture("basic");
    site.write("mine/notes.txt", "keep me");
    let out = site.root().join("mine");
    let a = site
        .cmd(&["build", "--output", &out.to_string_lossy()])
        .code(1);
    assert!(
        stderr(&a).contains("holds files that styrdok did not write"),
        "{}",
        stderr(&a)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "keep me"
    );
    let a = site
        .cmd(&[
            "build",
            "--output",
            &site.root().to_string_lossy(),
            "--force",
        ])
        .code(1);
    assert!(
        stderr(&a).contains("holds the site itself"),
        "{}",
        stderr(&a)
    );
}

#[test]
fn goals_written_as_text_instead_of_a_list() {
    fails(
        |s| {
            s.write("content/gamma/x.md", &doc("mål: Fler i arbete\n", ""));
        },
        "content/gamma/x.md:9:",
        "not valid YAML",
    );
}

#[test]
fn goal_without_id() {
    fails(
        |s| {
            s.write("content/gamma/x.md", &doc("mål:\n  - titel: Ett mål\n", ""));
        },
        "content/gamma/x.md:10:",
        "this goal has no \"id\"",
    );
}

#[test]
fn goal_without_title() {
    fails(
        |s| {
            s.write("content/gamma/x.md", &doc("mål:\n  - id: a\n", ""));
        },
        "content/gamma/x.md:10:",
        "the goal \"a\" has no \"titel\"",
    );
}

#[test]
fn goal_id_with_a_space() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("mål:\n  - id: fler i arbete\n    titel: T\n", ""),
            );
        },
        "content/gamma/x.md:10:",
        "cannot be used in a web address",
    );
}

#[test]
fn empty_title() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "").replace("titel: T", "titel: ~"),
            );
        },
        "content/gamma/x.md:2:1",
        "\"titel\" has no value",
    );
}

#[test]
fn replaces_without_at_path() {
    fails(
        |s| {
            s.write("content/gamma/x.md", &doc("ersätter: beta/plan.md\n", ""));
        },
        "content/gamma/x.md:9:",
        "\"ersätter\" must name a document",
    );
}

#[test]
fn unknown_focus_area_for_the_document() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("fokusområden: [arbete, boend]\n", ""),
            );
        },
        "content/gamma/x.md:9:",
        "the focus area \"boend\" is not defined",
    );
}

#[test]
fn translation_with_a_goal_the_original_lacks() {
    fails(
        |s| {
            s.write(
                "content/beta/plan.en.md",
                "---\ntitel: Plan\nmål:\n  - id: egen-forsorjnig\n    titel: Self-support\n---\n",
            );
        },
        "content/beta/plan.en.md:4:",
        "the goal \"egen-forsorjnig\" is not in the original document",
    );
}

#[test]
fn unclosed_front_matter() {
    fails(
        |s| {
            s.write("content/gamma/x.md", DOC);
        },
        "content/gamma/x.md:1:1",
        "the front matter is never closed",
    );
}

#[test]
fn not_utf8() {
    fails(
        |s| {
            std::fs::create_dir_all(s.root().join("content/gamma")).unwrap();
            std::fs::write(
                s.root().join("content/gamma/x.md"),
                b"---\ntyp: plan\ntitel: V\xe4xj\xf6\n---\n",
            )
            .unwrap();
        },
        "content/gamma/x.md:3:9",
        "not saved as UTF-8",
    );
}

#[test]
fn focus_area_without_title() {
    fails(
        |s| {
            s.write(
                "content/fokusomraden/halsa.md",
                "---\nsammanfattning: Hälsa.\n---\n",
            );
        },
        "content/fokusomraden/halsa.md:1:1",
        "the required key \"titel\" is missing",
    );
}

#[test]
fn default_language_not_listed() {
    fails(
        |s| {
            s.write(
                "site.toml",
                &common::SITE_TOML
                    .replace("default_language = \"sv\"", "default_language = \"fi\""),
            );
        },
        "site.toml:3:1",
        "the default language \"fi\" is not listed",
    );
}

#[test]
fn link_to_a_missing_page() {
    fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("", "Läs [om oss](@/sidor/om-oss.md).\n"),
            );
        },
        "content/gamma/x.md:10:14",
        "the page \"@/sidor/om-oss.md\", which does not exist",
    );
}

#[test]
fn tab_indented_yaml() {
    let err = fails(
        |s| {
            s.write("content/gamma/x.md", &doc("mål:\n\t- id: a\n", ""));
        },
        // The tab itself: line 10, column 1.
        "content/gamma/x.md:10:1",
        "there is a tab here",
    );
    assert!(err.contains("replace the tab with spaces"), "{err}");
}

#[test]
fn a_tab_after_spaces_is_pointed_at() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("mål:\n  - id: a\n   \ttitel: T\n", ""),
            );
        },
        "content/gamma/x.md:11:4",
        "there is a tab here",
    );
    assert!(err.contains("replace the tab with spaces"), "{err}");
}

/// The template of `styrdok new` once said `mål: []` above an example
/// goal in comments: taking the # away gave "did not find expected key".
#[test]
fn a_list_under_an_empty_list_names_the_trap() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("mål: []\n  - id: a\n    titel: T\n", ""),
            );
        },
        "content/gamma/x.md:10:",
        "`mål: []` on line 9 says the list is empty",
    );
    assert!(err.contains("remove the `[]` after `mål:`"), "{err}");
}

#[test]
fn the_same_page_twice() {
    fails(
        |s| {
            s.write("content/beta/plan.sv.md", &doc("", ""));
        },
        "content/beta/plan.sv.md:1:1",
        "content/beta/plan.sv.md and content/beta/plan.md are both the original of the same page",
    );
}

#[test]
fn unknown_link_form() {
    fails(
        |s| {
            s.write("content/gamma/x.md", &doc("", "[x](@fokusomrade/arbete)\n"));
        },
        "content/gamma/x.md:10:5",
        "is not a link styrdok knows",
    );
}

#[test]
fn misspelt_key_in_a_goal() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/x.md",
                &doc("mål:\n  - id: a\n    titel: T\n    indikator: [x]\n", ""),
            );
        },
        "content/gamma/x.md:",
        "unknown key \"indikator\" in a goal",
    );
    assert!(err.contains("did you mean \"indikatorer\"?"), "{err}");
}

#[test]
fn a_goal_link_to_a_document_with_errors_reports_only_that_documents_error() {
    let err = fails(
        |s| {
            let plan = std::fs::read_to_string(s.root().join("content/beta/plan.md")).unwrap();
            s.write(
                "content/beta/plan.md",
                &plan.replace("typ: plan", "typ: plann"),
            );
        },
        "content/beta/plan.md:3:",
        "unknown document type \"plann\"",
    );
    // Alfa links to #egen-forsorjning in that plan: no second message, no panic.
    assert!(!err.contains("content/alfa/strategi.md"), "{err}");
}

#[test]
fn broken_theme_template() {
    let err = fails(
        |s| {
            s.write(
                "themes/default/templates/page.html",
                "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title </h1>\n{% endblock content %}\n",
            );
        },
        "themes/default/templates/page.html:3:20",
        "the template page.html cannot be read here",
    );
    assert!(err.contains("each needs its closing }} or %}"), "{err}");
}

#[test]
fn theme_template_extending_a_missing_one() {
    fails(
        |s| {
            s.write(
                "themes/default/templates/page.html",
                "{% extends \"grund.html\" %}\n{% block content %}x{% endblock content %}\n",
            );
        },
        "themes/default/templates/page.html:1",
        "is inheriting from 'grund.html', which doesn't exist",
    );
}

#[test]
fn theme_template_asking_for_what_pages_do_not_have() {
    let base = include_str!("../themes/default/templates/base.html");
    let marked = base.replace(
        r#"<p class="made-with">"#,
        r#"<p class="made-with">{{ page.no_such_thing }}"#,
    );
    let at = marked.find("page.no_such_thing").unwrap();
    let line = marked[..at].matches('\n').count() + 1;
    let col = at - marked[..at].rfind('\n').unwrap();
    let err = fails(
        |s| {
            s.write("themes/default/templates/base.html", &marked);
        },
        &format!("themes/default/templates/base.html:{line}:{col}"),
        "the template base.html uses page.no_such_thing, which not every page has",
    );
    assert!(err.contains("{% if page.no_such_thing %}"), "{err}");
}

#[test]
fn a_key_and_its_english_name() {
    let err = fails(
        |s| {
            s.write("content/gamma/x.md", &doc("title: T2\n", ""));
        },
        "content/gamma/x.md:9:1",
        "\"title\" and \"titel\" on line 2 are the same key",
    );
    assert!(
        err.contains("keep one of them: \"title\" is the English name of \"titel\""),
        "{err}"
    );
    assert!(!err.contains("not valid YAML"), "{err}");
}
