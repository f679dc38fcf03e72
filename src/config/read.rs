//! Reading `site.toml`: the file as written ([`RawConfig`]) and its checks,
//! which give a [`SiteConfig`] or diagnostics at the lines of the values.

use super::accessibility::{self, RawAccessibility};
use super::{
    CONFIG_FILE, CmsBackend, CmsConfig, Direction, LanguageConfig, MarkdownConfig, RawCheck,
    Readability, SearchConfig, SiteConfig,
};
use crate::lang::{self, Given, Lang};

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, LineIndex, Span, nearest};
use crate::error::{Error, Result};
use crate::msg;

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
    let (languages, languages_ok) = languages(
        &raw.languages,
        &default_language,
        default_language_span,
        &at,
        diags,
    );
    ok &= languages_ok;
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
    ok &= check_allow(&raw.check.allow, &at, diags);
    ok &= check_cms(raw.cms.as_ref(), &at, diags);
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
        default_language: languages[0].code.clone(),
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

/// The `[languages.xx]` tables, checked: each language with its tag, its
/// direction (a variant's from its base language when it has none) and its
/// `hreflang`, the default language first. False when one is wrong
/// (reported).
fn languages(
    raw: &IndexMap<Spanned<String>, RawLanguage>,
    default_language: &str,
    default_language_span: Option<std::ops::Range<usize>>,
    at: &dyn Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Diagnostics,
) -> (Vec<LanguageConfig>, bool) {
    let file = Path::new(CONFIG_FILE);
    let mut ok = true;
    let mut given = Vec::new();
    let mut tables = Vec::new();
    for (code, lang) in raw {
        if !lang::is_key(code.get_ref(), lang.code.is_some()) {
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
            Some(t) if lang::is_tag(t.get_ref()) => t.get_ref().trim().to_string(),
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
        given.push(Given {
            key: code.clone(),
            tag,
            dir: lang.dir,
        });
        tables.push(lang);
    }
    let mut languages: Vec<LanguageConfig> = lang::languages(&given)
        .into_iter()
        .zip(tables)
        .map(|(code, lang)| LanguageConfig {
            name: lang.name.clone().unwrap_or_else(|| code.to_string()),
            code,
            title: lang.title.clone(),
            description: lang.description.clone(),
        })
        .collect();
    if !default_language.is_empty() {
        match languages.iter().position(|l| l.code == default_language) {
            Some(i) => {
                let d = languages.remove(i);
                languages.insert(0, d);
            }
            None if raw.is_empty() => languages.push(LanguageConfig {
                code: Lang::new(default_language),
                name: default_language.to_string(),
                title: None,
                description: None,
            }),
            None => {
                ok = false;
                diags
                    .error(
                        "config",
                        Span::line(file, default_language_span.map_or(1, |s| at(s).line)),
                        msg!("config-default-language", lang = default_language),
                    )
                    .help(msg!(
                        "config-default-language-help",
                        lang = default_language
                    ));
            }
        }
    }
    (languages, ok)
}

/// The codes of `[check] allow`: each must be a warning's. False when one
/// is not (reported).
fn check_allow(
    allow: &[Spanned<String>],
    at: &dyn Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    for code in allow {
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
    ok
}

/// `[cms]`: the keys its backend needs. False when one is missing
/// (reported).
fn check_cms(
    cms: Option<&Spanned<CmsConfig>>,
    at: &dyn Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    if let Some(cms) = cms {
        let c = cms.get_ref();
        let needs: &[(&str, bool)] = match c.backend {
            CmsBackend::Local => &[],
            CmsBackend::Github | CmsBackend::Gitea => &[("repo", c.repo.is_some())],
            CmsBackend::Gitlab => &[("repo", c.repo.is_some()), ("app_id", c.app_id.is_some())],
        };
        for (key, _) in needs.iter().filter(|(_, given)| !given) {
            ok = false;
            diags
                .error(
                    "config",
                    at(cms.span()),
                    msg!("config-cms-missing", key = *key),
                )
                .help(match *key {
                    "repo" => msg!("config-cms-repo-help"),
                    _ => msg!("config-cms-app-id-help"),
                });
        }
    }
    ok
}
