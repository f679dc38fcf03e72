//! Building sites end to end with the real binary, asserting on the HTML.

mod common;

use common::{TestSite, stderr};

#[test]
fn decision_block_shows_every_stated_fact() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    assert_eq!(p.text("h1"), "Strategi för integration i Alfa kommun");
    assert_eq!(p.fact("Beslutad av"), "Kommunfullmäktige");
    assert_eq!(p.fact("Beslutad"), "15 mars 2021");
    assert_eq!(p.attrs(".facts time", "datetime")[0], "2021-03-15");
    assert_eq!(p.fact("Paragraf"), "§ 42");
    assert_eq!(p.fact("Ansvarig"), "Socialchef");
    assert_eq!(p.fact("Ansvarig verksamhet"), "Socialtjänst");
    assert_eq!(p.fact("Gäller för"), "Alla nämnder");
    assert_eq!(p.fact("Diarienummer"), "KS 2021/7");
    assert_eq!(p.text(".eyebrow"), "Strategi · Alfa kommun");
    assert_eq!(
        p.text("#sd-summary p"),
        "Alfa vill att fler ska ha arbete och bostad."
    );
}

#[test]
fn tills_vidare_reads_as_until_further_notice() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    assert_eq!(p.fact("Giltig till"), "Tills vidare");
    assert_eq!(p.text(".status-line .status"), "Gäller tills vidare");
    assert_eq!(p.count(".notice-expired"), 0);
}

#[test]
fn a_null_value_reads_as_missing_and_check_warns() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/beta/plan/");
    assert_eq!(p.fact("Ansvarig"), "Uppgift saknas i dokumentet");
    assert_eq!(p.count(".facts .missing"), 1);
    let old = site.page("/beta/plan-2015/");
    assert_eq!(old.fact("Beslutad av"), "Uppgift saknas i dokumentet");
    assert_eq!(old.fact("Beslutad"), "Uppgift saknas i dokumentet");
    let check = site.cmd(&["check"]).success();
    let err = stderr(&check);
    assert!(
        err.contains(
            "content/beta/plan.md:8:1: warning[missing-information]: \"ansvarig\" is not stated"
        ),
        "{err}"
    );
}

#[test]
fn an_expired_document_says_so_relative_to_the_build_day() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/beta/plan/");
    assert_eq!(p.text(".status-line .status"), "Gäller inte längre");
    let notice = p.text(".notice-expired");
    assert!(
        notice.contains("Det här dokumentet gäller inte längre."),
        "{notice}"
    );
    assert!(notice.contains("31 december 2023"), "{notice}");

    // Built on 2023-06-01 the same document is in force.
    let site2 = TestSite::fixture("basic");
    common::run_in(site2.root(), &["build"]);
    let mut cmd = assert_cmd::Command::cargo_bin("styrdok").unwrap();
    cmd.env_clear()
        .env("LANG", "en_US.UTF-8")
        .env("SOURCE_DATE_EPOCH", "1685577600")
        .args(["build", "--root"])
        .arg(site2.root());
    cmd.assert().success();
    let p2 = site2.page("/beta/plan/");
    assert_eq!(p2.text(".status-line .status"), "Gäller");
    assert_eq!(p2.count(".notice-expired"), 0);
}

#[test]
fn a_replaced_document_links_to_its_successor() {
    let site = TestSite::fixture("basic");
    site.build();
    let old = site.page("/beta/plan-2015/");
    let notice = old.text(".notice-expired");
    assert!(
        notice.contains("Dokumentet har ersatts av Integrationsplan för Beta"),
        "{notice}"
    );
    assert!(
        old.attrs(".notice-expired a", "href")
            .contains(&"/beta/plan/".to_string())
    );
    let new = site.page("/beta/plan/");
    assert_eq!(
        new.fact("Det här dokumentet ersätter"),
        "Integrationsplan för Beta 2015"
    );
}

#[test]
fn goals_have_stable_anchors_and_link_to_their_focus_area() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    assert_eq!(
        p.attrs("#sd-goals li.goal", "id"),
        ["fler-i-arbete", "bostader"]
    );
    assert_eq!(p.text("#fler-i-arbete h3"), "Fler utrikes födda i arbete");
    assert_eq!(
        p.attrs("#fler-i-arbete .goal-focus a", "href"),
        ["/fokusomraden/arbete/"]
    );
    assert_eq!(
        p.texts("#fler-i-arbete .indicators li"),
        ["Andel utrikes födda i sysselsättning"]
    );
    assert_eq!(
        p.attrs("#bostader .goal-focus a", "href"),
        ["/fokusomraden/boende/"]
    );
    // Ids are unique on the page, headings included.
    let ids = p.attrs("[id]", "id");
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

#[test]
fn a_focus_area_gathers_goals_from_every_document() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/fokusomraden/arbete/");
    assert_eq!(p.text("h1"), "Arbete och egen försörjning");
    assert_eq!(
        p.texts(".organisation-heading"),
        ["Alfa kommun", "Beta kommun"]
    );
    let hrefs = p.attrs(".goal-table a", "href");
    assert_eq!(
        hrefs,
        [
            "/alfa/strategi/#fler-i-arbete",
            "/beta/plan/#egen-forsorjning"
        ]
    );
    assert_eq!(p.texts(".goal-table th")[..2], ["Mål", "Så mäts målet"]);
    assert!(
        p.texts(".goal-table td li")
            .contains(&"Andel utrikes födda i sysselsättning".to_string())
    );
    // Boende gathers only Alfa's goal.
    let b = site.page("/fokusomraden/boende/");
    assert_eq!(
        b.attrs(".goal-table a", "href"),
        ["/alfa/strategi/#bostader"]
    );
}

#[test]
fn body_tables_have_header_cells() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    assert_eq!(p.texts(".body table thead th"), ["Utmaning", "Strategi"]);
    assert_eq!(
        p.texts(".body table tbody td"),
        ["Lång etableringstid", "Praktik"]
    );
}

#[test]
fn body_links_resolve_to_pages_and_goals() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    let hrefs = p.attrs(".body a", "href");
    assert_eq!(
        hrefs,
        ["/beta/plan/#egen-forsorjning", "/fokusomraden/boende/"]
    );
    assert_eq!(p.texts("#sd-toc a"), ["Bakgrund", "Arbete", "Mål"]);
    assert_eq!(p.attrs(".body h2", "id"), ["bakgrund", "arbete"]);
    let om = site.page("/sidor/om/");
    assert_eq!(om.attrs(".body a", "href"), ["/alfa/strategi/"]);
}

#[test]
fn home_lists_documents_by_organisation_with_status() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/");
    assert_eq!(
        p.texts(".organisation-heading"),
        ["Alfa kommun", "Beta kommun"]
    );
    assert_eq!(
        p.texts(".document-title"),
        [
            "Strategi för integration i Alfa kommun",
            "Integrationsplan för Beta",
            "Integrationsplan för Beta 2015"
        ]
    );
    assert_eq!(
        p.texts(".document-item .status"),
        [
            "Gäller tills vidare",
            "Gäller inte längre",
            "Gäller inte längre"
        ]
    );
    assert_eq!(
        p.texts(".focus-list a"),
        ["Arbete och egen försörjning", "Boende"]
    );
}

#[test]
fn every_page_is_semantic_html_without_scripts() {
    let site = TestSite::fixture("basic");
    site.build();
    for (path, bytes) in site.snapshot() {
        if !path.ends_with(".html") {
            continue;
        }
        let url = format!("/{path}");
        let p = site.page(&url);
        assert_eq!(p.count("h1"), 1, "{path}");
        assert_eq!(p.count("main#sd-main"), 1, "{path}");
        assert_eq!(p.count("header.site-header"), 1, "{path}");
        assert_eq!(p.count("footer"), 1, "{path}");
        assert_eq!(p.attrs("a.skip-link", "href"), ["#sd-main"], "{path}");
        // Only the search page has a script (a file; the page works without it).
        let scripts = usize::from(path.ends_with("sok/index.html"));
        assert_eq!(p.count("script[src]"), scripts, "{path}");
        assert_eq!(p.count("script"), scripts, "{path}");
        let text = String::from_utf8(bytes).unwrap();
        // The Dublin Core namespace is a name, never fetched.
        let text = text.replace("href=\"http://purl.org/dc/elements/1.1/\"", "");
        assert!(!text.contains("style=\""), "inline style in {path}");
        assert!(
            !text.contains("http://") && !text.contains("src=\"https://"),
            "request to another site in {path}"
        );
    }
}

#[test]
fn the_404_page_exists() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/404.html");
    assert_eq!(p.text("h1"), "Sidan finns inte");
}

#[test]
fn a_site_with_only_site_toml_and_content_uses_the_built_in_theme() {
    let site = TestSite::fixture("basic");
    assert!(!site.root().join("themes").exists());
    site.build();
    let css = std::fs::read_to_string(site.public().join("style.css")).unwrap();
    assert!(css.contains("styrdok default theme"));
}

#[test]
fn a_site_theme_overrides_one_template_and_keeps_the_rest() {
    let site = TestSite::fixture("basic");
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Borta</h1>{% endblock content %}",
    );
    site.write("static/extra.txt", "hej");
    site.build();
    assert_eq!(site.page("/404.html").text("h1"), "Borta");
    assert_eq!(site.page("/").text("h1"), "Teststrategier");
    assert_eq!(
        std::fs::read_to_string(site.public().join("extra.txt")).unwrap(),
        "hej"
    );
}

#[test]
fn output_and_base_url_options() {
    let site = TestSite::fixture("basic");
    let out = site.root().join("elsewhere");
    let out_s = out.to_string_lossy().into_owned();
    site.cmd(&[
        "build",
        "--output",
        &out_s,
        "--base-url",
        "https://other.example.net/",
    ])
    .success();
    let html = std::fs::read_to_string(out.join("alfa/strategi/index.html")).unwrap();
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://other.example.net/alfa/strategi/\">"),
        "{html}"
    );
    // Links between pages stay root-relative.
    assert!(html.contains("href=\"/fokusomraden/arbete/\""));
    assert!(!site.public().exists());
}

#[test]
fn two_builds_are_byte_identical() {
    let site = TestSite::fixture("basic");
    site.build();
    let first = site.snapshot();
    site.build();
    assert_eq!(first, site.snapshot());
}

#[test]
fn a_rebuild_writes_only_what_changed_and_equals_a_fresh_build() {
    use std::os::unix::fs::MetadataExt;
    let site = TestSite::fixture("basic");
    site.build();
    let inode = |rel: &str| std::fs::metadata(site.public().join(rel)).unwrap().ino();
    let (css, plan) = (inode("style.css"), inode("beta/plan/index.html"));
    let old = inode("beta/plan-2015/index.html");
    // A body edit of one document.
    let text = std::fs::read_to_string(site.root().join("content/beta/plan-2015.md")).unwrap();
    site.write(
        "content/beta/plan-2015.md",
        &text.replace("Den gamla planen.", "Den gamla planen, ändrad."),
    );
    let a = site.build();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned() + &stderr(&a);
    assert!(out.contains("unchanged"), "{out}");
    // Files whose bytes are the same are left as they were; the edited
    // page is new.
    assert_eq!(inode("style.css"), css);
    assert_eq!(inode("beta/plan/index.html"), plan);
    assert_ne!(inode("beta/plan-2015/index.html"), old);
    assert!(site.page("/beta/plan-2015/").source.contains("ändrad"));
    // A removed page is gone, its folder too.
    site.remove("content/sidor/om.md");
    site.build();
    assert!(!site.public().join("sidor").exists());
    // The result is what a build into an empty folder makes.
    let rebuilt = site.snapshot();
    std::fs::remove_dir_all(site.public()).unwrap();
    site.build();
    assert_eq!(rebuilt, site.snapshot());
}

#[test]
fn check_writes_nothing() {
    let site = TestSite::fixture("basic");
    let a = site.cmd(&["check"]).success();
    assert!(stderr(&a).contains("No errors"), "{}", stderr(&a));
    assert!(!site.public().exists());
}

#[test]
fn help_version_and_usage_errors() {
    let a = common::run_in(std::path::Path::new("."), &["--help"]).success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(out.contains("build") && out.contains("check"), "{out}");
    let v = common::run_in(std::path::Path::new("."), &["--version"]).success();
    assert!(String::from_utf8_lossy(&v.get_output().stdout).starts_with("styrdok "));
    common::run_in(std::path::Path::new("."), &["build", "--no-such-flag"]).code(2);
    common::run_in(std::path::Path::new("."), &["frobnicate"]).code(2);
}

#[test]
fn the_accessibility_statement_is_published_in_every_language_and_linked_from_every_page() {
    let site = TestSite::fixture("basic");
    site.build();
    let sv = site.page("/tillganglighet/");
    assert_eq!(sv.text("h1"), "Tillgänglighetsredogörelse");
    assert!(sv.source.contains(
        "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service"
    ));
    assert_eq!(
        sv.texts(".a11y-problems span[lang=sv]")[0],
        "Bilagor i PDF är inte tillgängliga."
    );
    assert!(
        sv.attrs("a", "href")
            .contains(&"mailto:a11y@test.example.org".to_string())
    );
    assert!(
        sv.text(".accessibility")
            .contains("uppdaterades senast 1 oktober 2026")
    );
    let en = site.page("/en/tillganglighet/");
    assert_eq!(en.text("h1"), "Accessibility statement");
    site.page("/ar/tillganglighet/");
    for (path, _) in site.snapshot() {
        if path.ends_with(".html") {
            let p = site.page(&format!("/{path}"));
            let lang = p.attrs("html", "lang")[0].clone();
            let want = if lang == "sv" {
                "/tillganglighet/".to_string()
            } else {
                format!("/{lang}/tillganglighet/")
            };
            assert!(p.attrs("footer a", "href").contains(&want), "{path}");
        }
    }
}

#[test]
fn script_in_markdown_never_reaches_the_page() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\n<script>alert('x')</script>\n\n<p onmouseover=\"alert(1)\" style=\"color:red\">Hej</p>\n\n[klicka](javascript:alert(1)) <a href=\"javascript:alert(2)\">här</a>\n\n<iframe src=\"https://evil.example\"></iframe>\n",
    );
    site.build();
    let p = site.page("/sidor/om/");
    let body = p.texts(".body").join(" ");
    assert!(body.contains("Hej"), "{body}");
    for bad in [
        "<script",
        "onmouseover",
        "javascript:",
        "style=\"color",
        "<iframe",
    ] {
        assert!(
            !p.source.contains(bad),
            "{bad} reached the page:\n{}",
            p.source
        );
    }
    assert_eq!(
        p.attrs("meta[http-equiv=Content-Security-Policy]", "content")
            .len(),
        1
    );
}

#[test]
fn trusted_html_passes_through_when_the_site_says_so() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[markdown]\ntrusted_html = true\n"),
    );
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\n<details><summary>Mer</summary><p class=\"x\">Text</p></details>\n",
    );
    site.build();
    assert!(
        site.page("/sidor/om/")
            .source
            .contains("<p class=\"x\">Text</p>")
    );
}

#[test]
fn init_makes_a_site_that_builds_and_new_files_tell_what_to_fill_in() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ny");
    let dir_s = dir.to_string_lossy().into_owned();
    common::run_in(tmp.path(), &["init", &dir_s]).success();
    // A fresh site has nothing to warn about.
    let check = common::run_in(&dir, &["check"]).success();
    assert!(
        stderr(&check).contains("No errors, 0 warnings."),
        "{}",
        stderr(&check)
    );
    let build = common::run_in(&dir, &["build"]).success();
    assert!(!stderr(&build).contains("warning"), "{}", stderr(&build));
    assert!(dir.join("public/exempelby/strategi/index.html").exists());
    assert!(dir.join("public/en/exempelby/strategi/index.html").exists());
    assert!(dir.join("public/tillganglighet/index.html").exists());
    // init refuses a folder that is not empty.
    common::run_in(tmp.path(), &["init", &dir_s]).code(1);

    common::run_in(
        tmp.path(),
        &["new", "dokument", "--root", &dir_s, "exempelby/plan"],
    )
    .success();
    common::run_in(
        tmp.path(),
        &["new", "fokusomrade", "--root", &dir_s, "boende"],
    )
    .success();
    let plan = std::fs::read_to_string(dir.join("content/exempelby/plan.md")).unwrap();
    for key in [
        "titel:",
        "typ:",
        "organisation:",
        "beslutad av:",
        "beslutad:",
        "giltig till:",
        "ansvarig:",
        "sammanfattning:",
        "mål:",
    ] {
        assert!(plan.contains(key), "{key} missing from\n{plan}");
    }
    // organisation and beslutad av come from the example beside it; the
    // keys left at ~ are warnings, so check passes.
    assert!(
        plan.contains("\norganisation: Exempelby kommun\n"),
        "{plan}"
    );
    assert!(
        plan.contains("\nbeslutad av: Kommunfullmäktige\n"),
        "{plan}"
    );
    let check = common::run_in(&dir, &["check"]).success();
    let err = stderr(&check);
    assert!(
        err.contains("content/exempelby/plan.md:12:1: warning[missing-information]"),
        "{err}"
    );
    // It never overwrites.
    common::run_in(
        tmp.path(),
        &["new", "dokument", "--root", &dir_s, "exempelby/plan"],
    )
    .code(1);
}

/// `new dokument` with a name a web address cannot have makes it into one
/// and says so; organisation comes from the documents beside it, and
/// beslutad av only when they all agree.
#[test]
fn new_document_makes_a_valid_name_and_takes_what_its_neighbours_agree_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ny");
    let dir_s = dir.to_string_lossy().into_owned();
    common::run_in(tmp.path(), &["init", &dir_s]).success();
    let site = |rel: &str, text: &str| {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    let doc = |by: &str| {
        format!(
            "---\ntitel: T {by}\ntyp: plan\norganisation: Norrbacka kommun\nbeslutad av: {by}\n\
             beslutad: 2024-01-01\ngiltig till: tills vidare\nansvarig: A\n---\n"
        )
    };
    site("content/Norrbacka/a.md", &doc("Kommunfullmäktige"));
    site("content/Norrbacka/b.md", &doc("Kommunstyrelsen"));
    site("content/Norrbacka/c.md", &doc("Kommunstyrelsen"));
    let a = common::run_in(
        tmp.path(),
        &[
            "new",
            "dokument",
            "--root",
            &dir_s,
            "Norrbacka/Folkhälsostrategi 2025",
        ],
    )
    .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        out.contains("\"Folkhälsostrategi 2025\" is not a name a web address can have, so the file is called folkhälsostrategi-2025.md"),
        "{out}"
    );
    assert!(out.contains("organisation: Norrbacka kommun"), "{out}");
    let text =
        std::fs::read_to_string(dir.join("content/Norrbacka/folkhälsostrategi-2025.md")).unwrap();
    assert!(text.contains("\ntitel: Folkhälsostrategi 2025\n"), "{text}");
    assert!(
        text.contains("\norganisation: Norrbacka kommun\n"),
        "{text}"
    );
    // Two say Kommunstyrelsen, one Kommunfullmäktige: not filled in.
    assert!(text.contains("\nbeslutad av: ~\n"), "{text}");
    // What check says of it is only what is still to fill in: no bad name.
    let check = common::run_in(&dir, &["check"]).success();
    let err = stderr(&check);
    assert!(!err.contains("bad-file-name"), "{err}");
    assert!(
        err.contains(
            "content/Norrbacka/folkhälsostrategi-2025.md:10:1: warning[missing-information]"
        ),
        "{err}"
    );
    // A name with nothing a file name can be made of is refused at once.
    let a = common::run_in(
        tmp.path(),
        &["new", "dokument", "--root", &dir_s, "Norrbacka/?#"],
    )
    .code(1);
    assert!(
        stderr(&a).contains("cannot be the name of a file"),
        "{}",
        stderr(&a)
    );
}

/// The example goal under `mål:` in the template becomes a goal when the
/// # in front of its lines are taken away (`mål: []` was a trap).
#[test]
fn uncommenting_the_template_goal_gives_a_goal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ny");
    let dir_s = dir.to_string_lossy().into_owned();
    common::run_in(tmp.path(), &["init", &dir_s]).success();
    common::run_in(
        tmp.path(),
        &["new", "dokument", "--root", &dir_s, "exempelby/plan"],
    )
    .success();
    let path = dir.join("content/exempelby/plan.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // The goal's own five lines: id, titel, fokusområde, indikatorer and
    // one indicator by name.
    let mut out = String::new();
    let mut left = 0;
    for line in text.lines() {
        if left > 0 {
            out.push_str(line.strip_prefix('#').unwrap());
            left -= 1;
        } else {
            out.push_str(line);
        }
        if line == "mål:" {
            left = 5;
        }
        out.push('\n');
    }
    std::fs::write(&path, &out).unwrap();
    let check = common::run_in(&dir, &["check"]).success();
    let err = stderr(&check);
    assert!(!err.contains("error["), "{out}\n{err}");
    common::run_in(&dir, &["build"]).success();
    let page = std::fs::read_to_string(dir.join("public/exempelby/plan/index.html")).unwrap();
    assert!(page.contains("Fler utrikes födda i arbete"), "{out}");
}

/// `build` counts the warnings `check` shows (readability and review
/// included), so the two never disagree.
#[test]
fn build_and_check_count_the_same_warnings() {
    let site = TestSite::fixture("basic");
    let check = stderr(&site.cmd(&["check"]).success());
    let build = stderr(&site.build());
    let count = |text: &str, after: &str| -> usize {
        let at = text
            .find(after)
            .unwrap_or_else(|| panic!("no {after:?} in {text}"));
        text[at + after.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let checked = count(&check, "No errors, ");
    assert!(checked > 0, "{check}");
    let built: usize = build
        .lines()
        .find(|l| l.contains("run `styrdok check` to see them"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(built, checked, "{build}\n{check}");
    // The readability table is check's alone.
    assert!(!build.contains("Readability"), "{build}");
}

/// A port another program holds: an error that says to choose another
/// with --port, in the site's language when nothing else is asked for.
#[test]
fn a_port_in_use_says_how_to_choose_another() {
    let site = TestSite::fixture("basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let root = site.root().display().to_string();
    let a = common::run_in(site.root(), &["serve", "--port", &port, "--root", &root]).code(1);
    let err = stderr(&a);
    assert!(
        err.contains(&format!("error: port {port} is already in use")) && err.contains("--port"),
        "{err}"
    );
    let a = common::run_with(
        site.root(),
        &["serve", "--port", &port, "--root", &root],
        &[],
    )
    .code(1);
    let err = stderr(&a);
    assert!(
        err.contains(&format!("fel: port {port} används redan")),
        "{err}"
    );
}

/// `--help` speaks the messages' language: the site's (Swedish) without
/// LANG, English with LANG=en, and whatever --lang says.
#[test]
fn help_is_in_the_language_of_the_messages() {
    let site = TestSite::fixture("basic");
    let root = site.root().display().to_string();
    let out = |a: assert_cmd::assert::Assert| {
        String::from_utf8_lossy(&a.get_output().stdout).into_owned()
    };
    let sv =
        out(common::run_with(site.root(), &["build", "--root", &root, "--help"], &[]).success());
    assert!(sv.contains("Bygg webbplatsen i public/"), "{sv}");
    assert!(sv.contains("Användning: styrdok build"), "{sv}");
    assert!(sv.contains("Webbplatsens mapp (den med site.toml)"), "{sv}");
    assert!(sv.contains("Visa hjälpen"), "{sv}");
    let en =
        out(common::run_in(site.root(), &["new", "--root", &root, "dokument", "--help"]).success());
    assert!(en.contains("A strategy document with every key"), "{en}");
    assert!(en.contains("Usage: styrdok new dokument"), "{en}");
    let sv = out(common::run_in(site.root(), &["--lang", "sv", "--help"]).success());
    assert!(
        sv.contains("Kommandon:") && sv.contains("Kontrollera alla filer"),
        "{sv}"
    );
}

#[test]
fn json_and_github_formats() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\n[x](@fokus/nope)\n",
    );
    let mut cmd = assert_cmd::Command::cargo_bin("styrdok").unwrap();
    cmd.env_clear()
        .env("LANG", "en_US.UTF-8")
        .env("GITHUB_ACTIONS", "true")
        .args(["check", "--message-format", "json", "--root"])
        .arg(site.root());
    let output = cmd.assert().code(1).get_output().clone();
    let (text, err) = (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    );
    // The annotations go to standard error, which GitHub's runner reads
    // too; standard output is the JSON stream alone.
    assert!(
        err.contains("::error file=content/sidor/om.md,line=5,col=5,title=broken-link::the link goes to the focus area \"nope\""),
        "{err}"
    );
    let all: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let json = all.iter().find(|v| v["severity"] == "error").unwrap();
    assert_eq!(json["file"], "content/sidor/om.md");
    assert_eq!(json["line"], 5);
    assert_eq!(json["code"], "broken-link");
    // In the human format the annotations are on standard output, as before.
    let mut cmd = assert_cmd::Command::cargo_bin("styrdok").unwrap();
    cmd.env_clear()
        .env("LANG", "en_US.UTF-8")
        .env("GITHUB_ACTIONS", "true")
        .args(["check", "--root"])
        .arg(site.root());
    let out = String::from_utf8(cmd.assert().code(1).get_output().stdout.clone()).unwrap();
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=content/sidor/om.md,line=5")),
        "{out}"
    );
}

#[test]
fn outside_a_site_the_message_says_where_to_go_and_the_status_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        vec!["check"],
        vec!["build"],
        vec!["new", "dokument", "x/y"],
        vec!["serve", "--port", "0"],
    ] {
        let mut cmd = assert_cmd::Command::cargo_bin("styrdok").unwrap();
        let a = cmd
            .current_dir(tmp.path())
            .env("LANG", "en_US.UTF-8")
            .args(&args)
            .assert()
            .code(2);
        let err = stderr(&a);
        assert!(
            err.contains("this folder is not a styrdok site: it has no site.toml"),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("--root DIR") && err.contains("styrdok init"),
            "{err}"
        );
    }
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "nothing made"
    );
}

#[test]
fn deny_warnings_fails_the_check_and_check_allow_accepts_the_named_ones() {
    let site = TestSite::fixture("basic");
    site.cmd(&["check"]).success();
    let a = site.cmd(&["check", "--deny", "warnings"]).code(1);
    let err = stderr(&a);
    assert!(err.contains("--deny warnings:"), "{err}");
    assert!(err.contains("[check] allow"), "{err}");
    // The fixture's warnings, by code, from the JSON format.
    let out = site
        .cmd(&["check", "--message-format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    let mut codes: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    codes.sort();
    codes.dedup();
    assert!(codes.len() >= 2, "{codes:?}");
    let list = |codes: &[String]| {
        codes
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Allowing all but one: that one still fails the check, alone.
    let site_toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{}\n[check]\nallow = [{}]\n", site_toml, list(&codes[1..])),
    );
    let a = site.cmd(&["check", "--deny", "warnings"]).code(1);
    let err = stderr(&a);
    assert!(err.contains(&format!("warning[{}]", codes[0])), "{err}");
    for c in &codes[1..] {
        assert!(
            !err.contains(&format!("warning[{c}]")),
            "{c} was allowed: {err}"
        );
    }
    site.write(
        "site.toml",
        &format!("{}\n[check]\nallow = [{}]\n", site_toml, list(&codes)),
    );
    site.cmd(&["check", "--deny", "warnings"]).success();
    // A code that is no warning is an error at its line, with a hint.
    site.write(
        "site.toml",
        &format!("{}\n[check]\nallow = [\n  \"validty\",\n]\n", site_toml),
    );
    let a = site.cmd(&["check"]).code(1);
    let err = stderr(&a);
    let line = site_toml.lines().count() + 4;
    assert!(
        err.contains(&format!("site.toml:{line}:3: error[config]: [check] allow names \"validty\", which is not a warning")),
        "{err}"
    );
    assert!(err.contains("did you mean \"validity\"?"), "{err}");
}

#[test]
fn human_messages_show_the_source_line_with_a_marker() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/sidor/om.md",
        "---\ntitel: Om\n---\n\nSe [x](@fokus/nope).\n",
    );
    let err = stderr(&site.cmd(&["build"]).code(1));
    assert!(err.contains("5 | Se [x](@fokus/nope)."), "{err}");
    // The marker is under the address, not the link text.
    assert!(err.contains("  |        ^^^^^^^^^^^\n"), "{err}");
}

#[test]
fn giltig_fran_is_shown_and_must_come_before_giltig_till() {
    let site = TestSite::fixture("basic");
    let doc = |from: &str| {
        format!(
            "---\ntitel: Gammas policy\ntyp: policy\norganisation: Gamma kommun\nbeslutad av: Kommunstyrelsen\n\
             beslutad: 2022-05-01\ngiltig från: {from}\ngiltig till: 2024-12-31\nansvarig: Kommundirektör\n---\n"
        )
    };
    site.write("content/gamma/policy.md", &doc("2022-07-01"));
    site.build();
    let p = site.page("/gamma/policy/");
    assert_eq!(p.fact("Giltig från"), "1 juli 2022");
    assert_eq!(
        p.attrs(".facts time", "datetime"),
        ["2022-05-01", "2022-07-01", "2024-12-31"]
    );
    // Optional: a document without it has no such fact.
    assert!(
        site.page("/alfa/strategi/")
            .facts()
            .iter()
            .all(|(l, _)| l != "Giltig från")
    );

    site.write("content/gamma/policy.md", &doc("2025-01-01"));
    let err = stderr(&site.cmd(&["build"]).failure());
    assert!(
        err.contains("content/gamma/policy.md:7:")
            && err.contains(
                "error[bad-date]: \"giltig från\" (2025-01-01) is after \"giltig till\" (2024-12-31)"
            ),
        "{err}"
    );
    site.write("content/gamma/policy.md", &doc("1 juli"));
    let err = stderr(&site.cmd(&["build"]).failure());
    assert!(err.contains("error[bad-date]: \"giltig från\""), "{err}");
}

#[test]
fn the_sites_own_description_is_its_home_pages_in_each_language_that_has_one() {
    let site = TestSite::fixture("basic");
    site.replace(
        "site.toml",
        "base_url",
        "description = \"Alla styrdokument i Alfa och Beta.\"\nbase_url",
    );
    site.replace(
        "site.toml",
        "[languages.ar]",
        "[languages.ar]\ndescription = \"وثائق ألفا وبيتا\"",
    );
    site.build();
    let description = |url: &str| {
        site.page(url)
            .attrs("meta[name=\"description\"]", "content")
    };
    assert_eq!(description("/"), ["Alla styrdokument i Alfa och Beta."]);
    assert_eq!(description("/ar/"), ["وثائق ألفا وبيتا"]);
    // English has none of its own: the theme's words, not the Swedish text.
    let en = description("/en/");
    assert_eq!(en.len(), 1);
    assert!(en[0].starts_with("Municipal steering documents"), "{en:?}");
}

#[test]
fn an_email_address_in_angle_brackets_is_a_mailto_link_beside_other_links() {
    // `<info@beta.se>` is an e-mail autolink: neither a file of the site
    // (which a link beside it once made it, and a broken one) nor a
    // content address behind `mailto:`.
    let site = TestSite::fixture("basic");
    site.replace(
        "content/beta/plan.md",
        "Planen gäller Beta.",
        "Planen gäller Beta. Frågor: <info@beta.se>. Se [den gamla planen](plan-2015.md).\n\nOch <kontakt@beta.se>.",
    );
    site.build().success();
    let p = site.page("/beta/plan/");
    let hrefs = p.attrs("main a", "href");
    for mail in ["mailto:info@beta.se", "mailto:kontakt@beta.se"] {
        assert!(hrefs.contains(&mail.to_string()), "{mail} in {hrefs:?}");
    }
    assert!(hrefs.contains(&"/beta/plan-2015/".to_string()), "{hrefs:?}");
    assert_eq!(
        p.texts("a[href^='mailto:']"),
        ["info@beta.se", "kontakt@beta.se"]
    );
}
