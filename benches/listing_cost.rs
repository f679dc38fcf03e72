//! What the listing pages cost to make (issue 18): the home page and the
//! focus-area pages, each as view, fingerprint and render, timed on a
//! large corpus loaded once. A measurement, not a check, so it is run by
//! hand, in release, on a corpus made by `benches/gen_corpus.py`:
//!
//! ```text
//! STYRDOK_CORPUS=/path/to/styrdok-10000 cargo bench --locked --bench listing_cost
//! ```
//!
//! It prints the median of 10 runs of each stage, per page.

use std::time::{Duration, Instant};

use styrdok::render::{Job, PageView, Renderer};
use styrdok::site::{Options, Report, prepare};

/// The allocator the binary uses (see `main.rs`): the views and Tera
/// allocate much, and glibc's malloc would be measured instead.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 10;

fn main() {
    let Ok(root) = std::env::var("STYRDOK_CORPUS") else {
        eprintln!("Set STYRDOK_CORPUS to a site made by benches/gen_corpus.py.");
        std::process::exit(2);
    };
    let opts = Options {
        root: root.into(),
        ..Default::default()
    };
    let mut report = Report::default();
    let prepared = prepare(&opts, &mut report, false)
        .expect("the corpus loads")
        .expect("the corpus has no errors");
    let site = prepared.site(&opts);
    let renderer = Renderer::new(&site, prepared.theme.templates.clone());
    let jobs = renderer.jobs();
    let homes: Vec<&Job> = jobs.iter().filter(|j| matches!(j, Job::Home(_))).collect();
    let focus: Vec<&Job> = jobs
        .iter()
        .filter(|j| matches!(j, Job::Focus(..)))
        .collect();
    // The chrome is rendered once per language: not part of what is timed.
    for job in &homes {
        renderer.render(&renderer.view(job).unwrap()).unwrap();
    }
    // `STYRDOK_PAGES=home` or `focus` measures those pages only.
    let only = std::env::var("STYRDOK_PAGES").unwrap_or_default();
    if only != "focus" {
        for job in &homes {
            let [view, print, render] = stages(&renderer, &[job]);
            println!("{job:?}: view {view:.1?}, fingerprint {print:.1?}, render {render:.1?}");
        }
    }
    if only == "home" {
        return;
    }
    let [view, print, render] = stages(&renderer, &focus);
    let n = focus.len() as u32;
    println!(
        "{n} focus-area pages, each on average: view {:.1?}, fingerprint {:.1?}, render {:.1?}",
        view / n,
        print / n,
        render / n
    );
}

/// The median over the runs (`STYRDOK_RUNS`, [`RUNS`] when unset) of
/// making `jobs`' pages: the views, their fingerprints, their HTML.
fn stages(renderer: &Renderer<'_>, jobs: &[&Job]) -> [Duration; 3] {
    let n = std::env::var("STYRDOK_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS);
    let mut runs: [Vec<Duration>; 3] = Default::default();
    for _ in 0..n {
        let mut took = [Duration::ZERO; 3];
        for job in jobs {
            let start = Instant::now();
            let view = view(renderer, job);
            let viewed = Instant::now();
            fingerprint(&view);
            let printed = Instant::now();
            render(renderer, &view);
            let rendered = Instant::now();
            took[0] += viewed - start;
            took[1] += printed - viewed;
            took[2] += rendered - printed;
        }
        for (run, t) in runs.iter_mut().zip(took) {
            run.push(t);
        }
    }
    runs.map(|mut r| {
        r.sort();
        r[r.len() / 2]
    })
}

// One function for each stage, never inlined, so that callgrind can count
// each one's instructions: `valgrind --tool=callgrind --collect-atstart=no
// --toggle-collect='*listing_cost::stages*'` on the test binary, then
// `callgrind_annotate --inclusive=yes`.

#[inline(never)]
fn view(renderer: &Renderer<'_>, job: &Job) -> PageView {
    renderer.view(job).unwrap()
}

#[inline(never)]
fn fingerprint(view: &PageView) {
    std::hint::black_box(view.fingerprint());
}

#[inline(never)]
fn render(renderer: &Renderer<'_>, view: &PageView) {
    std::hint::black_box(renderer.render(view).unwrap());
}
