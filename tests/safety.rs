//! Issue 14, "Safe on any machine": output folders that would destroy the
//! user's work are refused on where they lead, also with `--force`; a
//! publish is all or nothing; an output that is a symbolic link works
//! across file systems and a dangling one says why it cannot.
//!
//! The sites here live in `<tmp>/site`, so that `..` from a site is a
//! temporary folder: run against a styrdok without these refusals, the
//! forced builds empty only that. For the same reason `/` is tried with
//! `--force` only as the plain text `/` (which styrdok always refused); a
//! path leading there through `..` is tried without `--force` here, and
//! with it in the unit tests of `output::safety`, which only decide.

mod common;

use std::os::unix::fs::{MetadataExt, symlink};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{EPOCH_2026, TestSite, stderr};

/// The basic fixture in `<tmp>/site`, with a file of the user's beside it
/// (`<tmp>/notes.txt`); the returned site's root is `<tmp>`.
fn nested_site() -> TestSite {
    let fixture = TestSite::fixture("basic");
    let outer = TestSite {
        dir: tempfile::tempdir().unwrap(),
    };
    std::fs::rename(fixture.root(), outer.root().join("site")).unwrap();
    outer.write("notes.txt", "the user's own file");
    outer
}

/// `styrdok <args>` run in `cwd`, with HOME set only when given.
fn styrdok(cwd: &Path, home: Option<&Path>, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = Command::cargo_bin("styrdok").unwrap();
    cmd.env_clear()
        .env("LANG", "en_US.UTF-8")
        .env("SOURCE_DATE_EPOCH", EPOCH_2026)
        .current_dir(cwd)
        .args(args);
    if let Some(home) = home {
        cmd.env("HOME", home);
    }
    cmd.assert()
}

/// Every file and link under `dir`, with its bytes or target, sorted.
fn everything(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let bytes = if e.path_is_symlink() {
                std::fs::read_link(e.path())
                    .unwrap()
                    .into_os_string()
                    .into_encoded_bytes()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            (e.path().strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

/// The names whose bytes differ between two listings, or that only one has
/// (a readable failure instead of two listings of bytes).
fn differing<K: Ord + Clone>(before: &[(K, Vec<u8>)], after: &[(K, Vec<u8>)]) -> Vec<K> {
    let mut names: Vec<K> = before
        .iter()
        .filter(|entry| !after.contains(entry))
        .chain(after.iter().filter(|entry| !before.contains(entry)))
        .map(|(name, _)| name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Runs `build <args>` in `cwd` with and without `--force`, and checks
/// each is refused: exit status 1, `phrases` in the message (what was
/// refused and why), and not a file under `<tmp>` changed, removed or
/// added.
fn refused(tmp: &TestSite, cwd: &Path, home: Option<&Path>, args: &[&str], phrases: &[&str]) {
    let before = everything(tmp.root());
    for force in [false, true] {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        if force {
            all.push("--force");
        }
        let err = stderr(&styrdok(cwd, home, &all).code(1));
        for phrase in ["refusing to write to", "choose a folder of its own"]
            .iter()
            .chain(phrases)
        {
            assert!(
                err.contains(phrase),
                "{all:?}: expected {phrase:?} in:\n{err}"
            );
        }
        let changed = differing(&before, &everything(tmp.root()));
        assert!(changed.is_empty(), "{all:?} changed {changed:?}");
    }
}

/// A site built once, so that its `public/` is there to lose as well.
fn built_nested_site() -> (TestSite, PathBuf) {
    let tmp = nested_site();
    let site = tmp.root().join("site");
    styrdok(&site, None, &["build"]).success();
    assert!(site.join("public/index.html").exists());
    (tmp, site)
}

#[test]
fn refuses_the_folder_above_the_site() {
    let (tmp, site) = built_nested_site();
    let above = tmp.root().canonicalize().unwrap();
    refused(
        &tmp,
        &site,
        None,
        &["--output", ".."],
        &[
            &format!("it leads to {}", above.display()),
            "holds the site itself",
            "would delete the site's sources",
        ],
    );
}

#[test]
fn refuses_a_path_through_a_folder_back_to_the_site() {
    let (tmp, site) = built_nested_site();
    // public/ exists; nothing/ does not, and still leads back.
    for out in ["public/..", "nothing/.."] {
        let out = site.join(out);
        refused(
            &tmp,
            &site,
            None,
            &["--output", &out.to_string_lossy()],
            &["the site's own folder, which holds the site itself"],
        );
    }
}

#[test]
fn refuses_output_dir_dotdot_in_site_toml() {
    let (tmp, site) = built_nested_site();
    let toml = std::fs::read_to_string(site.join("site.toml")).unwrap();
    tmp.write("site/site.toml", &format!("output_dir = \"..\"\n{toml}"));
    refused(
        &tmp,
        tmp.root(),
        None,
        &["--root", "site"],
        &["a folder that holds the site itself"],
    );
}

#[test]
fn refuses_the_home_folder_through_a_link_or_dotdot() {
    let (tmp, site) = built_nested_site();
    let home = tmp.root().join("home");
    tmp.write("home/letter.txt", "private");
    symlink(&home, tmp.root().join("to-home")).unwrap();
    for out in [tmp.root().join("to-home"), home.join("docs/..")] {
        refused(
            &tmp,
            &site,
            Some(&home),
            &["--output", &out.to_string_lossy()],
            &["which is your home folder", "would delete your files"],
        );
    }
    // A folder holding the home folder is refused as well.
    refused(
        &tmp,
        &site,
        Some(&home.join("inner")),
        &["--output", &home.to_string_lossy()],
        &["a folder that holds your home folder"],
    );
}

#[test]
fn refuses_an_output_inside_the_sources() {
    let (tmp, site) = built_nested_site();
    tmp.write("site/static/robots.txt", "User-agent: *\n");
    for source in ["content", "themes", "static"] {
        refused(
            &tmp,
            &site,
            None,
            &["--output", &format!("{source}/public")],
            &[
                &format!("inside the site's {source}/"),
                "publish the previous output into the next",
            ],
        );
    }
}

#[test]
fn refuses_the_root_of_the_file_system() {
    let (tmp, site) = built_nested_site();
    refused(
        &tmp,
        &site,
        None,
        &["--output", "/"],
        &["it is the root of the file system"],
    );
    // Through `..`, unforced only: see the comment at the top.
    let up = format!("{}/", "../".repeat(site.components().count()));
    let err = stderr(&styrdok(&site, None, &["build", "--output", &up]).code(1));
    assert!(
        err.contains("it leads to /, which is the root of the file system"),
        "{err}"
    );
}

/// `chattr +i` on a path for the length of a test, undone (on the whole
/// site, where the flagged folder may have moved) even when it fails.
struct Immutable(PathBuf);

impl Immutable {
    fn set(path: &Path, undo_under: &Path) -> Immutable {
        let status = std::process::Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .expect("chattr (e2fsprogs) is needed to make a publish fail");
        assert!(
            status.success(),
            "chattr +i {} failed: this test needs root (CAP_LINUX_IMMUTABLE) and a file system with the flag (ext4, btrfs, xfs)",
            path.display()
        );
        Immutable(undo_under.to_path_buf())
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .args(["-R", "-i"])
            .arg(&self.0)
            .status();
    }
}

/// The names in `dir` beside the site's own: a staging or swapped-out
/// folder left behind would show here.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_publish_that_fails_leaves_the_previous_site_whole() {
    let site = TestSite::fixture("basic");
    site.build();
    let before = site.snapshot();
    let names_before = names(site.root());
    // Changes a page in alfa/ and the feed at the top: a publish moving
    // files one by one into the output folder moved the page, then failed
    // on the feed.
    site.replace(
        "content/alfa/strategi.md",
        "Alfa vill att fler",
        "Alfa vill att många fler",
    );
    // The output folder cannot be renamed or changed: the step that puts
    // the new site in place fails, after all of it was made.
    let guard = Immutable::set(&site.public(), site.root());
    let err = stderr(&site.cmd(&["build"]).code(1));
    drop(guard);
    assert!(err.contains("could not move into place"), "{err}");
    assert!(err.contains(&site.public().display().to_string()), "{err}");
    let changed = differing(&before, &site.snapshot());
    assert!(
        changed.is_empty(),
        "the previous output changed: {changed:?}"
    );
    assert_eq!(names_before, names(site.root()), "a folder was left beside");
    // Once it can, the whole new site goes in.
    site.build();
    assert!(site.page("/alfa/strategi/").source.contains("många fler"));
}

#[test]
fn a_folder_of_the_old_site_that_cannot_be_removed_is_named() {
    let site = TestSite::fixture("basic");
    site.build();
    site.replace("site.toml", "Teststrategier", "Nya strategier");
    // A folder inside the output cannot lose its files: the new site goes
    // in whole, and the old one cannot be removed afterwards.
    let guard = Immutable::set(&site.public().join("alfa"), site.root());
    let err = stderr(&site.cmd(&["build"]).code(1));
    let left: Vec<String> = names(site.root())
        .into_iter()
        .filter(|n| n.starts_with(".public.styrdok-"))
        .collect();
    drop(guard);
    assert!(err.contains("the new site is in place"), "{err}");
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(err.contains(&left[0]), "{err}");
    assert!(err.contains("remove that folder by hand"), "{err}");
    // Every page is the new one, none the old.
    let pages: Vec<_> = site
        .snapshot()
        .into_iter()
        .filter(|(rel, _)| rel.ends_with(".html"))
        .collect();
    assert!(pages.len() > 20, "{}", pages.len());
    for (rel, bytes) in pages {
        let html = String::from_utf8(bytes).unwrap();
        assert!(!html.contains("Teststrategier"), "{rel} is old");
        assert!(html.contains("Nya strategier"), "{rel} is not new");
    }
}

/// Each file's inode, by its path in the output.
fn inodes(out: &Path) -> std::collections::HashMap<PathBuf, u64> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let ino = e.metadata().unwrap().ino();
            (e.path().strip_prefix(out).unwrap().to_path_buf(), ino)
        })
        .collect()
}

#[test]
fn an_output_linked_to_another_file_system() {
    let site = TestSite::fixture("basic");
    let other = tempfile::tempdir_in("/dev/shm").expect("a tmpfs at /dev/shm");
    let dev = |p: &Path| std::fs::metadata(p).unwrap().dev();
    assert_ne!(
        dev(site.root()),
        dev(other.path()),
        "the test needs /dev/shm on another file system than the temporary folder"
    );
    let target = other.path().join("out");
    std::fs::create_dir(&target).unwrap();
    symlink(&target, site.public()).unwrap();
    site.build();
    let first = site.snapshot();
    let before = inodes(&target);
    site.replace("site.toml", "Teststrategier", "Nya strategier");
    site.build();
    assert_eq!(site.page("/").text("h1"), "Nya strategier");
    // The link stays a link, the site is where it leads, nothing beside.
    assert!(
        std::fs::symlink_metadata(site.public())
            .unwrap()
            .is_symlink()
    );
    assert!(target.join("index.html").is_file());
    assert_eq!(names(other.path()), ["out"]);
    assert_eq!(names(site.root()), ["content", "public", "site.toml"]);
    // Files whose bytes did not change are the same files.
    let after = inodes(&target);
    let same: Vec<_> = first
        .iter()
        .filter(|(rel, bytes)| std::fs::read(target.join(rel)).is_ok_and(|b| &b == bytes))
        .map(|(rel, _)| PathBuf::from(rel))
        .collect();
    assert!(!same.is_empty());
    for rel in same {
        assert_eq!(before[&rel], after[&rel], "{} was rewritten", rel.display());
    }
}

#[test]
fn a_dangling_link_as_output_says_why() {
    let site = TestSite::fixture("basic");
    let missing = site.root().join("gone/away");
    symlink(&missing, site.public()).unwrap();
    let err = stderr(&site.cmd(&["build"]).code(1));
    for phrase in [
        &format!(
            "{} is a symbolic link to {}",
            site.public().display(),
            missing.display()
        ),
        "which does not exist",
        "create that folder, or remove the link",
    ] {
        assert!(err.contains(phrase), "expected {phrase:?} in:\n{err}");
    }
    assert!(
        std::fs::symlink_metadata(site.public())
            .unwrap()
            .is_symlink()
    );
    assert!(!missing.exists());
}
