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
    /// True when the walk followed a symbolic link.
    pub through_links: bool,
    /// What the walk reported.
    pub problems: Diagnostics,
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

/// What [`Listing::refresh`] changed in the listing, in the order to
/// apply it to anything kept beside it, position by position.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Refreshed {
    /// The positions, in the listing as it was, of the Markdown files that
    /// are gone, from the last.
    pub gone: Vec<usize>,
    /// The positions, in the listing now, of the Markdown files that are
    /// new, from the first (each taken after those before it are in).
    pub new: Vec<usize>,
    /// The positions, in the listing now, of the files to read: those
    /// written and those new.
    pub read: Vec<usize>,
}

impl Listing {
    /// Takes in that the files at `changed` (paths on disk) were written,
    /// created or deleted, where that needs no new walk to know what a
    /// walk would find: a Markdown file of the listing written or gone, or
    /// a new one in a folder the listing holds files of (`Refreshed` tells
    /// what changed). `None` when the folder must be walked again: a
    /// folder or anything but Markdown changed, the last walk followed a
    /// symbolic link, or a new or gone file could change what the walk
    /// reports (its name is not usable, it takes the name of another, or
    /// the last walk reported anything). Then the listing is as it was:
    /// the walk compares its stamps with these, and a renewed one would
    /// pass off the file's old text as its new one.
    pub fn refresh(&mut self, changed: &[PathBuf], config: &SiteConfig) -> Option<Refreshed> {
        if self.through_links {
            return None;
        }
        let position = |path: &Path| position_in(&self.markdown, path);
        let mut gone = Vec::new();
        let mut written = Vec::new();
        let mut new: Vec<MarkdownFile> = Vec::new();
        for path in changed {
            let Ok(meta) = path.symlink_metadata() else {
                match position(path) {
                    Some(i) => gone.push(i),
                    // A path that is not there now and holds nothing the
                    // listing knows came and went since the walk: the
                    // temporary file of an editor that saves by writing a
                    // new file and renaming it over the old one (`sed -i`,
                    // vim's `4913`). It changes nothing, so it must not
                    // cost a walk of every file (about 200 ms at 10,000
                    // documents).
                    None if self.holds_under(path) => return None,
                    None => {}
                }
                continue;
            };
            // A folder or a symbolic link: what it holds or leads to is
            // for the walk to check.
            if !meta.is_file() {
                return None;
            }
            match position(path) {
                Some(i) => written.push((i, Stamp::of(&meta))),
                None => match self.new_file(path, &meta, config)? {
                    Some(file) if !new.iter().any(|f| f.disk == file.disk) => new.push(file),
                    _ => {}
                },
            }
        }
        if !(gone.is_empty() && new.is_empty()) {
            // What the walk reported may depend on a file that came or
            // went (the first of two files with one name, say).
            if !self.problems.is_empty() {
                return None;
            }
            // Two new files with one name, or a new one with the name of
            // a file gone.
            let names: Vec<String> = new.iter().map(|f| published_key(&f.rel, config)).collect();
            let clash = |name: &String| names.iter().filter(|n| *n == name).count() > 1;
            if names.iter().any(clash) {
                return None;
            }
        }
        gone.sort_unstable();
        gone.dedup();
        for (i, stamp) in &written {
            self.markdown[*i].stamp = Some(*stamp);
        }
        let written: Vec<PathBuf> = written
            .into_iter()
            .filter(|(i, _)| gone.binary_search(i).is_err())
            .map(|(i, _)| self.markdown[i].disk.clone())
            .collect();
        gone.reverse();
        for &i in &gone {
            self.markdown.remove(i);
        }
        new.sort_by(|a, b| a.disk.cmp(&b.disk));
        let mut out = Refreshed {
            gone,
            ..Refreshed::default()
        };
        for file in new {
            let at = (self.markdown).partition_point(|f| f.disk < file.disk);
            self.markdown.insert(at, file);
            out.new.push(at);
        }
        out.read = written
            .iter()
            .filter_map(|path| position_in(&self.markdown, path))
            .chain(out.new.iter().copied())
            .collect();
        Some(out)
    }

    /// True when the listing holds a file at or under `path`.
    fn holds_under(&self, path: &Path) -> bool {
        self.markdown.iter().any(|f| f.disk.starts_with(path))
            || self.assets.iter().any(|a| a.source.starts_with(path))
    }

    /// The Markdown file at `path` (a file, not a link), new since the
    /// walk, as the walk would find it. `Some(None)` when a walk would pass
    /// over it without a word (an editor's leftover); `None` when only a
    /// walk can tell: it is not Markdown, its folder is not one the
    /// listing holds files of, its folder is reached through a symbolic
    /// link, or its name is not usable, not in NFC or that of another
    /// file or folder there.
    fn new_file(
        &self,
        path: &Path,
        meta: &std::fs::Metadata,
        config: &SiteConfig,
    ) -> Option<Option<MarkdownFile>> {
        use crate::content::walk::{is_ignored_name, name_problem};
        let name = path.file_name()?;
        let text = name.to_str()?;
        if is_ignored_name(text) {
            return Some(None);
        }
        if !text.ends_with(".md") || name_problem(name).is_some() {
            return None;
        }
        let folder = path.parent()?;
        let content = config.content_dir();
        let inside = folder.strip_prefix(&content).ok()?;
        let known = |p: &Path| p.parent() == Some(folder);
        if !(inside.as_os_str().is_empty()
            || self.markdown.iter().any(|f| known(&f.disk))
            || self.assets.iter().any(|a| known(&a.source)))
        {
            return None;
        }
        // No symbolic link between `content/` and the folder.
        if folder.canonicalize().ok()? != content.canonicalize().ok()?.join(inside) {
            return None;
        }
        let rel = match inside.to_str()? {
            "" => text.to_string(),
            folder if std::path::MAIN_SEPARATOR == '/' => format!("{folder}/{text}"),
            _ => return None,
        };
        if unicode_normalization::is_nfc_quick(rel.chars())
            != unicode_normalization::IsNormalized::Yes
        {
            return None;
        }
        // The names a walk of the folder would compare this one with: of
        // the files and folders the listing holds in it.
        let mine = published_key(text, config);
        let taken = self
            .markdown
            .iter()
            .map(|f| &f.disk)
            .chain(self.assets.iter().map(|a| &a.source))
            .filter_map(|p| p.strip_prefix(folder).ok()?.components().next())
            .any(|c| published_key(&c.as_os_str().to_string_lossy(), config) == mine);
        if taken {
            return None;
        }
        Some(Some(MarkdownFile {
            rel,
            shown: config.display_path(path),
            disk: path.to_path_buf(),
            stamp: Some(Stamp::of(meta)),
        }))
    }
}

/// The position of the file at `path` in `markdown` (in walk order).
fn position_in(markdown: &[MarkdownFile], path: &Path) -> Option<usize> {
    markdown
        .binary_search_by(|f| f.disk.as_path().cmp(path))
        .ok()
}

/// The name a path inside `content/` is published under: `plan.sv.md` on a
/// Swedish site is the original, as `plan.md` is.
fn published(rel: &str, config: &SiteConfig) -> String {
    match rel
        .strip_suffix(".md")
        .and_then(|r| r.strip_suffix(config.default_language.as_str()))
        .and_then(|r| r.strip_suffix('.'))
    {
        Some(stem) => format!("{stem}.md"),
        None => rel.to_string(),
    }
}

/// [`published`] in lower case: two names that give one key are one file
/// on Windows and macOS, so a walk takes only the first.
fn published_key(rel: &str, config: &SiteConfig) -> String {
    published(rel, config).to_lowercase()
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
    let mut problems = Diagnostics::new();
    let walked = walk_folder(
        config,
        &dir,
        "",
        |rel| published(rel, config),
        &mut problems,
    )?;
    let mut out = Listing {
        through_links: walked.through_links,
        ..Listing::default()
    };
    for found in walked.files {
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
    diags.extend_from(&problems);
    out.problems = problems;
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

    /// A site in a temporary folder with `files` under `content/`, its
    /// settings, and a walk of it.
    fn walked(files: &[&str]) -> (tempfile::TempDir, SiteConfig, Listing) {
        let tmp = tempfile::tempdir().unwrap();
        for rel in files {
            let path = tmp.path().join("content").join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, rel).unwrap();
        }
        let mut config = config();
        config.root = tmp.path().to_path_buf();
        let listing = walk(&config, true, &mut Diagnostics::new())
            .unwrap()
            .unwrap();
        (tmp, config, listing)
    }

    fn rels(listing: &Listing) -> Vec<&str> {
        listing.markdown.iter().map(|f| f.rel.as_str()).collect()
    }

    #[test]
    fn the_walk_lists_files_in_the_order_of_their_paths() {
        // `-` sorts before `/`, and `a` before `a-b`: a walk takes the
        // folder `a` before the file `a-b.md`, as paths compare.
        let (_tmp, _, listing) = walked(&["a-b.md", "a/x.md", "a.md", "B.md", "a/b/c.md"]);
        assert_eq!(
            rels(&listing),
            ["B.md", "a/b/c.md", "a/x.md", "a-b.md", "a.md"]
        );
        assert!(listing.markdown.is_sorted_by(|a, b| a.disk < b.disk));
    }

    #[test]
    fn a_refresh_that_needs_a_walk_renews_no_stamp() {
        let (tmp, config, mut listing) = walked(&["v/a.md"]);
        let known = listing.markdown[0].disk.clone();
        let before = listing.markdown[0].stamp;
        // A known file written, and a new folder: the folder must be
        // walked, and the known file's stamp stays as the walk took it.
        std::fs::write(&known, "longer text").unwrap();
        let folder = tmp.path().join("content/w");
        std::fs::create_dir(&folder).unwrap();
        assert_eq!(listing.refresh(&[known.clone(), folder], &config), None);
        assert_eq!(listing.markdown[0].stamp, before);
        let refreshed = listing.refresh(&[known], &config).unwrap();
        assert_eq!(refreshed.read, [0]);
        assert_ne!(listing.markdown[0].stamp, before);
    }

    #[test]
    fn a_file_that_came_and_went_needs_no_walk_but_a_known_folder_gone_does() {
        let (tmp, config, mut listing) = walked(&["v/a.md"]);
        let known = listing.markdown[0].disk.clone();
        // `sed -i` writes `v/sedAbc123` and renames it over `v/a.md`: the
        // watcher reports both paths, the temporary one gone again.
        let temporary = tmp.path().join("content/v/sedAbc123");
        let refreshed = listing.refresh(&[known.clone(), temporary], &config);
        assert_eq!(refreshed.unwrap().read, [0]);
        // The folder holding a known file, gone: walk again.
        let dir = known.parent().unwrap().to_path_buf();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(listing.refresh(std::slice::from_ref(&dir), &config), None);
    }

    #[test]
    fn a_new_or_gone_markdown_file_is_taken_in_as_a_walk_would_find_it() {
        let (tmp, config, mut listing) = walked(&["v/a.md", "v/c.md", "w/x.md"]);
        let content = tmp.path().join("content");
        let new = content.join("v/b.md");
        std::fs::write(&new, "b").unwrap();
        let refreshed = listing
            .refresh(std::slice::from_ref(&new), &config)
            .unwrap();
        assert_eq!((refreshed.new, refreshed.read), (vec![1], vec![1]));
        assert_eq!(rels(&listing), ["v/a.md", "v/b.md", "v/c.md", "w/x.md"]);
        let again = walk(&config, true, &mut Diagnostics::new())
            .unwrap()
            .unwrap();
        assert_eq!(rels(&listing), rels(&again));
        assert_eq!(listing.markdown[1].stamp, again.markdown[1].stamp);
        assert_eq!(listing.markdown[1].shown, again.markdown[1].shown);

        // Gone, with a known file written in the same save.
        std::fs::remove_file(content.join("v/a.md")).unwrap();
        std::fs::write(content.join("w/x.md"), "x, longer").unwrap();
        let refreshed = listing
            .refresh(&[content.join("w/x.md"), content.join("v/a.md")], &config)
            .unwrap();
        assert_eq!(refreshed.gone, [0]);
        assert_eq!(refreshed.read, [2]);
        assert_eq!(rels(&listing), ["v/b.md", "v/c.md", "w/x.md"]);

        // An editor's leftover changes nothing.
        let swap = content.join("v/.b.md.swp");
        std::fs::write(&swap, "").unwrap();
        assert_eq!(
            listing.refresh(&[swap], &config),
            Some(Refreshed::default())
        );
    }

    #[test]
    fn a_new_file_that_only_a_walk_can_judge_needs_a_walk() {
        let (tmp, config, mut listing) = walked(&["v/a.md", "v/sub/s.md", "v/d.md/e.md"]);
        let content = tmp.path().join("content");
        let before = rels(&listing).join(" ");
        let mut needs_walk = |rel: &str| {
            let path = content.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "x").unwrap();
            let refreshed = listing.refresh(std::slice::from_ref(&path), &config);
            std::fs::remove_file(&path).unwrap();
            assert_eq!(refreshed, None, "{rel}");
            assert_eq!(rels(&listing).join(" "), before, "{rel}");
        };
        // The name of a file or folder there, in another case or as the
        // original's other name (`d.md/` is a folder); a name a web address cannot hold; one
        // not in NFC; a folder the walk never saw; not Markdown.
        for rel in [
            "v/A.md",
            "v/a.sv.md",
            "v/D.md",
            "v/a#1.md",
            "v/va\u{30a}r.md",
            "ny/b.md",
            "v/.dold/b.md",
            "v/bild.png",
        ] {
            needs_walk(rel);
        }
        // Two new files with one name.
        let (one, two) = (content.join("v/n.md"), content.join("v/N.md"));
        std::fs::write(&one, "1").unwrap();
        std::fs::write(&two, "2").unwrap();
        assert_eq!(listing.refresh(&[one, two], &config), None);
    }

    #[cfg(unix)]
    #[test]
    fn links_or_a_walk_that_reported_anything_leave_new_and_gone_files_to_a_walk() {
        let (tmp, config, mut listing) = walked(&["v/a.md", "v/b.md"]);
        let content = tmp.path().join("content");
        // A known file made a link to a file outside the site.
        let outside = tmp.path().join("hemlig.txt");
        std::fs::write(&outside, "hemligt").unwrap();
        let b = content.join("v/b.md");
        std::fs::remove_file(&b).unwrap();
        std::os::unix::fs::symlink(&outside, &b).unwrap();
        assert_eq!(listing.refresh(std::slice::from_ref(&b), &config), None);
        // A new file in a folder reached through a link.
        std::fs::remove_file(&b).unwrap();
        std::os::unix::fs::symlink(content.join("v"), content.join("l")).unwrap();
        let mut d = Diagnostics::new();
        let mut listing = walk(&config, true, &mut d).unwrap().unwrap();
        assert!(listing.through_links);
        let new = content.join("v/c.md");
        std::fs::write(&new, "c").unwrap();
        assert_eq!(listing.refresh(std::slice::from_ref(&new), &config), None);
        // A walk that reported a problem.
        std::fs::remove_file(content.join("l")).unwrap();
        std::fs::write(content.join("v/A.md"), "A").unwrap();
        let mut d = Diagnostics::new();
        let mut listing = walk(&config, true, &mut d).unwrap().unwrap();
        assert!(d.has_errors() && !listing.problems.is_empty());
        std::fs::remove_file(content.join("v/A.md")).unwrap();
        assert_eq!(listing.refresh(&[content.join("v/A.md")], &config), None);
        let new = content.join("v/d.md");
        std::fs::write(&new, "d").unwrap();
        assert_eq!(listing.refresh(&[new], &config), None);
    }
}
