//! Indicators with data: a series in the front matter or in a CSV file under
//! `content/data/` becomes a chart (inline SVG with a title and a
//! description) and a table of the numbers, written the reader's way; a
//! Kolada id becomes a link; every mistake stops the build naming its file
//! and line, and leaves the previous site as it was.

mod common;

use common::{TestSite, stderr};

const HEAD: &str = "---\ntitel: Gammas plan\ntyp: plan\norganisation: Gamma kommun\nbeslutad av: KF\nbeslutad: 2020-01-01\ngiltig till: 2030-01-01\nansvarig: A\nmål:\n  - id: arbete\n    titel: Fler i arbete\n    fokusområde: arbete\n    indikatorer:\n";

/// A document whose one goal has the indicator lines `indicators` (the first
/// of them on line 14).
fn doc(indicators: &str) -> String {
    format!("{HEAD}{indicators}---\n\nText.\n")
}

const SERIES: &str = "      - Andel i arbete\n      - namn: Andel utrikes födda\n        enhet: procent\n        källa: SCB\n        kolada: N00914\n        serie:\n          2019: 16,2\n          2017: 14,5\n          2018: 15\n";

const ENGLISH: &str = "---\ntitel: Gamma's plan\nmål:\n  - id: arbete\n    titel: More in work\n    indikatorer:\n      - Share in work\n      - namn: Share born abroad\n---\n";

/// The fixture with a document that has indicators with data.
fn site_with(indicators: &str) -> TestSite {
    let site = TestSite::fixture("basic");
    site.write("content/gamma/plan.md", &doc(indicators));
    site
}

/// The rows of the table of values: (year, value).
fn rows(p: &common::Page) -> Vec<(String, String)> {
    let years = p.texts("table.series tbody th");
    let values = p.texts("table.series tbody td");
    years.into_iter().zip(values).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn indicators_that_are_only_names_are_shown_as_before() {
    let site = TestSite::fixture("basic");
    site.build();
    let p = site.page("/alfa/strategi/");
    assert_eq!(
        p.texts("#fler-i-arbete .indicators li"),
        ["Andel utrikes födda i sysselsättning"]
    );
    assert!(
        p.source
            .contains("<li>Andel utrikes födda i sysselsättning</li>"),
        "a name alone is a plain list item"
    );
    assert_eq!(p.count("svg"), 0);
    assert_eq!(p.count("table.series"), 0);
    assert_eq!(
        site.page("/en/alfa/strategi/")
            .texts("#fler-i-arbete .indicators li"),
        ["Share of people born abroad in employment"]
    );
    assert_eq!(
        site.page("/fokusomraden/arbete/")
            .texts(".goal-table .indicators li"),
        ["Andel utrikes födda i sysselsättning"]
    );
}

#[test]
fn a_series_in_the_front_matter_gives_a_chart_and_a_table() {
    let site = site_with(SERIES);
    site.write("content/gamma/plan.en.md", ENGLISH);
    site.build();

    let p = site.page("/gamma/plan/");
    // The name-only indicator stays a plain item; the other has the rest.
    assert_eq!(
        p.text("#arbete .indicators > li:not(.indicator)"),
        "Andel i arbete"
    );
    assert_eq!(p.count("#arbete li.indicator svg"), 1);
    let svg = "#arbete li.indicator svg";
    assert_eq!(p.attrs(svg, "role"), ["img"]);
    let title_id = p.attrs(svg, "aria-labelledby").remove(0);
    let desc_id = p.attrs(svg, "aria-describedby").remove(0);
    assert_eq!(
        p.text(&format!("svg title#{title_id}")),
        "Andel utrikes födda"
    );
    let desc = p.text(&format!("svg desc#{desc_id}"));
    assert!(
        desc.contains("14,5 % (2017)") && desc.contains("16,2 % (2019)"),
        "the description states the first and the latest value: {desc}"
    );
    // Sorted by year, decimal comma, the same decimals in every row.
    assert_eq!(
        rows(&p),
        pairs(&[("2017", "14,5"), ("2018", "15,0"), ("2019", "16,2")])
    );
    assert_eq!(
        p.text("table.series caption"),
        "Andel utrikes födda: värden per år"
    );
    assert_eq!(p.texts("table.series thead th"), ["År", "Procent"]);
    assert_eq!(p.texts(".indicator-facts dt"), ["Enhet", "Källa"]);
    assert_eq!(p.texts(".indicator-facts dd"), ["procent", "SCB"]);
    assert_eq!(
        p.attrs(".indicator-links a", "href"),
        ["https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914"]
    );
    assert_eq!(p.text(".indicator-links a"), "Nyckeltal N00914 i Kolada");
    // The bars carry the values the Swedish way; the page has no inline style.
    // (The page's texts are read with spaces folded: the value and the
    // per cent sign are held together by a no-break space.)
    assert!(p.source.contains(">16,2\u{a0}%</text>"));
    assert!(!p.source.contains("style="));

    // The translation gives the names only and shows the original's numbers
    // the English way.
    let en = site.page("/en/gamma/plan/");
    assert_eq!(
        en.text("#arbete .indicators > li:not(.indicator)"),
        "Share in work"
    );
    assert_eq!(en.text(".indicator-name"), "Share born abroad");
    assert_eq!(
        rows(&en),
        pairs(&[("2017", "14.5"), ("2018", "15.0"), ("2019", "16.2")])
    );
    assert_eq!(en.texts("table.series thead th"), ["Year", "Per cent"]);
    let desc = en.text("#arbete svg desc");
    assert!(
        desc.contains("14.5% (2017)") && desc.contains("16.2% (2019)"),
        "{desc}"
    );
    assert_eq!(en.text(".indicator-links a"), "Key figure N00914 in Kolada");

    // Arabic has no translation: the original's page is listed, and the
    // focus area shows the latest value in every language.
    let focus = site.page("/fokusomraden/arbete/");
    let latest = focus.texts(".goal-table .indicator-latest");
    assert!(
        latest.contains(&"Senaste värde: 16,2 % (2019)".to_string())
            && latest.contains(&"Enhet: procent".to_string()),
        "{latest:?}"
    );
    let focus_en = site.page("/en/fokusomraden/arbete/");
    assert!(
        focus_en
            .texts(".goal-table .indicator-latest")
            .contains(&"Latest value: 16.2% (2019)".to_string())
    );
}

#[test]
fn a_series_in_a_csv_file_gives_a_chart_a_table_and_the_file() {
    let site =
        site_with("      - namn: Nyanlända\n        enhet: antal\n        data: nyanlanda.csv\n");
    // As a Swedish spreadsheet saves it: semicolons, a byte-order mark, CRLF.
    site.write(
        "content/data/nyanlanda.csv",
        "\u{feff}år;värde\r\n2020;12500\r\n2018;1234,5\r\n\r\n2019;-987\r\n",
    );
    site.write(
        "content/gamma/plan.en.md",
        "---\ntitel: Gamma's plan\nmål:\n  - id: arbete\n    indikatorer:\n      - Newly arrived\n---\n",
    );
    site.build();
    let p = site.page("/gamma/plan/");
    assert_eq!(
        rows(&p),
        pairs(&[
            ("2018", "1 234,5"),
            ("2019", "\u{2212}987,0"),
            ("2020", "12 500,0")
        ])
    );
    assert!(
        p.source.contains("<td>12\u{a0}500,0</td>"),
        "thousands are kept together"
    );
    assert_eq!(p.count("#arbete svg[role=img]"), 1);
    assert_eq!(p.count("#arbete svg .chart-bar"), 3);
    assert_eq!(
        p.attrs(".indicator-links a", "href"),
        ["/data/nyanlanda.csv"]
    );
    assert!(site.public().join("data/nyanlanda.csv").is_file());
    let en = site.page("/en/gamma/plan/");
    assert_eq!(
        rows(&en),
        pairs(&[
            ("2018", "1,234.5"),
            ("2019", "-987.0"),
            ("2020", "12,500.0")
        ])
    );
    assert_eq!(en.text(".indicator-name"), "Newly arrived");
    assert_eq!(en.texts(".indicator-facts dd"), ["number"]);
}

#[test]
fn english_keys_and_a_comma_separated_file_work_too() {
    let site = site_with(
        "      - name: Share\n        unit: '%'\n        source: SCB\n        data: share.csv\n",
    );
    site.write(
        "content/data/share.csv",
        "year,value\n2021,\"3,5\"\n2022,4\n",
    );
    site.build();
    let p = site.page("/gamma/plan/");
    assert_eq!(rows(&p), pairs(&[("2021", "3,5"), ("2022", "4,0")]));
    assert_eq!(p.texts(".indicator-facts dd"), ["procent", "SCB"]);
}

#[test]
fn a_markdown_file_in_the_data_folder_is_not_a_document() {
    let site = TestSite::fixture("basic");
    site.write("content/data/readme.md", &doc("      - X\n"));
    let a = site.cmd(&["build"]).code(1);
    let err = stderr(&a);
    assert!(err.contains("content/data/readme.md:1"), "{err}");
    assert!(err.contains("content/data/ holds the data files"), "{err}");
}

/// Builds the fixture with a good document with a series, breaks the site
/// with `edit`, builds again, and checks the failure: exit status 1,
/// `file_line` and `phrase` in the message, the previous site untouched.
fn fails(edit: impl FnOnce(&TestSite), file_line: &str, phrase: &str) -> String {
    let site = site_with(SERIES);
    site.write("content/data/x.csv", "år;värde\n2019;16\n2020;17\n");
    common::fails_after(&site, edit, file_line, phrase)
}

/// Rewrites the document with `indicators`.
fn write_doc(indicators: &'static str) -> impl FnOnce(&TestSite) {
    move |s: &TestSite| {
        s.write("content/gamma/plan.md", &doc(indicators));
    }
}

#[test]
fn an_unknown_key_is_named_with_its_line_and_the_right_one() {
    let err = fails(
        write_doc("      - namn: A\n        enhte: procent\n"),
        "content/gamma/plan.md:15:9",
        "unknown key \"enhte\" in an indicator",
    );
    assert!(err.contains("did you mean \"enhet\"?"), "{err}");
}

#[test]
fn a_value_that_is_not_a_number() {
    fails(
        write_doc("      - namn: A\n        serie:\n          2019: sexton\n"),
        "content/gamma/plan.md:16:17",
        "\"sexton\" is not a number",
    );
}

#[test]
fn a_value_with_its_unit_is_told_to_move_the_unit() {
    let err = fails(
        write_doc("      - namn: A\n        serie:\n          2019: 16 %\n"),
        "content/gamma/plan.md:16:17",
        "\"16 %\" is not a number",
    );
    assert!(err.contains("enhet: procent"), "{err}");
}

#[test]
fn a_bad_year() {
    fails(
        write_doc("      - namn: A\n        serie:\n          2019: 16\n          19: 17\n"),
        "content/gamma/plan.md:17:11",
        "\"19\" is not a year",
    );
}

#[test]
fn a_year_given_twice_in_the_front_matter() {
    fails(
        write_doc("      - namn: A\n        serie:\n          2019: 16\n          2019: 17\n"),
        "content/gamma/plan.md:17:11",
        "the year 2019 is given twice",
    );
    // The same year written once as a number and once as text.
    fails(
        write_doc("      - namn: A\n        serie:\n          2019: 16\n          \"2019\": 17\n"),
        "content/gamma/plan.md:17:11",
        "the year 2019 is given twice (also on line 16)",
    );
}

#[test]
fn a_bad_kolada_id() {
    let err = fails(
        write_doc("      - namn: A\n        kolada: N914\n"),
        "content/gamma/plan.md:15:17",
        "\"N914\" is not a Kolada id",
    );
    assert!(err.contains("N or U and five digits"), "{err}");
}

#[test]
fn an_indicator_without_a_name() {
    fails(
        write_doc("      - enhet: procent\n        serie:\n          2019: 16\n"),
        "content/gamma/plan.md:14:9",
        "this indicator has no \"namn\"",
    );
}

#[test]
fn a_missing_data_file() {
    let err = fails(
        write_doc("      - namn: A\n        data: y.csv\n"),
        "content/gamma/plan.md:15:15",
        "there is no data file content/data/y.csv",
    );
    assert!(err.contains("did you mean \"x.csv\"?"), "{err}");
}

#[test]
fn a_bad_row_in_a_data_file_names_the_files_own_line() {
    let with_csv = |csv: &'static str| {
        move |s: &TestSite| {
            s.write(
                "content/gamma/plan.md",
                &doc("      - namn: A\n        data: x.csv\n"),
            );
            s.write("content/data/x.csv", csv);
        }
    };
    fails(
        with_csv("år;värde\n2019;16\n2020;mycket\n"),
        "content/data/x.csv:3",
        "\"mycket\" is not a number",
    );
    fails(
        with_csv("år;värde\n2019;16\n2019;17\n"),
        "content/data/x.csv:3",
        "the year 2019 is given twice (also on line 2)",
    );
    fails(
        with_csv("år;värde\n2019;16\nnästa;17\n"),
        "content/data/x.csv:3",
        "\"nästa\" is not a year",
    );
    fails(
        with_csv("år;värde\n2019;16;1\n"),
        "content/data/x.csv:2",
        "this row has 3 column(s), the header 2",
    );
    let err = fails(
        with_csv("år;vrde\n2019;16\n"),
        "content/data/x.csv:1",
        "unknown column \"vrde\"",
    );
    assert!(err.contains("did you mean \"värde\"?"), "{err}");
}

#[test]
fn a_translation_that_gives_other_numbers() {
    let err = fails(
        |s| {
            s.write(
                "content/gamma/plan.en.md",
                "---\ntitel: Gamma's plan\nmål:\n  - id: arbete\n    indikatorer:\n      - Share in work\n      - namn: Share born abroad\n        serie:\n          2019: 17\n---\n",
            );
        },
        "content/gamma/plan.en.md:9:11",
        "another series than the original",
    );
    assert!(err.contains("written once, in the original"), "{err}");
}

#[test]
fn a_translation_may_repeat_the_originals_numbers() {
    let site = site_with(SERIES);
    site.write(
        "content/gamma/plan.en.md",
        "---\ntitel: Gamma's plan\nmål:\n  - id: arbete\n    indikatorer:\n      - Share in work\n      - namn: Share born abroad\n        enhet: '%'\n        kolada: n00914\n        serie: {2017: 14.5, 2018: 15, 2019: 16.2}\n---\n",
    );
    site.build();
    assert_eq!(
        rows(&site.page("/en/gamma/plan/")),
        pairs(&[("2017", "14.5"), ("2018", "15.0"), ("2019", "16.2")])
    );
}

#[test]
fn an_indicator_a_translation_leaves_out_keeps_its_numbers_and_language() {
    let site = site_with(SERIES);
    site.write(
        "content/gamma/plan.en.md",
        "---\ntitel: Gamma's plan\nmål:\n  - id: arbete\n    indikatorer:\n      - Share in work\n---\n",
    );
    site.build();
    let en = site.page("/en/gamma/plan/");
    assert_eq!(en.text(".indicator-name"), "Andel utrikes födda");
    assert_eq!(en.attrs(".indicator-name", "lang"), ["sv"]);
    assert_eq!(rows(&en).len(), 3);
    let check = site.cmd(&["check"]).success();
    assert!(
        stderr(&check).contains("warning[untranslated-indicator]"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn right_to_left_pages_keep_time_running_left_to_right() {
    let site = site_with(SERIES);
    site.write(
        "content/gamma/plan.ar.md",
        "---\ntitel: خطة Gamma\nmål:\n  - id: arbete\n    indikatorer:\n      - العمل\n      - نسبة المولودين في الخارج\n---\n",
    );
    site.build();
    let p = site.page("/ar/gamma/plan/");
    assert_eq!(p.attrs("svg.chart-svg", "direction"), ["ltr"]);
    assert_eq!(
        p.attrs("svg .chart-axis-title", "direction"),
        ["rtl", "rtl"]
    );
    // The years stand in order from left to right.
    let xs: Vec<f64> = p
        .attrs(".chart-years text", "x")
        .iter()
        .map(|x| x.parse().unwrap())
        .collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
}

#[test]
fn charts_are_the_same_on_every_build() {
    let site = site_with(SERIES);
    site.build();
    let first = site.snapshot();
    site.build();
    assert_eq!(first, site.snapshot());
}

/// The example site's one figure with a year, from the Vårgårda strategy:
/// "2019 är c:a 16 % av Vårgårdas befolkning utlandsfödda."
#[test]
fn the_example_site_shows_the_figure_its_seed_states() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    common::run_in(root, &["build", "--output", &out.to_string_lossy()]).success();
    let read = |url: &str| {
        let html = std::fs::read_to_string(out.join(url).join("index.html")).unwrap();
        common::Page {
            html: scraper::Html::parse_document(&html),
            source: html,
        }
    };
    let p = read("vargarda/strategi-for-integration");
    assert_eq!(rows(&p), pairs(&[("2019", "16")]));
    assert!(
        p.text("#god-gemenskap-och-sammanhallning svg desc")
            .contains("16 % år 2019")
    );
    assert!(p.text(".indicator-facts").contains("c:a 16 %"));
    let en = read("en/vargarda/strategi-for-integration");
    assert_eq!(
        en.text(".indicator-name"),
        "Share of Vårgårda's population born abroad"
    );
    assert_eq!(rows(&en), pairs(&[("2019", "16")]));
}
