//! Incremental rebuilds (what `styrdok serve` does on every change) give the
//! same pages as a full build: bodies and parsed files are reused from the
//! last run only while everything they depend on is unchanged.

mod common;

use std::collections::HashSet;

use common::TestSite;
use styrdok::serve::{Incremental, Outcome, Progress};
use styrdok::site::Options;

fn server_state(site: &TestSite, out: &std::path::Path) -> Incremental {
    let opts = Options {
        root: site.root().to_path_buf(),
        today: Some(jiff::civil::date(2026, 1, 1)),
        ..Options::default()
    };
    Incremental::new(opts, out.to_path_buf())
}

/// The basic fixture, built once by a new server state.
fn started() -> (TestSite, tempfile::TempDir, Incremental) {
    let site = TestSite::fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let mut state = server_state(&site, out.path());
    rebuild(&mut state);
    (site, out, state)
}

fn rebuild(state: &mut Incremental) -> usize {
    rendered(state.rebuild(&|_| {}).unwrap())
}

/// Rebuilds after the watcher saw `paths` (inside the site) written;
/// gives the pages rendered and the files that were ready when the edit
/// was first shown.
fn rebuild_paths(
    state: &mut Incremental,
    site: &TestSite,
    paths: &[&str],
) -> (usize, HashSet<String>) {
    let (rendered, ready, _) = rebuild_shown(state, site, paths);
    (rendered, ready)
}

/// As [`rebuild_paths`], also giving the pages still to be made when the
/// edit was shown (`None`: a full pass, any page may change).
fn rebuild_shown(
    state: &mut Incremental,
    site: &TestSite,
    paths: &[&str],
) -> (usize, HashSet<String>, Option<HashSet<String>>) {
    let first = std::sync::Mutex::new(None);
    let outcome = state
        .rebuild_changed(
            paths.iter().map(|p| site.root().join(p)).collect(),
            &|progress| {
                if let Progress::Shown(ready, pending) = progress {
                    *first.lock().unwrap() = Some((ready, pending))
                }
            },
        )
        .unwrap();
    let (ready, pending) = first.into_inner().unwrap().expect("the edit was shown");
    (rendered(outcome), ready, pending)
}

/// Rebuilds after `path` was written while a newer edit is waiting: the
/// rebuild must stop once the edit is shown ([`Outcome::Superseded`]). The
/// newer edit's flag is cleared again for the next rebuild.
fn rebuild_stopped(state: &mut Incremental, site: &TestSite, path: &str) {
    state
        .newer_edit()
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let shown = std::sync::atomic::AtomicBool::new(false);
    let stopped = state.rebuild_changed(vec![site.root().join(path)], &|p| {
        if let Progress::Shown(..) = p {
            shown.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    });
    assert!(matches!(stopped, Ok(Outcome::Superseded)), "{stopped:?}");
    assert!(shown.into_inner(), "the edit was shown before the stop");
    state
        .newer_edit()
        .store(false, std::sync::atomic::Ordering::SeqCst);
}

/// Rebuilds after `path` was written, expecting the content's errors; gives
/// them as the server shows them.
fn rebuild_fails(state: &mut Incremental, site: &TestSite, path: &str) -> String {
    match state
        .rebuild_changed(vec![site.root().join(path)], &|_| {})
        .unwrap()
    {
        Outcome::Failed(text) => text,
        Outcome::Built { .. } => panic!("the rebuild must fail"),
        Outcome::Superseded => panic!("no newer edit came"),
    }
}

/// What a full build of the site as it is now says, expecting errors: a
/// new server state's first rebuild is a full pass.
fn full_build_fails(site: &TestSite) -> String {
    let out = tempfile::tempdir().unwrap();
    match server_state(site, out.path()).rebuild(&|_| {}).unwrap() {
        Outcome::Failed(text) => text,
        other => panic!("the build must fail: {other:?}"),
    }
}

/// The pages a successful rebuild rendered.
fn rendered(outcome: Outcome) -> usize {
    match outcome {
        Outcome::Built { rendered, .. } => rendered,
        Outcome::Failed(e) => panic!("rebuild failed: {e}"),
        Outcome::Superseded => panic!("no newer edit came"),
    }
}

fn read(out: &std::path::Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap()
}

#[test]
fn a_new_translation_changes_links_in_bodies_that_did_not_change() {
    let (site, out, mut state) = started();
    let en = "en/alfa/strategi/index.html";
    assert!(read(out.path(), en).contains("href=\"/beta/plan/\""));

    site.write(
        "content/beta/plan.en.md",
        "---\ntitel: Integration plan for Beta\norganisation: Beta Municipality\nansvarig: ~\n---\n\nThe plan covers Beta.\n",
    );
    rebuild(&mut state);
    let page = read(out.path(), en);
    assert!(
        page.contains("href=\"/en/beta/plan/\"") && !page.contains("href=\"/beta/plan/\""),
        "the unchanged English body now links to the new translation"
    );

    site.remove("content/beta/plan.en.md");
    rebuild(&mut state);
    assert!(read(out.path(), en).contains("href=\"/beta/plan/\""));
    assert!(!out.path().join("en/beta/plan/index.html").exists());
}

#[test]
fn an_edit_rerenders_the_pages_that_show_it_and_no_others() {
    let site = TestSite::fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let mut state = server_state(&site, out.path());
    let all = rebuild(&mut state);
    assert!(all > 10, "the first run renders every page ({all})");
    assert_eq!(rebuild(&mut state), 0, "nothing changed, nothing rendered");

    // A body edit: only the page that shows the body.
    let path = "content/beta/plan.md";
    let original = std::fs::read_to_string(site.root().join(path)).unwrap();
    site.write(
        path,
        &original.replace("Planen gäller Beta.", "Planen gäller hela Beta."),
    );
    assert_eq!(rebuild(&mut state), 1);
    assert!(read(out.path(), "beta/plan/index.html").contains("Planen gäller hela Beta."));
    same_as_full_build(&site, &state, out.path());

    // A new heading changes the page's table of contents, and only that page.
    site.write(
        path,
        &format!("{original}\n## Uppföljning\n\nPlanen följs upp varje år.\n"),
    );
    assert_eq!(rebuild(&mut state), 1);
    assert!(read(out.path(), "beta/plan/index.html").contains("href=\"#uppföljning\""));
    same_as_full_build(&site, &state, out.path());

    // The body of a translation: only the translated page.
    let en = "content/alfa/strategi.en.md";
    let text = std::fs::read_to_string(site.root().join(en)).unwrap();
    site.write(en, &format!("{text}\nMore about work.\n"));
    assert_eq!(rebuild(&mut state), 1);
    assert!(read(out.path(), "en/alfa/strategi/index.html").contains("More about work."));
    same_as_full_build(&site, &state, out.path());

    // A goal title: the document, its focus area and the pages listing it.
    site.write(
        path,
        &original.replace(
            "Fler ska kunna försörja sig själva",
            "Fler ska försörja sig",
        ),
    );
    let rendered = rebuild(&mut state);
    assert!(rendered >= 2, "{rendered}");
    assert!(read(out.path(), "beta/plan/index.html").contains("Fler ska försörja sig"));
    assert!(read(out.path(), "fokusomraden/arbete/index.html").contains("Fler ska försörja sig"));

    same_as_full_build(&site, &state, out.path());
}

/// Every file of a full build of the site is in `out` with the same bytes,
/// the search index too once the background indexer has caught up, and
/// `out` has no search file the full build does not have.
fn same_as_full_build(site: &TestSite, state: &Incremental, out: &std::path::Path) {
    state.wait_for_search();
    let full = tempfile::tempdir().unwrap();
    let opts = Options {
        root: site.root().to_path_buf(),
        today: Some(jiff::civil::date(2026, 1, 1)),
        overrides: styrdok::config::Overrides {
            output_dir: Some(full.path().join("public")),
            ..Default::default()
        },
        ..Options::default()
    };
    let report = styrdok::site::build(&opts).unwrap();
    assert!(!report.diagnostics.has_errors());
    for entry in walkdir::WalkDir::new(full.path().join("public")) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() || entry.file_name() == ".styrdok-output" {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(full.path().join("public"))
            .unwrap();
        assert_eq!(
            std::fs::read(entry.path()).unwrap(),
            std::fs::read(out.join(rel)).unwrap_or_default(),
            "{} differs between the incremental and the full build",
            rel.display()
        );
    }
    let search = out.join("pagefind");
    for entry in walkdir::WalkDir::new(&search)
        .into_iter()
        .filter(|_| search.exists())
    {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(out).unwrap();
        assert!(
            full.path().join("public").join(rel).exists(),
            "{} is left over from an older search index",
            rel.display()
        );
    }
}

#[test]
fn edits_made_while_the_site_was_broken_are_all_shown_once_it_builds() {
    let (site, out, mut state) = started();

    let alfa = "content/alfa/strategi.md";
    let alfa_text = std::fs::read_to_string(site.root().join(alfa)).unwrap();
    site.write(alfa, &format!("{alfa_text}\n[Trasig](@/finns-inte.md)\n"));
    assert!(matches!(
        state.rebuild(&|_| {}).unwrap(),
        Outcome::Failed(_)
    ));

    // While Alfa is broken, Beta's body changes.
    site.replace(
        "content/beta/plan.md",
        "Planen gäller Beta.",
        "Planen gäller Beta i år.",
    );
    assert!(matches!(
        state.rebuild(&|_| {}).unwrap(),
        Outcome::Failed(_)
    ));

    // Fixing Alfa shows both edits.
    site.write(alfa, &format!("{alfa_text}\nHel text.\n"));
    assert_eq!(rebuild(&mut state), 2);
    assert!(read(out.path(), "alfa/strategi/index.html").contains("Hel text."));
    assert!(read(out.path(), "beta/plan/index.html").contains("Planen gäller Beta i år."));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn the_watchers_paths_spare_a_walk_only_when_they_name_known_markdown_files() {
    let (site, out, mut state) = started();

    // A known file: its new text is read.
    let beta = "content/beta/plan.md";
    let text = std::fs::read_to_string(site.root().join(beta)).unwrap();
    site.write(
        beta,
        &text.replace("Planen gäller Beta.", "Planen gäller Beta nu."),
    );
    assert_eq!(rebuild_paths(&mut state, &site, &[beta]).0, 1);
    assert!(read(out.path(), "beta/plan/index.html").contains("Planen gäller Beta nu."));

    // A new file: the folder is walked again and the page appears.
    let new = "content/beta/plan.en.md";
    site.write(
        new,
        "---\ntitel: Integration plan for Beta\norganisation: Beta Municipality\nansvarig: ~\n---\n\nThe plan covers Beta.\n",
    );
    rebuild_paths(&mut state, &site, &[new]);
    assert!(read(out.path(), "en/beta/plan/index.html").contains("The plan covers Beta."));

    // A removed file: walked again, the page goes.
    site.remove(new);
    rebuild_paths(&mut state, &site, &[new]);
    assert!(!out.path().join("en/beta/plan/index.html").exists());

    // A known file edited in the same save as a new one: the walk still
    // reads the known file's new text.
    site.write(
        beta,
        &text.replace("Planen gäller Beta.", "Planen gäller Beta i dag."),
    );
    site.write(
        new,
        "---\ntitel: Integration plan for Beta\norganisation: Beta Municipality\nansvarig: ~\n---\n\nThe plan covers Beta.\n",
    );
    rebuild_paths(&mut state, &site, &[beta, new]);
    assert!(read(out.path(), "beta/plan/index.html").contains("Planen gäller Beta i dag."));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn front_matter_edits_show_their_own_pages_first_and_leave_every_page_right() {
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    let original = std::fs::read_to_string(site.root().join(plan)).unwrap();
    let edit = |from: &str, to: &str| {
        assert!(original.contains(from), "{from}");
        site.write(plan, &original.replace(from, to));
    };

    // A new title: the document's page is ready when the edit is shown;
    // the home page and the focus area's page follow before the rebuild
    // ends.
    edit(
        "titel: Integrationsplan för Beta",
        "titel: Ny integrationsplan för Beta",
    );
    let (rendered, ready) = rebuild_paths(&mut state, &site, &[plan]);
    assert!(ready.contains("beta/plan/index.html"), "{ready:?}");
    assert!(!ready.contains("index.html"), "{ready:?}");
    assert!(rendered >= 3, "{rendered}");
    for page in [
        "beta/plan/index.html",
        "index.html",
        "fokusomraden/arbete/index.html",
    ] {
        assert!(
            read(out.path(), page).contains("Ny integrationsplan för Beta"),
            "{page}"
        );
    }
    same_as_full_build(&site, &state, out.path());

    // Another focus area: both focus areas' pages change.
    edit(
        "    fokusområde: arbete\n---",
        "    fokusområde: boende\n---",
    );
    rebuild_paths(&mut state, &site, &[plan]);
    assert!(
        read(out.path(), "fokusomraden/boende/index.html")
            .contains("Fler ska kunna försörja sig själva")
    );
    assert!(
        !read(out.path(), "fokusomraden/arbete/index.html")
            .contains("Fler ska kunna försörja sig själva")
    );
    same_as_full_build(&site, &state, out.path());

    // No longer replacing the old plan: the old plan's notice goes.
    edit("ersätter: \"@/beta/plan-2015.md\"\n", "");
    rebuild_paths(&mut state, &site, &[plan]);
    same_as_full_build(&site, &state, out.path());

    // A translation's front matter.
    let en = "content/alfa/strategi.en.md";
    let text = std::fs::read_to_string(site.root().join(en)).unwrap();
    let title = text.lines().find(|l| l.starts_with("titel:")).unwrap();
    site.write(en, &text.replace(title, "titel: Alfa's new strategy"));
    let (_, ready) = rebuild_paths(&mut state, &site, &[en]);
    assert!(ready.contains("en/alfa/strategi/index.html"), "{ready:?}");
    assert!(read(out.path(), "en/index.html").contains("Alfa&#39;s new strategy"));
    same_as_full_build(&site, &state, out.path());

    // An original whose translations take values from it.
    let alfa = "content/alfa/strategi.md";
    site.replace(alfa, "beslutad: 2021-03-15", "beslutad: 2021-03-16");
    rebuild_paths(&mut state, &site, &[alfa]);
    assert!(read(out.path(), "en/alfa/strategi/index.html").contains("datetime=\"2021-03-16\""));
    same_as_full_build(&site, &state, out.path());

    // A mistake is reported as in a full build, and fixing it brings the
    // site back.
    edit(
        "    fokusområde: arbete\n---",
        "    fokusområde: arbet\n---",
    );
    let text = rebuild_fails(&mut state, &site, plan);
    assert!(text.contains("did you mean \"arbete\""), "{text}");
    site.write(plan, &original);
    rebuild_paths(&mut state, &site, &[plan]);
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_rebuild_stopped_for_a_newer_edit_leaves_the_next_one_all_its_work() {
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    let original = site.replace(
        plan,
        "titel: Integrationsplan för Beta",
        "titel: Betas plan",
    );
    // A newer edit comes in while the first is being made: the rebuild
    // stops once the edited page is shown, before the home page.
    rebuild_stopped(&mut state, &site, plan);
    assert!(read(out.path(), "beta/plan/index.html").contains("Betas plan"));
    assert!(!read(out.path(), "index.html").contains("Betas plan"));

    // The newer edit's rebuild makes everything right.
    site.write(
        plan,
        &original.replace("titel: Integrationsplan för Beta", "titel: Betas nya plan"),
    );
    rebuild_paths(&mut state, &site, &[plan]);
    assert!(read(out.path(), "index.html").contains("Betas nya plan"));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_body_edit_after_a_stopped_rebuild_also_makes_what_that_one_left() {
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    // A goal moves to another focus area, and a newer edit stops the
    // rebuild once the document's own page is shown.
    site.replace(
        plan,
        "    fokusområde: arbete\n---",
        "    fokusområde: boende\n---",
    );
    rebuild_stopped(&mut state, &site, plan);
    assert!(
        read(out.path(), "fokusomraden/arbete/index.html")
            .contains("Fler ska kunna försörja sig själva"),
        "the old focus area's page was not made again yet"
    );
    // The newer edit changes only the body: its rebuild still makes both
    // focus areas' pages.
    site.replace(plan, "Planen gäller Beta.", "Planen gäller Beta i år.");
    rebuild_paths(&mut state, &site, &[plan]);
    assert!(
        !read(out.path(), "fokusomraden/arbete/index.html")
            .contains("Fler ska kunna försörja sig själva")
    );
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn renaming_a_goal_that_another_body_links_to_fails_the_rebuild_as_it_fails_a_build() {
    let (site, out, mut state) = started();
    // content/alfa/strategi.md links to @/beta/plan.md#egen-forsorjning.
    let plan = "content/beta/plan.md";
    let original = site.replace(plan, "id: egen-forsorjning", "id: egen-inkomst");
    let text = rebuild_fails(&mut state, &site, plan);
    assert!(text.contains("alfa/strategi.md"), "{text}");
    assert!(text.contains("egen-forsorjning"), "{text}");
    // Put back, it builds again and every page is right.
    site.write(plan, &original);
    rebuild_paths(&mut state, &site, &[plan]);
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn editing_the_themes_templates_or_words_remakes_every_page() {
    let (site, out, mut state) = started();
    let pages = walkdir::WalkDir::new(out.path())
        .into_iter()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("html".as_ref()))
        .count();
    // A template: every page goes through base.html, and no page's view
    // changes.
    let base = include_str!("../themes/default/templates/base.html");
    let marked = base.replace(
        r#"<p class="made-with">"#,
        r#"<p class="made-with">Theme edit · "#,
    );
    assert_ne!(base, marked);
    site.write("themes/default/templates/base.html", &marked);
    let (rendered, _) = rebuild_paths(&mut state, &site, &["themes/default/templates/base.html"]);
    assert_eq!(rendered, pages, "every page is made again");
    assert!(read(out.path(), "index.html").contains("Theme edit ·"));
    same_as_full_build(&site, &state, out.path());
    // The interface strings: the Swedish pages change.
    let words = include_str!("../themes/default/i18n/sv.ftl");
    site.write(
        "themes/default/i18n/sv.ftl",
        &words.replace(
            "made-with = Publicerat med styrdok",
            "made-with = Gjord med styrdok",
        ),
    );
    rebuild_paths(&mut state, &site, &["themes/default/i18n/sv.ftl"]);
    assert!(read(out.path(), "index.html").contains("Gjord med styrdok"));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_template_that_cannot_make_a_page_fails_the_rebuild_until_it_is_fixed() {
    let (site, out, mut state) = started();
    let before = read(out.path(), "index.html");
    let base = include_str!("../themes/default/templates/base.html");
    site.write(
        "themes/default/templates/base.html",
        &base.replace(
            r#"<p class="made-with">"#,
            r#"<p class="made-with">{{ page.no_such_thing }}"#,
        ),
    );
    let shown = rebuild_fails(&mut state, &site, "themes/default/templates/base.html");
    assert!(
        shown.contains("themes/default/templates/base.html:")
            && shown.contains("uses page.no_such_thing"),
        "{shown}"
    );
    site.write("themes/default/templates/base.html", base);
    rebuild_paths(&mut state, &site, &["themes/default/templates/base.html"]);
    assert_eq!(read(out.path(), "index.html"), before);
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_body_edit_reindexes_only_the_languages_whose_text_changed() {
    let (site, out, mut state) = started();
    state.wait_for_search();
    let inode = |lang: &str| {
        use std::os::unix::fs::MetadataExt;
        let entry = out
            .path()
            .join(format!("pagefind/{lang}/pagefind-entry.json"));
        std::fs::metadata(entry).unwrap().ino()
    };
    let (sv, en, ar) = (inode("sv"), inode("en"), inode("ar"));
    // The English translation's body is in the English index only.
    let en_path = "content/alfa/strategi.en.md";
    let text = std::fs::read_to_string(site.root().join(en_path)).unwrap();
    site.write(en_path, &format!("{text}\nWordsmithing happens here.\n"));
    assert_eq!(rebuild_paths(&mut state, &site, &[en_path]).0, 1);
    state.wait_for_search();
    assert_ne!(inode("en"), en, "the English index is made again");
    assert_eq!((inode("sv"), inode("ar")), (sv, ar), "the others are not");
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_body_edit_stopped_for_a_newer_edit_leaves_the_next_rebuild_incremental() {
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    let original = site.replace(plan, "Planen gäller Beta.", "Planen gäller Beta, ett.");
    rebuild_stopped(&mut state, &site, plan);
    site.write(
        plan,
        &original.replace("Planen gäller Beta.", "Planen gäller Beta, två."),
    );
    let (_, _, pending) = rebuild_shown(&mut state, &site, &[plan]);
    assert_eq!(
        pending,
        Some(HashSet::new()),
        "only the edited pages, not a full pass"
    );
    assert!(read(out.path(), "beta/plan/index.html").contains("Planen gäller Beta, två."));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_first_regulation_number_brings_the_register_and_its_link_to_every_page() {
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    let original = site.replace(
        plan,
        "typ: plan\n",
        "typ: plan\nförfattningsnummer: BKFS 2024:1\n",
    );
    // A page the edit does not otherwise reach gets the footer link too.
    rebuild_paths(&mut state, &site, &[plan]);
    assert!(read(out.path(), "forfattningssamling/index.html").contains("BKFS 2024:1"));
    assert!(read(out.path(), "sidor/om/index.html").contains("href=\"/forfattningssamling/\""));
    assert!(out.path().join("api/register.json").is_file());
    same_as_full_build(&site, &state, out.path());

    // The last one gone: the register and its link go.
    site.write(plan, &original);
    rebuild_paths(&mut state, &site, &[plan]);
    assert!(!out.path().join("forfattningssamling/index.html").exists());
    assert!(!out.path().join("api/register.json").exists());
    assert!(!read(out.path(), "sidor/om/index.html").contains("forfattningssamling"));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn links_an_edit_writes_lead_where_a_full_build_leads_them() {
    // Rendering looks a body's links up in what the links stage read:
    // a rebuild must give it the edited body's links, body-only edit or
    // front-matter edit alike.
    let (site, out, mut state) = started();
    let plan = "content/beta/plan.md";
    let original = std::fs::read_to_string(site.root().join(plan)).unwrap();
    let links = "Se [strategin](@/alfa/strategi.md#bostader) och [bostäderna](@fokus/boende).";
    site.write(plan, &format!("{original}\n{links}\n"));
    rebuild_paths(&mut state, &site, &[plan]);
    let page = read(out.path(), "beta/plan/index.html");
    for href in [
        "<a href=\"/alfa/strategi/#bostader\">strategin</a>",
        "<a href=\"/fokusomraden/boende/\">bostäderna</a>",
    ] {
        assert!(page.contains(href), "{href} in {page}");
    }
    same_as_full_build(&site, &state, out.path());

    // A new title and a new link: the links of the body are read again.
    let retitled = original.replace(
        "titel: Integrationsplan för Beta",
        "titel: Ny integrationsplan för Beta",
    );
    site.write(
        plan,
        &format!("{retitled}\n[Den gamla planen](plan-2015.md)\n"),
    );
    rebuild_paths(&mut state, &site, &[plan]);
    let page = read(out.path(), "beta/plan/index.html");
    assert!(
        page.contains("<a href=\"/beta/plan-2015/\">Den gamla planen</a>"),
        "{page}"
    );
    assert!(!page.contains("strategin"), "{page}");
    same_as_full_build(&site, &state, out.path());
}

/// A new document of the basic fixture, in the focus area "boende".
const GAMMA: &str = "---\ntitel: Program för Gamma\ntyp: program\norganisation: Gamma kommun\nbeslutad av: ~\nbeslutad: 2022-05-02\ngiltig till: 2027-12-31\nansvarig: ~\nfokusområden: [boende]\n---\n\nProgrammet gäller Gamma.\n";

/// The pages still to be made when an edit was shown, asserting that the
/// rebuild was not a full pass.
fn only_some(pending: Option<HashSet<String>>) -> HashSet<String> {
    pending.expect("only the pages the edit reaches, not a full pass")
}

#[test]
fn a_new_or_deleted_document_is_made_incrementally_as_a_full_build_makes_it() {
    let (site, out, mut state) = started();
    let new = "content/gamma/program.md";
    site.write(new, GAMMA);
    let (_, ready, pending) = rebuild_shown(&mut state, &site, &[new]);
    assert!(ready.contains("gamma/program/index.html"), "{ready:?}");
    let pending = only_some(pending);
    for page in [
        "index.html",
        "fokusomraden/boende/index.html",
        "en/index.html",
    ] {
        assert!(pending.contains(page), "{page}: {pending:?}");
    }
    assert!(
        !pending.contains("beta/plan-2015/index.html"),
        "{pending:?}"
    );
    assert!(read(out.path(), "index.html").contains("Program för Gamma"));
    assert!(read(out.path(), "sitemap.xml").contains("/gamma/program/"));
    assert!(out.path().join("gamma/program/index.json").is_file());
    same_as_full_build(&site, &state, out.path());

    // Gone again: its page and data go, and the pages that listed it
    // are made again.
    site.remove(new);
    let (_, _, pending) = rebuild_shown(&mut state, &site, &[new]);
    only_some(pending);
    for file in ["gamma/program/index.html", "gamma/program/index.json"] {
        assert!(!out.path().join(file).exists(), "{file}");
    }
    assert!(!read(out.path(), "index.html").contains("Program för Gamma"));
    assert!(!read(out.path(), "sitemap.xml").contains("/gamma/program/"));
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_new_or_deleted_translation_is_made_incrementally_with_the_links_to_it() {
    let (site, out, mut state) = started();
    // The English strategy's unchanged body links to the plan, and so
    // does an English plain page.
    let en = "en/alfa/strategi/index.html";
    let about = "content/sidor/om.en.md";
    site.write(
        about,
        "---\ntitel: About\n---\n\nSee [Beta's plan](@/beta/plan.md).\n",
    );
    rebuild_paths(&mut state, &site, &[about]);
    let new = "content/beta/plan.en.md";
    site.write(
        new,
        "---\ntitel: Integration plan for Beta\norganisation: Beta Municipality\nansvarig: ~\n---\n\nThe plan covers Beta.\n",
    );
    let (_, ready, pending) = rebuild_shown(&mut state, &site, &[new]);
    assert!(ready.contains("en/beta/plan/index.html"), "{ready:?}");
    let pending = only_some(pending);
    assert!(pending.contains(en), "{pending:?}");
    assert!(
        !pending.contains("ar/beta/plan-2015/index.html"),
        "{pending:?}"
    );
    for page in [en, "en/sidor/om/index.html"] {
        assert!(pending.contains(page), "{page}: {pending:?}");
        assert!(
            read(out.path(), page).contains("href=\"/en/beta/plan/\""),
            "{page}"
        );
    }
    assert!(read(out.path(), "beta/plan/index.html").contains("/en/beta/plan/"));
    same_as_full_build(&site, &state, out.path());

    site.remove(new);
    let (_, ready, pending) = rebuild_shown(&mut state, &site, &[new]);
    assert!(ready.contains("beta/plan/index.html"), "{ready:?}");
    let pending = only_some(pending);
    for file in ["en/beta/plan/index.html", "en/beta/plan/index.json"] {
        assert!(!out.path().join(file).exists(), "{file}");
    }
    for page in [en, "en/sidor/om/index.html"] {
        assert!(pending.contains(page), "{page}: {pending:?}");
        assert!(
            read(out.path(), page).contains("href=\"/beta/plan/\""),
            "{page}"
        );
    }
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn deleting_a_document_others_refer_to_fails_the_rebuild_as_it_fails_a_build() {
    let (site, out, mut state) = started();
    // Bodies in two languages link to the plan.
    let plan = "content/beta/plan.md";
    let text = std::fs::read_to_string(site.root().join(plan)).unwrap();
    site.remove(plan);
    let shown = rebuild_fails(&mut state, &site, plan);
    assert!(shown.contains("alfa/strategi.md") && shown.contains("alfa/strategi.en.md"));
    assert_eq!(shown, full_build_fails(&site));
    site.write(plan, &text);
    rebuild_paths(&mut state, &site, &[plan]);
    same_as_full_build(&site, &state, out.path());

    // The plan replaces the 2015 plan (`ersätter`).
    let old = "content/beta/plan-2015.md";
    let text = std::fs::read_to_string(site.root().join(old)).unwrap();
    site.remove(old);
    let shown = rebuild_fails(&mut state, &site, old);
    assert!(
        shown.contains("beta/plan.md") && shown.contains("plan-2015"),
        "{shown}"
    );
    assert_eq!(shown, full_build_fails(&site));
    site.write(old, &text);
    rebuild_paths(&mut state, &site, &[old]);
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn an_edit_that_takes_an_address_or_number_held_elsewhere_fails_the_rebuild_as_a_build() {
    // A title edit leaves every address and number where it was, so a
    // rebuild need not check them site-wide; these edits move them, and
    // must be checked as a full build checks them.
    let (site, out, mut state) = started();
    // An old address that is another document's page.
    let plan = "content/beta/plan.md";
    let original = site.replace(
        plan,
        "typ: plan\n",
        "typ: plan\ntidigare adresser: [/alfa/strategi/]\n",
    );
    let shown = rebuild_fails(&mut state, &site, plan);
    assert!(shown.contains("/alfa/strategi/"), "{shown}");
    assert_eq!(shown, full_build_fails(&site));
    site.write(plan, &original);
    rebuild_paths(&mut state, &site, &[plan]);
    same_as_full_build(&site, &state, out.path());

    // A regulation number the 2015 plan of the same organisation has.
    let old = "content/beta/plan-2015.md";
    let numbered = |text: &str| {
        text.replace(
            "typ: plan\n",
            "typ: plan\nförfattningsnummer: BKFS 2015:3\n",
        )
    };
    let old_text = std::fs::read_to_string(site.root().join(old)).unwrap();
    site.write(old, &numbered(&old_text));
    rebuild_paths(&mut state, &site, &[old]);
    site.write(plan, &numbered(&original));
    let shown = rebuild_fails(&mut state, &site, plan);
    assert!(shown.contains("BKFS 2015:3"), "{shown}");
    assert_eq!(shown, full_build_fails(&site));
    site.write(plan, &original);
    site.write(old, &old_text);
    rebuild_paths(&mut state, &site, &[plan, old]);
    same_as_full_build(&site, &state, out.path());

    // A title edit of a numbered document checks nothing site-wide and
    // builds as a full build does.
    site.write(old, &numbered(&old_text).replace("Beta 2015", "Beta, 2015"));
    rebuild_paths(&mut state, &site, &[old]);
    same_as_full_build(&site, &state, out.path());
}

#[test]
fn a_new_file_beside_known_ones_is_taken_in_without_a_walk_as_a_walk_would() {
    let (site, out, mut state) = started();
    // A new document in a folder the last walk knows: its page first, and
    // every page as a full build makes it.
    let new = "content/beta/program.md";
    site.write(new, &GAMMA.replace("Gamma kommun", "Beta kommun"));
    let (_, ready, pending) = rebuild_shown(&mut state, &site, &[new]);
    assert!(ready.contains("beta/program/index.html"), "{ready:?}");
    assert!(only_some(pending).contains("index.html"));
    same_as_full_build(&site, &state, out.path());

    // A new file with the name of a known one in another case is an error,
    // as in a full build; the error stays while other files are edited,
    // and goes with the file.
    let clash = "content/beta/Plan.md";
    site.write(clash, GAMMA);
    let shown = rebuild_fails(&mut state, &site, clash);
    assert!(shown.contains("case-collision"), "{shown}");
    assert_eq!(shown, full_build_fails(&site));
    site.replace(new, "Programmet gäller Gamma.", "Programmet gäller Beta.");
    assert_eq!(rebuild_fails(&mut state, &site, new), shown);
    site.remove(clash);
    rebuild_paths(&mut state, &site, &[clash]);
    assert!(read(out.path(), "beta/program/index.html").contains("Programmet gäller Beta."));
    same_as_full_build(&site, &state, out.path());

    // Gone again, with a known file edited in the same save.
    site.remove(new);
    site.replace(
        "content/beta/plan.md",
        "Planen gäller Beta.",
        "Planen gäller Beta nu.",
    );
    let (_, _, pending) = rebuild_shown(&mut state, &site, &[new, "content/beta/plan.md"]);
    only_some(pending);
    assert!(!out.path().join("beta/program/index.html").exists());
    same_as_full_build(&site, &state, out.path());
}
