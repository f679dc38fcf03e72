//! Stage 6: output. Every file is written into a staging folder beside the
//! output folder, which is swapped into place only when all of it was
//! written, so a failed build leaves the previous site exactly as it was.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The file styrdok leaves in every output folder it writes, so it never
/// replaces a folder it did not make.
pub const MARKER: &str = ".styrdok-output";

const MARKER_TEXT: &str = "This folder is written by styrdok and replaced whole on every build.\n";

/// What to put in an output file.
#[derive(Debug, Clone)]
pub enum Contents<'a> {
    /// Text made in memory.
    Text(&'a str),
    /// Bytes compiled into the binary.
    Bytes(&'static [u8]),
    /// A file copied as it is.
    Copy(&'a Path),
}

/// Refuses output folders that could hold the user's own work.
pub fn check_safe(output: &Path, root: &Path, force: bool) -> Result<()> {
    let refuse = |reason: String| {
        Err(Error::UnsafeOutput {
            path: output.to_path_buf(),
            reason,
        })
    };
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (out_abs, root_abs) = (abs(output), abs(root));
    if out_abs.parent().is_none() {
        return refuse("it is the root of the file system".into());
    }
    if std::env::var_os("HOME").is_some_and(|h| abs(Path::new(&h)) == out_abs) {
        return refuse("it is your home folder".into());
    }
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return refuse("it holds the site itself; choose a folder such as public/".into());
    }
    if out_abs.join("content").exists() || out_abs.join(crate::config::CONFIG_FILE).exists() {
        return refuse("it holds a content/ folder or a site.toml".into());
    }
    if out_abs.is_dir() && !force && !out_abs.join(MARKER).exists() {
        let mut entries = std::fs::read_dir(&out_abs).map_err(Error::io("read", &out_abs))?;
        if entries.next().is_some() {
            return refuse(
                "it holds files that styrdok did not write; empty it, choose another folder, or pass --force to replace it".into(),
            );
        }
    }
    Ok(())
}

/// Writes `files` (output path with `/`, contents) as the new `output` folder.
pub fn write(files: &[(String, Contents<'_>)], output: &Path) -> Result<()> {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(Error::io("create", &parent))?;
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.styrdok-new-{pid}"));
    let old = parent.join(format!(".{name}.styrdok-old-{pid}"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(Error::io("remove", &staging))?;
    }
    let result = write_all(files, &staging);
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if output.exists() {
        std::fs::rename(output, &old).map_err(Error::io("move aside", output))?;
    }
    if let Err(e) = std::fs::rename(&staging, output) {
        // Put the previous site back.
        let _ = std::fs::rename(&old, output);
        let _ = std::fs::remove_dir_all(&staging);
        return Err(Error::Io {
            action: "move into place",
            path: output.to_path_buf(),
            source: e,
        });
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(Error::io("remove", &old))?;
    }
    Ok(())
}

fn write_all(files: &[(String, Contents<'_>)], dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(Error::io("create", dir))?;
    std::fs::write(dir.join(MARKER), MARKER_TEXT).map_err(Error::io("write", dir.join(MARKER)))?;
    let mut made: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    for (rel, contents) in files {
        let path = dir.join(rel);
        if let Some(p) = path.parent()
            && made.insert(p.to_path_buf())
        {
            std::fs::create_dir_all(p).map_err(Error::io("create", p))?;
        }
        match contents {
            Contents::Text(t) => {
                std::fs::write(&path, t.as_bytes()).map_err(Error::io("write", &path))?
            }
            Contents::Bytes(b) => std::fs::write(&path, b).map_err(Error::io("write", &path))?,
            Contents::Copy(src) => {
                std::fs::copy(src, &path).map_err(Error::io("copy", *src))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_and_refuses_foreign_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        let out = root.join("public");
        std::fs::create_dir_all(&root).unwrap();
        check_safe(&out, &root, false).unwrap();
        write(&[("a/index.html".into(), Contents::Text("one"))], &out).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "one"
        );
        check_safe(&out, &root, false).unwrap();
        write(&[("b.html".into(), Contents::Text("two"))], &out).unwrap();
        assert!(!out.join("a").exists());
        // A folder with someone else's files is refused unless forced.
        let other = tmp.path().join("mine");
        std::fs::create_dir_all(&other).unwrap();
        std::fs::write(other.join("notes.txt"), "x").unwrap();
        assert!(check_safe(&other, &root, false).is_err());
        assert!(check_safe(&other, &root, true).is_ok());
        assert!(check_safe(&root, &root, true).is_err());
        assert!(check_safe(tmp.path(), &root, true).is_err());
        // Nothing is left beside the output.
        let names: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }
}
