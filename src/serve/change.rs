//! Which file changes matter to the development server: a pure function,
//! unit-tested, so the watcher stays trivial.

use std::path::Path;

/// What a changed path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Something the site is built from: rebuild.
    Source,
    /// Nothing the site depends on (output, editor files, version control).
    Ignore,
}

/// Classifies `path` (absolute) for a site at `root` whose output is `output`.
pub fn classify(path: &Path, root: &Path, output: &Path) -> ChangeKind {
    if path.starts_with(output) {
        return ChangeKind::Ignore;
    }
    let Ok(rel) = path.strip_prefix(root) else {
        return ChangeKind::Ignore;
    };
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if crate::content::walk::is_ignored_name(&name)
        || name.ends_with(".tmp")
        || name.starts_with('#')
    {
        return ChangeKind::Ignore;
    }
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    if crate::config::SOURCE_FOLDERS.contains(&first.as_str())
        || rel == Path::new(crate::config::CONFIG_FILE)
    {
        ChangeKind::Source
    } else {
        ChangeKind::Ignore
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_paths() {
        let root = Path::new("/site");
        let out = Path::new("/tmp/serve");
        let cases = [
            ("/site/content/a/b.md", ChangeKind::Source),
            ("/site/content/a/.b.md.swp", ChangeKind::Ignore),
            ("/site/content/a/b.md~", ChangeKind::Ignore),
            ("/site/content/a/#b.md#", ChangeKind::Ignore),
            (
                "/site/themes/default/templates/base.html",
                ChangeKind::Source,
            ),
            ("/site/static/logo.svg", ChangeKind::Source),
            ("/site/site.toml", ChangeKind::Source),
            ("/site/public/index.html", ChangeKind::Ignore),
            ("/site/target/debug/x", ChangeKind::Ignore),
            ("/site/.git/index", ChangeKind::Ignore),
            ("/tmp/serve/index.html", ChangeKind::Ignore),
            ("/elsewhere/x.md", ChangeKind::Ignore),
        ];
        for (p, want) in cases {
            assert_eq!(classify(Path::new(p), root, out), want, "{p}");
        }
    }
}
