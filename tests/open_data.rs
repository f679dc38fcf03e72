//! Open data and discovery files, as users and machines see them: the JSON
//! of every document and its schema, the goals CSV, the sitemap, robots.txt,
//! the Atom feeds, and the metadata in every page's head. Built from the
//! `basic` fixture and from the example site in this repository.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Page, TestSite};
use serde_json::{Value, json};

/// The fixture's base_url.
const BASE: &str = "https://test.example.org";
const ATOM: &str = "http://www.w3.org/2005/Atom";
const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML: &str = "http://www.w3.org/1999/xhtml";
const XML: &str = "http://www.w3.org/XML/1998/namespace";

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `basic` fixture, built.
fn fixture() -> TestSite {
    let site = TestSite::fixture("basic");
    site.build();
    site
}

/// The example site of this repository, built into a temporary folder:
/// (the folder, its `public/`, its base_url).
fn example() -> (tempfile::TempDir, PathBuf, String) {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    common::run_in(
        manifest(),
        &["build", "--output", &public.to_string_lossy()],
    )
    .success();
    let toml = std::fs::read_to_string(manifest().join("site.toml")).unwrap();
    let base = toml
        .lines()
        .find_map(|l| l.strip_prefix("base_url = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    (out, public, base)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file in `public` that an absolute address of the site names.
fn local(public: &Path, base: &str, url: &str) -> PathBuf {
    let rel = url
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{url} is not on {base}"))
        .split('#')
        .next()
        .unwrap()
        .trim_start_matches('/');
    if rel.is_empty() || rel.ends_with('/') {
        public.join(rel).join("index.html")
    } else {
        public.join(rel)
    }
}

/// Every file under `public` whose name ends with `suffix`, sorted.
fn files(public: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file() && e.file_name().to_string_lossy().ends_with(suffix))
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}

/// A published schema, compiled (draft 2020-12, formats checked).
fn validator(public: &Path, name: &str) -> jsonschema::Validator {
    let schema = read_json(&public.join("api/schema").join(name));
    jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("{name} is no schema: {e}"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn parse_xml(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

fn child<'a>(n: roxmltree::Node<'a, 'a>, ns: &str, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name((ns, name)))
}

fn child_text(n: roxmltree::Node<'_, '_>, ns: &str, name: &str) -> String {
    child(n, ns, name)
        .and_then(|c| c.text())
        .unwrap_or_default()
        .to_string()
}

/// Runs xmllint; (valid, its report).
fn xmllint(args: &[&str], file: &Path) -> (bool, String) {
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--nonet")
        .args(args)
        .arg(file)
        .output()
        .expect("xmllint must be installed (tests/setup.sh installs libxml2-utils)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn schema_file(name: &str) -> String {
    manifest()
        .join("tests/schemas")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn page_at(path: &Path) -> Page {
    let html = read(path);
    Page {
        html: scraper::Html::parse_document(&html),
        source: html,
    }
}

/// A `<meta property>` or `<meta name>` of a page, every value.
fn meta(p: &Page, attr: &str, key: &str) -> Vec<String> {
    p.attrs(&format!("meta[{attr}=\"{key}\"]"), "content")
}

#[test]
fn every_document_has_its_data_beside_its_page() {
    let site = fixture();
    let public = site.public();
    for url in [
        "/alfa/strategi/",
        "/en/alfa/strategi/",
        "/ar/alfa/strategi/",
        "/beta/plan/",
        "/beta/plan-2015/",
    ] {
        let rel = url.trim_start_matches('/');
        assert!(public.join(rel).join("index.html").is_file(), "{url}");
        let data = read_json(&public.join(rel).join("index.json"));
        assert_eq!(data["url"], format!("{BASE}{url}"));
        assert_eq!(data["json_url"], format!("{BASE}{url}index.json"));
        assert_eq!(
            data["$schema"],
            format!("{BASE}/api/schema/document.schema.json")
        );
    }

    let alfa = read_json(&public.join("alfa/strategi/index.json"));
    assert_eq!(alfa["id"], "alfa/strategi");
    assert_eq!(alfa["language"], "sv");
    assert_eq!(alfa["type"], "strategi");
    assert_eq!(alfa["title"], "Strategi för integration i Alfa kommun");
    assert_eq!(alfa["organisation"], "Alfa kommun");
    assert_eq!(
        alfa["summary"],
        "Alfa vill att fler ska ha arbete och bostad."
    );
    assert_eq!(
        alfa["decision"],
        json!({
            "decided_by": "Kommunfullmäktige",
            "decided": "2021-03-15",
            "valid_from": null,
            "valid_until": "until-further-notice",
            "responsible": "Socialchef",
            "responsible_unit": "Socialtjänst",
            "paragraph": "§ 42",
            "registry_number": "KS 2021/7",
            "applies_to": "Alla nämnder",
            "review_by": null,
            "review_responsible": null
        })
    );
    assert_eq!(alfa["status"], "until-further-notice");
    assert_eq!(alfa["status_date"], "2026-01-01");
    assert_eq!(
        alfa["goals"][0],
        json!({
            "id": "fler-i-arbete",
            "title": "Fler utrikes födda i arbete",
            "url": format!("{BASE}/alfa/strategi/#fler-i-arbete"),
            "focus_areas": ["arbete"],
            "indicators": [{
                "name": "Andel utrikes födda i sysselsättning",
                "unit": null,
                "source": null,
                "kolada": null,
                "data_url": null,
                "series": []
            }]
        })
    );
    assert_eq!(alfa["goals"][1]["indicators"], json!([]));
    assert_eq!(
        alfa["focus_areas"],
        json!([
            { "id": "arbete", "name": "Arbete och egen försörjning", "url": format!("{BASE}/fokusomraden/arbete/") },
            { "id": "boende", "name": "Boende", "url": format!("{BASE}/fokusomraden/boende/") }
        ])
    );
    let langs: Vec<&str> = alfa["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["language"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["sv", "en", "ar"]);
    assert_eq!(alfa["languages"][2]["name"], "العربية");
    assert_eq!(alfa["original"], Value::Null);
    assert_eq!(alfa["replaces"], Value::Null);

    // `~` in the source is null in the data; a passed date is "expired".
    let plan = read_json(&public.join("beta/plan/index.json"));
    assert_eq!(plan["decision"]["responsible"], Value::Null);
    assert_eq!(plan["decision"]["valid_until"], "2023-12-31");
    assert_eq!(plan["status"], "expired");
    let old = read_json(&public.join("beta/plan-2015/index.json"));
    assert_eq!(old["decision"]["decided_by"], Value::Null);
    assert_eq!(old["decision"]["decided"], Value::Null);
    assert_eq!(old["summary"], Value::Null);
}

#[test]
fn translations_replacements_and_related_documents_are_linked_in_the_data() {
    let site = fixture();
    let public = site.public();
    let en = read_json(&public.join("en/alfa/strategi/index.json"));
    assert_eq!(en["language"], "en");
    assert_eq!(en["title"], "Strategy for integration in Alfa Municipality");
    assert_eq!(en["organisation"], "Alfa Municipality");
    // Decision facts the translation leaves out come from the original.
    assert_eq!(en["decision"]["decided"], "2021-03-15");
    assert_eq!(en["decision"]["responsible"], "Head of Social Services");
    assert_eq!(
        en["original"],
        json!({
            "language": "sv",
            "name": "Svenska",
            "url": format!("{BASE}/alfa/strategi/"),
            "json_url": format!("{BASE}/alfa/strategi/index.json")
        })
    );
    // Goals keep their ids; their texts and the focus areas' names are in
    // English where translated, else in Swedish; addresses in English.
    assert_eq!(en["goals"][1]["id"], "bostader");
    assert_eq!(en["goals"][1]["title"], "More homes");
    assert_eq!(
        en["goals"][1]["url"],
        format!("{BASE}/en/alfa/strategi/#bostader")
    );
    assert_eq!(en["focus_areas"][0]["name"], "Work and self-support");
    assert_eq!(en["focus_areas"][1]["name"], "Boende");
    assert_eq!(
        en["focus_areas"][1]["url"],
        format!("{BASE}/en/fokusomraden/boende/")
    );
    // Beta's plan exists only in Swedish: the English data points at it.
    assert_eq!(
        en["related"],
        json!([{
            "id": "beta/plan",
            "language": "sv",
            "title": "Integrationsplan för Beta",
            "url": format!("{BASE}/beta/plan/"),
            "json_url": format!("{BASE}/beta/plan/index.json")
        }])
    );

    let plan = read_json(&public.join("beta/plan/index.json"));
    assert_eq!(plan["replaces"]["id"], "beta/plan-2015");
    assert_eq!(plan["replaced_by"], Value::Null);
    let old = read_json(&public.join("beta/plan-2015/index.json"));
    assert_eq!(old["replaced_by"]["id"], "beta/plan");
    assert_eq!(old["replaced_by"]["url"], format!("{BASE}/beta/plan/"));

    // Every address in the data leads to a file of the site.
    for path in files(&public, "index.json") {
        let text = read(&path);
        for url in text
            .split('"')
            .filter(|s| s.starts_with(BASE) && !s.contains("/api/schema/"))
        {
            assert!(
                local(&public, BASE, url).is_file(),
                "{}: {url} leads nowhere",
                path.display()
            );
        }
    }
}

#[test]
fn the_document_list_names_every_version_with_its_page_and_data() {
    let site = fixture();
    let public = site.public();
    let list = read_json(&public.join("api/documents.json"));
    assert_eq!(
        list["$schema"],
        format!("{BASE}/api/schema/documents.schema.json")
    );
    assert_eq!(list["site"]["title"], "Teststrategier");
    assert_eq!(list["site"]["default_language"], "sv");
    assert_eq!(
        list["site"]["languages"][1]["feed"],
        format!("{BASE}/en/flode.xml")
    );
    assert_eq!(list["goals_csv"], format!("{BASE}/api/goals.csv"));
    let docs = list["documents"].as_array().unwrap();
    let ids: Vec<(String, String)> = docs
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().into(),
                d["language"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("alfa/strategi", "sv"),
        ("alfa/strategi", "en"),
        ("alfa/strategi", "ar"),
        ("beta/plan", "sv"),
        ("beta/plan-2015", "sv"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(ids, want);
    assert_eq!(files(&public, "index.json").len(), docs.len());
    for d in docs {
        let page = local(&public, BASE, d["url"].as_str().unwrap());
        assert!(page.is_file(), "{page:?}");
        let data = read_json(&local(&public, BASE, d["json_url"].as_str().unwrap()));
        for key in ["id", "language", "title", "organisation", "type", "status"] {
            assert_eq!(d[key], data[key], "{key} of {}", d["url"]);
        }
        assert_eq!(d["decided"], data["decision"]["decided"]);
        assert_eq!(d["valid_until"], data["decision"]["valid_until"]);
        assert_eq!(
            d["goal_count"].as_u64().unwrap() as usize,
            data["goals"].as_array().unwrap().len()
        );
    }
}

/// Every JSON file the site publishes, validated against the schema it
/// names, which is itself published on the site.
fn validate_all_json(public: &Path, base: &str) -> usize {
    let one = validator(public, "document.schema.json");
    let all = validator(public, "documents.schema.json");
    // Only a site with regulations has a register (tests/register.rs).
    let register = public
        .join("api/schema/register.schema.json")
        .is_file()
        .then(|| validator(public, "register.schema.json"));
    let mut checked = 0;
    for path in files(public, ".json") {
        // Schemas, and the search index (Pagefind's own files, not data).
        if path.starts_with(public.join("api/schema")) || path.starts_with(public.join("pagefind"))
        {
            continue;
        }
        let data = read_json(&path);
        let schema_url = data["$schema"].as_str().unwrap_or_default();
        let v = if schema_url == format!("{base}/api/schema/document.schema.json") {
            &one
        } else if schema_url == format!("{base}/api/schema/documents.schema.json") {
            &all
        } else if let Some(v) = register
            .as_ref()
            .filter(|_| schema_url == format!("{base}/api/schema/register.schema.json"))
        {
            v
        } else {
            panic!("{}: unknown $schema {schema_url:?}", path.display());
        };
        let errs = errors(v, &data);
        assert!(errs.is_empty(), "{}:\n{}", path.display(), errs.join("\n"));
        checked += 1;
    }
    checked
}

#[test]
fn every_json_file_of_the_example_site_and_the_fixture_matches_its_published_schema() {
    let (_tmp, public, base) = example();
    let n = validate_all_json(&public, &base);
    let list = read_json(&public.join("api/documents.json"));
    assert_eq!(n, list["documents"].as_array().unwrap().len() + 1);
    assert!(n > 10, "only {n} files");
    let schema = read_json(&public.join("api/schema/document.schema.json"));
    assert_eq!(
        schema["$id"],
        format!("{base}/api/schema/document.schema.json")
    );

    let site = fixture();
    assert_eq!(validate_all_json(&site.public(), BASE), 6);
}

#[test]
fn data_that_breaks_the_format_fails_the_schema() {
    let site = fixture();
    let public = site.public();
    let one = validator(&public, "document.schema.json");
    let good = read_json(&public.join("beta/plan/index.json"));
    assert!(errors(&one, &good).is_empty());
    type Breaks = Box<dyn Fn(&mut Value)>;
    let broken: Vec<(&str, Breaks)> = vec![
        (
            "no title",
            Box::new(|v| drop(v.as_object_mut().unwrap().remove("title"))),
        ),
        ("unknown status", Box::new(|v| v["status"] = json!("valid"))),
        (
            "a date that is no date",
            Box::new(|v| v["decision"]["decided"] = json!("2021-13-45")),
        ),
        (
            "tills vidare in Swedish",
            Box::new(|v| v["decision"]["valid_until"] = json!("tills vidare")),
        ),
        ("an extra field", Box::new(|v| v["colour"] = json!("blue"))),
        (
            "an indicator as bare text",
            Box::new(|v| v["goals"][0]["indicators"] = json!(["Andel"])),
        ),
        (
            "a relative address",
            Box::new(|v| v["url"] = json!("/beta/plan/")),
        ),
        ("an unknown type", Box::new(|v| v["type"] = json!("vision"))),
        (
            "a missing decision fact",
            Box::new(|v| drop(v["decision"].as_object_mut().unwrap().remove("responsible"))),
        ),
    ];
    for (what, breaks) in broken {
        let mut v = good.clone();
        breaks(&mut v);
        assert!(!errors(&one, &v).is_empty(), "{what} passed the schema");
    }

    let all = validator(&public, "documents.schema.json");
    let mut list = read_json(&public.join("api/documents.json"));
    assert!(errors(&all, &list).is_empty());
    list["documents"][0]["goal_count"] = json!(-1);
    assert!(!errors(&all, &list).is_empty());
}

#[test]
fn the_goals_csv_parses_back_to_the_goals_of_every_document() {
    let site = TestSite::fixture("basic");
    // A title and a goal with a comma, quotes and a line break.
    site.write(
        "content/gamma/plan.md",
        concat!(
            "---\n",
            "titel: 'Plan för \"arbete\", boende'\n",
            "typ: plan\n",
            "organisation: Gamma kommun\n",
            "beslutad av: Kommunstyrelsen\n",
            "beslutad: 2022-05-01\n",
            "giltig till: 2026-12-31\n",
            "ansvarig: ~\n",
            "mål:\n",
            "  - id: tva-rader\n",
            "    titel: \"Första raden,\\nandra raden\"\n",
            "    fokusområde: [arbete, boende]\n",
            "    indikatorer: [Andel, 'Antal; per år']\n",
            "---\n",
        ),
    );
    site.build();
    let public = site.public();
    let mut rdr = csv::Reader::from_path(public.join("api/goals.csv")).unwrap();
    assert_eq!(
        rdr.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "document_id",
            "language",
            "organisation",
            "document_title",
            "goal_id",
            "goal_title",
            "focus_area_ids",
            "focus_area_names",
            "indicators",
            "document_url",
            "goal_url"
        ]
    );
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();

    // The same goals, read from the JSON of every document.
    let list = read_json(&public.join("api/documents.json"));
    let mut want = Vec::new();
    for d in list["documents"].as_array().unwrap() {
        let data = read_json(&local(&public, BASE, d["json_url"].as_str().unwrap()));
        let names: BTreeMap<&str, &str> = data["focus_areas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["id"].as_str().unwrap(), f["name"].as_str().unwrap()))
            .collect();
        for g in data["goals"].as_array().unwrap() {
            let ids: Vec<&str> = g["focus_areas"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            let indicators: Vec<&str> = g["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["name"].as_str().unwrap())
                .collect();
            want.push(vec![
                data["id"].as_str().unwrap().to_string(),
                data["language"].as_str().unwrap().to_string(),
                data["organisation"].as_str().unwrap().to_string(),
                data["title"].as_str().unwrap().to_string(),
                g["id"].as_str().unwrap().to_string(),
                g["title"].as_str().unwrap().to_string(),
                ids.join("; "),
                ids.iter().map(|i| names[i]).collect::<Vec<_>>().join("; "),
                indicators.join("; "),
                data["url"].as_str().unwrap().to_string(),
                g["url"].as_str().unwrap().to_string(),
            ]);
        }
    }
    assert_eq!(rows, want);
    let gamma = rows.iter().find(|r| r[0] == "gamma/plan").unwrap();
    assert_eq!(gamma[3], "Plan för \"arbete\", boende");
    assert_eq!(gamma[5], "Första raden,\nandra raden");
    assert_eq!(gamma[7], "Arbete och egen försörjning; Boende");
    assert_eq!(gamma[8], "Andel; Antal; per år");
    // RFC 4180: CRLF between records, quotes doubled.
    let raw = read(&public.join("api/goals.csv"));
    assert!(raw.starts_with("document_id,language,"));
    assert!(raw.ends_with("\r\n"));
    assert!(raw.contains("\"Plan för \"\"arbete\"\", boende\""));
}

/// The alternates of every page: in its head, and in the sitemap.
fn check_sitemap(public: &Path, base: &str) {
    let text = read(&public.join("sitemap.xml"));
    let doc = parse_xml(&text);
    let root = doc.root_element();
    assert!(root.has_tag_name((SITEMAP, "urlset")));
    let mut in_sitemap: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for url in root.children().filter(|n| n.is_element()) {
        assert!(url.has_tag_name((SITEMAP, "url")));
        let loc = child_text(url, SITEMAP, "loc");
        let alts: Vec<(String, String)> = url
            .children()
            .filter(|n| n.has_tag_name((XHTML, "link")))
            .map(|l| {
                assert_eq!(l.attribute("rel"), Some("alternate"));
                (
                    l.attribute("hreflang").unwrap().to_string(),
                    l.attribute("href").unwrap().to_string(),
                )
            })
            .collect();
        assert!(
            in_sitemap.insert(loc.clone(), alts).is_none(),
            "{loc} twice"
        );
    }
    let mut pages = BTreeSet::new();
    for path in files(public, ".html") {
        let rel = path
            .strip_prefix(public)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "404.html" {
            continue;
        }
        let url = format!("{base}/{}", rel.trim_end_matches("index.html"));
        let p = page_at(&path);
        let head: Vec<(String, String)> = p
            .attrs("head link[rel=alternate][hreflang]", "hreflang")
            .into_iter()
            .zip(p.attrs("head link[rel=alternate][hreflang]", "href"))
            .collect();
        let listed = in_sitemap
            .get(&url)
            .unwrap_or_else(|| panic!("{url} is not in the sitemap"));
        if head.len() > 1 {
            assert_eq!(listed, &head, "{url}");
            assert_eq!(listed.last().unwrap().0, "x-default");
        } else {
            assert!(listed.is_empty(), "{url}: {listed:?}");
        }
        pages.insert(url);
    }
    let listed: BTreeSet<String> = in_sitemap.into_keys().collect();
    assert_eq!(listed, pages);
}

#[test]
fn the_sitemap_lists_every_page_with_the_language_versions_its_head_names() {
    let site = fixture();
    check_sitemap(&site.public(), BASE);
    let (_tmp, public, base) = example();
    check_sitemap(&public, &base);

    let robots = read(&site.public().join("robots.txt"));
    assert!(robots.starts_with("User-agent: *\n"), "{robots}");
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {BASE}/sitemap.xml")),
        "{robots}"
    );
}

#[test]
fn a_sites_own_robots_txt_is_published_instead() {
    let site = TestSite::fixture("basic");
    site.write("static/robots.txt", "User-agent: *\nDisallow: /utkast/\n");
    site.build();
    assert_eq!(
        read(&site.public().join("robots.txt")),
        "User-agent: *\nDisallow: /utkast/\n"
    );
    assert!(site.public().join("sitemap.xml").is_file());
}

/// Checks a feed's structure: the rules of RFC 4287 that its RELAX NG
/// schema cannot express, and that entries are newest first. Returns
/// (id, entry language or None, updated) of each entry.
fn check_feed(text: &str) -> Vec<(String, Option<String>, String)> {
    let doc = parse_xml(text);
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")));
    let feed_author = child(feed, ATOM, "author").is_some();
    let mut out = Vec::new();
    for e in feed.children().filter(|n| n.has_tag_name((ATOM, "entry"))) {
        assert!(feed_author || child(e, ATOM, "author").is_some());
        let mut seen = BTreeSet::new();
        for l in e.children().filter(|n| n.has_tag_name((ATOM, "link"))) {
            if l.attribute("rel").unwrap_or("alternate") == "alternate" {
                let key = (l.attribute("type"), l.attribute("hreflang"));
                assert!(seen.insert(key), "two alternate links {key:?}");
            }
        }
        out.push((
            child_text(e, ATOM, "id"),
            e.attribute((XML, "lang")).map(str::to_string),
            child_text(e, ATOM, "updated"),
        ));
    }
    let dates: Vec<&String> = out.iter().map(|(_, _, d)| d).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "not newest first");
    if let Some(first) = dates.first() {
        assert_eq!(&&child_text(feed, ATOM, "updated"), first);
    }
    out
}

#[test]
fn each_language_has_a_feed_of_decisions_newest_first() {
    let site = fixture();
    let public = site.public();
    let sv = read(&public.join("flode.xml"));
    let entries = check_feed(&sv);
    assert_eq!(
        entries,
        [
            (
                format!("{BASE}/alfa/strategi/"),
                None,
                "2021-03-15T00:00:00Z".to_string()
            ),
            (
                format!("{BASE}/beta/plan/"),
                None,
                "2020-01-20T00:00:00Z".to_string()
            ),
        ]
    );
    // beta/plan-2015 says "beslutad: ~": it has no place in a feed of decisions.
    assert!(!sv.contains("plan-2015"));
    let doc = parse_xml(&sv);
    let feed = doc.root_element();
    assert_eq!(feed.attribute((XML, "lang")), Some("sv"));
    assert_eq!(
        child_text(feed, ATOM, "title"),
        "Teststrategier: senast beslutade styrdokument"
    );
    assert_eq!(child_text(feed, ATOM, "id"), format!("{BASE}/flode.xml"));
    let alfa = feed
        .children()
        .find(|n| n.has_tag_name((ATOM, "entry")))
        .unwrap();
    assert_eq!(
        child_text(alfa, ATOM, "title"),
        "Strategi för integration i Alfa kommun"
    );
    assert_eq!(
        child_text(alfa, ATOM, "summary"),
        "Alfa vill att fler ska ha arbete och bostad."
    );
    let author = child(alfa, ATOM, "author").unwrap();
    assert_eq!(child_text(author, ATOM, "name"), "Alfa kommun");
    let json_link = alfa
        .children()
        .find(|n| n.has_tag_name((ATOM, "link")) && n.attribute("type") == Some("application/json"))
        .unwrap();
    assert_eq!(
        json_link.attribute("href"),
        Some(format!("{BASE}/alfa/strategi/index.json").as_str())
    );

    // In English: the translation where there is one, else the original,
    // marked as Swedish.
    let en = read(&public.join("en/flode.xml"));
    assert_eq!(
        check_feed(&en),
        [
            (
                format!("{BASE}/en/alfa/strategi/"),
                None,
                "2021-03-15T00:00:00Z".to_string()
            ),
            (
                format!("{BASE}/beta/plan/"),
                Some("sv".to_string()),
                "2020-01-20T00:00:00Z".to_string()
            ),
        ]
    );
    let doc = parse_xml(&en);
    assert_eq!(
        child_text(doc.root_element(), ATOM, "title"),
        "Teststrategier: latest decided documents"
    );
    let ar = read(&public.join("ar/flode.xml"));
    assert_eq!(check_feed(&ar).len(), 2);
    assert!(ar.contains("<title>استراتيجية الاندماج في بلدية Alfa</title>"));
}

#[test]
fn every_page_links_its_languages_feed_and_a_document_its_data() {
    let site = fixture();
    let public = site.public();
    let mut documents = 0;
    for path in files(&public, ".html") {
        let p = page_at(&path);
        let lang = p.attrs("html", "lang").remove(0);
        let feeds = p.attrs(
            "head link[rel=alternate][type=\"application/atom+xml\"]",
            "href",
        );
        let want = if lang == "sv" {
            "/flode.xml".to_string()
        } else {
            format!("/{lang}/flode.xml")
        };
        assert_eq!(feeds, std::slice::from_ref(&want), "{path:?}");
        assert!(public.join(want.trim_start_matches('/')).is_file());
        let feed = parse_xml(&read(&public.join(want.trim_start_matches('/'))))
            .root_element()
            .children()
            .find(|n| n.has_tag_name((ATOM, "title")))
            .and_then(|n| n.text())
            .unwrap()
            .to_string();
        assert_eq!(
            p.attrs("head link[type=\"application/atom+xml\"]", "title"),
            [feed]
        );
        let data = p.attrs(
            "head link[rel=alternate][type=\"application/json\"]",
            "href",
        );
        if p.count("body.page-document") == 1 {
            documents += 1;
            let canonical = p.attrs("link[rel=canonical]", "href").remove(0);
            let url = canonical.strip_prefix(BASE).unwrap();
            assert_eq!(data, [format!("{url}index.json")], "{path:?}");
            assert!(public.join(data[0].trim_start_matches('/')).is_file());
        } else {
            assert!(data.is_empty(), "{path:?}");
        }
    }
    assert_eq!(documents, 5);
}

#[test]
fn pages_carry_open_graph_and_dublin_core_metadata() {
    let site = fixture();
    let p = site.page("/alfa/strategi/");
    let canonical = format!("{BASE}/alfa/strategi/");
    let og = |k: &str| meta(&p, "property", k);
    let dc = |k: &str| meta(&p, "name", k);
    assert_eq!(og("og:title"), ["Strategi för integration i Alfa kommun"]);
    assert_eq!(
        og("og:description"),
        ["Alfa vill att fler ska ha arbete och bostad."]
    );
    assert_eq!(og("og:type"), ["article"]);
    assert_eq!(og("og:url"), std::slice::from_ref(&canonical));
    assert_eq!(og("og:site_name"), ["Teststrategier"]);
    assert_eq!(og("og:locale"), ["sv_SE"]);
    assert_eq!(og("og:locale:alternate"), ["en_GB", "ar_AR"]);
    assert_eq!(
        p.attrs("link[rel=\"schema.DC\"]", "href"),
        ["http://purl.org/dc/elements/1.1/"]
    );
    assert_eq!(dc("DC.title"), ["Strategi för integration i Alfa kommun"]);
    assert_eq!(dc("DC.creator"), ["Alfa kommun"]);
    assert_eq!(dc("DC.date"), ["2021-03-15"]);
    assert_eq!(dc("DC.language"), ["sv"]);
    assert_eq!(dc("DC.type"), ["Text"]);
    assert_eq!(dc("DC.identifier"), [canonical]);

    let en = site.page("/en/alfa/strategi/");
    assert_eq!(meta(&en, "property", "og:locale"), ["en_GB"]);
    assert_eq!(
        meta(&en, "property", "og:locale:alternate"),
        ["sv_SE", "ar_AR"]
    );
    assert_eq!(meta(&en, "name", "DC.creator"), ["Alfa Municipality"]);

    // No decision date, no DC.date; a page in one language has no alternates.
    let old = site.page("/beta/plan-2015/");
    assert!(meta(&old, "name", "DC.date").is_empty());
    assert!(meta(&old, "property", "og:locale:alternate").is_empty());
    assert!(meta(&old, "property", "og:description").is_empty());

    let home = site.page("/en/");
    assert_eq!(meta(&home, "property", "og:type"), ["website"]);
    assert_eq!(meta(&home, "name", "DC.type"), ["Collection"]);
    assert!(meta(&home, "name", "DC.creator").is_empty());
    assert_eq!(meta(&home, "property", "og:url"), [format!("{BASE}/en/")]);
    assert_eq!(
        meta(&home, "property", "og:description"),
        meta(&home, "name", "description")
    );
}

#[test]
fn sitemaps_and_feeds_validate_against_the_standard_schemas() {
    let (_tmp, example_public, _) = example();
    let site = fixture();
    let sitemap_xsd = schema_file("sitemap-hreflang.xsd");
    let atom_rng = schema_file("atom.rng");
    let mut feeds = 0;
    for public in [example_public, site.public()] {
        let (ok, report) = xmllint(&["--schema", &sitemap_xsd], &public.join("sitemap.xml"));
        assert!(ok, "{report}");
        for feed in files(&public, "flode.xml") {
            let (ok, report) = xmllint(&["--relaxng", &atom_rng], &feed);
            assert!(ok, "{}: {report}", feed.display());
            check_feed(&read(&feed));
            feeds += 1;
        }
    }
    // Ten languages in the example site (six, the three minority
    // languages and lättläst), three in the fixture.
    assert_eq!(feeds, 13);
}

#[test]
fn the_xml_schemas_reject_a_broken_sitemap_and_feed() {
    let site = fixture();
    let public = site.public();
    let tmp = tempfile::tempdir().unwrap();
    let broken = |name: &str, from: &str, to: &str, original: &Path| {
        let text = read(original);
        assert!(text.contains(from), "{from}");
        let path = tmp.path().join(name);
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        path
    };
    let sitemap_xsd = schema_file("sitemap-hreflang.xsd");
    let atom_rng = schema_file("atom.rng");
    let cases = [
        (
            broken(
                "no-loc.xml",
                &format!("<loc>{BASE}/</loc>"),
                "",
                &public.join("sitemap.xml"),
            ),
            &sitemap_xsd,
            "--schema",
            "loc",
        ),
        (
            broken(
                "bad-hreflang.xml",
                "hreflang=\"x-default\"",
                "hreflang=\"x default\"",
                &public.join("sitemap.xml"),
            ),
            &sitemap_xsd,
            "--schema",
            "hreflang",
        ),
        (
            broken(
                "no-id.xml",
                &format!("<id>{BASE}/flode.xml</id>"),
                "",
                &public.join("flode.xml"),
            ),
            &atom_rng,
            "--relaxng",
            "id",
        ),
        (
            broken(
                "bad-date.xml",
                "<updated>2021-03-15T00:00:00Z</updated>",
                "<updated>15 mars 2021</updated>",
                &public.join("flode.xml"),
            ),
            &atom_rng,
            "--relaxng",
            "dateTime",
        ),
    ];
    for (file, schema, how, says) in cases {
        let (ok, report) = xmllint(&[how, schema], &file);
        assert!(!ok, "{} passed", file.display());
        assert!(report.contains(says), "{report}");
    }
}

#[test]
fn giltig_fran_is_published_as_valid_from() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/gamma/policy.md",
        "---\ntitel: Gammas policy\ntyp: policy\norganisation: Gamma kommun\nbeslutad av: Kommunstyrelsen\n\
         beslutad: 2022-05-01\ngiltig från: 2022-07-01\ngiltig till: 2024-12-31\nansvarig: Kommundirektör\n---\n",
    );
    site.build();
    let data = read_json(&site.public().join("gamma/policy/index.json"));
    assert_eq!(data["decision"]["valid_from"], "2022-07-01");
    assert_eq!(data["decision"]["valid_until"], "2024-12-31");
}

#[test]
fn an_indicator_with_values_is_published_with_its_series() {
    let (_tmp, public, _) = example();
    let doc = read_json(&public.join("vargarda/strategi-for-integration/index.json"));
    let with_values: Vec<&Value> = doc["goals"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["indicators"].as_array().unwrap())
        .filter(|i| !i["series"].as_array().unwrap().is_empty())
        .collect();
    assert_eq!(with_values.len(), 1, "{with_values:?}");
    assert_eq!(with_values[0]["unit"], "percent");
    assert_eq!(
        with_values[0]["series"],
        json!([{ "year": 2019, "value": 16.0 }])
    );
    assert!(with_values[0]["source"].as_str().unwrap().contains("16"));
}
