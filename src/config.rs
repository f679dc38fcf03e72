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
use crate::msg;

mod accessibility;

use accessibility::RawAccessibility;
pub use accessibility::{
    AccessibilityConfig, Assessment, Compliance, DIGG_REPORT_FORM, Problem, Reason,
};

/// The name of the configuration file in the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// The folders of the site root that the site is built from (with
/// [`CONFIG_FILE`], its sources): what `serve` watches, and what no output
/// folder may be, hold or lie inside.
pub const SOURCE_FOLDERS: [&str; 3] = ["content", "themes", "static"];

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
    /// The language's key in `site.toml`, e.g. `sv`, `ar`, `lattlast`: used
    /// in paths, file names, interface-string lookups and open data.
    pub code: String,
    /// The BCP 47 tag of its text (`code = "sv"` in the table; default the
    /// key): what `lang` attributes, `DC.language`, `og:locale` and feeds say.
    pub tag: String,
    /// Its `hreflang`: the tag, or for a variant that shares its tag with
    /// another language `<tag>-x-<key>` (`sv-x-lattlast`), so no two
    /// alternates of a page share one value; `None` when the key cannot be a
    /// private-use subtag (more than 8 letters or digits).
    pub hreflang: Option<String>,
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
    /// The browser editor, from `[cms]`: without it, no `/admin/`.
    pub cms: Option<CmsConfig>,
}

/// Where the browser editor (`/admin/`) saves: the git host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CmsBackend {
    /// GitHub (`repo`, `branch`; sign-in through `auth_url`).
    Github,
    /// GitLab, signed in with PKCE (`repo`, `branch`, `app_id`).
    Gitlab,
    /// Gitea or Forgejo (`repo`, `branch`, `api_root`).
    Gitea,
    /// Decap's local backend (`npx decap-server`), for testing.
    Local,
}

/// `[cms]`: the browser editor's backend.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CmsConfig {
    /// The git host.
    pub backend: CmsBackend,
    /// `owner/name` of the site's repository.
    pub repo: Option<String>,
    /// The branch edits are saved to.
    pub branch: Option<String>,
    /// GitLab: the OAuth application's id (PKCE needs no secret).
    pub app_id: Option<String>,
    /// The host's API address, for a self-hosted GitLab or Gitea.
    pub api_root: Option<String>,
    /// GitHub: the OAuth helper's address (Decap's `base_url`).
    pub auth_url: Option<String>,
}

impl CmsConfig {
    /// The origin of the git host's API, which the editor's page may
    /// connect to.
    pub fn api_host(&self) -> Option<String> {
        let origin = |url: &str| {
            let rest = url
                .split_once("://")
                .map(|(s, r)| (s, r.split('/').next().unwrap_or("")));
            rest.map(|(scheme, host)| format!("{scheme}://{host}"))
        };
        match (self.backend, &self.api_root) {
            (_, Some(root)) => origin(root),
            (CmsBackend::Github, None) => Some("https://api.github.com".into()),
            (CmsBackend::Gitlab, None) => Some("https://gitlab.com".into()),
            (CmsBackend::Gitea, None) | (CmsBackend::Local, None) => None,
        }
    }
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
    /// The stricter limits of easy-to-read variants, `[readability.easy]`.
    pub easy: EasyReadability,
}

impl Default for Readability {
    fn default() -> Self {
        Readability {
            lix_body: 50.0,
            lix_summary: 40.0,
            sentence_words: 25,
            easy: EasyReadability::default(),
        }
    }
}

/// `[readability.easy]`: the limits for a language variant (a language
/// whose key is not its `code`, such as lättläst). Easy-to-read Swedish
/// aims at LIX under 30 ("very easy") and short sentences.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EasyReadability {
    /// LIX limit of the text (default 30).
    pub lix_body: f64,
    /// LIX limit of the summary (default 30).
    pub lix_summary: f64,
    /// Words a sentence may have (default 15).
    pub sentence_words: usize,
}

impl Default for EasyReadability {
    fn default() -> Self {
        EasyReadability {
            lix_body: 30.0,
            lix_summary: 30.0,
            sentence_words: 15,
        }
    }
}

impl Readability {
    /// The limits for texts in `lang`: the easy ones for a variant.
    pub fn for_language(&self, lang: Option<&LanguageConfig>) -> Readability {
        match lang {
            Some(l) if l.is_variant() => Readability {
                lix_body: self.easy.lix_body,
                lix_summary: self.easy.lix_summary,
                sentence_words: self.easy.sentence_words,
                easy: self.easy,
            },
            _ => *self,
        }
    }
}

impl LanguageConfig {
    /// True for a variant of another language: its key is not its tag
    /// (`[languages.lattlast]` with `code = "sv"`).
    pub fn is_variant(&self) -> bool {
        !self.code.eq_ignore_ascii_case(&self.tag)
    }
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

    /// The BCP 47 tag of language `key`'s text (the key itself when the
    /// site has no such language).
    pub fn tag_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.language(key).map_or(key, |l| l.tag.as_str())
    }

    /// The `hreflang` of language `key`, `None` when it has none.
    pub fn hreflang_of(&self, key: &str) -> Option<&str> {
        self.language(key).and_then(|l| l.hreflang.as_deref())
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
    cms: Option<Spanned<CmsConfig>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: Option<String>,
    code: Option<Spanned<String>>,
    title: Option<String>,
    description: Option<String>,
    dir: Option<Direction>,
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
    "cms",
    "name",
    "code",
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

/// The `default_language` of the site in `root`, read without checking
/// the rest of `site.toml`: the language of styrdok's messages when
/// neither `--lang` nor the environment names one.
pub fn default_language_of(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("default_language")?.as_str().map(str::to_string)
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
            let d = diags.error(
                "config",
                span,
                msg!("config-unreadable", cause = msg.as_str()),
            );
            if let Some(unknown) = msg
                .strip_prefix("unknown field `")
                .and_then(|m| m.split('`').next())
                && let Some(s) = nearest(unknown, KNOWN_KEYS.iter().copied())
            {
                d.help(msg!("config-did-you-mean", suggestion = s));
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
                        msg!("config-missing", key = key),
                    )
                    .help(msg!("config-missing-help", key = key, example = example));
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
                msg!("config-base-url", base_url = base_url.as_str()),
            )
            .help(msg!("config-base-url-help"));
    }
    let mut languages = Vec::new();
    // Which of `languages` have no `dir` of their own.
    let mut dir_unset = Vec::new();
    for (code, lang) in &raw.languages {
        // A variant's key (it has its own `code`) is only a name for paths
        // and files; any other key is the language's tag.
        let key_ok = match lang.code {
            Some(_) => {
                !code.get_ref().is_empty()
                    && code
                        .get_ref()
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
            }
            None => code
                .get_ref()
                .parse::<unic_langid::LanguageIdentifier>()
                .is_ok(),
        };
        if !key_ok {
            ok = false;
            diags
                .error(
                    "config",
                    Span::line(file, at(code.span()).line),
                    msg!("config-language-code", code = code.get_ref()),
                )
                .help(msg!("config-language-code-help"));
            continue;
        }
        let code = code.get_ref();
        let tag = match &lang.code {
            None => code.clone(),
            Some(t) if is_language_tag(t.get_ref()) => t.get_ref().trim().to_string(),
            Some(t) => {
                ok = false;
                diags
                    .error(
                        "config",
                        at(t.span()),
                        msg!("config-language-tag", key = code, code = t.get_ref()),
                    )
                    .help(msg!("config-language-tag-help"));
                continue;
            }
        };
        dir_unset.push(lang.dir.is_none());
        languages.push(LanguageConfig {
            code: code.clone(),
            tag,
            hreflang: None,
            name: lang.name.clone().unwrap_or_else(|| code.clone()),
            dir: lang.dir.unwrap_or_default(),
            title: lang.title.clone(),
            description: lang.description.clone(),
        });
    }
    // A variant without its own `dir` writes the way its tag's language
    // does (lättläst like Swedish).
    for i in (0..languages.len()).filter(|i| dir_unset[*i]) {
        let l = &languages[i];
        if let Some(base) = languages
            .iter()
            .find(|b| b.code == l.tag && b.code != l.code)
        {
            languages[i].dir = base.dir;
        }
    }
    set_hreflangs(&mut languages);
    if !default_language.is_empty() {
        match languages.iter().position(|l| l.code == default_language) {
            Some(i) => {
                let d = languages.remove(i);
                languages.insert(0, d);
            }
            None if raw.languages.is_empty() => languages.push(LanguageConfig {
                code: default_language.clone(),
                tag: default_language.clone(),
                hreflang: Some(default_language.clone()),
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
                        Span::line(file, default_language_span.map_or(1, |s| at(s).line)),
                        msg!("config-default-language", lang = &default_language),
                    )
                    .help(msg!(
                        "config-default-language-help",
                        lang = &default_language
                    ));
            }
        }
    }
    let accessibility = match raw.accessibility {
        None => {
            diags
                .warning(
                    "no-accessibility-statement",
                    Span::line(file, 1),
                    msg!("no-accessibility-statement"),
                )
                .help(msg!("no-accessibility-statement-help"));
            None
        }
        Some(a) => {
            let statement = accessibility::build(a, &at, diags);
            ok &= statement.is_some();
            statement
        }
    };
    for code in &raw.check.allow {
        if !crate::diag::WARNING_CODES.contains(&code.get_ref().as_str()) {
            ok = false;
            let d = diags.error(
                "config",
                at(code.span()),
                msg!("config-allow-unknown", code = code.get_ref()),
            );
            match nearest(code.get_ref(), crate::diag::WARNING_CODES.iter().copied()) {
                Some(s) => d.help(msg!("did-you-mean", suggestion = s)),
                None => d.help(msg!(
                    "config-allow-list",
                    codes = crate::diag::WARNING_CODES.join(", ")
                )),
            };
        }
    }
    if let Some(cms) = &raw.cms {
        let c = cms.get_ref();
        let needs: &[(&str, bool)] = match c.backend {
            CmsBackend::Local => &[],
            CmsBackend::Github | CmsBackend::Gitea => &[("repo", c.repo.is_some())],
            CmsBackend::Gitlab => &[("repo", c.repo.is_some()), ("app_id", c.app_id.is_some())],
        };
        for (key, _) in needs.iter().filter(|(_, given)| !given) {
            ok = false;
            diags
                .error("config", at(cms.span()), format!("[cms] has no `{key}`"))
                .help(match *key {
                    "repo" => "add repo = \"owner/name\", the repository the site is built from",
                    _ => "add app_id = \"…\", the id of the GitLab application the editor signs in with",
                });
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
        cms: raw.cms.map(Spanned::into_inner),
    })
}

/// True when `s` is a well-formed BCP 47 language tag.
fn is_language_tag(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && !s.contains('_') && s.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// Gives each language its `hreflang`. A language whose tag no other
/// language shares, or whose key is its tag, has its tag; the others (the
/// variants: lättläst beside Swedish) have `<tag>-x-<key>`, a private-use
/// subtag, so two alternates of one page never share a value (search
/// engines drop both when they do). A key that cannot be a private-use
/// subtag (1–8 letters or digits) leaves the variant out of the alternates.
fn set_hreflangs(languages: &mut [LanguageConfig]) {
    let tags: Vec<String> = languages.iter().map(|l| l.tag.to_lowercase()).collect();
    for l in languages.iter_mut() {
        let lower = l.tag.to_lowercase();
        let shared = tags.iter().filter(|t| **t == lower).count() > 1;
        l.hreflang = if !shared || l.code.eq_ignore_ascii_case(&l.tag) {
            Some(l.tag.clone())
        } else if (1..=8).contains(&l.code.len())
            && l.code.chars().all(|c| c.is_ascii_alphanumeric())
        {
            Some(format!("{}-x-{}", l.tag, l.code.to_ascii_lowercase()))
        } else {
            None
        };
    }
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
        assert_eq!((l.tag.as_str(), l.is_variant()), ("sv", true));
        assert_eq!(c.tag_of("lattlast"), "sv");
        assert_eq!(c.hreflang_of("sv"), Some("sv"));
        assert_eq!(c.hreflang_of("lattlast"), Some("sv-x-lattlast"));
        // A key too long for a private-use subtag has no hreflang.
        assert_eq!(c.hreflang_of("enkelsvenska"), None);
        // A variant writes the way its code's language does.
        assert_eq!(c.language("arlatt").unwrap().dir, Direction::Rtl);
        assert_eq!(c.hreflang_of("arlatt"), Some("ar-x-arlatt"));
        assert!(!c.language("sv").unwrap().is_variant());
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
}
