//! Stage 6: output. The new site is made whole in a staging folder beside
//! the output folder and put in place in one step only when all of it was
//! made, so a failed build leaves the previous site exactly as it was
//! ([`publish`]); before that, [`safety`] refuses output folders that
//! could hold the user's own work.

use std::path::Path;

use crate::error::{Error, Result};

mod publish;
mod safety;

pub use publish::{Staging, Written};
pub use safety::{check_safe, resolve};

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
