//! Stage 6: output. Every new or changed file is written into a staging
//! folder beside the output folder, and put into place only when all of the
//! site was made, so a failed build leaves the previous site exactly as it
//! was.

use std::collections::HashMap;
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

impl Contents<'_> {
    /// The bytes, read from disk for a file to copy.
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>> {
        Ok(match self {
            Contents::Text(t) => t.as_bytes().into(),
            Contents::Bytes(b) => (*b).into(),
            Contents::Owned(b) => b.as_slice().into(),
            Contents::Copy(p) => std::fs::read(p).map_err(Error::io("read", *p))?.into(),
        })
    }
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
/// written from many threads; [`Staging::commit`] puts them in place, and
/// dropping it uncommitted removes it, leaving the previous output as it was.
///
/// When the output folder already exists, a file whose bytes equal the file
/// at the same place there is not written at all, and the commit moves only
/// the changed files into the output folder and removes the ones no longer
/// made. A rebuild that changes little so writes little, deletes nothing it
/// keeps, and leaves unchanged files with their old modification time (which
/// deployment tools and caches use). Into a new folder, every file is
/// written and the staging folder is renamed into place.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    /// The output folder existed: only changed files are staged.
    update: bool,
    /// Every file of the new site (its path in the output, with `/`), and
    /// whether it was staged (`true`) or is already right in the output.
    files: std::sync::Mutex<HashMap<String, bool>>,
    committed: bool,
}

/// What a commit did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Files written (new or changed).
    pub written: usize,
    /// Files left as they were, because their bytes were already right.
    pub kept: usize,
    /// Files removed from the output because nothing makes them any more.
    pub removed: usize,
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
        let update = output.is_dir();
        if !update {
            std::fs::write(dir.join(MARKER), MARKER_TEXT)
                .map_err(Error::io("write", dir.join(MARKER)))?;
        }
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            update,
            files: std::sync::Mutex::default(),
            committed: false,
        })
    }

    /// Writes one file (its path in the output, with `/`); when the output
    /// folder already has that file with the same bytes, only notes it.
    pub fn write(&self, rel: &str, contents: Contents<'_>) -> Result<()> {
        let staged = !(self.update && same(&self.output.join(rel), &contents)?);
        if staged {
            write_file(&self.dir, rel, contents)?;
        }
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), staged);
        Ok(())
    }

    /// Puts the new site in place of the output folder.
    pub fn commit(mut self) -> Result<Written> {
        let files = std::mem::take(&mut *self.files.lock().unwrap_or_else(|e| e.into_inner()));
        let written = files.values().filter(|staged| **staged).count();
        let mut done = Written {
            written,
            kept: files.len() - written,
            removed: 0,
        };
        if !self.update {
            std::fs::rename(&self.dir, &self.output)
                .map_err(Error::io("move into place", &self.output))?;
            self.committed = true;
            return Ok(done);
        }
        // The output's marker is styrdok's promise that it may replace the
        // folder: make sure an output forced over foreign files gets one.
        let marker = self.output.join(MARKER);
        if !marker.exists() {
            std::fs::write(&marker, MARKER_TEXT).map_err(Error::io("write", &marker))?;
        }
        let mut staged: Vec<&String> = files
            .iter()
            .filter_map(|(rel, staged)| staged.then_some(rel))
            .collect();
        staged.sort();
        for rel in staged {
            move_into(&self.dir.join(rel), &self.output.join(rel))?;
        }
        done.removed = remove_others(&self.output, &files)?;
        self.committed = true;
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(done)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Whether the file at `path` holds exactly `contents`.
fn same(path: &Path, contents: &Contents<'_>) -> Result<bool> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(false);
    };
    let new = contents.bytes()?;
    if !meta.is_file() || meta.len() != new.len() as u64 {
        return Ok(false);
    }
    Ok(std::fs::read(path).is_ok_and(|old| old == *new))
}

/// Renames the staged file `from` to `to`, making `to`'s folder and
/// clearing whatever of the old site stands in the way (a file where a
/// folder must be, or a folder where the file goes).
fn move_into(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent()
        && std::fs::create_dir_all(parent).is_err()
    {
        // A file of the old site has the name of a folder of the new.
        if let Some(file) = parent.ancestors().find(|a| a.is_file()) {
            std::fs::remove_file(file).map_err(Error::io("remove", file))?;
        }
        std::fs::create_dir_all(parent).map_err(Error::io("create", parent))?;
    }
    if to.is_dir() {
        std::fs::remove_dir_all(to).map_err(Error::io("remove", to))?;
    }
    std::fs::rename(from, to).map_err(Error::io("move into place", to))
}

/// Removes the files under `output` that the new site does not have (all
/// but the marker), then the folders left empty; gives how many files.
fn remove_others(output: &Path, files: &HashMap<String, bool>) -> Result<usize> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(output).min_depth(1) {
        let entry = entry.map_err(|e| Error::Io {
            action: "read",
            path: e.path().unwrap_or(output).to_path_buf(),
            source: e.into(),
        })?;
        if entry.file_type().is_dir() {
            dirs.push(entry.into_path());
            continue;
        }
        let rel = entry.path().strip_prefix(output).unwrap_or(entry.path());
        let rel = rel
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        if rel != MARKER && !files.contains_key(&rel) {
            std::fs::remove_file(entry.path()).map_err(Error::io("remove", entry.path()))?;
            removed += 1;
        }
    }
    // Deepest first; a folder that still holds files stays.
    for dir in dirs.iter().rev() {
        let _ = std::fs::remove_dir(dir);
    }
    Ok(removed)
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
    staging.commit().map(|_| ())
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

    #[test]
    fn a_rebuild_writes_only_what_changed() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let build = |files: &[(&str, &str)]| {
            let staging = Staging::create(&out).unwrap();
            for (rel, text) in files {
                staging.write(rel, Contents::Text(text)).unwrap();
            }
            staging.commit().unwrap()
        };
        let first = build(&[
            ("index.html", "home"),
            ("a/index.html", "a"),
            ("b/index.html", "b"),
            ("c", "a file where a folder comes next"),
            ("d/index.html", "a folder where a file comes next"),
        ]);
        assert_eq!(first.written, 5);
        let inode = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
        let (home, a) = (inode("index.html"), inode("a/index.html"));
        let second = build(&[
            ("index.html", "home"),
            ("a/index.html", "a, changed"),
            ("c/index.html", "now a folder"),
            ("d", "now a file"),
            ("e/f/index.html", "new"),
        ]);
        assert_eq!(
            second,
            Written {
                written: 4,
                kept: 1,
                removed: 1
            }
        );
        // The unchanged file is the same file, untouched.
        assert_eq!(inode("index.html"), home);
        assert_ne!(inode("a/index.html"), a);
        let read = |rel: &str| std::fs::read_to_string(out.join(rel)).unwrap();
        assert_eq!(read("a/index.html"), "a, changed");
        assert_eq!(read("c/index.html"), "now a folder");
        assert_eq!(read("d"), "now a file");
        assert_eq!(read("e/f/index.html"), "new");
        // What the new site lacks is gone, its empty folder too.
        assert!(!out.join("b").exists());
        assert!(out.join(MARKER).exists());
        // Nothing is left beside the output.
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
        // An uncommitted rebuild changes nothing.
        let staging = Staging::create(&out).unwrap();
        staging
            .write("index.html", Contents::Text("broken"))
            .unwrap();
        drop(staging);
        assert_eq!(read("index.html"), "home");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
