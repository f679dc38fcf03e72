//! Direction marks where they belong (issue 19): right-to-left pages keep a
//! Latin name's direction with `<bdi>` in HTML text, and no output file —
//! no attribute, feed, sitemap or open data — holds the invisible
//! isolation marks U+2066–U+2069.

mod common;

use common::TestSite;

const MARKS: [char; 4] = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// The basic fixture with Persian beside Arabic, a Persian translation,
/// and Arabic and Persian site titles.
fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.replace(
        "site.toml",
        "dir = \"rtl\"\n",
        "dir = \"rtl\"\ntitle = \"استراتيجيات الاختبار\"\n[languages.fa]\nname = \"فارسی\"\ntitle = \"راهبردهای آزمایشی\"\ndir = \"rtl\"\n",
    );
    site.write(
        "content/alfa/strategi.fa.md",
        "---\ntitel: راهبرد ادغام در شهرداری Alfa\nsammanfattning: Alfa می‌خواهد افراد بیشتری کار کنند.\nmål:\n  - id: fler-i-arbete\n    titel: افراد بیشتری در کار\n---\n",
    );
    site.build();
    site
}

#[test]
fn no_output_holds_isolation_marks() {
    let site = built();
    let files = site.snapshot();
    assert!(
        files.iter().any(|(p, _)| p.starts_with("fa/")),
        "no Persian pages"
    );
    let mut kinds = std::collections::BTreeSet::new();
    for (path, bytes) in &files {
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue;
        };
        kinds.insert(path.rsplit('.').next().unwrap_or("").to_string());
        if let Some(at) = text.find(MARKS) {
            let from = text[..at]
                .char_indices()
                .rev()
                .nth(40)
                .map_or(0, |(i, _)| i);
            panic!(
                "{path} holds an isolation mark: {:?}",
                &text[from..(at + 40).min(text.len())]
            );
        }
    }
    // The pages, the feeds, the sitemap and the open data were all read.
    for kind in ["html", "xml", "json"] {
        assert!(kinds.contains(kind), "no .{kind} file among {kinds:?}");
    }
}

#[test]
fn a_latin_name_in_right_to_left_text_is_isolated_with_bdi() {
    let site = built();
    for lang in ["ar", "fa"] {
        let p = site.page(&format!("/{lang}/tillganglighet/"));
        assert_eq!(p.attrs("html", "dir"), ["rtl"]);
        // The organisation's Swedish name inside the sentence keeps its
        // direction; the site's own right-to-left title needs no isolating.
        let lead = p
            .html
            .select(&scraper::Selector::parse(".lead").unwrap())
            .next()
            .unwrap()
            .inner_html();
        assert!(lead.contains("<bdi>Testkommunen</bdi>"), "{lang}: {lead}");
        assert!(
            !lead.contains("<bdi>استراتيجيات") && !lead.contains("<bdi>راهبردهای"),
            "{lang}: {lead}"
        );
        // Attributes hold plain text: the feed link's title.
        let title = p.attrs("link[type='application/atom+xml']", "title");
        assert!(!title[0].contains('<'), "{title:?}");
    }
    // Dates read in the language's order, with Western digits and no marks.
    let p = site.page("/ar/alfa/strategi/");
    assert!(p.source.contains(">15 مارس 2021</time>"), "no Arabic date");
    // Left-to-right text needs no <bdi> around a Latin name.
    let sv = site.page("/tillganglighet/");
    assert!(!sv.source.contains("<bdi>Testkommunen</bdi>"));
}
