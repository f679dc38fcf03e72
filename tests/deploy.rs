//! The deployment files in the repository say what the README promises:
//! build on every commit and every day, run `check` and `build` (which exit
//! 1 on any content error, failing the job), and publish `public/`.

fn yaml(path: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid YAML: {e}"))
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
    assert!(run.iter().any(|c| c.starts_with("cargo install --locked")));
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
}

#[test]
fn gitlab_ci_builds_every_commit_and_publishes_public_from_the_default_branch() {
    let ci = yaml(".gitlab-ci.yml");
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
}
