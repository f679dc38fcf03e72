//! The site's URL scheme: [`Addresses`], where every page and file is
//! published, and the path constants and percent-encoding it is made of.
//! Render, publish and serve use it; it is the one place that knows it.

use crate::config::SiteConfig;
use crate::lang::Lang;
use crate::model::{DocKey, FocusId};

/// Where the accessibility statement is published.
pub const ACCESSIBILITY_PATH: &str = "tillganglighet";

/// The Atom feed of each language, in that language's folder.
pub const FEED_FILE: &str = "flode.xml";

/// A document's data, beside its page.
pub const DOCUMENT_DATA_FILE: &str = "index.json";

/// The folder of the site-wide data files (`/api/documents.json` …).
pub const API_DIR: &str = "api";

/// Where the register of regulations is published.
pub const REGISTER_PATH: &str = "forfattningssamling";

/// The register of regulations as JSON and CSV, under `/api/`.
pub const REGISTER_JSON: &str = "register.json";
/// See [`REGISTER_JSON`].
pub const REGISTER_CSV: &str = "register.csv";

/// Where the search page is published ("sök").
pub const SEARCH_PATH: &str = "sok";

/// Where the search indexes are published, one folder per language.
pub const SEARCH_INDEX_PATH: &str = "pagefind";

/// The site's URL scheme: `/<path>/` in the default language,
/// `/<lang>/<path>/` in the others. All links are root-relative.
#[derive(Debug, Clone)]
pub struct Addresses {
    default_language: Lang,
    base_url: String,
}

impl Addresses {
    /// The scheme of `config`.
    pub fn new(config: &SiteConfig) -> Self {
        Addresses {
            default_language: config.default_language.clone(),
            base_url: config.base_url.clone(),
        }
    }

    /// The absolute address of a root-relative `url` (for feeds, the
    /// sitemap and data files, which are read away from the site).
    pub fn absolute(&self, url: &str) -> String {
        format!("{}{url}", self.base_url)
    }

    /// The file `name` in `lang`'s folder (`/flode.xml`, `/en/flode.xml`).
    pub fn file(&self, name: &str, lang: &str) -> String {
        let mut s = self.home(lang);
        s.push_str(name);
        s
    }

    /// The Atom feed of `lang`.
    pub fn feed(&self, lang: &str) -> String {
        self.file(FEED_FILE, lang)
    }

    /// A document's data (JSON), beside its page.
    pub fn document_data(&self, key: &DocKey, lang: &str) -> String {
        let mut s = self.document(key, lang);
        s.push_str(DOCUMENT_DATA_FILE);
        s
    }

    /// A site-wide file under `/api/` (`documents.json`, `schema/…`).
    pub fn api(&self, name: &str) -> String {
        format!("/{API_DIR}/{name}")
    }

    /// The path inside the output folder of the file at root-relative `url`
    /// (the file keeps its name as written: only the address is encoded).
    pub fn output_path(url: &str) -> String {
        decode(url.trim_start_matches('/')).into_owned()
    }

    /// The address of `path` (no leading or trailing slash; empty for the
    /// home page) in `lang`.
    pub fn page(&self, path: &str, lang: &str) -> String {
        let mut s = String::from("/");
        if lang != self.default_language {
            s.push_str(lang);
            s.push('/');
        }
        if !path.is_empty() {
            s.push_str(&encode(path));
            s.push('/');
        }
        s
    }

    /// An old address `path` (a site path, as `tidigare adresser` gives
    /// it) of a page in `lang`: in the other languages, under `/<lang>`.
    pub fn moved(&self, path: &str, lang: &str) -> String {
        if lang == self.default_language {
            path.to_string()
        } else {
            format!("/{lang}{path}")
        }
    }

    /// The register of regulations (författningssamling).
    pub fn register(&self, lang: &str) -> String {
        self.page(REGISTER_PATH, lang)
    }

    /// The home page.
    pub fn home(&self, lang: &str) -> String {
        self.page("", lang)
    }

    /// A document's page.
    pub fn document(&self, key: &DocKey, lang: &str) -> String {
        self.page(key.as_str(), lang)
    }

    /// A focus area's page.
    pub fn focus(&self, id: &FocusId, lang: &str) -> String {
        self.page(
            &format!("{}/{}", crate::content::discover::FOCUS_DIR, id),
            lang,
        )
    }

    /// The list of all focus areas.
    pub fn focus_index(&self, lang: &str) -> String {
        self.page(crate::content::discover::FOCUS_DIR, lang)
    }

    /// A plain page.
    pub fn plain_page(&self, slug: &str, lang: &str) -> String {
        self.page(
            &format!("{}/{}", crate::content::discover::PAGES_DIR, slug),
            lang,
        )
    }

    /// The accessibility statement.
    pub fn accessibility(&self, lang: &str) -> String {
        self.page(ACCESSIBILITY_PATH, lang)
    }

    /// A data file of `content/data/` (`befolkning.csv`), copied to the
    /// output as it is.
    pub fn data_file(&self, name: &str) -> String {
        format!("/{}/{}", crate::content::discover::DATA_DIR, encode(name))
    }

    /// A file under `content/` (`alfa/bilaga.pdf`), copied to the output as
    /// it is.
    pub fn content_file(&self, path: &str) -> String {
        format!("/{}", encode(path))
    }

    /// The search page.
    pub fn search(&self, lang: &str) -> String {
        self.page(SEARCH_PATH, lang)
    }

    /// The folder of the search index of `lang` (always at the root: the
    /// index is not a page in a language).
    pub fn search_index(lang: &str) -> String {
        format!("/{SEARCH_INDEX_PATH}/{lang}/")
    }

    /// The file that holds the page at `url`, relative to the output folder.
    pub fn file_of(url: &str) -> String {
        format!("{}index.html", Self::output_path(url))
    }
}

/// What a path may hold as it is in an address: the unreserved characters
/// of RFC 3986 and `/`. Everything else (a space, `å`, `ع`) is
/// percent-encoded as UTF-8, so that every address is a valid URL in a
/// sitemap, a feed and an `href`, whatever the file and folder names.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// `path` as it stands in an address (`vår plan` → `v%C3%A5r%20plan`).
pub fn encode(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::utf8_percent_encode(path, PATH).into()
}

/// An address's path as the names on disk are written. No file or folder
/// name holds a `%` (discovery refuses it), so decoding is unambiguous.
pub fn decode(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_follow_the_scheme() {
        let a = Addresses {
            default_language: "sv".into(),
            base_url: "https://x.se".into(),
        };
        assert_eq!(a.home("sv"), "/");
        assert_eq!(a.home("en"), "/en/");
        assert_eq!(a.document(&DocKey("v/s".into()), "sv"), "/v/s/");
        assert_eq!(a.document(&DocKey("v/s".into()), "ar"), "/ar/v/s/");
        assert_eq!(
            a.focus(&FocusId("arbete".into()), "en"),
            "/en/fokusomraden/arbete/"
        );
        assert_eq!(a.search("sv"), "/sok/");
        assert_eq!(a.search("ar"), "/ar/sok/");
        assert_eq!(Addresses::search_index("en"), "/pagefind/en/");
        assert_eq!(Addresses::file_of("/en/v/s/"), "en/v/s/index.html");
        assert_eq!(Addresses::file_of("/"), "index.html");
        assert_eq!(a.feed("sv"), "/flode.xml");
        assert_eq!(a.feed("en"), "/en/flode.xml");
        assert_eq!(
            a.document_data(&DocKey("v/s".into()), "ar"),
            "/ar/v/s/index.json"
        );
        assert_eq!(a.api("documents.json"), "/api/documents.json");
        assert_eq!(a.absolute("/en/"), "https://x.se/en/");
        assert_eq!(Addresses::output_path("/en/flode.xml"), "en/flode.xml");
    }
}
