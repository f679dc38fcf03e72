//! The browser editor at `/admin/`: Decap CMS, with a configuration made
//! from the same key table the front-matter reader uses
//! ([`crate::content::keys`]), so the form and the parser cannot drift.
//!
//! `styrdok build` writes the three files when `site.toml` has `[cms]`;
//! `styrdok serve` answers them itself, with Decap's local backend
//! ([`local`]) in place of the git host, so an editor needs nothing but
//! the one command.
//!
//! Decap's script is vendored (`vendor/decap-cms/`, the npm package
//! `decap-cms` at [`DECAP_VERSION`], gzip-compressed) and served from the
//! site itself, never from another host.

pub mod local;

use std::io::Read;
use std::path::Path;

use serde_json::{Value, json};

use crate::config::{CmsBackend, SiteConfig};
use crate::content::keys::{
    self, CHANGE_KEYS, DOCUMENT_KEYS, GOAL_KEYS, INDICATOR_KEYS, Kind, Need, REPEAL_KEYS,
};

/// The version of npm `decap-cms` whose `dist/decap-cms.js` is vendored.
pub const DECAP_VERSION: &str = "3.16.3";

/// `dist/decap-cms.js` of [`DECAP_VERSION`], gzip-compressed: 1.5 MB in the
/// binary for 5.2 MB of script.
pub const DECAP_JS_GZ: &[u8] = include_bytes!("../../vendor/decap-cms/decap-cms.js.gz");

/// The licence notices of the vendored script, published beside it.
const DECAP_LICENSES: &str = concat!(
    include_str!("../../vendor/decap-cms/LICENSE"),
    "\n\n",
    include_str!("../../vendor/decap-cms/decap-cms.js.LICENSE.txt")
);

/// The folders of `content/` that are not documents' folders.
const NOT_DOCUMENTS: [&str; 4] = ["fokusomraden", "sidor", "data", "bilder"];

/// Where pictures uploaded through the editor go (inside `content/`, whose
/// other files are copied to the site as they are).
const MEDIA_FOLDER: &str = "content/bilder";

/// The editor's page. The policy allows the site's own scripts (with
/// `'unsafe-eval'`: Decap validates its configuration with ajv, which
/// compiles each schema with `new Function`; only this page has it) and the
/// git host's API only; Decap's components set inline styles, and its
/// preview is a frame written by the page itself.
fn index_html(backend_hosts: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'{backend_hosts}; frame-src 'self' blob:; base-uri 'none'; form-action 'none'">
<title>Redigera webbplatsen</title>
<link rel="license" href="decap-cms.LICENSE.txt">
<link rel="stylesheet" href="styrdok-cms.css">
</head>
<body>
<script src="decap-cms.js"></script>
<script src="styrdok-cms.js"></script>
</body>
</html>
"#
    )
}

/// The site's stylesheet for the preview pane, and the field of one
/// indicator (`styrdok-indikator`: Decap has none for a name or a set of
/// keys with a series of year: value).
const SETUP_JS: &str = include_str!("styrdok-cms.js");

/// Decap's own styles where they fall short of WCAG 2.1 AA (axe, in
/// `tests/cms.rs`), and the look of the indicator field.
const STYLE_CSS: &str = include_str!("styrdok-cms.css");

/// The files of `/admin/` (path in the output, bytes) for `config`, with
/// the document folders found in `content`. `local_url`: the address of
/// the local backend's API, when `styrdok serve` offers the editor.
pub fn files(config: &SiteConfig, local_url: Option<&str>) -> Vec<(String, Vec<u8>)> {
    let hosts = config
        .cms
        .as_ref()
        .and_then(|c| c.api_host())
        .map(|h| format!(" {h}"))
        .unwrap_or_default();
    vec![
        ("admin/index.html".into(), index_html(&hosts).into_bytes()),
        (
            "admin/config.yml".into(),
            config_yml(config, &document_folders(&config.content_dir()), local_url).into_bytes(),
        ),
        ("admin/styrdok-cms.js".into(), SETUP_JS.as_bytes().to_vec()),
        (
            "admin/styrdok-cms.css".into(),
            STYLE_CSS.as_bytes().to_vec(),
        ),
        ("admin/decap-cms.js".into(), decap_js()),
        (
            "admin/decap-cms.LICENSE.txt".into(),
            DECAP_LICENSES.as_bytes().to_vec(),
        ),
    ]
}

/// The vendored script, uncompressed.
pub fn decap_js() -> Vec<u8> {
    let mut out = Vec::with_capacity(DECAP_JS_GZ.len() * 4);
    flate2::read::GzDecoder::new(DECAP_JS_GZ)
        .read_to_end(&mut out)
        .expect("the vendored decap-cms.js.gz is a valid gzip file");
    out
}

/// The folders under `content/` (relative, with `/`) that hold documents:
/// every folder with a Markdown file, except focus areas, plain pages and
/// data. One collection each, so a new document is made in a chosen folder.
pub fn document_folders(content: &Path) -> Vec<String> {
    let mut folders: Vec<String> = walkdir::WalkDir::new(content)
        .min_depth(2)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .filter_map(|e| {
            let rel = e.path().parent()?.strip_prefix(content).ok()?;
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            (!NOT_DOCUMENTS.contains(&rel.first()?.as_str())).then(|| rel.join("/"))
        })
        .collect();
    folders.dedup();
    folders
}

/// `config.yml`: written as JSON, which is YAML too.
pub fn config_yml(config: &SiteConfig, folders: &[String], local_url: Option<&str>) -> String {
    let locales: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let mut root = json!({
        "backend": backend(config),
        "locale": "sv",
        "media_folder": MEDIA_FOLDER,
        "public_folder": "/bilder",
        "site_url": config.base_url,
        "slug": {"encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-"},
        "i18n": {
            "structure": "multiple_files",
            "locales": locales,
            "default_locale": config.default_language,
        },
    });
    if let Some(url) = local_url {
        root["local_backend"] = json!({ "url": url });
    }
    let mut collections: Vec<Value> = folders
        .iter()
        .map(|folder| {
            let mut c = collection(
                &format!("dokument-{}", folder.replace(['/', ' '], "-")),
                &format!("Dokument i {folder}"),
                "Dokument",
                folder,
                document_fields(),
            );
            c["summary"] = json!("{{titel}}");
            c
        })
        .collect();
    collections.push(page_collection(
        "fokusomraden",
        "Fokusområden",
        "Fokusområde",
    ));
    collections.push(page_collection("sidor", "Sidor", "Sida"));
    root["collections"] = Value::Array(collections);
    format!(
        "# Written by styrdok from its key table and site.toml; every build writes it again.\n{}\n",
        serde_json::to_string_pretty(&root).unwrap_or_default()
    )
}

/// The `backend` of `config.yml`.
fn backend(config: &SiteConfig) -> Value {
    let Some(cms) = &config.cms else {
        // `serve` without `[cms]`: the local backend answers.
        return json!({"name": "proxy", "proxy_url": "/api/v1"});
    };
    let mut b = match cms.backend {
        CmsBackend::Github => json!({"name": "github"}),
        CmsBackend::Gitlab => json!({"name": "gitlab", "auth_type": "pkce"}),
        CmsBackend::Gitea => json!({"name": "gitea"}),
        CmsBackend::Local => {
            return json!({"name": "proxy", "proxy_url": "http://localhost:8081/api/v1"});
        }
    };
    for (key, value) in [
        ("repo", &cms.repo),
        ("branch", &cms.branch),
        ("app_id", &cms.app_id),
        ("api_root", &cms.api_root),
        ("base_url", &cms.auth_url),
    ] {
        if let Some(v) = value {
            b[key] = json!(v);
        }
    }
    b
}

/// A focus-area or plain-page collection: `titel`, `sammanfattning`, text.
fn page_collection(folder: &str, label: &str, singular: &str) -> Value {
    let fields: Vec<Value> = keys::PAGE_KEYS
        .iter()
        .filter_map(|k| keys::spec(k))
        .map(|k| {
            let mut f = field(k.name, k.label, k.hint, k.kind);
            f["required"] = json!(k.name == "titel");
            f["i18n"] = json!(true);
            f
        })
        .chain([body_field()])
        .collect();
    collection(folder, label, singular, folder, fields)
}

/// A collection of the Markdown files in `content/<folder>/`, each named
/// after its title and previewed at `/<folder>/<slug>/`.
fn collection(name: &str, label: &str, singular: &str, folder: &str, fields: Vec<Value>) -> Value {
    json!({
        "name": name,
        "label": label,
        "label_singular": singular,
        "folder": format!("content/{folder}"),
        "extension": "md",
        "format": "frontmatter",
        "create": true,
        "slug": "{{titel}}",
        "identifier_field": "titel",
        "preview_path": format!("{folder}/{{{{slug}}}}/"),
        "i18n": true,
        "fields": fields,
    })
}

/// The Markdown text, edited as written (Decap's rich-text mode would
/// rewrite it).
fn body_field() -> Value {
    json!({
        "name": "body",
        "label": "Text",
        "widget": "markdown",
        "modes": ["raw"],
        "i18n": true,
        "hint": "Rubriker börjar med ##. Länka till ett dokument med `[text](@/mapp/namn.md)`, till ett fokusområde med `[text](@fokus/id)`.",
    })
}

/// Every key of [`DOCUMENT_KEYS`] as a field, then the text.
fn document_fields() -> Vec<Value> {
    DOCUMENT_KEYS
        .iter()
        .map(|k| {
            let mut f = field(k.name, k.label, &form_hint(k), k.kind);
            // Decap's `required` means "has a value"; a key that must be
            // present but may be `~` is written empty (Decap leaves out a
            // field with no value and no default), which reads as `~`.
            f["required"] = json!(k.need == Need::Value);
            if k.need == Need::Present {
                f["default"] = json!("");
            }
            // A fact a translation takes from its original (a date, a
            // number, an id) is not asked again in a translation.
            f["i18n"] = json!(k.translated || !k.inherited);
            f
        })
        .chain([body_field()])
        .collect()
}

/// A key's hint as the form says it: the file's `~` is a field left blank.
fn form_hint(k: &keys::KeySpec) -> String {
    let lines: Vec<&str> = k.hint.lines().filter(|l| !l.contains("skriv ~")).collect();
    let hint = lines
        .join(" ")
        .replace(
            ", orden tills vidare, eller ~.",
            " eller orden tills vidare.",
        )
        .replace(", eller ~.", ".");
    if k.need == Need::Present && k.kind != Kind::DateOrFurtherNotice {
        format!(
            "{hint} Lämna tomt om dokumentet inte anger det: sidan säger då \"Uppgift saknas i dokumentet\"."
        )
    } else {
        hint
    }
}

/// A date as the model reads it.
fn date_field(name: &str, label: &str, hint: &str) -> Value {
    json!({
        "name": name, "label": label, "hint": hint,
        "widget": "datetime", "time_format": false,
        "date_format": "YYYY-MM-DD", "format": "YYYY-MM-DD",
        "picker_utc": true, "required": false,
    })
}

/// A sub-field of a goal, a change note or the repeal.
fn sub_field((name, _, label, hint): (&str, &str, &str, &str), widget: Value) -> Value {
    let mut f = json!({"name": name, "label": label, "hint": hint, "required": false});
    if let (Value::Object(f), Value::Object(w)) = (&mut f, widget) {
        f.extend(w);
    }
    f
}

/// The field for a key of kind `kind`.
fn field(name: &str, label: &str, hint: &str, kind: Kind) -> Value {
    let hint = hint.replace('\n', " ");
    let base = |widget: &str| json!({"name": name, "label": label, "hint": hint, "widget": widget});
    let focus_areas = |multiple: bool| {
        json!({
            "widget": "relation", "collection": "fokusomraden",
            "search_fields": ["titel"], "display_fields": ["titel"],
            "value_field": "{{slug}}", "multiple": multiple,
        })
    };
    match kind {
        Kind::Text => base("string"),
        Kind::LongText => base("text"),
        Kind::Type => {
            let mut f = base("select");
            f["options"] = json!(
                crate::model::DocKind::ALL
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
            );
            f
        }
        Kind::Date => date_field(name, label, &hint),
        Kind::DateOrFurtherNotice => {
            let mut f = base("string");
            f["hint"] = json!(format!(
                "{hint} Lämna tomt om dokumentet inte anger det: sidan säger då \"Uppgift saknas i dokumentet\"."
            ));
            f["pattern"] = json!([
                "^(\\d{4}-\\d{2}-\\d{2}|tills vidare|)$",
                "Skriv ett datum som 2027-12-31, orden tills vidare, eller lämna tomt"
            ]);
            f
        }
        Kind::DocumentLink => {
            let mut f = base("string");
            f["pattern"] = json!(["^(@/.+\\.md)?$", "Skriv som @/mapp/namn.md"]);
            f
        }
        Kind::FocusAreas => {
            let mut f = base("relation");
            if let (Value::Object(f), Value::Object(w)) = (&mut f, focus_areas(true)) {
                f.extend(w);
            }
            f
        }
        Kind::Addresses => {
            let mut f = base("list");
            // Without it Decap starts the list with one item made of its
            // sub-fields' defaults (a change note's `större: false`).
            f["default"] = json!([]);
            f["field"] = json!({"name": "adress", "label": "Adress", "widget": "string"});
            f
        }
        Kind::Goals => {
            let mut f = base("list");
            // Without it Decap starts the list with one item made of its
            // sub-fields' defaults (a change note's `större: false`).
            f["default"] = json!([]);
            f["label_singular"] = json!("mål");
            f["summary"] = json!("{{fields.titel}}");
            f["fields"] = json!([
                sub_field(
                    GOAL_KEYS[0],
                    json!({"widget": "string", "required": true,
                    "pattern": ["^[a-z0-9]+(-[a-z0-9]+)*$", "Små bokstäver, siffror och bindestreck"]})
                ),
                sub_field(GOAL_KEYS[1], json!({"widget": "string", "required": true})),
                sub_field(GOAL_KEYS[2], focus_areas(true)),
                sub_field(
                    GOAL_KEYS[3],
                    // styrdok-cms.js: Decap has no field for a name or a
                    // set of keys with a series of year: value.
                    json!({"widget": "styrdok-indikatorer",
                    "keys": INDICATOR_KEYS.iter().map(|(name, alias, label, hint)| json!({
                        "name": name, "alias": alias, "label": label, "hint": hint,
                    })).collect::<Vec<_>>()})
                ),
            ]);
            f
        }
        Kind::Changes => {
            let mut f = base("list");
            // Without it Decap starts the list with one item made of its
            // sub-fields' defaults (a change note's `större: false`).
            f["default"] = json!([]);
            f["label_singular"] = json!("ändring");
            f["fields"] = json!([
                date_field(CHANGE_KEYS[0].0, CHANGE_KEYS[0].2, CHANGE_KEYS[0].3),
                sub_field(CHANGE_KEYS[1], json!({"widget": "text"})),
                sub_field(
                    CHANGE_KEYS[2],
                    json!({"widget": "boolean", "default": false})
                ),
            ]);
            f
        }
        Kind::Repeal => {
            let mut f = base("object");
            f["collapsed"] = json!(true);
            f["fields"] = json!([
                date_field(REPEAL_KEYS[0].0, REPEAL_KEYS[0].2, REPEAL_KEYS[0].3),
                sub_field(REPEAL_KEYS[1], json!({"widget": "string"})),
                sub_field(REPEAL_KEYS[2], json!({"widget": "string"})),
                sub_field(REPEAL_KEYS[3], json!({"widget": "text"})),
            ]);
            f
        }
    }
}
