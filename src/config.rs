//! Site configuration: `site.toml` → [`SiteConfig`].
//!
//! Unknown keys are errors (with the line), so a misspelt setting is never
//! silently ignored. Here are the types; `read` reads the file into them.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

mod accessibility;
mod read;
#[cfg(test)]
mod tests;

pub use accessibility::{
    AccessibilityConfig, Assessment, Compliance, DIGG_REPORT_FORM, Problem, Reason,
};
pub use read::{Overrides, default_language_of, load, parse};

/// The name of the configuration file in the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// The folders of the site root that the site is built from (with
/// [`CONFIG_FILE`], its sources): what `serve` watches, and what no output
/// folder may be, hold or lie inside.
pub const SOURCE_FOLDERS: [&str; 3] = ["content", "themes", "static"];

pub use crate::lang::{Direction, Lang};

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageConfig {
    /// The language (`sv`, `ar`, `lattlast`), with its tag, direction and
    /// `hreflang`.
    pub code: Lang,
    /// The language's name in itself, e.g. `العربية`.
    pub name: String,
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
    /// The default language (the first of `languages`).
    pub default_language: Lang,
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
            Some(l) if l.code.is_variant() => Readability {
                lix_body: self.easy.lix_body,
                lix_summary: self.easy.lix_summary,
                sentence_words: self.easy.sentence_words,
                easy: self.easy,
            },
            _ => *self,
        }
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
        self.language(key).map_or(key, |l| l.code.tag())
    }

    /// The `hreflang` of language `key`, `None` when it has none.
    pub fn hreflang_of(&self, key: &str) -> Option<&str> {
        self.language(key).and_then(|l| l.code.hreflang())
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
