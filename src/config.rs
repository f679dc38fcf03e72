//! Site configuration: `site.toml` → [`SiteConfig`].
//!
//! Unknown keys are errors (with the line), so a misspelt setting is never
//! silently ignored.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, LineIndex, Span, nearest};
use crate::error::{Error, Result};

/// The name of the configuration file in the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Arabic, Persian, Hebrew …).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as in the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageConfig {
    /// The language code, e.g. `sv`, `ar`.
    pub code: String,
    /// The language's name in itself, e.g. `العربية`.
    pub name: String,
    /// Its writing direction.
    pub dir: Direction,
    /// The site's title in this language, when it differs from `title`.
    pub title: Option<String>,
    /// The site's description in this language, when it has its own.
    pub description: Option<String>,
}

/// The site's settings.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// The site root (the folder holding `site.toml`).
    pub root: PathBuf,
    /// The site's title.
    pub title: String,
    /// What the site is, in the default language (`description`): the home
    /// page's description there, instead of the theme's general words.
    pub description: Option<String>,
    /// Absolute base URL, without a trailing slash.
    pub base_url: String,
    /// The default language's code.
    pub default_language: String,
    /// The theme name; `default` is built into the binary.
    pub theme: String,
    /// Where the site is written (absolute, or relative to the current folder).
    pub output_dir: PathBuf,
    /// The languages, default language first, then as listed in `site.toml`.
    pub languages: Vec<LanguageConfig>,
    /// The accessibility statement's facts, from `[accessibility]`.
    pub accessibility: Option<AccessibilityConfig>,
    /// When `check` calls a text hard to read, from `[readability]`.
    pub readability: Readability,
    /// How Markdown is read, from `[markdown]`.
    pub markdown: MarkdownConfig,
    /// The search pages and index, from `[search]`.
    pub search: SearchConfig,
    /// The warnings `check` and `build` leave out, from `[check] allow`.
    pub allow: Vec<String>,
}

/// `[check]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawCheck {
    /// Codes of warnings not to report (`allow = ["readability"]`).
    allow: Vec<Spanned<String>>,
}

/// `[search]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SearchConfig {
    /// Build the search pages and their Pagefind index (on by default).
    /// The index is the most expensive part of a large site's build (about
    /// 4 s at 1,000 documents, minutes at 10,000): a very large site can
    /// turn it off and still list every document on its home page.
    pub enabled: bool,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig { enabled: true }
    }
}

/// `[markdown]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MarkdownConfig {
    /// Pass raw HTML in Markdown through as written. Off by default: raw
    /// HTML is sanitised (no scripts, event handlers, `javascript:` or
    /// inline styles). Turn on only when every author is trusted.
    pub trusted_html: bool,
}

/// `[readability]`: the thresholds of `styrdok check`'s plain-language report.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Readability {
    /// Warn when a document's text has a LIX above this (default 50).
    pub lix_body: f64,
    /// Warn when a summary has a LIX above this (default 40).
    pub lix_summary: f64,
    /// Flag sentences with more words than this (default 25).
    pub sentence_words: usize,
}

impl Default for Readability {
    fn default() -> Self {
        Readability {
            lix_body: 50.0,
            lix_summary: 40.0,
            sentence_words: 25,
        }
    }
}

/// How far a site meets the accessibility requirements (WCAG 2.1 AA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    /// Fully compliant.
    Full,
    /// Partially compliant: known problems are listed.
    Partial,
    /// Not compliant.
    None,
}

/// `[accessibility]`: what the accessibility statement
/// (tillgänglighetsredogörelse) says. Templates see it as it is, beside
/// the review date written the reader's way.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct AccessibilityConfig {
    /// Who is responsible for the site.
    pub organisation: String,
    /// Where to write about an accessibility problem.
    pub contact_email: String,
    /// A phone number, if any.
    pub contact_phone: Option<String>,
    /// A web form or page for reporting problems, if any.
    pub report_url: Option<String>,
    /// The supervising authority.
    pub supervisor: String,
    /// Its page about reporting a site.
    pub supervisor_url: String,
    /// Compliance status.
    pub compliance: Compliance,
    /// Known problems, when not fully compliant.
    pub known_issues: Vec<String>,
    /// The date of the last review (templates get it written per language).
    #[serde(skip)]
    pub reviewed: jiff::civil::Date,
}

/// `[accessibility]` as written; each value keeps its place in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccessibility {
    organisation: Option<String>,
    contact_email: Option<String>,
    contact_phone: Option<String>,
    report_url: Option<String>,
    supervisor: Option<String>,
    supervisor_url: Option<String>,
    compliance: Option<Compliance>,
    #[serde(default)]
    known_issues: Vec<String>,
    reviewed: Option<toml::Value>,
}

impl SiteConfig {
    /// The configuration of language `code`, if the site has it.
    pub fn language(&self, code: &str) -> Option<&LanguageConfig> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The site's title in `lang`.
    pub fn title_in(&self, lang: &str) -> &str {
        self.language(lang)
            .and_then(|l| l.title.as_deref())
            .unwrap_or(&self.title)
    }

    /// The site's own description in `lang`, when `site.toml` gives one
    /// (`description` is in the default language; another language has
    /// its own in its `[languages.xx]` table).
    pub fn description_in(&self, lang: &str) -> Option<&str> {
        match self.language(lang).and_then(|l| l.description.as_deref()) {
            Some(d) => Some(d),
            None if lang == self.default_language => self.description.as_deref(),
            None => None,
        }
    }

    /// The default language.
    pub fn default_lang(&self) -> &LanguageConfig {
        &self.languages[0]
    }

    /// The content folder.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    /// A path shown in messages: relative to the site root where possible.
    pub fn display_path(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }
}

/// `site.toml` as written. Values that a later check can find wrong are
/// [`Spanned`], so the message names their line whatever the way the key
/// was written (dotted, quoted or in an inline table).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    base_url: Option<Spanned<String>>,
    default_language: Option<Spanned<String>>,
    theme: Option<String>,
    output_dir: Option<PathBuf>,
    description: Option<String>,
    #[serde(default)]
    languages: IndexMap<Spanned<String>, RawLanguage>,
    accessibility: Option<Spanned<RawAccessibility>>,
    #[serde(default)]
    readability: Readability,
    #[serde(default)]
    markdown: MarkdownConfig,
    #[serde(default)]
    search: SearchConfig,
    #[serde(default)]
    check: RawCheck,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: Option<String>,
    title: Option<String>,
    description: Option<String>,
    #[serde(default)]
    dir: Direction,
}

/// The keys `site.toml` knows, at the top and in a language's table, for
/// "did you mean".
const KNOWN_KEYS: &[&str] = &[
    "title",
    "base_url",
    "default_language",
    "theme",
    "output_dir",
    "description",
    "languages",
    "accessibility",
    "readability",
    "markdown",
    "search",
    "check",
    "name",
    "dir",
];

/// Overrides from the command line.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--output DIR`.
    pub output_dir: Option<PathBuf>,
    /// `--base-url URL`.
    pub base_url: Option<String>,
}

/// Reads `site.toml` in `root`. Problems in the file are diagnostics; a file
/// that cannot be read at all is an [`Error`].
pub fn load(
    root: &Path,
    overrides: &Overrides,
    diags: &mut Diagnostics,
) -> Result<Option<SiteConfig>> {
    let path = root.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&path).map_err(Error::io("read", &path))?;
    Ok(parse(root, &text, overrides, diags))
}

/// Parses the text of `site.toml`.
pub fn parse(
    root: &Path,
    text: &str,
    overrides: &Overrides,
    diags: &mut Diagnostics,
) -> Option<SiteConfig> {
    let file = Path::new(CONFIG_FILE);
    let lines = LineIndex::new(text);
    let at = |span: std::ops::Range<usize>| {
        let (line, col) = lines.line_col(text, span.start);
        Span::at(file, line, col)
    };
    let raw: RawConfig = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().map_or(Span::at(file, 1, 1), &at);
            let msg = e.message().to_string();
            let d = diags.error("config", span, format!("site.toml cannot be read: {msg}"));
            if let Some(unknown) = msg
                .strip_prefix("unknown field `")
                .and_then(|m| m.split('`').next())
                && let Some(s) = nearest(unknown, KNOWN_KEYS.iter().copied())
            {
                d.help(format!("did you mean `{s}`?"));
            }
            return None;
        }
    };
    let mut ok = true;
    let mut require = |value: Option<String>, key: &str, example: &str| -> String {
        match value
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
        {
            Some(v) => v,
            None => {
                ok = false;
                diags
                    .error(
                        "config",
                        Span::line(file, 1),
                        format!("site.toml has no `{key}`"),
                    )
                    .help(format!("add a line such as: {key} = \"{example}\""));
                String::new()
            }
        }
    };
    let base_url_span = raw.base_url.as_ref().map(|v| v.span());
    let default_language_span = raw.default_language.as_ref().map(|v| v.span());
    let title = require(raw.title, "title", "Integrationsstrategier");
    let base_url = require(
        overrides
            .base_url
            .clone()
            .or(raw.base_url.map(Spanned::into_inner)),
        "base_url",
        "https://example.org",
    );
    let default_language = require(
        raw.default_language.map(Spanned::into_inner),
        "default_language",
        "sv",
    );
    if !(base_url.is_empty() || base_url.starts_with("https://") || base_url.starts_with("http://"))
    {
        ok = false;
        diags
            .error(
                "config",
                base_url_span.map_or(Span::line(file, 1), &at),
                format!("`base_url` must be an absolute address, but it is \"{base_url}\""),
            )
            .help("write the full address, starting with https://, e.g. base_url = \"https://example.org\"");
    }
    let mut languages = Vec::new();
    for (code, lang) in &raw.languages {
        if code
            .get_ref()
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
        {
            ok = false;
            diags
                .error(
                    "config",
                    Span::line(file, at(code.span()).line),
                    format!("\"{}\" is not a language code", code.get_ref()),
                )
                .help("use a code such as sv, en, ar, fa, so, uk (BCP 47)");
            continue;
        }
        let code = code.get_ref();
        languages.push(LanguageConfig {
            code: code.clone(),
            name: lang.name.clone().unwrap_or_else(|| code.clone()),
            dir: lang.dir,
            title: lang.title.clone(),
            description: lang.description.clone(),
        });
    }
    if !default_language.is_empty() {
        match languages.iter().position(|l| l.code == default_language) {
            Some(i) => {
                let d = languages.remove(i);
                languages.insert(0, d);
            }
            None if raw.languages.is_empty() => languages.push(LanguageConfig {
                code: default_language.clone(),
                name: default_language.clone(),
                dir: Direction::Ltr,
                title: None,
                description: None,
            }),
            None => {
                ok = false;
                diags
                    .error(
                        "config",
                        Span::line(
                            file,
                            default_language_span.map_or(1, |s| at(s).line),
                        ),
                        format!("the default language \"{default_language}\" is not listed under [languages]"),
                    )
                    .help(format!("add a section [languages.{default_language}] with name = \"…\""));
            }
        }
    }
    let accessibility = match raw.accessibility {
        None => {
            diags
                .warning(
                    "no-accessibility-statement",
                    Span::line(file, 1),
                    "the site has no accessibility statement (tillgänglighetsredogörelse), which Swedish law requires of public-sector sites",
                )
                .help("add an [accessibility] section with organisation, contact_email, compliance and reviewed");
            None
        }
        Some(a) => {
            let span = Span::line(file, at(a.span()).line);
            let a = a.into_inner();
            let mut missing = |what: &str, example: &str| {
                ok = false;
                diags
                    .error(
                        "config",
                        span.clone(),
                        format!("[accessibility] has no `{what}`"),
                    )
                    .help(format!(
                        "add {what} = {example}; the accessibility statement needs it"
                    ));
            };
            let reviewed = match &a.reviewed {
                Some(toml::Value::Datetime(d)) => d.date.map(|d| d.to_string()),
                Some(toml::Value::String(s)) => Some(s.clone()),
                _ => None,
            }
            .and_then(|s| jiff::civil::Date::strptime("%Y-%m-%d", &s).ok());
            if a.organisation.is_none() {
                missing("organisation", "\"Exempelby kommun\"");
            }
            if a.contact_email.is_none() {
                missing("contact_email", "\"tillganglighet@example.org\"");
            }
            if a.compliance.is_none() {
                missing("compliance", "\"full\" (or \"partial\" or \"none\")");
            }
            if reviewed.is_none() {
                missing("reviewed", "2026-11-01 (the date of the last review)");
            }
            match (a.organisation, a.contact_email, a.compliance, reviewed) {
                (Some(organisation), Some(contact_email), Some(compliance), Some(reviewed)) => {
                    Some(AccessibilityConfig {
                        organisation,
                        contact_email,
                        contact_phone: a.contact_phone,
                        report_url: a.report_url,
                        supervisor: a.supervisor.unwrap_or_else(|| {
                            "Myndigheten för digital förvaltning (Digg)".to_string()
                        }),
                        supervisor_url: a
                            .supervisor_url
                            .unwrap_or_else(|| "https://www.digg.se/tdosanmalan".to_string()),
                        compliance,
                        known_issues: a.known_issues,
                        reviewed,
                    })
                }
                _ => None,
            }
        }
    };
    for code in &raw.check.allow {
        if !crate::diag::WARNING_CODES.contains(&code.get_ref().as_str()) {
            ok = false;
            let d = diags.error(
                "config",
                at(code.span()),
                format!(
                    "[check] allow names \"{}\", which is not a warning",
                    code.get_ref()
                ),
            );
            match nearest(code.get_ref(), crate::diag::WARNING_CODES.iter().copied()) {
                Some(s) => d.help(format!("did you mean \"{s}\"?")),
                None => d.help(format!(
                    "the warnings are: {}; errors cannot be allowed",
                    crate::diag::WARNING_CODES.join(", ")
                )),
            };
        }
    }
    if !ok {
        return None;
    }
    let output_dir = overrides
        .output_dir
        .clone()
        .unwrap_or_else(|| root.join(raw.output_dir.unwrap_or_else(|| PathBuf::from("public"))));
    Some(SiteConfig {
        root: root.to_path_buf(),
        title,
        description: raw
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        base_url: base_url.trim_end_matches('/').to_string(),
        default_language,
        theme: raw.theme.unwrap_or_else(|| "default".to_string()),
        output_dir,
        languages,
        accessibility,
        readability: raw.readability,
        markdown: raw.markdown,
        search: raw.search,
        allow: raw
            .check
            .allow
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(c.language("ar").unwrap().dir, Direction::Rtl);
        assert_eq!(c.base_url, "https://x.org");
        assert_eq!(c.output_dir, Path::new("/site/public"));
    }

    #[test]
    fn missing_and_misspelt_keys_are_errors_with_lines() {
        let (c, d) = parse_str("title = \"T\"\nbase_ulr = \"https://x.org\"\n");
        assert!(c.is_none());
        let all = d.sorted();
        assert_eq!(all[0].span.line, 2);
        assert_eq!(all[0].help.as_deref(), Some("did you mean `base_url`?"));
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
            "{base}[accessibility]\norganisation = \"X kommun\"\ncontact_email = \"a@x.org\"\ncompliance = \"partial\"\nknown_issues = [\"PDF-bilagor\"]\nreviewed = 2026-11-01\n"
        ));
        assert!(!d.has_errors(), "{d:?}");
        let a = c.unwrap().accessibility.unwrap();
        assert_eq!(a.compliance, Compliance::Partial);
        assert_eq!(a.reviewed, jiff::civil::date(2026, 11, 1));
        assert!(a.supervisor.contains("Digg"));
        let (c, d) = parse_str(&format!("{base}[accessibility]\norganisation = \"X\"\n"));
        assert!(c.is_none());
        let msgs: Vec<_> = d.sorted().iter().map(|d| d.message.clone()).collect();
        assert!(msgs.iter().any(|m| m.contains("contact_email")), "{msgs:?}");
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
        assert!(first_error(&d).message.contains("\"x1\""));
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
}
