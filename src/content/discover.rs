//! Walks `content/` and classifies every file: documents, focus areas, plain
//! pages (by folder), the language (by file-name suffix) and the canonical key
//! shared by a document and its translations.

use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::content::walk::{Found, walk_folder};
use crate::diag::{Diagnostics, Span};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::msg;

/// The folder of the shared focus areas, inside `content/`.
pub const FOCUS_DIR: &str = "fokusomraden";
/// The folder of plain pages, inside `content/`.
pub const PAGES_DIR: &str = "sidor";
/// The folder of indicator data (CSV files), inside `content/`. It is not an
/// organisation's folder: Markdown files there are an error.
pub const DATA_DIR: &str = "data";

/// What a content file defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// A strategy document (any Markdown file outside the folders below).
    Document,
    /// A focus area, `content/fokusomraden/<id>.md`.
    FocusArea,
    /// A plain page, `content/sidor/<slug>.md`.
    Page,
}

/// A source in all its languages: what it defines and the key its
/// translations share. Sources read anew, to patch or to render again, and
/// files with errors are named by it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceKey {
    /// What it defines.
    pub kind: SourceKind,
    /// The key shared by all languages (see [`SourceFile::key`]).
    pub key: String,
}

impl SourceKey {
    /// The source of kind `kind` with key `key`.
    pub fn new(kind: SourceKind, key: impl Into<String>) -> Self {
        SourceKey {
            kind,
            key: key.into(),
        }
    }

    /// `keys` borrowed, as (kind, key): asking whether a file or page is
    /// one of them then makes no key to hash.
    pub fn borrowed<'k>(
        keys: impl IntoIterator<Item = &'k SourceKey>,
    ) -> rustc_hash::FxHashSet<(SourceKind, &'k str)> {
        keys.into_iter().map(|s| (s.kind, s.key.as_str())).collect()
    }
}

/// One Markdown file of the site, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path shown in messages (relative to the site root).
    pub path: PathBuf,
    /// What it defines.
    pub kind: SourceKind,
    /// The key shared by all languages: `vargarda/strategi` for a document,
    /// the id for a focus area, the slug for a page.
    pub key: String,
    /// The language code.
    pub lang: Lang,
    /// The text, with a byte-order mark removed and CRLF turned into LF.
    pub text: String,
}

impl SourceFile {
    /// The source this file is a language version of.
    pub fn source_key(&self) -> SourceKey {
        SourceKey::new(self.kind, self.key.as_str())
    }
}

/// A non-Markdown file under `content/`, copied to the same place in the output.
#[derive(Debug, Clone)]
pub struct Asset {
    /// The file on disk.
    pub source: PathBuf,
    /// Its path in the output, with `/` separators.
    pub output: String,
}

/// A CSV file under `content/data/`, read into memory for the indicators
/// that name it (it is also copied to the output, as an [`Asset`]).
#[derive(Debug, Clone)]
pub struct DataFile {
    /// The path shown in messages (relative to the site root).
    pub path: PathBuf,
    /// Its name inside `content/data/`, with `/` separators (`befolkning.csv`).
    pub name: String,
    /// The text, with a byte-order mark removed and CRLF turned into LF;
    /// `None` when it is not UTF-8 (reported when an indicator names it).
    pub text: Option<String>,
}

/// What a walk of `content/` found, before any Markdown file is read: kept
/// by the development server so that an edit of files it already knows
/// needs no new walk ([`Listing::refresh`]).
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// Markdown files in walk order.
    pub markdown: Vec<MarkdownFile>,
    /// The CSV files under `content/data/`, in path order.
    pub data: Vec<DataFile>,
    /// Other files, copied as they are.
    pub assets: Vec<Asset>,
}

/// A Markdown file found by the walk, not yet read.
#[derive(Debug, Clone)]
pub struct MarkdownFile {
    /// Its path inside `content/`, with `/`.
    pub rel: String,
    /// The path shown in messages.
    pub shown: PathBuf,
    /// The path on disk.
    pub disk: PathBuf,
    /// Its size and modification time when walked (or refreshed).
    pub stamp: Option<Stamp>,
}

impl Listing {
    /// Takes in that the files at `changed` (paths on disk) were written.
    /// Gives the positions in [`Listing::markdown`] of those files when each
    /// is a Markdown file of the listing that is still there (its stamp is
    /// renewed); `None` when the folder must be walked again (a file added,
    /// removed or renamed, or anything but Markdown). Then no stamp is
    /// renewed either: the walk compares its stamps with these, and a
    /// renewed one would pass off the file's old text as its new one.
    pub fn refresh(&mut self, changed: &[PathBuf]) -> Option<Vec<usize>> {
        // A path that is not there now and holds nothing the listing knows
        // came and went since the walk: the temporary file of an editor
        // that saves by writing a new file and renaming it over the old
        // one (`sed -i`, vim's `4913`). It changes nothing, so it must not
        // cost a walk of every file (about 200 ms at 10,000 documents).
        let knows = |path: &PathBuf| {
            self.markdown.iter().any(|f| f.disk.starts_with(path))
                || self.assets.iter().any(|a| a.source.starts_with(path))
        };
        let found = changed
            .iter()
            .filter(|path| path.symlink_metadata().is_ok() || knows(path))
            .map(|path| {
                let i = self.markdown.iter().position(|f| &f.disk == path)?;
                let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
                Some((i, Stamp::of(&meta)))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(
            found
                .into_iter()
                .map(|(i, stamp)| {
                    self.markdown[i].stamp = Some(stamp);
                    i
                })
                .collect(),
        )
    }
}

/// A file's size and modification time: when both are as they were, the
/// file is taken to be unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Self {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

/// A file's bytes as text: UTF-8 without a byte-order mark, with LF line
/// ends; when they are not UTF-8, the line and column (in characters) of
/// the first byte that is not.
fn text_of(bytes: Vec<u8>) -> std::result::Result<String, (usize, usize)> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let valid = &bytes[..e.utf8_error().valid_up_to()];
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        // Up to the bad byte the text is UTF-8.
        let col = 1 + std::str::from_utf8(&valid[line_start..]).map_or(0, |s| s.chars().count());
        (line, col)
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    })
}

/// Walks `content/` in a stable order; stamps Markdown files when asked.
/// `None` when there is no `content/` (reported).
pub fn walk(
    config: &SiteConfig,
    with_stamps: bool,
    diags: &mut Diagnostics,
) -> Result<Option<Listing>> {
    let dir = config.content_dir();
    if !dir.is_dir() {
        diags
            .error(
                "no-content",
                Span::line(Path::new("content"), 1),
                msg!("no-content"),
            )
            .help(msg!("no-content-help"));
        return Ok(None);
    }
    // `plan.sv.md` on a Swedish site is the original, as `plan.md` is.
    let original = format!(".{}.md", config.default_language);
    let published = |rel: &str| match rel.strip_suffix(&original) {
        Some(stem) => format!("{stem}.md"),
        None => rel.to_string(),
    };
    let mut out = Listing::default();
    for found in walk_folder(config, &dir, "", published, diags)? {
        let Found {
            disk,
            rel,
            shown,
            meta,
        } = found;
        if !rel.ends_with(".md") {
            if let Some(name) = rel
                .strip_prefix(DATA_DIR)
                .and_then(|r| r.strip_prefix('/'))
                .filter(|n| n.to_ascii_lowercase().ends_with(".csv"))
            {
                let bytes = std::fs::read(&disk).map_err(Error::io("read", &disk))?;
                out.data.push(DataFile {
                    path: shown.clone(),
                    name: name.to_string(),
                    text: text_of(bytes).ok(),
                });
            }
            out.assets.push(Asset {
                source: disk,
                output: rel,
            });
            continue;
        }
        out.markdown.push(MarkdownFile {
            rel,
            shown,
            disk,
            stamp: meta.filter(|_| with_stamps).map(|m| Stamp::of(&m)),
        });
    }
    Ok(Some(out))
}

/// Reads and classifies one Markdown file of a walk. `Ok(None)` when it
/// cannot be used (the reason is in `diags`).
pub fn read(
    file: &MarkdownFile,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Result<Option<SourceFile>> {
    let bytes = std::fs::read(&file.disk).map_err(Error::io("read", &file.disk))?;
    let text = match text_of(bytes) {
        Ok(text) => text,
        Err((line, col)) => {
            diags
                .error(
                    "encoding",
                    Span::at(&file.shown, line, col),
                    msg!("encoding"),
                )
                .help(msg!("encoding-help"));
            return Ok(None);
        }
    };
    Ok(classify(&file.rel, &file.shown, text, config, diags))
}

/// Splits a `content/`-relative path into kind, key and language.
fn classify(
    rel: &str,
    shown: &Path,
    text: String,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Option<SourceFile> {
    let stem = rel.strip_suffix(".md").expect("checked by the caller");
    let (dir, name) = stem.rsplit_once('/').unwrap_or(("", stem));
    let split = name.rsplit_once('.');
    let (slug, lang) = match split.map(|(slug, suffix)| (slug, suffix, config.language(suffix))) {
        Some((slug, _, Some(l))) => (slug, l.code.clone()),
        Some((_, suffix, None)) if looks_like_language(suffix) => {
            let known: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            diags
                .error(
                    "unknown-language",
                    Span::line(shown, 1),
                    msg!("unknown-language", lang = suffix),
                )
                .help(msg!(
                    "unknown-language-help",
                    lang = suffix,
                    known = known.join(", ")
                ));
            return None;
        }
        _ => (name, config.default_language.clone()),
    };
    if slug.is_empty()
        || !slug
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        diags
            .error(
                "bad-file-name",
                Span::line(shown, 1),
                msg!("bad-file-name", name = name),
            )
            .help(msg!("bad-file-name-help"));
        return None;
    }
    if dir == DATA_DIR || dir.starts_with("data/") {
        diags
            .error(
                "markdown-in-data",
                Span::line(shown, 1),
                msg!("markdown-in-data"),
            )
            .help(msg!("markdown-in-data-help"));
        return None;
    }
    let (kind, key) = match dir {
        FOCUS_DIR => (SourceKind::FocusArea, slug.to_string()),
        PAGES_DIR => (SourceKind::Page, slug.to_string()),
        "" => (SourceKind::Document, slug.to_string()),
        _ => (SourceKind::Document, format!("{dir}/{slug}")),
    };
    Some(SourceFile {
        path: shown.to_path_buf(),
        kind,
        key,
        lang,
        text,
    })
}

/// True when a file-name suffix has the shape of a language code (`en`,
/// `sv-FI`), so that an unlisted language is reported instead of silently
/// becoming part of the slug.
fn looks_like_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Overrides, parse};

    fn config() -> SiteConfig {
        let mut d = Diagnostics::new();
        parse(
            Path::new("/s"),
            "title='T'\nbase_url='https://x.org'\ndefault_language='sv'\n[languages.sv]\nname='Svenska'\n[languages.en]\nname='English'\n",
            &Overrides::default(),
            &mut d,
        )
        .unwrap()
    }

    fn one(rel: &str) -> (Option<SourceFile>, Diagnostics) {
        let mut d = Diagnostics::new();
        let f = classify(rel, Path::new(rel), String::new(), &config(), &mut d);
        (f, d)
    }

    #[test]
    fn classifies_by_folder_and_suffix() {
        let cases = [
            (
                "vargarda/strategi.md",
                SourceKind::Document,
                "vargarda/strategi",
                "sv",
            ),
            (
                "vargarda/strategi.en.md",
                SourceKind::Document,
                "vargarda/strategi",
                "en",
            ),
            ("plan.md", SourceKind::Document, "plan", "sv"),
            (
                "fokusomraden/arbete.md",
                SourceKind::FocusArea,
                "arbete",
                "sv",
            ),
            (
                "fokusomraden/arbete.en.md",
                SourceKind::FocusArea,
                "arbete",
                "en",
            ),
            ("sidor/om.md", SourceKind::Page, "om", "sv"),
            (
                "a/b/strategi-2.0.md",
                SourceKind::Document,
                "a/b/strategi-2.0",
                "sv",
            ),
        ];
        for (rel, kind, key, lang) in cases {
            let (f, d) = one(rel);
            let f = f.unwrap_or_else(|| panic!("{rel}: {d:?}"));
            assert_eq!(
                (f.kind, f.key.as_str(), f.lang.as_str()),
                (kind, key, lang),
                "{rel}"
            );
        }
    }

    #[test]
    fn unknown_language_suffix_is_an_error() {
        let (f, d) = one("x/strategi.fr.md");
        assert!(f.is_none());
        assert!(d.sorted()[0].message.to_string().contains("\"fr\""));
    }

    #[test]
    fn a_refresh_that_needs_a_walk_renews_no_stamp() {
        let tmp = tempfile::tempdir().unwrap();
        let known = tmp.path().join("a.md");
        std::fs::write(&known, "one").unwrap();
        let file = MarkdownFile {
            rel: "a.md".into(),
            shown: "content/a.md".into(),
            disk: known.clone(),
            stamp: None,
        };
        let mut listing = Listing {
            markdown: vec![file],
            ..Listing::default()
        };
        // A known file and a new one: the folder must be walked, and the
        // known file's stamp stays as the last walk took it.
        let new = tmp.path().join("b.md");
        std::fs::write(&new, "two").unwrap();
        assert_eq!(listing.refresh(&[known.clone(), new]), None);
        assert_eq!(listing.markdown[0].stamp, None);
        assert_eq!(listing.refresh(&[known]), Some(vec![0]));
        assert!(listing.markdown[0].stamp.is_some());
    }

    #[test]
    fn a_file_that_came_and_went_needs_no_walk_but_a_known_one_gone_does() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        std::fs::create_dir(&dir).unwrap();
        let known = dir.join("a.md");
        std::fs::write(&known, "one").unwrap();
        let mut listing = Listing {
            markdown: vec![MarkdownFile {
                rel: "v/a.md".into(),
                shown: "content/v/a.md".into(),
                disk: known.clone(),
                stamp: None,
            }],
            ..Listing::default()
        };
        // `sed -i` writes `v/sedAbc123` and renames it over `v/a.md`: the
        // watcher reports both paths, the temporary one gone again.
        let temporary = dir.join("sedAbc123");
        assert_eq!(listing.refresh(&[known.clone(), temporary]), Some(vec![0]));
        // The folder holding a known file, gone: walk again.
        std::fs::remove_file(&known).unwrap();
        std::fs::remove_dir(&dir).unwrap();
        assert_eq!(listing.refresh(std::slice::from_ref(&dir)), None);
        // The known file itself, gone: walk again.
        assert_eq!(listing.refresh(&[known]), None);
    }
}
