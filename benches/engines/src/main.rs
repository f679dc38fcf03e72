//! Renders every page view of a site with Tera (styrdok's engine) and with
//! minijinja, on the same views and the default theme's templates, and
//! prints the median time of each. The views are made once, by styrdok, so
//! only the engines are timed: each gets a view and gives a page, as
//! `styrdok build` does (making the engine's values from the view is part
//! of the time for both).
//!
//! The templates are the default theme's, with the few changes minijinja's
//! syntax needs: `m.link(…)` for `m::link(…)`, no name after `endmacro` and
//! `endblock`, `r[0]` for `r.0`. `t()` calls styrdok's own function.
//! minijinja's HTML escaping also escapes `/`, so its pages are a little
//! longer; the markup is otherwise the same.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use styrdok::render::{Renderer, templates::TeraT};
use styrdok::site::{self, Options, Report};

const THEME: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../themes/default/templates"
);
const ROUNDS: usize = 5;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: styrdok-engines-bench SITE (a site root)");
        std::process::exit(2);
    };
    let opts = Options {
        root: root.into(),
        ..Options::default()
    };
    let mut report = Report::default();
    let Ok(Some(p)) = site::prepare(&opts, &mut report, false) else {
        eprintln!("the site has errors: run styrdok check");
        std::process::exit(1);
    };
    let data = styrdok::render::Site::new(&p.config, &p.corpus, &p.graph, p.i18n, site::today());
    let renderer = Renderer::new(&data, p.theme.templates.clone());
    let start = Instant::now();
    let views: Vec<_> = renderer
        .jobs()
        .par_iter()
        .map(|job| renderer.view(job).expect("view"))
        .collect();
    println!(
        "{} page views made in {:.2} s",
        views.len(),
        start.elapsed().as_secs_f64()
    );

    // minijinja's t() is styrdok's, on the same interface strings.
    let t = TeraT(std::sync::Arc::clone(renderer.i18n()));
    let mut env = minijinja::Environment::new();
    env.set_loader(|name| {
        let Ok(text) = std::fs::read_to_string(format!("{THEME}/{name}")) else {
            return Ok(None);
        };
        Ok(Some(for_minijinja(&text)))
    });
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.add_function("t", move |kwargs: minijinja::value::Kwargs| {
        let mut args: HashMap<String, serde_json::Value> = HashMap::new();
        for name in kwargs.args() {
            let value: minijinja::Value = kwargs.get(name)?;
            let value = serde_json::to_value(&value).map_err(|e| {
                minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
            })?;
            args.insert(name.to_string(), value);
        }
        let text = tera::Function::call(&t, &args).map_err(|e| {
            minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
        })?;
        Ok(minijinja::Value::from(
            text.as_str().unwrap_or_default().to_string(),
        ))
    });

    let tera = median(|| {
        views
            .par_iter()
            .map(|v| renderer.render(v).expect("tera").html.len())
            .sum()
    });
    let minijinja = median(|| {
        views
            .par_iter()
            .map(|v| {
                let template = env.get_template(v.template).expect("template");
                template.render(&v.ctx).expect("minijinja").len()
            })
            .sum()
    });
    for (name, (time, bytes)) in [("tera", tera), ("minijinja", minijinja)] {
        println!(
            "{name:<10} {:>6.2} s  ({} MB of HTML; median of {ROUNDS} rounds, {} threads)",
            time.as_secs_f64(),
            bytes / 1_000_000,
            rayon::current_num_threads()
        );
    }
}

/// The median time of [`ROUNDS`] runs of `f`, and what the last gave.
fn median(f: impl Fn() -> usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(ROUNDS);
    let mut out = 0;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        out = f();
        times.push(start.elapsed());
    }
    times.sort();
    (times[ROUNDS / 2], out)
}

/// A Tera template of the default theme in minijinja's syntax.
fn for_minijinja(text: &str) -> String {
    let text = text
        .replace("m::", "m.")
        .replace("ind::", "ind.")
        .replace("r.0", "r[0]")
        .replace("r.1", "r[1]");
    // `{%- endmacro link %}` becomes `{%- endmacro %}`, and so for endblock.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find("{%") {
        let Some(len) = rest[open..].find("%}") else {
            break;
        };
        let tag = &rest[open + 2..open + len];
        out.push_str(&rest[..open + 2]);
        let words = tag.trim_matches(|c: char| c == '-' || c.is_whitespace());
        match words.split_whitespace().next() {
            Some(end @ ("endmacro" | "endblock")) => {
                let dash = |yes: bool| if yes { "-" } else { "" };
                out.push_str(&format!(
                    "{} {end} {}",
                    dash(tag.starts_with('-')),
                    dash(tag.ends_with('-'))
                ));
            }
            _ => out.push_str(tag),
        }
        out.push_str("%}");
        rest = &rest[open + len + 2..];
    }
    out.push_str(rest);
    out
}
