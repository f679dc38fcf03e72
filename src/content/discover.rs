//! Walks `content/` and classifies every file: documents, focus areas, plain
//! pages (by folder), the language (by file-name suffix) and the canonical key
//! shared by a document and its translations.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::error::{Error, Result};
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
    pub lang: String,
    /// The text, with a byte-order mark removed and CRLF turned into LF.
    pub text: String,
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
        let found = changed
            .iter()
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

/// The hidden folder that a site publishes at its root (RFC 8615: the
/// place of `security.txt`, `change-password` and the like), from the
/// site's own `static/` or a theme's.
pub const WELL_KNOWN: &str = ".well-known";

/// True for files an editor leaves behind while saving (`.#x`, `x~`, `.x.swp`),
/// and for hidden files, which are never content.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp")
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

/// A file found by [`walk_folder`].
#[derive(Debug)]
pub struct Found {
    /// The path on disk (through any symbolic link on the way).
    pub disk: PathBuf,
    /// Its path inside the walked folder, with `/`, in composed Unicode
    /// (NFC): macOS writes `vår.md` decomposed (`va` + U+030A + `r`), and
    /// the page's address must be the same wherever the site was written.
    pub rel: String,
    /// The path shown in messages.
    pub shown: PathBuf,
    /// Its metadata (of the file a link points to), when it could be read.
    pub meta: Option<std::fs::Metadata>,
}

/// Walks one source folder of the site (`content/`, `static/`,
/// `themes/<name>/`) in a stable order and gives its files. `published`
/// gives the name a path is published under, so that two files published
/// under one name (or under names that differ only in case, which Windows
/// and macOS keep as one file) are an error.
///
/// Symbolic links are followed where they resolve inside the site's folder
/// and outside any hidden folder. One that leaves the site's folder, or
/// leads into a hidden folder such as `.git`, is an error naming the link
/// and its target: Git stores links, so a pull request could otherwise
/// publish `.git/config` or any file of the machine that builds the site
/// (issue 14). A broken link and a hidden folder are skipped with a
/// warning; editor leftovers and hidden files are skipped without one.
/// The one hidden folder published is `hidden_kept`, a path inside `dir`
/// ([`WELL_KNOWN`] for the folders published at the site's root; empty for
/// none): a `.well-known/` for `security.txt` and the like (RFC 8615).
pub fn walk_folder(
    config: &SiteConfig,
    dir: &Path,
    hidden_kept: &str,
    published: impl Fn(&str) -> String,
    diags: &mut Diagnostics,
) -> Result<Vec<Found>> {
    use std::collections::hash_map::{Entry, HashMap};
    use unicode_normalization::UnicodeNormalization;
    let root = config
        .root
        .canonicalize()
        .map_err(Error::io("read", &config.root))?;
    // Each published name in lower case: the first path published under it.
    let mut names: HashMap<String, (String, PathBuf)> = HashMap::new();
    let mut out = Vec::new();
    let mut walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                skip_unwalkable(e, dir, config, diags)?;
                continue;
            }
        };
        let shown = config.display_path(entry.path());
        let is_dir = entry.file_type().is_dir();
        let name = entry.file_name().to_string_lossy();
        let usable = if entry.depth() == 0 {
            true
        } else if is_ignored_name(&name)
            && !(is_dir
                && entry
                    .path()
                    .strip_prefix(dir)
                    .is_ok_and(|r| r == Path::new(hidden_kept)))
        {
            if is_dir {
                diags
                    .warning(
                        "hidden-folder",
                        Span::line(&shown, 1),
                        msg!("hidden-folder", folder = shown.display().to_string()),
                    )
                    .help(msg!("hidden-folder-help"));
            }
            false
        } else {
            usable_name(entry.file_name(), &shown, diags)
        };
        let usable = usable
            && (!(entry.path_is_symlink() || entry.depth() == 0)
                || link_is_safe(entry.path(), &shown, &root, diags));
        if !usable {
            if is_dir {
                walker.skip_current_dir();
            }
            continue;
        }
        if entry.depth() == 0 || !(is_dir || entry.file_type().is_file()) {
            continue;
        }
        let rel: Vec<String> = entry
            .path()
            .strip_prefix(dir)
            .expect("walkdir stays inside its root")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let rel: String = rel.join("/").nfc().collect();
        let name = published(&rel);
        match names.entry(name.to_lowercase()) {
            Entry::Occupied(first) => {
                let (first_name, first_shown) = first.get();
                report_same_name(
                    &shown,
                    first_shown,
                    name == *first_name,
                    &config.default_language,
                    diags,
                );
                if is_dir {
                    walker.skip_current_dir();
                }
                continue;
            }
            Entry::Vacant(v) => {
                v.insert((name, shown.clone()));
            }
        }
        if is_dir {
            continue;
        }
        out.push(Found {
            disk: entry.path().to_path_buf(),
            rel,
            shown,
            meta: entry.metadata().ok(),
        });
    }
    Ok(out)
}

/// Reports a walk error that concerns one path (a broken link, a link
/// loop) and lets the walk go on; any other is the walk's failure.
fn skip_unwalkable(
    e: walkdir::Error,
    dir: &Path,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Result<()> {
    let Some(path) = e.path().map(Path::to_path_buf) else {
        return Err(Error::Walk {
            path: dir.to_path_buf(),
            source: e,
        });
    };
    let shown = config.display_path(&path);
    let target = link_target(&path);
    if e.loop_ancestor().is_some() {
        diags
            .error(
                "link-loop",
                Span::line(&shown, 1),
                msg!(
                    "link-loop",
                    link = shown.display().to_string(),
                    target = target
                ),
            )
            .help(msg!("link-loop-help"));
        return Ok(());
    }
    let broken = e
        .io_error()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
        && path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink());
    if !broken {
        return Err(Error::Walk {
            path: dir.to_path_buf(),
            source: e,
        });
    }
    diags
        .warning(
            "broken-link",
            Span::line(&shown, 1),
            msg!(
                "link-broken",
                link = shown.display().to_string(),
                target = target
            ),
        )
        .help(msg!("link-broken-help"));
    Ok(())
}

/// What the symbolic link at `path` points to, as written in the link.
fn link_target(path: &Path) -> String {
    std::fs::read_link(path).map_or_else(|_| "?".to_string(), |t| t.display().to_string())
}

/// True when the path resolves inside the site's folder (`root`, resolved)
/// and outside any hidden folder of it; otherwise reports it.
fn link_is_safe(path: &Path, shown: &Path, root: &Path, diags: &mut Diagnostics) -> bool {
    let Ok(resolved) = path.canonicalize() else {
        // Walkdir reports a broken link before it gets here.
        return false;
    };
    // The link as written; a folder whose parent is a link is not one.
    let target = std::fs::read_link(path).map_or_else(
        |_| resolved.display().to_string(),
        |t| t.display().to_string(),
    );
    let Ok(inside) = resolved.strip_prefix(root) else {
        diags
            .error(
                "link-outside-site",
                Span::line(shown, 1),
                msg!(
                    "link-outside-site",
                    link = shown.display().to_string(),
                    target = target
                ),
            )
            .help(msg!("link-outside-site-help"));
        return false;
    };
    if let Some(hidden) = inside
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .find(|c| c.starts_with('.'))
    {
        diags
            .error(
                "link-into-hidden",
                Span::line(shown, 1),
                msg!(
                    "link-into-hidden",
                    link = shown.display().to_string(),
                    target = target,
                    hidden = hidden
                ),
            )
            .help(msg!("link-into-hidden-help"));
        return false;
    }
    true
}

/// True when a folder's or file's name can be part of a web address;
/// otherwise reports it. `#` and `?` end a path in a URL, `%` starts an
/// escape, and a control character cannot be typed in a link.
fn usable_name(name: &std::ffi::OsStr, shown: &Path, diags: &mut Diagnostics) -> bool {
    let problem = match name.to_str() {
        None => Some(msg!("bad-name-not-unicode")),
        Some(name) => name.chars().find_map(|c| match c {
            '#' | '?' | '%' => Some(msg!("bad-name-char", char = c)),
            c if c.is_control() => Some(msg!(
                "bad-name-control",
                code = format!("U+{:04X}", c as u32)
            )),
            _ => None,
        }),
    };
    let Some(problem) = problem else {
        return true;
    };
    diags
        .error(
            "bad-name",
            Span::line(shown, 1),
            msg!(
                "bad-name",
                name = name.to_string_lossy().escape_debug().to_string(),
                problem = problem
            ),
        )
        .help(msg!("bad-name-help"));
    false
}

/// Reports a path published under the name of `first`, an earlier one:
/// the same name (`same`), or one that differs only in case.
fn report_same_name(
    shown: &Path,
    first: &Path,
    same: bool,
    default_language: &str,
    diags: &mut Diagnostics,
) {
    use unicode_normalization::UnicodeNormalization;
    let name = |p: &Path| {
        p.file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    };
    let (this_name, first_name) = (name(shown), name(first));
    let span = Span::line(shown, 1);
    if same && this_name != first_name && this_name.nfc().eq(first_name.nfc()) {
        diags
            .error(
                "unicode-form",
                span,
                msg!(
                    "unicode-form",
                    this = shown.display().to_string(),
                    first = first.display().to_string(),
                    this_name = code_points(&this_name),
                    first_name = code_points(&first_name)
                ),
            )
            .help(msg!("unicode-form-help"));
    } else if same {
        diags
            .error(
                "same-original",
                span,
                msg!(
                    "same-original",
                    this = shown.display().to_string(),
                    first = first.display().to_string()
                ),
            )
            .help(msg!("same-original-help", lang = default_language));
    } else {
        diags
            .error(
                "case-collision",
                span,
                msg!(
                    "case-collision",
                    this = shown.display().to_string(),
                    first = first.display().to_string()
                ),
            )
            .help(msg!("case-collision-help"));
    }
}

/// A name with each character outside ASCII written as its code point
/// (`va<U+030A>r.md`), to show two Unicode forms apart.
fn code_points(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                format!("<U+{:04X}>", c as u32)
            }
        })
        .collect()
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
    let (slug, lang) = match name.rsplit_once('.') {
        Some((slug, suffix)) if config.language(suffix).is_some() => (slug, suffix.to_string()),
        Some((_, suffix)) if looks_like_language(suffix) => {
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
    fn ignores_editor_files() {
        assert!(is_ignored_name(".#strategi.md"));
        assert!(is_ignored_name("strategi.md~"));
        assert!(is_ignored_name(".strategi.md.swp"));
        assert!(!is_ignored_name("strategi.md"));
    }
}
