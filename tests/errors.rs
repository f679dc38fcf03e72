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

/// Why an output folder is refused, in each language: the reason is a
/// message of its own like every other.
#[test]
fn a_refused_output_folder_says_why_in_both_languages() {
    let site = TestSite::fixture("basic");
    site.write("mine/notes.txt", "keep me");
    site.write("a-file", "not a folder");
    let root = site.root().to_string_lossy().into_owned();
    let content = std::fs::canonicalize(site.root().join("content")).unwrap();
    let cases: [(String, &[&str], &str, String); 4] = [
        (
            format!("{root}/mine"),
            &[],
            "it is a folder that holds files that styrdok did not write; empty it, choose another folder, or pass --force to replace it",
            "den är en mapp med filer som styrdok inte har skrivit; töm den, välj en annan mapp, eller ange --force för att ersätta den".to_string(),
        ),
        (
            root.clone(),
            &["--force"],
            "it is the site's own folder, which holds the site itself, and replacing it would delete the site's sources; choose a folder of its own, such as public/ in the site",
            "den är webbplatsens egen mapp, den som innehåller själva webbplatsen, och att ersätta den skulle radera webbplatsens källfiler; välj en egen mapp för den, till exempel public/ i webbplatsens mapp".to_string(),
        ),
        (
            format!("{root}/content/x"),
            &[],
            "it is inside the site's content/",
            format!(
                "den är inuti webbplatsens content/ ({}), så varje bygge skulle publicera förra byggets utdata i nästa; välj en egen mapp",
                content.display()
            ),
        ),
        (
            format!("{root}/a-file"),
            &[],
            "it is a file, not a folder; remove it or choose a folder of its own",
            "den är en fil, inte en mapp; ta bort den eller välj en egen mapp för den".to_string(),
        ),
    ];
    for (output, extra, en, sv) in &cases {
        for (lang, start, phrase) in [
            ("en", "error: refusing to write to", *en),
            ("sv", "fel: skriver inte till", sv.as_str()),
        ] {
            let mut args = vec!["build", "--lang", lang, "--output", output];
            args.extend(extra.iter());
            let err = stderr(&site.cmd(&args).code(1));
            assert!(err.starts_with(&format!("{start} {output}: ")), "{err}");
            assert!(err.contains(phrase), "{lang}: {err}");
        }
    }
    assert_eq!(
        std::fs::read_to_string(site.root().join("mine/notes.txt")).unwrap(),
        "keep me"
    );
}

/// `--timings` names the stages in the language of the messages.
#[test]
fn timings_name_the_stages_in_both_languages() {
    let site = TestSite::fixture("basic");
    for (lang, stages) in [
        ("en", ["config", "read + parse", "other pages", "commit"]),
        (
            "sv",
            [
                "inställningar",
                "läsa + tolka",
                "övriga sidor",
                "lägga på plats",
            ],
        ),
    ] {
        let out = site.cmd(&["build", "--timings", "--lang", lang]).success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned() + &stderr(&out);
        for stage in stages {
            assert!(
                text.lines()
                    .any(|l| l.trim_start().starts_with(stage) && l.ends_with(" ms")),
                "{lang}: {stage} in\n{text}"
            );
        }
        assert!(!text.contains("stage-"), "an id without words:\n{text}");
    }
}

/// The development server's lines about its search index are in the
/// language of the messages.
#[test]
fn the_search_indexer_of_serve_speaks_both_languages() {
    use std::io::BufRead;
    for (lang, line) in [
        ("sv", "sökindexet uppdaterat (ar, en, sv), "),
        ("en", "search index updated (ar, en, sv), "),
    ] {
        let site = TestSite::fixture("basic");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("styrdok"))
            .env_clear()
            .env("SOURCE_DATE_EPOCH", common::EPOCH_2026)
            .args([
                "serve",
                "--lang",
                lang,
                "--port",
                &port.to_string(),
                "--root",
            ])
            .arg(site.root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut server = common::Server { child, port };
        let stderr = server.child.stderr.take().unwrap();
        // The first index is made at start: its line, read on a thread of
        // its own so that a server that never says it fails the test.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for l in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                let _ = tx.send(l);
            }
        });
        let mut said = Vec::new();
        while let Ok(l) = rx.recv_timeout(std::time::Duration::from_secs(60)) {
            let done = l.contains(" ms") && l.contains("(ar, en, sv)");
            said.push(l);
            if done {
                break;
            }
        }
        drop(server);
        assert!(
            said.iter()
                .any(|l| l.starts_with(line) && l.ends_with(" ms")),
            "{lang}: {said:#?}"
        );
    }
}

/// A usage error in each language, laid out as clap lays it out (the
/// English words are clap's own), exit status 2; and clap's `help`
/// subcommand is described in the language of the messages.
#[test]
fn usage_errors_and_the_help_command_in_both_languages() {
    let here = std::path::Path::new(".");
    let said = |args: &[&str], lang: &str| {
        let a = common::run_with(here, args, &[("LANG", lang)]).code(2);
        stderr(&a)
    };
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["buidl"],
            "error: unrecognized subcommand 'buidl'\n\n  tip: a similar subcommand exists: 'build'\n\nUsage: styrdok [OPTIONS] <COMMAND>\n\nFor more information, try '--help'.\n",
            "fel: det finns inget kommando 'buidl'\n\n  tips: det finns ett liknande kommando: 'build'\n\nAnvändning: styrdok [OPTIONS] <COMMAND>\n\nMer hjälp får du med '--help'.\n",
        ),
        (
            &["build", "--foo"],
            "error: unexpected argument '--foo' found\n\n  tip: a similar argument exists: '--root'\n\nUsage: styrdok build --root <DIR>\n\nFor more information, try '--help'.\n",
            "fel: okänt argument '--foo'\n\n  tips: det finns ett liknande argument: '--root'\n\nAnvändning: styrdok build --root <DIR>\n\nMer hjälp får du med '--help'.\n",
        ),
        (
            &["build", "--lang", "sw"],
            "error: invalid value 'sw' for '--lang <LANG>'\n  [possible values: sv, en]\n\nFor more information, try '--help'.\n",
            "fel: ogiltigt värde 'sw' för '--lang <LANG>'\n  [möjliga värden: sv, en]\n\nMer hjälp får du med '--help'.\n",
        ),
        (
            &["build", "--lang"],
            "error: a value is required for '--lang <LANG>' but none was supplied\n  [possible values: sv, en]\n\nFor more information, try '--help'.\n",
            "fel: '--lang <LANG>' behöver ett värde, men inget angavs\n  [möjliga värden: sv, en]\n\nMer hjälp får du med '--help'.\n",
        ),
        (
            &["serve", "--port", "abc"],
            "error: invalid value 'abc' for '--port <PORT>': invalid digit found in string\n\nFor more information, try '--help'.\n",
            "fel: ogiltigt värde 'abc' för '--port <PORT>': invalid digit found in string\n\nMer hjälp får du med '--help'.\n",
        ),
    ];
    for (args, en, sv) in cases {
        assert_eq!(said(args, "en_US.UTF-8"), en, "{args:?}");
        assert_eq!(said(args, "sv_SE.UTF-8"), sv, "{args:?}");
    }
    let help = |lang: &str| {
        let a = common::run_with(here, &["--help"], &[("LANG", lang)]).success();
        String::from_utf8_lossy(&a.get_output().stdout).into_owned()
    };
    assert!(
        help("sv_SE.UTF-8")
            .contains("  help   Visa den här hjälpen, eller hjälpen för de angivna kommandona\n")
    );
    assert!(
        help("en_US.UTF-8")
            .contains("  help   Print this message or the help of the given subcommand(s)\n")
    );
}
