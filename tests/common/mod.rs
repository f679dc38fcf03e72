//! Test helpers: build a site written in a temporary folder with the real
//! binary, then read its pages as parsed HTML.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use scraper::{Html, Selector};

/// 2026-01-01T00:00:00Z: the build day of every test build.
pub const EPOCH_2026: &str = "1767225600";

pub const SITE_TOML: &str = r#"title = "Teststrategier"
base_url = "https://test.example.org"
default_language = "sv"

[languages.sv]
name = "Svenska"
[languages.en]
name = "English"
[languages.ar]
name = "العربية"
dir = "rtl"
"#;

/// A site in a temporary folder.
pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    /// An empty site with the standard site.toml.
    pub fn new() -> Self {
        let s = TestSite {
            dir: tempfile::tempdir().unwrap(),
        };
        s.write("site.toml", SITE_TOML);
        s
    }

    /// A copy of the fixture `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Self {
        let s = TestSite {
            dir: tempfile::tempdir().unwrap(),
        };
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
            s.root(),
        );
        s
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    /// Replaces `from` (which must be there) by `to` in the file `rel`;
    /// gives the text as it was.
    pub fn replace(&self, rel: &str, from: &str, to: &str) -> String {
        let text = std::fs::read_to_string(self.root().join(rel)).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, &text.replace(from, to));
        text
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root().join(rel)).unwrap();
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// `styrdok <args> --root <site>` with a clean environment.
    pub fn cmd(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        run_in(self.root(), args)
    }

    /// Builds, expecting success.
    pub fn build(&self) -> assert_cmd::assert::Assert {
        self.cmd(&["build"]).success()
    }

    /// A built page, parsed (`/vargarda/strategi/` or `404.html`).
    pub fn page(&self, url: &str) -> Page {
        let rel = url.trim_start_matches('/');
        let file = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        };
        let path = self.public().join(&file);
        let html = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("no page {url} ({}): {e}", path.display()));
        Page {
            html: Html::parse_document(&html),
            source: html,
        }
    }

    /// Every file of the output, with its bytes, sorted.
    pub fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for e in walkdir::WalkDir::new(self.public()).sort_by_file_name() {
            let e = e.unwrap();
            if e.file_type().is_file() {
                let rel = e
                    .path()
                    .strip_prefix(self.public())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(e.path()).unwrap()));
            }
        }
        out
    }
}

/// `styrdok <args>` in English (`LANG=en_US.UTF-8`), with a clean
/// environment otherwise; the tests of Swedish messages use [`run_with`].
pub fn run_in(root: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    run_with(root, args, &[("LANG", "en_US.UTF-8")])
}

/// `styrdok <args>` with only `env` (and SOURCE_DATE_EPOCH) set: without
/// LANG, messages are in the site's default language.
pub fn run_with(root: &Path, args: &[&str], env: &[(&str, &str)]) -> assert_cmd::assert::Assert {
    let mut cmd = Command::cargo_bin("styrdok").unwrap();
    cmd.env_clear()
        .env("SOURCE_DATE_EPOCH", EPOCH_2026)
        .envs(env.iter().copied())
        .args(args);
    if matches!(args.first(), Some(&"build") | Some(&"check")) {
        cmd.arg("--root").arg(root);
    }
    cmd.assert()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// A parsed page.
pub struct Page {
    pub html: Html,
    pub source: String,
}

impl Page {
    fn sel(css: &str) -> Selector {
        Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
    }

    /// The elements matching `css`, as text with whitespace folded.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.html
            .select(&Self::sel(css))
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The text of the one element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let t = self.texts(css);
        assert_eq!(t.len(), 1, "expected one {css}, found {t:?}");
        t.into_iter().next().unwrap()
    }

    /// An attribute of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.html
            .select(&Self::sel(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    pub fn count(&self, css: &str) -> usize {
        self.html.select(&Self::sel(css)).count()
    }

    /// The decision block as (label, value) pairs.
    pub fn facts(&self) -> Vec<(String, String)> {
        let dts = self.texts(".facts dt");
        let dds = self.texts(".facts dd");
        dts.into_iter().zip(dds).collect()
    }

    pub fn fact(&self, label: &str) -> String {
        self.facts()
            .into_iter()
            .find(|(l, _)| l == label)
            .unwrap_or_else(|| panic!("no fact {label} in {:?}", self.facts()))
            .1
    }
}

/// stderr of a finished command, as text.
pub fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// Builds `site`, changes it with `edit`, builds again, and checks the
/// failure as a user meets it: exit status 1, `file_line` and `phrase` in
/// the message, the previous site byte for byte as it was, and `check`
/// reporting the same with exit status 1. Returns the build's message.
pub fn fails_after(
    site: &TestSite,
    edit: impl FnOnce(&TestSite),
    file_line: &str,
    phrase: &str,
) -> String {
    site.build();
    let before = site.snapshot();
    edit(site);
    let a = site.cmd(&["build"]).code(1);
    let err = stderr(&a);
    assert!(err.contains(file_line), "expected {file_line} in:\n{err}");
    assert!(err.contains(phrase), "expected {phrase:?} in:\n{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(before, site.snapshot(), "the previous output changed");
    let c = site.cmd(&["check"]).code(1);
    assert!(stderr(&c).contains(file_line), "{}", stderr(&c));
    err
}

/// Runs `tests/a11y/search.mjs` on the built site `public`: each case types
/// a query into a search page in Chromium, expects a result first, and runs
/// axe-core on what is shown. Fails the test unless all `count` queries
/// pass with no problem found.
pub fn search_in_the_browser(public: &Path, cases: &serde_json::Value, count: usize) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("cases.json");
    std::fs::write(&file, cases.to_string()).unwrap();
    let run = std::process::Command::new("node")
        .arg(manifest.join("tests/a11y/search.mjs"))
        .arg(public)
        .arg(&file)
        .output()
        .expect("node must be installed (tests/setup.sh)");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "the search test failed:\n{report}");
    assert!(
        report.contains(&format!("{count} queries × 2 colour schemes, 0 problem(s)")),
        "{report}"
    );
}

/// A running `styrdok serve`, stopped when dropped.
pub struct Server {
    pub child: std::process::Child,
    pub port: u16,
}

impl Drop for Server {
    /// Stops the server as a user would (SIGTERM), so it removes its
    /// private folder; killed if it has not stopped within 5 seconds.
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status();
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
