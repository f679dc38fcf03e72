//! Authoring help: `styrdok init` makes a new site that builds at once;
//! `styrdok new dokument` and `styrdok new fokusomrade` make a file with
//! every key and a comment on each, for editors to fill in.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The body `styrdok new dokument` writes below the front matter.
const DOCUMENT_BODY: &str = "
## Bakgrund

Skriv dokumentets text här. Rubriker börjar med ##.
";

/// The text of a new document: every key of
/// [`DOCUMENT_KEYS`](crate::content::keys::DOCUMENT_KEYS) with its hint as a
/// comment above it (optional keys commented out), then the body.
fn document_template() -> String {
    let mut out = String::from("---\n");
    for key in crate::content::keys::DOCUMENT_KEYS {
        for line in key.hint.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(key.template);
        out.push('\n');
    }
    out.push_str("---\n");
    out.push_str(DOCUMENT_BODY);
    out
}

const FOCUS_AREA: &str = r#"---
# Fokusområdets namn, till exempel Arbete och egen försörjning.
titel: {title}
# En eller två meningar om vad området omfattar.
sammanfattning: >
  Skriv vad området handlar om.
---

Beskriv området. Sidan samlar automatiskt alla mål, från alla dokument, som
nämner fokusområdet "{id}".
"#;

const SITE_TOML: &str = r#"# Webbplatsens inställningar. Se README för alla nycklar.
title = "Styrdokument"
base_url = "https://example.org"
default_language = "sv"

[languages.sv]
name = "Svenska"
[languages.en]
name = "English"
title = "Steering documents"

# Tillgänglighetsredogörelsen, som lagen kräver. Fyll i era uppgifter.
[accessibility]
organisation = "Exempelby kommun"
contact_email = "tillganglighet@example.org"
compliance = "full"
assessment = "self"
assessed = {today}
updated = {today}
response_days = 5
"#;

const EXAMPLE_DOCUMENT: &str = r#"---
titel: Exempelstrategi för integration
typ: strategi
organisation: Exempelby kommun
beslutad av: Kommunfullmäktige
beslutad: {today}
giltig till: tills vidare
ansvarig: Kommundirektör
sammanfattning: >
  Det här är ett exempel. Byt ut det mot ert eget dokument.
fokusområden: [arbete]
mål:
  - id: fler-i-arbete
    titel: Fler invånare har ett arbete
    fokusområde: arbete
    indikatorer:
      - Andel invånare i sysselsättning
---

## Bakgrund

Här står dokumentets text. Målet [Fler invånare har ett arbete](@/exempelby/strategi.md#fler-i-arbete)
hör till fokusområdet [Arbete](@fokus/arbete).
"#;

const EXAMPLE_FOCUS: &str = r#"---
titel: Arbete och egen försörjning
sammanfattning: Vägen till arbete och egen försörjning.
---

Området samlar mål om arbete från alla dokument.
"#;

fn write_new(path: &Path, text: &str) -> Result<()> {
    if path.exists() {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).map_err(Error::io("create", p))?;
    }
    std::fs::write(path, text).map_err(Error::io("write", path))
}

/// `content/<path>.md` for a document path written as `kommun/namn`,
/// `content/kommun/namn.md` or `kommun/namn.md`.
pub fn document_path(root: &Path, path: &str) -> PathBuf {
    let p = path
        .trim()
        .trim_start_matches("./")
        .trim_start_matches("content/")
        .trim_end_matches(".md");
    root.join("content").join(format!("{p}.md"))
}

/// `styrdok new dokument <path>`: writes a document with every key.
pub fn new_document(root: &Path, path: &str) -> Result<PathBuf> {
    let file = document_path(root, path);
    let title = file
        .file_stem()
        .map(|s| s.to_string_lossy().replace('-', " "))
        .unwrap_or_default();
    write_new(
        &file,
        &document_template().replace("{title}", &capitalise(&title)),
    )?;
    Ok(file)
}

/// `styrdok new fokusomrade <id>`: writes a focus area.
pub fn new_focus_area(root: &Path, id: &str) -> Result<PathBuf> {
    let id = id.trim().trim_end_matches(".md");
    let file = root.join("content/fokusomraden").join(format!("{id}.md"));
    write_new(
        &file,
        &FOCUS_AREA
            .replace("{title}", &capitalise(&id.replace('-', " ")))
            .replace("{id}", id),
    )?;
    Ok(file)
}

/// The CI files of a new site, for GitHub Actions and GitLab CI: each
/// downloads the release of the styrdok that made the site (checked against
/// its SHA-256) rather than compiling it.
const GITHUB_CI: &str = include_str!("ci/github.yml");
const GITLAB_CI: &str = include_str!("ci/gitlab.yml");

/// Where styrdok's releases are published (cargo-dist puts each version's
/// archives there).
const RELEASES: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/releases");

fn ci_file(template: &str) -> String {
    template
        .replace("{version}", env!("CARGO_PKG_VERSION"))
        .replace("{releases}", RELEASES)
}

/// `styrdok init <dir>`: a new site with one example document that builds,
/// and the CI files that check, build and publish it.
pub fn init(dir: &Path, today: jiff::civil::Date) -> Result<Vec<PathBuf>> {
    if dir.is_dir()
        && std::fs::read_dir(dir)
            .map_err(Error::io("read", dir))?
            .next()
            .is_some()
    {
        return Err(Error::Exists {
            path: dir.to_path_buf(),
        });
    }
    let today = today.to_string();
    let files = [
        ("site.toml", SITE_TOML.replace("{today}", &today)),
        (
            "content/exempelby/strategi.md",
            EXAMPLE_DOCUMENT.replace("{today}", &today),
        ),
        ("content/fokusomraden/arbete.md", EXAMPLE_FOCUS.to_string()),
        (".github/workflows/publish.yml", ci_file(GITHUB_CI)),
        (".gitlab-ci.yml", ci_file(GITLAB_CI)),
    ];
    let mut written = Vec::new();
    for (rel, text) in files {
        let p = dir.join(rel);
        write_new(&p, &text)?;
        written.push(p);
    }
    Ok(written)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_template_names_every_key() {
        let template = document_template();
        for key in crate::content::keys::document_key_names() {
            assert!(
                template.contains(&format!("\n{key}:")) || template.contains(&format!("# {key}:")),
                "{key} is not in `styrdok new dokument`'s template"
            );
        }
    }

    #[test]
    fn document_paths_are_normalised() {
        let r = Path::new("/s");
        for p in [
            "vargarda/plan",
            "content/vargarda/plan.md",
            "./vargarda/plan.md",
        ] {
            assert_eq!(
                document_path(r, p),
                Path::new("/s/content/vargarda/plan.md"),
                "{p}"
            );
        }
    }

    #[test]
    fn never_overwrites() {
        let tmp = tempfile::tempdir().unwrap();
        new_focus_area(tmp.path(), "halsa").unwrap();
        assert!(matches!(
            new_focus_area(tmp.path(), "halsa"),
            Err(Error::Exists { .. })
        ));
    }
}
