//! Which output folders styrdok may replace. Every decision is taken on the
//! resolved path (`..` and symbolic links followed), never on the text the
//! user typed: `--output ..` run inside the site, `~/docs/..` or a link to
//! the home folder all name folders whose text looks harmless (issue 14).

use std::path::{Component, Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::error::{Error, Result};

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
    let refuse = |reason: String| {
        Err(Error::UnsafeOutput {
            path: output.to_path_buf(),
            reason: reason.into(),
        })
    };
    // "it is …", or where the typed path leads when that reads differently.
    let it_is = if std::path::absolute(output).is_ok_and(|typed| typed == out) {
        "it is".to_string()
    } else {
        format!("it leads to {}, which is", out.display())
    };
    let instead = "choose a folder of its own, such as public/ in the site";
    if out.parent().is_none() {
        return refuse(format!(
            "{it_is} the root of the file system, and replacing it would delete everything on this machine; {instead}"
        ));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let home = resolve(Path::new(&home)).unwrap_or_else(|_| PathBuf::from(home));
        if let Some(what) = over(&out, &home, "your home folder", "your home folder") {
            return refuse(format!(
                "{it_is} {what}, and replacing it would delete your files; {instead}"
            ));
        }
    }
    let root = resolve(root)?;
    let own = "the site's own folder, which holds the site itself";
    if let Some(what) = over(&out, &root, own, "the site itself") {
        return refuse(format!(
            "{it_is} {what}, and replacing it would delete the site's sources; {instead}"
        ));
    }
    let sources = crate::config::SOURCE_FOLDERS
        .iter()
        .map(|dir| (*dir, format!("{dir}/")))
        .chain([(CONFIG_FILE, CONFIG_FILE.to_string())]);
    for (file, name) in sources {
        // A source may be a link to elsewhere: compare with where it leads.
        let path = root.join(file);
        let source = resolve(&path).unwrap_or(path);
        let shown = source.display();
        let why = if out.starts_with(&source) {
            format!(
                "inside the site's {name} ({shown}), so every build would publish the previous output into the next"
            )
        } else if source.starts_with(&out) {
            format!(
                "a folder that holds the site's {name} ({shown}), and replacing it would delete it"
            )
        } else {
            continue;
        };
        return refuse(format!("{it_is} {why}; {instead}"));
    }
    if out.join("content").exists() || out.join(CONFIG_FILE).exists() {
        return refuse(format!(
            "{it_is} a folder that holds a content/ folder or a site.toml, another site's sources; {instead}"
        ));
    }
    if out.exists() && !out.is_dir() {
        return refuse(format!(
            "{it_is} a file, not a folder; remove it or {instead}"
        ));
    }
    if out.is_dir() && !force && !out.join(MARKER).exists() {
        let mut entries = std::fs::read_dir(&out).map_err(Error::io("read", &out))?;
        if entries.next().is_some() {
            return refuse(format!(
                "{it_is} a folder that holds files that styrdok did not write; empty it, choose another folder, or pass --force to replace it"
            ));
        }
    }
    Ok(())
}

/// What `out` is to `kept`, a folder it must not replace: `itself` when it
/// is that folder, "a folder that holds `name`" when it holds it.
fn over(out: &Path, kept: &Path, itself: &str, name: &str) -> Option<String> {
    if out == kept {
        Some(itself.to_string())
    } else if kept.starts_with(out) {
        Some(format!("a folder that holds {name} ({})", kept.display()))
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
