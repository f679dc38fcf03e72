//! Which output folders styrdok may replace. Every decision is taken on the
//! resolved path (`..` and symbolic links followed), never on the text the
//! user typed: `--output ..` run inside the site, `~/docs/..` or a link to
//! the home folder all name folders whose text looks harmless (issue 14).

use std::path::{Component, Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::error::{Error, Result};
use crate::messages::{Arg, Message};
use crate::msg;

use super::MARKER;

/// The absolute path `path` stands for, with `..` and symbolic links
/// resolved. A path that does not exist yet is resolved up to its deepest
/// existing folder and the rest appended (`public/..` before `public/`
/// exists is the site root). A symbolic link on the way whose target is
/// missing is an error naming both.
pub fn resolve(path: &Path) -> Result<PathBuf> {
    let abs = std::path::absolute(path).map_err(Error::io("find", path))?;
    let parts: Vec<Component<'_>> = abs.components().collect();
    for known in (1..=parts.len()).rev() {
        let prefix: PathBuf = parts[..known].iter().collect();
        match std::fs::canonicalize(&prefix) {
            Ok(mut real) => {
                for part in &parts[known..] {
                    match part {
                        Component::ParentDir => {
                            real.pop();
                        }
                        Component::Normal(name) => real.push(name),
                        _ => {}
                    }
                }
                return Ok(real);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Ok(target) = std::fs::read_link(&prefix) {
                    return Err(Error::DanglingOutput {
                        link: prefix,
                        target,
                    });
                }
            }
            Err(e) => return Err(Error::io("resolve", prefix)(e)),
        }
    }
    // Only reached when not even the first component (`/`) exists.
    Ok(abs)
}

/// Refuses output folders that could hold the user's own work: `/`, the
/// home folder or a folder that holds it, the site or a folder that holds it,
/// anything that is, holds or lies inside the site's sources, another
/// site, a file; and, unless `force`, a folder of files styrdok did not
/// write. Only the last is lifted by `--force`.
pub fn check_safe(output: &Path, root: &Path, force: bool) -> Result<()> {
    let out = resolve(output)?;
    // "it is …", or where the typed path leads when that reads differently.
    let it_is = if std::path::absolute(output).is_ok_and(|typed| typed == out) {
        msg!("output-it-is")
    } else {
        msg!("output-it-leads", target = out.display().to_string())
    };
    let refuse = |id: &'static str, args: Vec<(&'static str, Arg)>| {
        let reason = args.into_iter().fold(
            Message::new(id)
                .arg("it_is", it_is.clone())
                .arg("instead", msg!("output-instead")),
            |m, (name, value)| m.arg(name, value),
        );
        Err(Error::UnsafeOutput {
            path: output.to_path_buf(),
            reason,
        })
    };
    if out.parent().is_none() {
        return refuse("output-is-fs-root", vec![]);
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let home = resolve(Path::new(&home)).unwrap_or_else(|_| PathBuf::from(home));
        match over(&out, &home) {
            Some(Over::Itself) => return refuse("output-is-home", vec![]),
            Some(Over::Holds(shown)) => {
                return refuse("output-holds-home", vec![("home", shown.into())]);
            }
            None => {}
        }
    }
    let root = resolve(root)?;
    match over(&out, &root) {
        Some(Over::Itself) => return refuse("output-is-site", vec![]),
        Some(Over::Holds(shown)) => {
            return refuse("output-holds-site", vec![("site", shown.into())]);
        }
        None => {}
    }
    let sources = crate::config::SOURCE_FOLDERS
        .iter()
        .map(|dir| (*dir, format!("{dir}/")))
        .chain([(CONFIG_FILE, CONFIG_FILE.to_string())]);
    for (file, name) in sources {
        // A source may be a link to elsewhere: compare with where it leads.
        let path = root.join(file);
        let source = resolve(&path).unwrap_or(path);
        let args = vec![
            ("name", name.into()),
            ("source", source.display().to_string().into()),
        ];
        if out.starts_with(&source) {
            return refuse("output-inside-source", args);
        } else if source.starts_with(&out) {
            return refuse("output-holds-source", args);
        }
    }
    if out.join("content").exists() || out.join(CONFIG_FILE).exists() {
        return refuse("output-holds-other-site", vec![]);
    }
    if out.exists() && !out.is_dir() {
        return refuse("output-is-a-file", vec![]);
    }
    if out.is_dir() && !force && !out.join(MARKER).exists() {
        let mut entries = std::fs::read_dir(&out).map_err(Error::io("read", &out))?;
        if entries.next().is_some() {
            return refuse("output-holds-other-files", vec![]);
        }
    }
    Ok(())
}

/// What an output folder is to a folder it must not replace.
enum Over {
    /// That folder itself.
    Itself,
    /// A folder that holds it (shown as the path given).
    Holds(String),
}

/// What `out` is to `kept`, a folder it must not replace, if anything.
fn over(out: &Path, kept: &Path) -> Option<Over> {
    if out == kept {
        Some(Over::Itself)
    } else if kept.starts_with(out) {
        Some(Over::Holds(kept.display().to_string()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_parents_and_links_of_folders_not_made_yet() {
        let tmp = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(tmp.path()).unwrap();
        let site = tmp.path().join("site");
        std::fs::create_dir(&site).unwrap();
        assert_eq!(resolve(&site.join("public/..")).unwrap(), real.join("site"));
        assert_eq!(
            resolve(&site.join("a/b/../c")).unwrap(),
            real.join("site/a/c")
        );
        assert_eq!(resolve(&site.join("..")).unwrap(), real);
        std::os::unix::fs::symlink(&site, tmp.path().join("link")).unwrap();
        assert_eq!(
            resolve(&tmp.path().join("link/public")).unwrap(),
            real.join("site/public")
        );
        std::os::unix::fs::symlink(tmp.path().join("gone"), tmp.path().join("dangling")).unwrap();
        let err = resolve(&tmp.path().join("dangling/public")).unwrap_err();
        assert!(
            matches!(&err, Error::DanglingOutput { link, target }
                if link.ends_with("dangling") && target.ends_with("gone")),
            "{err:?}"
        );
    }

    #[test]
    fn refuses_by_where_a_path_leads_even_when_forced() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let refused = |out: &Path, phrase: &str| {
            let err = check_safe(out, &root, true).unwrap_err().to_string();
            assert!(err.contains(phrase), "{out:?}: {err}");
        };
        refused(&root.join(".."), "a folder that holds the site itself");
        refused(&root.join("public/.."), "the site's own folder");
        refused(&root.join("content/public"), "inside the site's content");
        refused(&root.join("themes/x/.."), "inside the site's themes");
        refused(&root.join("static"), "inside the site's static");
        // `/` written so that its text has a parent: only resolving sees it.
        refused(
            &tmp.path().join("../".repeat(40)),
            "the root of the file system",
        );
        check_safe(&root.join("public"), &root, false).unwrap();
        check_safe(&root.join("content/../public"), &root, false).unwrap();
    }
}
