//! Walking one source folder of the site safely: a stable order, editor
//! leftovers and hidden files skipped, symbolic links followed only inside
//! the site, and names that two systems would read as one file refused.
//! Shared by `content/` ([`super::discover`]), the theme's and the site's
//! static files (`render::theme`) and the watcher (`serve::change`).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::error::{Error, Result};
use crate::msg;

/// The hidden folder that a site publishes at its root (RFC 8615: the
/// place of `security.txt`, `change-password` and the like), from the
/// site's own `static/` or a theme's.
pub const WELL_KNOWN: &str = ".well-known";

/// True for files an editor leaves behind while saving (`.#x`, `x~`, `.x.swp`),
/// and for hidden files, which are never content.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp")
}

/// What [`walk_folder`] found.
#[derive(Debug, Default)]
pub struct Walked {
    /// The files, in the walk's order: by path, part by part.
    pub files: Vec<Found>,
    /// True when the walk followed a symbolic link (to a file or a
    /// folder): a file may then be found at more than one path.
    pub through_links: bool,
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
) -> Result<Walked> {
    use std::collections::hash_map::{Entry, HashMap};
    use unicode_normalization::UnicodeNormalization;
    let root = config
        .root
        .canonicalize()
        .map_err(Error::io("read", &config.root))?;
    // Each published name in lower case: the first path published under it.
    let mut names: HashMap<String, (String, PathBuf)> = HashMap::new();
    let mut out = Walked::default();
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
        let is_link = entry.path_is_symlink() && entry.depth() > 0;
        out.through_links |= is_link;
        let usable = usable
            && (!(is_link || entry.depth() == 0)
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
        let inside = entry
            .path()
            .strip_prefix(dir)
            .expect("walkdir stays inside its root");
        // The path inside `dir` with `/` between its parts, in NFC: taken
        // as it is when it already is so (the common case, and a walk
        // passes every file of the site).
        let rel: String = match inside.to_str() {
            Some(text) if std::path::MAIN_SEPARATOR == '/' => text.to_string(),
            _ => inside
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/"),
        };
        let rel = match unicode_normalization::is_nfc_quick(rel.chars()) {
            unicode_normalization::IsNormalized::Yes => rel,
            _ => rel.nfc().collect(),
        };
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
        out.files.push(Found {
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

/// What keeps a folder's or file's name from being part of a web
/// address, if anything: `#` and `?` end a path in a URL, `%` starts an
/// escape, and a control character cannot be typed in a link.
pub fn name_problem(name: &std::ffi::OsStr) -> Option<crate::messages::Message> {
    match name.to_str() {
        None => Some(msg!("bad-name-not-unicode")),
        Some(name) => name.chars().find_map(|c| match c {
            '#' | '?' | '%' => Some(msg!("bad-name-char", char = c)),
            c if c.is_control() => Some(msg!(
                "bad-name-control",
                code = format!("U+{:04X}", c as u32)
            )),
            _ => None,
        }),
    }
}

/// True when a folder's or file's name can be part of a web address
/// ([`name_problem`]); otherwise reports it.
fn usable_name(name: &std::ffi::OsStr, shown: &Path, diags: &mut Diagnostics) -> bool {
    let Some(problem) = name_problem(name) else {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_editor_files() {
        assert!(is_ignored_name(".#strategi.md"));
        assert!(is_ignored_name("strategi.md~"));
        assert!(is_ignored_name(".strategi.md.swp"));
        assert!(!is_ignored_name("strategi.md"));
    }
}
