//! Unit tests of reading `site.toml`.

use super::*;
use crate::diag::Diagnostics;

fn parse_str(text: &str) -> (Option<SiteConfig>, Diagnostics) {
    let mut d = Diagnostics::new();
    let c = parse(Path::new("/site"), text, &Overrides::default(), &mut d);
    (c, d)
}

#[test]
fn default_language_comes_first() {
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org/\"\ndefault_language = \"sv\"\n[languages.en]\nname = \"English\"\n[languages.sv]\nname = \"Svenska\"\n[languages.ar]\nname = \"العربية\"\ndir = \"rtl\"\n",
    );
    assert!(!d.has_errors(), "{d:?}");
    let c = c.unwrap();
    let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["sv", "en", "ar"]);
    assert_eq!(c.language("ar").unwrap().code.dir(), Direction::Rtl);
    assert_eq!(c.base_url, "https://x.org");
    assert_eq!(c.output_dir, Path::new("/site/public"));
}

#[test]
fn missing_and_misspelt_keys_are_errors_with_lines() {
    let (c, d) = parse_str("title = \"T\"\nbase_ulr = \"https://x.org\"\n");
    assert!(c.is_none());
    let all = d.sorted();
    assert_eq!(all[0].span.line, 2);
    assert_eq!(
        all[0].help_text(crate::messages::Lang::En).as_deref(),
        Some("did you mean `base_url`?")
    );
}

#[test]
fn relative_base_url_is_refused() {
    let (c, d) =
        parse_str("title = \"T\"\nbase_url = \"example.org\"\ndefault_language = \"sv\"\n");
    assert!(c.is_none());
    let errors: Vec<_> = d
        .sorted()
        .into_iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
        .collect();
    assert_eq!(errors[0].span.line, 2);
}

#[test]
fn accessibility_section() {
    let base = "title = \"T\"\nbase_url = \"https://x.org\"\ndefault_language = \"sv\"\n";
    let (c, d) = parse_str(&format!(
        "{base}[accessibility]\norganisation = \"X kommun\"\ncontact_email = \"a@x.org\"\ncompliance = \"partial\"\nassessment = \"self\"\nassessed = 2026-10-01\nupdated = 2026-11-01\nresponse_days = 5\n[[accessibility.problems]]\ndescription = \"PDF-bilagor\"\naffects = \"Skärmläsare\"\nreason = \"disproportionate-burden\"\n"
    ));
    assert!(!d.has_errors(), "{d:?}");
    let a = c.unwrap().accessibility.unwrap();
    assert_eq!(a.compliance, Compliance::Partial);
    assert_eq!(a.updated, jiff::civil::date(2026, 11, 1));
    assert_eq!(a.problems[0].reason, Reason::DisproportionateBurden);
    assert_eq!(a.supervisor_url, DIGG_REPORT_FORM);
    assert!(a.supervisor.contains("Digg"));
    let (c, d) = parse_str(&format!("{base}[accessibility]\norganisation = \"X\"\n"));
    assert!(c.is_none());
    let msgs: Vec<_> = d.sorted().iter().map(|d| d.message.clone()).collect();
    assert!(
        msgs.iter().any(|m| m.to_string().contains("contact_email")),
        "{msgs:?}"
    );
    assert_eq!(d.sorted()[0].span.line, 4);
}

fn first_error(d: &Diagnostics) -> crate::diag::Diagnostic {
    d.sorted()
        .into_iter()
        .find(|d| d.severity == crate::diag::Severity::Error)
        .cloned()
        .expect("an error")
}

#[test]
fn lines_come_from_where_a_key_stands_however_it_is_written() {
    // Dotted and quoted keys and inline tables name the line of the
    // value, not the first line that starts with the key's text.
    let (c, d) = parse_str(
        "title = \"T\"\n# base_url = \"https://x.org\"\n\"base_url\" = \"x.org\"\ndefault_language = \"sv\"\n",
    );
    assert!(c.is_none());
    assert_eq!(first_error(&d).span.line, 3);
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org\"\ndefault_language = \"en\"\nlanguages.en.name = \"English\"\nlanguages.x1.name = \"Bad\"\n",
    );
    assert!(c.is_none());
    assert_eq!(first_error(&d).span.line, 5, "{d:?}");
    assert!(first_error(&d).message.to_string().contains("\"x1\""));
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org\"\ndefault_language = \"sv\"\n\naccessibility = { organisation = \"X\" }\n",
    );
    assert!(c.is_none());
    assert_eq!(first_error(&d).span.line, 5);
    // A language table written inline, and the default language named
    // where it stands.
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org\"\n\n\ndefault_language = \"fi\"\nlanguages = { sv = { name = \"Svenska\" } }\n",
    );
    assert!(c.is_none());
    assert_eq!(first_error(&d).span.line, 5);
}

#[test]
fn a_variant_has_its_key_for_paths_and_its_code_for_text() {
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org\"\ndefault_language = \"sv\"\n[languages.sv]\nname = \"Svenska\"\n[languages.lattlast]\nname = \"Lättläst\"\ncode = \"sv\"\n[languages.ar]\nname = \"العربية\"\ndir = \"rtl\"\n[languages.arlatt]\ncode = \"ar\"\n[languages.enkelsvenska]\ncode = \"sv\"\n",
    );
    assert!(!d.has_errors(), "{d:?}");
    let c = c.unwrap();
    let l = c.language("lattlast").unwrap();
    assert_eq!((l.code.tag(), l.code.is_variant()), ("sv", true));
    assert_eq!(c.tag_of("lattlast"), "sv");
    assert_eq!(c.hreflang_of("sv"), Some("sv"));
    assert_eq!(c.hreflang_of("lattlast"), Some("sv-x-lattlast"));
    // A key too long for a private-use subtag has no hreflang.
    assert_eq!(c.hreflang_of("enkelsvenska"), None);
    // A variant writes the way its code's language does.
    assert_eq!(c.language("arlatt").unwrap().code.dir(), Direction::Rtl);
    assert_eq!(c.hreflang_of("arlatt"), Some("ar-x-arlatt"));
    assert!(!c.language("sv").unwrap().code.is_variant());
    let r = c.readability.for_language(Some(l));
    assert_eq!((r.lix_body, r.sentence_words), (30.0, 15));
    let r = c.readability.for_language(c.language("sv"));
    assert_eq!((r.lix_body, r.sentence_words), (50.0, 25));
}

#[test]
fn an_invalid_code_is_an_error_at_its_line() {
    let (c, d) = parse_str(
        "title = \"T\"\nbase_url = \"https://x.org\"\ndefault_language = \"sv\"\n[languages.sv]\nname = \"Svenska\"\n[languages.lattlast]\nname = \"Lättläst\"\ncode = \"svenska lätt\"\n",
    );
    assert!(c.is_none());
    let e = first_error(&d);
    assert_eq!(e.span.line, 8, "{e:?}");
    assert!(
        e.message.to_string().contains("svenska lätt"),
        "{}",
        e.message
    );
}

#[test]
fn the_description_is_the_default_languages_unless_a_language_has_its_own() {
    let (c, d) = parse_str(
        "title = \"T\"\ndescription = \"Kommunernas styrdokument\"\nbase_url = \"https://x.org\"\ndefault_language = \"sv\"\n[languages.sv]\nname = \"Svenska\"\n[languages.en]\nname = \"English\"\n[languages.ar]\nname = \"العربية\"\ndescription = \"وثائق\"\n",
    );
    assert!(!d.has_errors(), "{d:?}");
    let c = c.unwrap();
    assert_eq!(c.description_in("sv"), Some("Kommunernas styrdokument"));
    assert_eq!(c.description_in("en"), None);
    assert_eq!(c.description_in("ar"), Some("وثائق"));
}
