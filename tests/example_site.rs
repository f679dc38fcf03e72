//! The example site in this repository: the five real strategies build, and
//! every page shows the metadata and goals its front matter states.

mod common;

use std::path::Path;

use common::Page;

struct Example {
    out: tempfile::TempDir,
}

impl Example {
    fn build() -> Example {
        let out = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let public = out.path().join("public");
        common::run_in(root, &["build", "--output", &public.to_string_lossy()]).success();
        Example { out }
    }

    fn page(&self, url: &str) -> Page {
        let path = self
            .out
            .path()
            .join("public")
            .join(url.trim_start_matches('/'))
            .join("index.html");
        let html =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Page {
            html: scraper::Html::parse_document(&html),
            source: html,
        }
    }
}

const DOCUMENTS: &[&str] = &[
    "vanersborg/sammanhallet-integrationsarbete",
    "vargarda/strategi-for-integration",
    "vimmerby/integrations-och-inkluderingsstrategi",
    "vaxjo/integrationsplan",
    "vansbro/integrationspolitisk-policy",
];

/// The goal ids declared in a document's front matter, read as plain text.
fn declared_goal_ids(key: &str) -> Vec<String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join(format!("{key}.md")),
    )
    .unwrap();
    let front = text.split("\n---\n").next().unwrap();
    front
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- id:"))
        .map(|id| id.trim().trim_matches('"').to_string())
        .collect()
}

#[test]
fn the_example_site_shows_real_metadata_and_goals() {
    let site = Example::build();

    let vargarda = site.page("/vargarda/strategi-for-integration/");
    assert_eq!(vargarda.fact("Beslutad av"), "Kommunfullmäktige");
    assert_eq!(vargarda.fact("Beslutad"), "11 december 2019");
    assert_eq!(vargarda.fact("Giltig till"), "11 december 2023");
    assert_eq!(vargarda.fact("Ansvarig"), "Socialchef");
    assert_eq!(vargarda.fact("Ansvarig verksamhet"), "Socialtjänst");
    // The decision block of the source names who answers for revision.
    assert_eq!(
        vargarda.fact("För revidering ansvarar"),
        "Kommunfullmäktige"
    );
    assert!(
        vargarda
            .text(".notice-expired")
            .contains("gäller inte längre")
    );

    let vimmerby = site.page("/vimmerby/integrations-och-inkluderingsstrategi/");
    assert_eq!(vimmerby.fact("Beslutad av"), "Kommunfullmäktige");
    assert_eq!(vimmerby.fact("Beslutad"), "25 september 2017");
    assert_eq!(vimmerby.fact("Paragraf"), "§ 170");
    assert_eq!(vimmerby.fact("Giltig till"), "Uppgift saknas i dokumentet");

    let vanersborg = site.page("/vanersborg/sammanhallet-integrationsarbete/");
    assert_eq!(
        vanersborg.fact("Beslutad av"),
        "Uppgift saknas i dokumentet"
    );
    assert!(
        vanersborg.count(".body table th") >= 2,
        "the appendix is a real table"
    );

    let vaxjo = site.page("/vaxjo/integrationsplan/");
    assert_eq!(vaxjo.text(".eyebrow"), "Plan · Växjö kommun");
    assert!(
        vaxjo
            .texts(".body table th")
            .iter()
            .any(|t| t.starts_with("Utmaning")),
        "the challenges are a real table"
    );

    let vansbro = site.page("/vansbro/integrationspolitisk-policy/");
    assert_eq!(vansbro.text(".eyebrow"), "Policy · Vansbro kommun");

    for key in DOCUMENTS {
        let page = site.page(&format!("/{key}/"));
        let ids = declared_goal_ids(key);
        assert!(!ids.is_empty(), "{key} declares goals");
        assert_eq!(page.attrs("#sd-goals li.goal", "id"), ids, "{key}");
        assert!(page.count("#sd-summary p") == 1, "{key} has a summary");
    }
}

#[test]
fn focus_areas_bring_municipalities_together() {
    let site = Example::build();
    let work = site.page("/fokusomraden/arbete/");
    let orgs = work.texts(".organisation-heading");
    assert!(orgs.len() >= 4, "{orgs:?}");
    assert_eq!(site.page("/fokusomraden/").count(".focus-card"), 7);
    let home = site.page("/");
    assert_eq!(home.count(".document-item"), 5);
}

#[test]
fn the_editors_guide_highlights_its_samples_with_classes() {
    let site = Example::build();
    let guide = site.page("/sidor/sa-publicerar-du/");
    assert!(guide.count("pre.code code.language-yaml span[class^=hl-]") > 10);
    assert!(guide.count("pre.code code.language-markdown span[class^=hl-]") > 3);
    assert!(!guide.source.contains("style=\""));
}

/// The editors' guide names the commands a newcomer needs and says how to
/// open the new page (issue 16), in Swedish and English.
#[test]
fn the_editors_guide_shows_init_new_and_serve_and_how_to_open_the_page() {
    let site = Example::build();
    for (url, open) in [
        ("/sidor/sa-publicerar-du/", "Öppna adressen i webbläsaren"),
        (
            "/en/sidor/sa-publicerar-du/",
            "Open the address in your web browser",
        ),
    ] {
        let guide = site.page(url);
        let code = guide.texts("pre code, code").join("\n");
        for command in [
            "styrdok init",
            "styrdok new dokument",
            "styrdok serve",
            "styrdok check",
        ] {
            assert!(code.contains(command), "{url} does not show {command}");
        }
        assert!(guide.source.contains(open), "{url}");
        assert!(
            guide
                .source
                .contains("http://127.0.0.1:1111/vargarda/strategi-for-integration/"),
            "{url}"
        );
    }
}

#[test]
fn translations_are_published_in_their_languages() {
    let site = Example::build();
    let en = site.page("/en/vargarda/strategi-for-integration/");
    assert_eq!(en.attrs("html", "lang"), ["en"]);
    assert_eq!(en.fact("Decided on"), "11 December 2019");
    assert_eq!(en.fact("Responsible for review"), "Kommunfullmäktige");
    let ar = site.page("/ar/vargarda/strategi-for-integration/");
    assert_eq!(ar.attrs("html", "dir"), ["rtl"]);
    assert!(ar.count("#sd-goals li.goal") > 0);
}

#[test]
fn every_page_has_a_description_a_favicon_and_a_home_link_that_says_where_it_leads() {
    let ex = Example::build();
    let public = ex.out.path().join("public");
    assert!(
        std::fs::read_to_string(public.join("favicon.svg"))
            .unwrap()
            .starts_with("<svg")
    );
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let page = Page {
            html: scraper::Html::parse_document(&html),
            source: html,
        };
        let name = entry.path().display();
        let description = page.attrs("meta[name=\"description\"]", "content");
        assert!(
            description.len() == 1 && !description[0].trim().is_empty(),
            "{name} has no description"
        );
        assert_eq!(
            page.attrs("link[rel=\"icon\"]", "href"),
            ["/favicon.svg"],
            "{name}"
        );
        for text in page.texts(".main-nav a") {
            assert!(
                !["start", "home", "here", "more"].contains(&text.to_lowercase().as_str()),
                "{name}: the link text {text:?} does not say where it leads"
            );
        }
    }
    assert!(pages > 80, "{pages}");
    assert_eq!(ex.page("/").texts(".main-nav a")[0], "Alla styrdokument");
}
