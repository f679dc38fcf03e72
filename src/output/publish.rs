//! Putting a new site in place, all or nothing. The complete new tree is
//! made beside the output folder (files whose bytes did not change are hard
//! links to the old ones), then the two folders are exchanged in one step.
//! Whatever fails before or during that step leaves the previous site as it
//! was; after it, the swapped-out old tree is removed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::msg;

use super::{Contents, MARKER, MARKER_TEXT, write_file};

/// A new output folder being written beside the real one. Files can be
/// written from many threads; [`Staging::commit`] puts the new folder in
/// place of the old in one step, and dropping it uncommitted removes it,
/// leaving the previous output as it was.
///
/// When the output folder already exists, a file whose bytes equal the file
/// at the same place there is not written but hard-linked: it stays the
/// same file, with its inode and modification time (which deployment tools
/// such as rsync, and caches, use). A rebuild that changes little so writes
/// little, and files no longer made are simply not in the new tree.
///
/// An output that is a symbolic link is staged beside the folder it leads
/// to, on that folder's file system, and the link stays a link.
#[derive(Debug)]
pub struct Staging {
    /// The output folder, resolved.
    output: PathBuf,
    dir: PathBuf,
    /// The output folder existed: unchanged files are linked from it.
    update: bool,
    /// Every file of the new site (its path in the output, with `/`), and
    /// whether it was written (`true`) or linked from the previous output.
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
        let output = super::safety::resolve(output)?;
        let dir = beside(&output, "new")?;
        if let Some(parent) = dir.parent() {
            std::fs::create_dir_all(parent).map_err(Error::io("create", parent))?;
        }
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(Error::io("remove", &dir))?;
        }
        std::fs::create_dir(&dir).map_err(Error::io("create", &dir))?;
        let staging = Staging {
            update: output.is_dir(),
            output,
            dir,
            files: std::sync::Mutex::default(),
            committed: false,
        };
        // The marker is styrdok's promise that it may replace the folder:
        // every output gets one, also one forced over foreign files.
        staging.put(MARKER, Contents::Text(MARKER_TEXT))?;
        Ok(staging)
    }

    /// Writes one file (its path in the output, with `/`); when the output
    /// folder already has that file with the same bytes, links that file.
    pub fn write(&self, rel: &str, contents: Contents<'_>) -> Result<()> {
        let written = self.put(rel, contents)?;
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), written);
        Ok(())
    }

    /// Puts one file into the new tree: a link to the previous output's
    /// file when its bytes are the same, else the bytes; gives whether it
    /// wrote them.
    fn put(&self, rel: &str, contents: Contents<'_>) -> Result<bool> {
        let old = self.output.join(rel);
        if self.update && same(&old, &contents)? {
            let new = self.dir.join(rel);
            if let Some(p) = new.parent() {
                std::fs::create_dir_all(p).map_err(Error::io("create", p))?;
            }
            // Where a link cannot be made (a file system without them, a
            // file the user may not link), the bytes are written instead.
            if std::fs::hard_link(&old, &new).is_ok() {
                return Ok(false);
            }
        }
        write_file(&self.dir, rel, contents)?;
        Ok(true)
    }

    /// Puts the new site in place of the output folder, in one step.
    pub fn commit(mut self) -> Result<Written> {
        let files = std::mem::take(&mut *self.files.lock().unwrap_or_else(|e| e.into_inner()));
        let written = files.values().filter(|w| **w).count();
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
        let old = swap(&self.dir, &self.output)?;
        self.committed = true;
        done.removed = count_dropped(&old, &files);
        std::fs::remove_dir_all(&old).map_err(|source| Error::OldOutputLeft {
            output: self.output.clone(),
            left: old.clone(),
            source,
        })?;
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

/// A folder beside `output`, named after it and this process, for the new
/// tree (`what` = "new") or the old one moved aside ("old").
fn beside(output: &Path, what: &str) -> Result<PathBuf> {
    let (Some(parent), Some(name)) = (output.parent(), output.file_name()) else {
        return Err(Error::UnsafeOutput {
            path: output.to_path_buf(),
            reason: msg!("output-fs-root"),
        });
    };
    Ok(parent.join(format!(
        ".{}.styrdok-{what}-{}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Whether the file at `path` holds exactly `contents`. A symbolic link is
/// never the same: linking it would put its target into the site.
fn same(path: &Path, contents: &Contents<'_>) -> Result<bool> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(false);
    };
    let new = contents.bytes()?;
    if !meta.is_file() || meta.len() != new.len() as u64 {
        return Ok(false);
    }
    Ok(std::fs::read(path).is_ok_and(|old| old == *new))
}

/// Exchanges the complete new tree `new` with the output folder `output`;
/// gives where the old tree now is. Where the system exchanges two folders
/// in one step (Linux `renameat2(RENAME_EXCHANGE)`, macOS `RENAME_SWAP`),
/// readers see either the old site or the new one, never a mix or none.
fn swap(new: &Path, output: &Path) -> Result<PathBuf> {
    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, new, CWD, output, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(new.to_path_buf()),
            // A kernel or file system that cannot exchange: the fallback.
            Err(e) if [Errno::INVAL, Errno::NOSYS, Errno::NOTSUP].contains(&e) => {}
            Err(e) => return Err(Error::io("move into place", output)(e.into())),
        }
    }
    swap_by_renames(new, output, &beside(output, "old")?, |from, to| {
        std::fs::rename(from, to)
    })
}

/// The exchange without an atomic step: the old tree is renamed aside, the
/// new one into its place, and the old one back if that fails. For a moment
/// there is no output folder, but never a mix of two sites.
fn swap_by_renames(
    new: &Path,
    output: &Path,
    aside: &Path,
    rename: impl Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<PathBuf> {
    rename(output, aside).map_err(Error::io("move aside", output))?;
    if let Err(e) = rename(new, output) {
        return Err(match rename(aside, output) {
            Ok(()) => Error::io("move into place", output)(e),
            Err(source) => Error::OutputAside {
                output: output.to_path_buf(),
                aside: aside.to_path_buf(),
                source,
            },
        });
    }
    Ok(aside.to_path_buf())
}

/// How many files of the old tree `old` the new site no longer has: not
/// counting the marker, nor a file replaced by a folder of the same name or
/// one inside a folder replaced by a file (those were replaced, not
/// dropped).
fn count_dropped(old: &Path, files: &HashMap<String, bool>) -> usize {
    let folders: HashSet<&str> = files
        .keys()
        .flat_map(|rel| rel.match_indices('/').map(|(i, _)| &rel[..i]))
        .collect();
    let replaced = |rel: &str| {
        folders.contains(rel)
            || rel
                .match_indices('/')
                .any(|(i, _)| files.contains_key(&rel[..i]))
    };
    walkdir::WalkDir::new(old)
        .min_depth(1)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir())
        .filter(|e| {
            let rel = e.path().strip_prefix(old).unwrap_or(e.path());
            let rel = rel
                .to_string_lossy()
                .replace(std::path::MAIN_SEPARATOR, "/");
            rel != MARKER && !files.contains_key(&rel) && !replaced(&rel)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both renames of the fallback, the second failing: the old tree is
    /// back in place, whole, and the new one still beside it.
    #[test]
    fn the_fallback_puts_the_old_site_back_when_the_new_cannot_go_in() {
        let tmp = tempfile::tempdir().unwrap();
        let (new, out, aside) = (
            tmp.path().join("new"),
            tmp.path().join("public"),
            tmp.path().join("old"),
        );
        std::fs::create_dir_all(&new).unwrap();
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(new.join("index.html"), "new").unwrap();
        std::fs::write(out.join("index.html"), "old").unwrap();
        let failing = |from: &Path, to: &Path| {
            if from == new {
                Err(std::io::Error::other("disk full"))
            } else {
                std::fs::rename(from, to)
            }
        };
        let err = swap_by_renames(&new, &out, &aside, failing).unwrap_err();
        assert!(err.to_string().contains("move into place"), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        assert!(!aside.exists());
        // And when it works, the old tree is where it says.
        let old = swap_by_renames(&new, &out, &aside, |f, t| std::fs::rename(f, t)).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "new"
        );
        assert_eq!(
            std::fs::read_to_string(old.join("index.html")).unwrap(),
            "old"
        );
    }
}
