//! The deployment files in the repository say what the README promises:
//! build on every commit and every day, run `check` and `build` (which exit
//! 1 on any content error, failing the job), and publish `public/`.

//!
//! The repository's own files build the example site with the styrdok of
//! the same commit; the files `styrdok init` writes for a new site download
//! a pinned release instead, checked against its SHA-256.

use std::path::Path;

mod common;

fn yaml(path: &str) -> serde_json::Value {
    yaml_at(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
}

fn yaml_at(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_saphyr::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", path.display()))
}

/// A new site made by `styrdok init` (the folder is kept while it lives).
fn new_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    common::run_in(tmp.path(), &["init", dir.to_str().unwrap()]).success();
    (tmp, dir)
}

/// The commands that fetch styrdok in a new site's CI file: the pinned
/// version of this styrdok, from its releases, checked before it is used.
fn downloads_the_pinned_release(run: &[String], version: &str) {
    let all = run.join("\n");
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    assert!(
        all.contains(&format!(
            "{}/releases/download/v$STYRDOK_VERSION/",
            env!("CARGO_PKG_REPOSITORY")
        )),
        "{all}"
    );
    let check = all.find("sha256sum -c").expect("the archive is checked");
    let unpack = all.find("tar -xJf").expect("the archive is unpacked");
    assert!(check < unpack, "{all}");
    assert!(!all.contains("cargo install"), "{all}");
}

fn commands(steps: &serde_json::Value) -> Vec<String> {
    steps
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str().or_else(|| s["run"].as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn github_actions_builds_every_commit_and_every_day_and_publishes_public() {
    let wf = yaml(".github/workflows/publish.yml");
    let run = github_builds_and_publishes(&wf);
    assert!(run.iter().any(|c| c.starts_with("cargo install --locked")));
}

#[test]
fn a_new_sites_github_workflow_downloads_a_pinned_release() {
    let (_tmp, site) = new_site();
    let wf = yaml_at(&site.join(".github/workflows/publish.yml"));
    let run = github_builds_and_publishes(&wf);
    downloads_the_pinned_release(&run, wf["env"]["STYRDOK_VERSION"].as_str().unwrap());
}

/// Checks a GitHub workflow; gives the commands of its build job.
fn github_builds_and_publishes(wf: &serde_json::Value) -> Vec<String> {
    let on = &wf["on"];
    assert!(on.get("push").is_some() && on.get("pull_request").is_some());
    let cron = on["schedule"][0]["cron"].as_str().unwrap();
    assert_eq!(cron.split_whitespace().count(), 5);
    assert!(cron.ends_with("* * *"), "daily: {cron}");

    let build = &wf["jobs"]["build"]["steps"];
    let run = commands(build);
    let check = run.iter().position(|c| c.ends_with("styrdok\" check"));
    let make = run.iter().position(|c| c.ends_with("styrdok\" build"));
    assert!(check.is_some() && make > check, "{run:?}");
    let upload = build
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        })
        .expect("public/ is handed to Pages");
    assert_eq!(upload["with"]["path"], "public");
    let deploy = &wf["jobs"]["deploy"];
    assert_eq!(deploy["needs"], "build");
    assert!(
        deploy["steps"][0]["uses"]
            .as_str()
            .unwrap()
            .starts_with("actions/deploy-pages")
    );
    run
}

#[test]
fn gitlab_ci_builds_every_commit_and_publishes_public_from_the_default_branch() {
    let ci = yaml(".gitlab-ci.yml");
    let run = gitlab_builds_and_publishes(&ci);
    assert!(run.iter().any(|c| c.starts_with("cargo install --locked")));
}

#[test]
fn a_new_sites_gitlab_ci_downloads_a_pinned_release() {
    let (_tmp, site) = new_site();
    let ci = yaml_at(&site.join(".gitlab-ci.yml"));
    let run = gitlab_builds_and_publishes(&ci);
    downloads_the_pinned_release(&run, ci["variables"]["STYRDOK_VERSION"].as_str().unwrap());
}

/// Checks a GitLab CI file; gives the commands of its pages job.
fn gitlab_builds_and_publishes(ci: &serde_json::Value) -> Vec<String> {
    for job in ["build", "pages"] {
        let run = commands(&ci[job]["script"]);
        let check = run.iter().position(|c| c.ends_with("styrdok check"));
        let make = run.iter().position(|c| c.ends_with("styrdok build"));
        assert!(check.is_some() && make > check, "{job}: {run:?}");
    }
    assert_eq!(ci["pages"]["artifacts"]["paths"][0], "public");
    assert!(
        ci["pages"]["rules"][0]["if"]
            .as_str()
            .unwrap()
            .contains("CI_DEFAULT_BRANCH")
    );
    commands(&ci["pages"]["script"])
}
