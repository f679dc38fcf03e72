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
    /// Bytes made in memory (data files, feeds, indexes).
    Owned(Vec<u8>),
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

/// A new output folder being written beside the real one. Files can be
/// written from many threads; [`Staging::commit`] swaps it into place, and
/// dropping it uncommitted removes it, leaving the previous output as it was.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    /// Creates the staging folder for `output`.
    pub fn create(output: &Path) -> Result<Staging> {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(Error::io("create", &parent))?;
        let dir = parent.join(format!(".{name}.styrdok-new-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(Error::io("remove", &dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(Error::io("create", &dir))?;
        std::fs::write(dir.join(MARKER), MARKER_TEXT)
            .map_err(Error::io("write", dir.join(MARKER)))?;
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            committed: false,
        })
    }

    /// Writes one file (its path in the output, with `/`).
    pub fn write(&self, rel: &str, contents: Contents<'_>) -> Result<()> {
        write_file(&self.dir, rel, contents)
    }

    /// Swaps the staging folder into place of the output folder.
    pub fn commit(mut self) -> Result<()> {
        let old = self.dir.with_file_name(
            self.dir
                .file_name()
                .map(|n| n.to_string_lossy().replace("-new-", "-old-"))
                .unwrap_or_default(),
        );
        if self.output.exists() {
            std::fs::rename(&self.output, &old).map_err(Error::io("move aside", &self.output))?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.output) {
            // Put the previous site back.
            let _ = std::fs::rename(&old, &self.output);
            return Err(Error::Io {
                action: "move into place",
                path: self.output.clone(),
                source: e,
            });
        }
        self.committed = true;
        if old.exists() {
            remove_tree(&old)?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Removes a folder tree, its files in parallel (a large site's previous
/// output has tens of thousands of them).
fn remove_tree(dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.par_iter().for_each(|f| {
        let _ = std::fs::remove_file(f);
    });
    std::fs::remove_dir_all(dir).map_err(Error::io("remove", dir))
}

/// Writes one file under `dir`, making its folder when needed. Used by
/// [`Staging`] and by the development server's incremental writes.
pub fn write_file(dir: &Path, rel: &str, contents: Contents<'_>) -> Result<()> {
    let path = dir.join(rel);
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).map_err(Error::io("create", p))?;
    }
    match contents {
        Contents::Text(t) => std::fs::write(&path, t.as_bytes()).map_err(Error::io("write", &path)),
        Contents::Bytes(b) => std::fs::write(&path, b).map_err(Error::io("write", &path)),
        Contents::Owned(b) => std::fs::write(&path, b).map_err(Error::io("write", &path)),
        Contents::Copy(src) => std::fs::copy(src, &path)
            .map(|_| ())
            .map_err(Error::io("copy", src)),
    }
}

/// Writes `files` as the new `output` folder, all or nothing.
pub fn write(files: &[(String, Contents<'_>)], output: &Path) -> Result<()> {
    let staging = Staging::create(output)?;
    for (rel, contents) in files {
        staging.write(rel, contents.clone())?;
    }
    staging.commit()
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
