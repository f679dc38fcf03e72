//! The browser editor (`/admin/`, Decap CMS): its configuration made from
//! the key table, the files `build` writes, the local backend inside
//! `styrdok serve` and its confinement to `content/`, edits that keep the
//! typed model, and the whole way through the form in Chromium.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Server, TestSite};
use serde_json::{Value, json};
use styrdok::content::keys::{DOCUMENT_KEYS, Kind, Need};

const CMS_GITHUB: &str =
    "\n[cms]\nbackend = \"github\"\nrepo = \"kommun/styrdok\"\nbranch = \"main\"\n";

/// `config.yml` as JSON (it is written as JSON, which is YAML).
fn config_of(site: &TestSite) -> Value {
    let text = std::fs::read_to_string(site.public().join("admin/config.yml")).unwrap();
    let json = text.split_once('\n').unwrap().1;
    serde_json::from_str(json).unwrap()
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name} in {config:#}"))
}

fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
    fields
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn without_cms_no_admin_is_written() {
    let site = TestSite::fixture("basic");
    site.build().success();
    assert!(!site.public().join("admin").exists());
}

#[test]
fn build_writes_the_editor_from_the_key_table() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}{CMS_GITHUB}"));
    site.build().success();
    let admin = site.public().join("admin");
    let js = std::fs::read(admin.join("decap-cms.js")).unwrap();
    assert!(js.len() > 4_000_000, "the whole script: {}", js.len());
    assert!(
        std::fs::read_to_string(admin.join("decap-cms.LICENSE.txt"))
            .unwrap()
            .contains("MIT License")
    );

    // The page loads only the site's own scripts; the policy names the
    // git host's API and nothing else, and only this page may eval.
    let index = std::fs::read_to_string(admin.join("index.html")).unwrap();
    assert!(index.contains("<script src=\"decap-cms.js\"></script>"));
    assert!(!index.contains("//unpkg") && !index.contains("cdn"));
    assert!(
        index.contains("connect-src 'self' https://api.github.com;"),
        "{index}"
    );
    let page = std::fs::read_to_string(site.public().join("alfa/strategi/index.html")).unwrap();
    assert!(!page.contains("unsafe-eval"));

    let config = config_of(&site);
    assert_eq!(
        config["backend"],
        json!({"name": "github", "repo": "kommun/styrdok", "branch": "main"})
    );
    assert!(config.get("local_backend").is_none());
    assert_eq!(
        config["i18n"],
        json!({"structure": "multiple_files", "locales": ["sv", "en", "ar"], "default_locale": "sv"})
    );
    // One collection per folder of documents, where a new one is made.
    for folder in ["alfa", "beta"] {
        let c = collection(&config, &format!("dokument-{folder}"));
        assert_eq!(c["folder"], format!("content/{folder}"));
        assert_eq!(c["create"], true);
        assert_eq!(c["i18n"], true);
    }
    assert_eq!(
        collection(&config, "fokusomraden")["folder"],
        "content/fokusomraden"
    );
    assert_eq!(collection(&config, "sidor")["folder"], "content/sidor");

    // Every key of the table is a field, with its label and hint, required
    // where the model requires a value, asked again in a translation only
    // where it is translated text.
    let fields = &collection(&config, "dokument-alfa")["fields"];
    assert_eq!(fields.as_array().unwrap().len(), DOCUMENT_KEYS.len() + 1);
    for k in DOCUMENT_KEYS {
        let f = field(fields, k.name);
        assert_eq!(f["label"], k.label, "{}", k.name);
        // The hint `styrdok new` writes, its first sentence as it is.
        let first = k.hint.split(['.', ',']).next().unwrap();
        let hint = f["hint"].as_str().unwrap();
        assert!(hint.starts_with(first), "{}: {hint}", k.name);
        assert!(!hint.contains('~'), "{}: {hint}", k.name);
        assert_eq!(f["required"], k.need == Need::Value, "{}", k.name);
        assert_eq!(f["i18n"], k.translated || !k.inherited, "{}", k.name);
        let widget = f["widget"].as_str().unwrap();
        let expected = match k.kind {
            Kind::Text | Kind::DateOrFurtherNotice | Kind::DocumentLink => "string",
            Kind::LongText => "text",
            Kind::Type => "select",
            Kind::Date => "datetime",
            Kind::FocusAreas => "relation",
            Kind::Goals | Kind::Changes | Kind::Addresses => "list",
            Kind::Repeal => "object",
        };
        assert_eq!(widget, expected, "{}", k.name);
    }
    assert_eq!(field(fields, "titel")["required"], true);
    assert_eq!(field(fields, "beslutad av")["required"], false);
    assert_eq!(field(fields, "typ")["options"][5], "regler");
    assert_eq!(field(fields, "beslutad")["format"], "YYYY-MM-DD");
    let until = field(fields, "giltig till")["pattern"][0].as_str().unwrap();
    assert!(until.contains("tills vidare"), "{until}");
    assert_eq!(field(fields, "fokusområden")["collection"], "fokusomraden");
    let goal = &field(fields, "mål")["fields"];
    assert_eq!(field(goal, "id")["required"], true);
    assert_eq!(field(goal, "fokusområde")["widget"], "relation");
    // A goal's indicators: styrdok's own field (styrdok-cms.js), with the
    // keys the indicator reader takes.
    let indicators = field(goal, "indikatorer");
    assert_eq!(indicators["widget"], "styrdok-indikatorer");
    let keys: Vec<&str> = indicators["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["namn", "enhet", "källa", "kolada", "serie", "data"]);
    let js = std::fs::read_to_string(admin.join("styrdok-cms.js")).unwrap();
    assert!(js.contains("CMS.registerWidget(\"styrdok-indikatorer\""));
    assert_eq!(field(fields, "body")["modes"], json!(["raw"]));
}

#[test]
fn the_editors_sign_in_page_passes_axe() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}{CMS_GITHUB}"));
    site.build().success();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/check.mjs");
    let out = Command::new("node")
        .arg(script)
        .arg(site.public())
        .arg("/admin/")
        .output()
        .expect("node must be installed (tests/setup.sh)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("1 pages × 2 colour schemes, 0 problem(s)"),
        "{text}"
    );
}

#[test]
fn a_cms_section_without_what_its_backend_needs_is_an_error_at_its_line() {
    let site = TestSite::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let line = toml.lines().count() + 2;
    site.write(
        "site.toml",
        &format!("{toml}\n[cms]\nbackend = \"gitlab\"\nrepo = \"k/s\"\n"),
    );
    let err = common::stderr(&site.cmd(&["check"]).code(1));
    assert!(
        err.contains(&format!(
            "site.toml:{line}:1: error[config]: [cms] has no `app_id`"
        )),
        "{err}"
    );
    site.write("site.toml", &format!("{toml}\n[cms]\nbackend = \"svn\"\n"));
    let err = common::stderr(&site.cmd(&["check"]).code(1));
    assert!(err.contains("unknown variant `svn`"), "{err}");
}

/// A Markdown file written the way Decap writes one: YAML front matter in
/// block style from the values read, then the body.
fn as_decap_writes(front: &Value, body: &str) -> String {
    fn emit(out: &mut String, v: &Value, indent: usize) {
        let pad = " ".repeat(indent);
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match v {
                        Value::Object(m) if !m.is_empty() => {
                            out.push_str(&format!("{pad}{k}:\n"));
                            emit(out, v, indent + 2);
                        }
                        Value::Array(a) if !a.is_empty() => {
                            out.push_str(&format!("{pad}{k}:\n"));
                            emit(out, v, indent + 2);
                        }
                        _ => {
                            out.push_str(&format!("{pad}{k}: "));
                            emit(out, v, 0);
                            out.push('\n');
                        }
                    }
                }
            }
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Array(items) => {
                for item in items {
                    out.push_str(&format!("{pad}- "));
                    let mut inner = String::new();
                    match item {
                        Value::Object(_) | Value::Array(_) => {
                            emit(&mut inner, item, indent + 2);
                            out.push_str(inner.trim_start());
                        }
                        _ => {
                            emit(&mut inner, item, 0);
                            out.push_str(&inner);
                            out.push('\n');
                        }
                    }
                }
            }
            Value::Null => out.push_str("null"),
            // Decap's YAML writer quotes what would otherwise read as
            // another type; a quoted scalar is read as the same text.
            Value::String(s) => out.push_str(&serde_json::to_string(s).unwrap()),
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::from("---\n");
    emit(&mut out, front, 0);
    out.push_str("---\n");
    out.push_str(body);
    out
}

/// A YAML value read as Decap's front-matter parser reads it (a date is
/// text, as the datetime widget is configured to keep it).
fn yaml_to_json(text: &str) -> Value {
    serde_saphyr::from_str::<Value>(text).unwrap()
}

#[test]
fn saving_every_seed_document_as_decap_writes_keeps_the_typed_model() {
    // The example site: every document, focus area and page, in every
    // language.
    let site = TestSite::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    site.write(
        "site.toml",
        &std::fs::read_to_string(root.join("site.toml")).unwrap(),
    );
    let mut count = 0;
    for e in walkdir::WalkDir::new(root.join("content")) {
        let e = e.unwrap();
        let rel = e
            .path()
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !e.file_type().is_file() {
            continue;
        }
        if !rel.ends_with(".md") {
            std::fs::create_dir_all(site.root().join(&rel).parent().unwrap()).unwrap();
            std::fs::copy(e.path(), site.root().join(&rel)).unwrap();
            continue;
        }
        site.write(&rel, &std::fs::read_to_string(e.path()).unwrap());
    }
    let before = TestSite::new();
    common::copy_dir(site.root(), before.root());
    before.cmd(&["build"]).success();

    for e in walkdir::WalkDir::new(site.root().join("content")) {
        let e = e.unwrap();
        if e.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap();
        let rest = text.strip_prefix("---\n").unwrap();
        let (yaml, body) = rest.split_once("\n---\n").unwrap();
        let front = yaml_to_json(yaml);
        std::fs::write(e.path(), as_decap_writes(&front, body)).unwrap();
        count += 1;
    }
    assert!(count > 50, "{count} files");
    site.cmd(&["check"]).success();
    site.cmd(&["build"]).success();

    // The typed model, as the open data publishes it for every document
    // and language, is the same.
    let mut compared = 0;
    for e in walkdir::WalkDir::new(before.public()) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(before.public()).unwrap();
        let name = rel.to_string_lossy();
        if !(name.ends_with("index.json") || name == "api/documents.json") {
            continue;
        }
        let a = std::fs::read_to_string(e.path()).unwrap();
        let b = std::fs::read_to_string(site.public().join(rel)).unwrap();
        assert_eq!(a, b, "{name} differs after the editor's rewrite");
        compared += 1;
    }
    assert!(compared > 20, "{compared} documents compared");
}

#[test]
fn a_blank_field_as_the_editor_writes_it_reads_as_not_stated() {
    let site = TestSite::fixture("basic");
    site.write(
        "content/beta/tom.sv.md",
        "---\ntitel: Tom\ntyp: plan\norganisation: Beta kommun\nbeslutad av: \"\"\nbeslutad: \"\"\ngiltig till: \"\"\nansvarig: \"\"\n---\nText.\n",
    );
    site.write("content/beta/tom.en.md", "---\ntitel: Empty\n---\nText.\n");
    site.write(
        "content/alfa/strategi.en.md",
        &std::fs::read_to_string(site.root().join("content/alfa/strategi.en.md"))
            .unwrap()
            .replace(
                "ansvarig: Head of Social Services",
                "ansvarig: \"\"\nbeslutad av: \"\"",
            ),
    );
    let out = site.cmd(&["check"]).success();
    let err = common::stderr(&out);
    for key in ["beslutad av", "beslutad", "giltig till", "ansvarig"] {
        assert!(
            err.contains(&format!("\"{key}\" is not stated (~)")),
            "{key}: {err}"
        );
    }
    site.build().success();
    // A translation's blank text is the original's.
    let en = site.page("/en/alfa/strategi/");
    assert!(en.source.contains("Socialchef"), "the original's ansvarig");
    assert!(
        en.source.contains("Kommunfullmäktige"),
        "the original's beslutad av"
    );
}

fn serve(site: &TestSite) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(assert_cmd::cargo::cargo_bin("styrdok"))
        .env("SOURCE_DATE_EPOCH", common::EPOCH_2026)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server { child, port };
    let start = Instant::now();
    // Any answer: a site with errors is served too (its last good version).
    while request(port, "GET", "/admin/", &[], "").0 != 200 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// Sends a request; the status and body of the answer.
fn request(port: u16, method: &str, path: &str, headers: &[&str], body: &str) -> (u16, String) {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {}\r\n",
        body.len()
    );
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    if s.write_all(head.as_bytes()).is_err() || s.write_all(body.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let out = String::from_utf8_lossy(&out).into_owned();
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (status, body)
}

/// A call of the local backend's API, as Decap's proxy backend makes it.
fn api(port: u16, action: &str, params: Value) -> (u16, Value) {
    let body = json!({"action": action, "params": params}).to_string();
    let (status, text) = request(
        port,
        "POST",
        "/api/v1",
        &[
            "Content-Type: application/json",
            &format!("Origin: http://127.0.0.1:{port}"),
        ],
        &body,
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn serve_offers_the_editor_with_its_local_backend() {
    let site = TestSite::fixture("basic");
    let server = serve(&site);
    let port = server.port;

    // Without [cms], serve still offers the editor, on its own API.
    let (status, config) = request(port, "GET", "/admin/config.yml", &[], "");
    assert_eq!(status, 200);
    let config: Value = serde_json::from_str(config.split_once('\n').unwrap().1).unwrap();
    assert_eq!(
        config["local_backend"]["url"],
        format!("http://127.0.0.1:{port}/api/v1")
    );
    let (status, js) = request(port, "GET", "/admin/decap-cms.js", &[], "");
    assert_eq!(status, 200);
    assert!(js.len() > 4_000_000);
    assert_eq!(request(port, "GET", "/admin/", &[], "").0, 200);

    let (status, info) = api(port, "info", Value::Null);
    assert_eq!((status, info["type"].as_str()), (200, Some("local_fs")));

    // An original written `strategi.md` is shown as Decap's
    // `strategi.sv.md`; translations keep their names.
    let (_, list) = api(
        port,
        "entriesByFolder",
        json!({"branch": "main", "folder": "content/alfa", "extension": "md", "depth": 1}),
    );
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["file"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "content/alfa/strategi.ar.md",
            "content/alfa/strategi.en.md",
            "content/alfa/strategi.sv.md"
        ]
    );
    let (_, entry) = api(
        port,
        "getEntry",
        json!({"branch": "main", "path": "content/alfa/strategi.sv.md"}),
    );
    let original = std::fs::read_to_string(site.root().join("content/alfa/strategi.md")).unwrap();
    assert_eq!(entry["data"], original);

    // Saved under its own name; a language left empty is not written.
    let edited = original.replace("Socialchef", "Socialdirektör");
    let (status, _) = api(
        port,
        "persistEntry",
        json!({"branch": "main", "assets": [], "options": {"commitMessage": "x", "useWorkflow": false, "status": ""},
        "dataFiles": [
            {"slug": "strategi", "path": "content/alfa/strategi.sv.md", "raw": edited},
            {"slug": "strategi", "path": "content/alfa/strategi.uk.md", "raw": "---\nmål: []\n---\n"},
        ]}),
    );
    assert_eq!(status, 200);
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/alfa/strategi.md")).unwrap(),
        edited
    );
    assert!(!site.root().join("content/alfa/strategi.sv.md").exists());
    assert!(!site.root().join("content/alfa/strategi.uk.md").exists());
}

#[test]
fn the_local_backend_reads_and_writes_only_inside_content() {
    let site = TestSite::fixture("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "---\ntitel: hemligt\n---\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/ut")).unwrap();
    let server = serve(&site);
    let port = server.port;
    let persist = |path: &str| {
        api(
            port,
            "persistEntry",
            json!({"branch": "main", "assets": [], "options": {"commitMessage": "x", "useWorkflow": false, "status": ""},
                   "entry": {"slug": "x", "path": path, "raw": "---\ntitel: x\n---\n"}}),
        )
    };
    for path in [
        "site.toml",
        "content/../site.toml",
        "content/alfa/../../site.toml",
        "/etc/passwd",
        "content/ut/secret.md",
        "content/ut/new.md",
        "themes/default/templates/base.html",
        "content\\..\\site.toml",
    ] {
        let (status, _) = persist(path);
        assert_eq!(status, 400, "writing {path}");
        let (status, entry) = api(port, "getEntry", json!({"branch": "main", "path": path}));
        assert!(
            status == 400 || entry["data"].is_null(),
            "reading {path}: {entry}"
        );
        let (status, _) = api(port, "deleteFile", json!({"branch": "main", "path": path}));
        assert_eq!(status, 400, "deleting {path}");
    }
    assert!(site.root().join("site.toml").exists());
    assert!(!outside.path().join("new.md").exists());
    assert_eq!(
        std::fs::read_to_string(outside.path().join("secret.md")).unwrap(),
        "---\ntitel: hemligt\n---\n"
    );
    // A page elsewhere cannot call it: a form post (not JSON), or a
    // script of another origin.
    let body = json!({"action": "info"}).to_string();
    let (status, _) = request(
        port,
        "POST",
        "/api/v1",
        &["Content-Type: text/plain"],
        &body,
    );
    assert_eq!(status, 403);
    let (status, _) = request(
        port,
        "POST",
        "/api/v1",
        &[
            "Content-Type: application/json",
            "Origin: https://evil.example",
        ],
        &body,
    );
    assert_eq!(status, 403);
    let (status, _) = request(
        port,
        "POST",
        "/api/v1",
        &[
            "Content-Type: application/json",
            "Sec-Fetch-Site: cross-site",
        ],
        &body,
    );
    assert_eq!(status, 403);
}

/// The whole way: Decap CMS in Chromium, on `styrdok serve`.
#[test]
fn a_document_made_and_translated_in_the_browser_builds() {
    let a11y = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y");
    assert!(
        a11y.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: run tests/setup.sh first"
    );
    let site = TestSite::fixture("basic");
    let seed_before =
        std::fs::read_to_string(site.root().join("content/alfa/strategi.md")).unwrap();
    // A goal with two indicators: a name, and one with figures whose unit
    // is written with its English alias.
    let measured = |extra: &str| {
        let front = [
            "titel: Plan med mått",
            "typ: plan",
            "organisation: Beta kommun",
            "beslutad av: Kommunfullmäktige",
            "beslutad: 2022-05-01",
            "giltig till: tills vidare",
            "ansvarig: Socialchef",
            "mål:",
            "  - id: fler-i-arbete",
            "    titel: Fler i arbete",
            "    fokusområde: arbete",
            "    indikatorer:",
            "      - Andel i sysselsättning",
            "      - namn: Andel utrikes födda i arbete",
            "        unit: procent",
            "        källa: SCB",
            "        kolada: N00914",
            "        serie:",
            "          2019: 16",
            "          2020: 16,4",
        ];
        format!("---\n{}\n{extra}---\nText.\n", front.join("\n"))
    };
    // The model the form's edit must give: the file with the year added
    // by hand.
    let expected = TestSite::new();
    common::copy_dir(site.root(), expected.root());
    expected.write("content/beta/matt.md", &measured("          2021: 17,5\n"));
    expected.build().success();
    site.write("content/beta/matt.md", &measured(""));
    site.cmd(&["check"]).success();
    let server = serve(&site);
    let out = Command::new("node")
        .arg(a11y.join("cms.mjs"))
        .arg(format!("http://127.0.0.1:{}", server.port))
        .arg("dokument-alfa")
        .arg("dokument-beta")
        .arg("matt")
        .env("CMS_SCREENSHOT", site.root().join("cms.png"))
        .output()
        .expect("node must be installed (tests/setup.sh)");
    // The preview shows the new page without another command.
    let start = Instant::now();
    loop {
        let (status, html) = request(
            server.port,
            "GET",
            "/alfa/plan-for-battre-mottagande/",
            &[],
            "",
        );
        if status == 200 && html.contains("Plan för bättre mottagande") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the preview never showed the new page"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(server);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(report["external"], json!([]), "no request leaves the site");
    assert_eq!(report["csp"], json!([]), "nothing the policy refuses");
    assert_eq!(report["errors"], json!([]));
    // What axe finds in Decap's form, each listed in the README with its
    // reason; anything new fails here. Its faint colours and the hidden
    // label of a translation's list to choose from are fixed by
    // styrdok-cms.css.
    let known = ["aria-input-field-name", "label-content-name-mismatch"];
    for v in report["axe"].as_array().unwrap() {
        let rule = v.as_str().unwrap().split(' ').next().unwrap();
        assert!(known.contains(&rule), "axe finds a new problem: {v}");
    }

    // The document, in the chosen folder, as Decap names an original.
    let new = std::fs::read_to_string(
        site.root()
            .join("content/alfa/plan-for-battre-mottagande.sv.md"),
    )
    .unwrap();
    for line in [
        "titel: Plan för bättre mottagande",
        "typ: plan",
        "organisation: Alfa kommun",
        "beslutad: 2024-03-18",
        "giltig till: tills vidare",
        "  - id: boende-forst",
        "  - id: arbete-snabbt",
        "      - arbete",
        "## Bakgrund",
    ] {
        assert!(new.contains(line), "{line} missing from\n{new}");
    }
    let en = std::fs::read_to_string(
        site.root()
            .join("content/alfa/plan-for-battre-mottagande.en.md"),
    )
    .unwrap();
    assert!(en.contains("titel: Plan for a better welcome"), "{en}");
    assert!(!en.contains("beslutad:"), "facts are not repeated: {en}");
    assert!(
        !site
            .root()
            .join("content/alfa/plan-for-battre-mottagande.ar.md")
            .exists()
    );
    // The seed keeps its name and all but the edited title.
    let seed = std::fs::read_to_string(site.root().join("content/alfa/strategi.md")).unwrap();
    assert!(seed.contains("titel: Strategi för integration i Alfa kommun (reviderad)"));
    for line in seed_before.lines().skip(2).filter(|l| {
        // Decap writes a folded text as one line, and flow lists as blocks.
        !l.starts_with("sammanfattning") && !l.starts_with("  ") && !l.contains('[')
    }) {
        assert!(seed.contains(line), "{line} lost from\n{seed}");
    }
    assert!(!site.root().join("content/alfa/strategi.sv.md").exists());

    // The indicators, as the form showed them and as it saved them: the
    // name still a name, the unit under the key the file gave it, the
    // series with the new year.
    assert_eq!(
        report["indicatorNames"],
        json!(["Andel i sysselsättning", "Andel utrikes födda i arbete"])
    );
    assert_eq!(report["seriesBefore"], "2019: 16\n2020: 16,4");
    let saved = std::fs::read_to_string(site.root().join("content/beta/matt.md")).unwrap();
    for line in [
        "      - Andel i sysselsättning",
        "        unit: procent",
        "        kolada: N00914",
        "2021\": 17,5",
    ] {
        assert!(saved.contains(line), "{line} missing from\n{saved}");
    }
    assert!(!saved.contains("enhet"), "{saved}");

    // Each mistake the form let through is an error naming file and line.
    let wrong = "content/beta/felaktig-plan.sv.md";
    let text = std::fs::read_to_string(site.root().join(wrong)).unwrap();
    let line_of = |needle: &str| {
        text.lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .map(|(i, _)| i + 1)
            .collect::<Vec<_>>()
    };
    let err = common::stderr(&site.cmd(&["check"]).code(1));
    let second_id = line_of("samma-id")[1];
    assert!(
        err.contains(&format!("{wrong}:{second_id}:")),
        "{err}\n{text}"
    );
    std::fs::remove_file(site.root().join(wrong)).unwrap();

    site.cmd(&["check"]).success();
    site.build().success();
    let page = site.page("/alfa/plan-for-battre-mottagande/");
    assert_eq!(page.text("h1"), "Plan för bättre mottagande");
    assert_eq!(page.count("#boende-forst"), 1);
    assert_eq!(page.count("#arbete-snabbt"), 1);
    // The typed model of the document edited through the indicator field
    // is the one of the file edited by hand (but for its list of related
    // documents, which the other edits changed).
    let model = |site: &TestSite| -> Value {
        let mut doc: Value = serde_json::from_str(
            &std::fs::read_to_string(site.public().join("beta/matt/index.json")).unwrap(),
        )
        .unwrap();
        doc.as_object_mut().unwrap().remove("related");
        doc
    };
    assert_eq!(model(&site), model(&expected));
    let en = site.page("/en/alfa/plan-for-battre-mottagande/");
    assert_eq!(en.text("h1"), "Plan for a better welcome");
    assert_eq!(
        en.count("#arbete-snabbt"),
        1,
        "the translation keeps the goals"
    );
}
