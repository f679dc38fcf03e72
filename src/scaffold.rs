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

/// The example's English translation: a fresh site has English among its
/// languages, and a document without a translation is warned about.
const EXAMPLE_DOCUMENT_EN: &str = r#"---
titel: Example strategy for integration
organisation: Exempelby Municipality
ansvarig: Chief Executive
sammanfattning: >
  This is an example. Replace it with your own document.
mål:
  - id: fler-i-arbete
    titel: More residents have a job
    indikatorer:
      - Share of residents in employment
---

## Background

This is the document's text. The goal [More residents have a job](@/exempelby/strategi.md#fler-i-arbete)
belongs to the focus area [Work](@fokus/arbete).
"#;

const EXAMPLE_FOCUS_EN: &str = r#"---
titel: Work and self-sufficiency
sammanfattning: The way to work and to supporting yourself.
---

The area gathers goals about work from every document.
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

/// What `styrdok new dokument` made.
#[derive(Debug)]
pub struct NewDocument {
    /// The file written.
    pub file: PathBuf,
    /// The name as asked for, when it could not be a file name as it
    /// was (`Folkhälsostrategi 2025` became `folkhälsostrategi-2025.md`).
    pub renamed_from: Option<String>,
    /// Keys filled in from the documents beside it: (key, value).
    pub filled: Vec<(&'static str, String)>,
}

/// A file name (without `.md`) a web address can have, made from what an
/// editor typed: lower case, a hyphen for each run of spaces, without the
/// characters an address cannot hold.
fn file_name_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_') {
            out.extend(c.to_lowercase());
        } else if (c.is_whitespace() || matches!(c, '.' | ',' | '/' | ':' | ';'))
            && !out.ends_with('-')
        {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// `styrdok new dokument <path>`: writes a document with every key. The
/// name becomes one a web address can have (the title keeps the name as
/// typed); `organisation`, and `beslutad av` where all agree, are taken
/// from the documents already in the same folder.
pub fn new_document(root: &Path, path: &str) -> Result<NewDocument> {
    let file = document_path(root, path);
    let typed = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = file_name_of(&typed);
    if name.is_empty() {
        return Err(Error::BadName { name: typed });
    }
    let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
    if let Some(bad) = folder
        .strip_prefix(root.join("content"))
        .ok()
        .and_then(|f| f.to_str().map(str::to_string))
        .filter(|f| f.contains(['#', '?', '%']) || f.chars().any(char::is_control))
    {
        return Err(Error::BadName { name: bad });
    }
    let file = folder.join(format!("{name}.md"));
    let title = if name == typed {
        capitalise(&typed.replace('-', " "))
    } else {
        capitalise(typed.trim())
    };
    let neighbours = neighbours(&folder);
    let mut filled = Vec::new();
    let mut text = document_template().replace("{title}", &yaml_text(&title));
    if let Some(o) = most_common(&neighbours, "organisation", false) {
        text = text.replacen(
            "\norganisation: ~\n",
            &format!("\norganisation: {}\n", yaml_text(&o)),
            1,
        );
        filled.push(("organisation", o));
    }
    if let Some(b) = most_common(&neighbours, "beslutad av", true) {
        text = text.replacen(
            "\nbeslutad av: ~\n",
            &format!("\nbeslutad av: {}\n", yaml_text(&b)),
            1,
        );
        filled.push(("beslutad av", b));
    }
    write_new(&file, &text)?;
    Ok(NewDocument {
        file,
        renamed_from: (name != typed).then_some(typed),
        filled,
    })
}

/// The texts of the originals (`name.md`, not `name.en.md`) in `folder`.
fn neighbours(folder: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut texts = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".md")
            && !stem.contains('.')
            && let Ok(text) = std::fs::read_to_string(e.path())
        {
            texts.push(text);
        }
    }
    texts
}

/// The value of `key` most of the documents give (all of them, when
/// `all` is set), or None when none does or it is a tie.
fn most_common(texts: &[String], key: &str, all: bool) -> Option<String> {
    let values: Vec<String> = texts
        .iter()
        .filter_map(|t| crate::content::front_matter::top_level_text(t, key))
        .collect();
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for v in &values {
        *counts.entry(v.as_str()).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    let top: Vec<&&str> = counts
        .iter()
        .filter(|(_, n)| **n == best)
        .map(|(v, _)| v)
        .collect();
    match top[..] {
        [v] if !all || best == values.len() => Some((*v).to_string()),
        _ => None,
    }
}

/// `s` as a YAML value on one line: as it is when YAML reads it back as
/// the same text, in double quotes otherwise.
fn yaml_text(s: &str) -> String {
    let plain = !s.is_empty()
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.starts_with(|c: char| "@`!&*|>'\"%#{}[],-?~ ".contains(c))
        && !s.chars().any(char::is_control)
        && !matches!(
            s.to_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no"
        );
    if plain {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
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
        (
            "content/exempelby/strategi.en.md",
            EXAMPLE_DOCUMENT_EN.to_string(),
        ),
        ("content/fokusomraden/arbete.md", EXAMPLE_FOCUS.to_string()),
        (
            "content/fokusomraden/arbete.en.md",
            EXAMPLE_FOCUS_EN.to_string(),
        ),
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
    fn names_become_file_names_an_address_can_have() {
        assert_eq!(
            file_name_of("Folkhälsostrategi 2025"),
            "folkhälsostrategi-2025"
        );
        assert_eq!(file_name_of("plan-2024"), "plan-2024");
        assert_eq!(file_name_of("  Plan  för  #1? "), "plan-för-1");
        assert_eq!(file_name_of("?#%"), "");
        assert_eq!(yaml_text("Vårgårda kommun"), "Vårgårda kommun");
        assert_eq!(yaml_text("KF: § 3"), "\"KF: § 3\"");
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
