//! No input an editor can write makes styrdok panic: property tests over
//! front matter and Markdown, through every stage up to rendered HTML.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use styrdok::config::{self, Overrides};
use styrdok::content::{SourceFile, SourceKey, SourceKind, front_matter};
use styrdok::diag::Diagnostics;
use styrdok::{links, model, render};

const SITE: &str =
    "title='T'\nbase_url='https://x.org'\ndefault_language='sv'\n[languages.sv]\n[languages.en]\n";

/// Runs a document (and an English translation) through parsing, the
/// model, links and rendering.
fn pipeline(doc: &str, translation: &str) {
    pipeline_with_csv(doc, translation, "år;värde\n2019;16\n");
}

/// The same, with a data file `content/data/x.csv` holding `csv`.
fn pipeline_with_csv(doc: &str, translation: &str, csv: &str) {
    let mut d = Diagnostics::new();
    let config = config::parse(Path::new("/site"), SITE, &Overrides::default(), &mut d).unwrap();
    let files = [
        ("content/a/doc.md", SourceKind::Document, "a/doc", "sv", doc),
        (
            "content/a/doc.en.md",
            SourceKind::Document,
            "a/doc",
            "en",
            translation,
        ),
        (
            "content/fokusomraden/arbete.md",
            SourceKind::FocusArea,
            "arbete",
            "sv",
            "---\ntitel: Arbete\n---\n",
        ),
    ];
    let discovered: Vec<_> = files
        .iter()
        .map(|f| (SourceKey::new(f.1, f.2), f.3.into()))
        .collect();
    let parsed: Vec<_> = files
        .iter()
        .filter_map(|(path, kind, key, lang, text)| {
            front_matter::parse(
                SourceFile {
                    path: PathBuf::from(path),
                    kind: *kind,
                    key: key.to_string(),
                    lang: (*lang).into(),
                    text: text.to_string(),
                },
                &mut d,
            )
            .map(std::sync::Arc::new)
        })
        .collect();
    let data = vec![styrdok::content::DataFile {
        path: PathBuf::from("content/data/x.csv"),
        name: "x.csv".into(),
        text: Some(csv.to_string()),
    }];
    let corpus = model::build(parsed, &discovered, Vec::new(), data, &config, &mut d);
    let graph = links::resolve(&corpus, &config, &mut d);
    let _ = styrdok::readability::measure(&corpus, &config, &mut d);
    for doc in &corpus.documents {
        let _ = render::markdown::render(&doc.body, &Default::default(), false, &|_| None);
    }
    // A site without errors is rendered, every page (charts included).
    if !d.has_errors() {
        let theme = render::theme::load(&config, &mut d)
            .unwrap()
            .expect("the default theme compiles");
        let i18n = render::i18n::I18n::load(&theme.ftl, &config, &mut d);
        let site = render::Site::new(
            &config,
            &corpus,
            &graph,
            i18n,
            jiff::civil::date(2026, 1, 1),
        );
        let r = render::Renderer::new(&site, theme.templates.clone());
        for job in r.jobs() {
            r.render(&r.view(&job).unwrap()).unwrap();
        }
    }
    for diag in d.sorted() {
        assert!(diag.span.line >= 1);
        for lang in styrdok::messages::Lang::ALL {
            let _ = diag.render(Some(doc), false, lang);
        }
    }
}

fn yaml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("~".to_string()),
        Just("tills vidare".to_string()),
        Just("2023-02-30".to_string()),
        Just("2019-12-11".to_string()),
        Just("[arbete, x]".to_string()),
        Just("{a: b}".to_string()),
        Just("\"§ 170\"".to_string()),
        Just("&a x".to_string()),
        Just("*a".to_string()),
        Just("|\n  text".to_string()),
        "[^\n]{0,20}",
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("titel"),
        Just("typ"),
        Just("organisation"),
        Just("beslutad av"),
        Just("beslutad"),
        Just("giltig till"),
        Just("ansvarig"),
        Just("ersätter"),
        Just("sammanfattning"),
        Just("fokusområden"),
        Just("mål"),
        Just("giltig_till"),
        Just("x"),
    ]
    .prop_map(str::to_string)
}

fn front_matter() -> impl Strategy<Value = String> {
    let pair = (key(), yaml_value()).prop_map(|(k, v)| format!("{k}: {v}"));
    let goal =
        ("[a-z ]{0,6}", yaml_value(), yaml_value(), indicator()).prop_map(|(id, t, f, i)| {
            format!("  - id: {id}\n    titel: {t}\n    fokusområde: {f}\n    indikatorer:\n{i}")
        });
    (
        prop::collection::vec(pair, 0..10),
        prop::collection::vec(goal, 0..3),
    )
        .prop_map(|(pairs, goals)| {
            let mut s = pairs.join("\n");
            if !goals.is_empty() {
                s.push_str("\nmål:\n");
                s.push_str(&goals.join("\n"));
            }
            s
        })
}

/// An indicator: a name, or keys with a series, a data file or a Kolada id.
fn indicator() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just("16".to_string()),
        Just("16,4".to_string()),
        Just("-3.5".to_string()),
        Just("1e308".to_string()),
        Just("\"12 345\"".to_string()),
        Just("~".to_string()),
        Just("[1, 2]".to_string()),
        "[^\n:]{0,8}",
    ];
    let year = prop_oneof![Just("2019".to_string()), "[0-9]{1,5}", "[^\n:]{0,5}"];
    let point = (year, value).prop_map(|(y, v)| format!("          {y}: {v}"));
    let keys = (
        yaml_value(),
        prop_oneof![Just("procent"), Just("antal"), Just("kr"), Just("[x]")],
        prop_oneof![Just("N00914"), Just("X1"), Just("{a: b}")],
        prop::collection::vec(point, 0..5),
        prop_oneof![Just(""), Just("        data: x.csv\n"), Just("        data: y.csv\n"), Just("        enhte: x\n")],
    )
        .prop_map(|(name, unit, kolada, points, extra)| {
            format!(
                "      - namn: {name}\n        enhet: {unit}\n        kolada: {kolada}\n        serie:\n{}\n{extra}",
                points.join("\n")
            )
        });
    prop_oneof![
        yaml_value().prop_map(|t| format!("      - {t}")),
        keys,
        Just("      - [a, b]".to_string()),
    ]
}

fn markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("## Rubrik\n".to_string()),
        Just("# H1 {#boende}\n".to_string()),
        Just("| a | b |\n|:-|-:|\n| 1 | 2 |\n".to_string()),
        Just("[x](@/a/doc.md#m)".to_string()),
        Just("[x](@fokus/)".to_string()),
        Just("[x](../../../x.md)".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<script>x</script>".to_string()),
        Just("```yaml\ntitel: x\n```\n".to_string()),
        Just("[^1]\n\n[^1]: fot".to_string()),
        Just("![](bild.png)".to_string()),
        "\\PC{0,40}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn structured_input_never_panics(fm in front_matter(), body in markdown(), tfm in front_matter()) {
        pipeline(&format!("---\n{fm}\n---\n{body}"), &format!("---\n{tfm}\n---\n{body}"));
    }

    #[test]
    fn a_valid_document_with_any_indicator_never_panics(
        inds in prop::collection::vec(indicator(), 1..4),
        csv in prop_oneof![Just("år;värde\n2019;16\n2020;-1e3\n".to_string()), "(\\PC|\n|;){0,60}"],
        tr in prop::collection::vec(indicator(), 0..3),
    ) {
        let head = "titel: T\ntyp: plan\norganisation: O\nbeslutad av: KF\nbeslutad: 2020-01-01\ngiltig till: 2030-01-01\nansvarig: A\nmål:\n  - id: g\n    titel: G\n    fokusområde: arbete\n    indikatorer:\n";
        let doc = format!("---\n{head}{}\n---\nText.\n", inds.join("\n"));
        let translation = if tr.is_empty() {
            String::new()
        } else {
            format!("---\ntitel: T\nmål:\n  - id: g\n    indikatorer:\n{}\n---\n", tr.join("\n"))
        };
        pipeline_with_csv(&doc, &translation, &csv);
    }

    #[test]
    fn any_data_file_never_panics(fm in front_matter(), csv in "(\\PC|\n|;|,){0,120}") {
        pipeline_with_csv(&format!("---\n{fm}\n---\n"), "", &csv);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}", body in "(\\PC|\n){0,200}") {
        pipeline(&text, &format!("---\n{text}\n---\n{body}"));
        pipeline(&format!("---\n{text}\n---\n{body}"), "");
    }
}
