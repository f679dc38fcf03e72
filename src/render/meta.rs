//! Discovery metadata in every page's `<head>`: Open Graph, Dublin Core,
//! and links to the feed of the page's language and to a document's data
//! (the template is `meta.html`, included by `base.html`); and on a
//! regulation's page, schema.org `Legislation` as JSON-LD ([`Legislation`],
//! printed by `document.html`).

use serde::Serialize;

use super::i18n::I18n;
use crate::config::SiteConfig;
use crate::lang::Lang;

/// What `meta.html` prints besides the page's title, description and
/// canonical address (which every page already has).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct PageMeta {
    /// `og:type`: `article` for a document, `website` for the rest.
    pub og_type: &'static str,
    /// `og:locale` (`sv_SE`).
    pub locale: String,
    /// `og:locale:alternate`: the other languages the page is in.
    pub locale_alternates: Vec<String>,
    /// `DC.type`, from the DCMI Type Vocabulary: `Text` for a document or
    /// a plain page, `Collection` for a list of them.
    pub dc_type: &'static str,
    /// `DC.creator`: the organisation behind a document.
    pub creator: Option<String>,
    /// `DC.date`: a document's decision date (ISO 8601).
    pub date: Option<String>,
    /// The Atom feed of the page's language.
    pub feed_url: String,
    /// Its title.
    pub feed_title: String,
    /// A document's data (JSON).
    pub data_url: Option<String>,
}

impl PageMeta {
    /// The metadata of a page of `kind` in `lang` (a key), which also
    /// exists in languages tagged `other_tags`. A document's page then
    /// adds its own.
    pub fn new(
        config: &SiteConfig,
        i18n: &I18n,
        kind: &str,
        lang: &Lang,
        other_tags: &[&str],
        feed_url: String,
    ) -> Self {
        let locale = og_locale(lang.tag());
        // A variant shares its locale with its language (lättläst and
        // Swedish are both sv_SE): each locale is named once.
        let mut locale_alternates: Vec<String> = Vec::new();
        for l in other_tags.iter().map(|t| og_locale(t)) {
            if l != locale && !locale_alternates.contains(&l) {
                locale_alternates.push(l);
            }
        }
        PageMeta {
            og_type: "website",
            locale,
            locale_alternates,
            dc_type: match kind {
                "home" | "focus-index" | "focus-area" | "register" => "Collection",
                _ => "Text",
            },
            creator: None,
            date: None,
            feed_url,
            feed_title: feed_title(config, i18n, lang),
            data_url: None,
        }
    }
}

/// What a regulation's page says of it as schema.org `Legislation`.
pub struct Legislation<'a> {
    /// The document version shown.
    pub doc: &'a crate::model::Document,
    /// Its `författningsnummer`.
    pub number: &'a str,
    /// True when it applies on the build day: not repealed, not expired,
    /// and its `giltig från` (if any) has come.
    pub in_force: bool,
    /// The page's absolute address.
    pub url: &'a str,
    /// The BCP 47 tag of the page's language.
    pub lang_tag: &'a str,
    /// For a translation: the original's page (absolute).
    pub original_url: Option<String>,
}

impl Legislation<'_> {
    /// The JSON-LD, ready to sit in a `<script type="application/ld+json">`
    /// element: `<`, `>` and `&` are written as JSON escapes, so no text
    /// of the document can end the element.
    pub fn json_ld(&self) -> String {
        let doc = self.doc;
        let force = if self.in_force {
            "https://schema.org/InForce"
        } else {
            "https://schema.org/NotInForce"
        };
        let mut v = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": doc.title,
            "url": self.url,
            "inLanguage": self.lang_tag,
            "legislationIdentifier": self.number,
            "legislationLegalForce": force,
            "publisher": { "@type": "Organization", "name": doc.organisation },
        });
        if let Some(d) = doc.decided {
            v["legislationDate"] = d.to_string().into();
        }
        if let Some(by) = &doc.decided_by {
            v["legislationPassedBy"] = serde_json::json!({ "@type": "Organization", "name": by });
        }
        if let Some(c) = doc.last_major_change() {
            v["dateModified"] = c.date.to_string().into();
        }
        if let Some(crate::model::ValidUntil::Date(d)) = doc.valid_until {
            v["expires"] = d.to_string().into();
        }
        if let Some(url) = &self.original_url {
            v["translationOfWork"] = serde_json::json!({ "@id": url });
        }
        v.to_string()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }
}

/// The title of the Atom feed in `lang` (the feed itself and the pages'
/// links to it say the same).
pub fn feed_title(config: &SiteConfig, i18n: &I18n, lang: &Lang) -> String {
    i18n.t_with(
        lang,
        "feed-title",
        &[("site", config.title_in(lang).into())],
    )
}

/// `og:locale` for a language code: `language_TERRITORY`, as Open Graph
/// asks, with the territory where the language is mainly written for the
/// languages Swedish public bodies publish in most; a code that already
/// names a territory (`en-US`) keeps it; any other code is given as it is.
pub fn og_locale(code: &str) -> String {
    if let Some((lang, region)) = code.split_once(['-', '_']) {
        return format!("{}_{}", lang.to_lowercase(), region.to_uppercase());
    }
    let territory = match code {
        "sv" => "SE",
        "en" => "GB",
        "ar" => "AR",
        "fa" => "IR",
        "so" => "SO",
        "uk" => "UA",
        "fi" => "FI",
        "fit" => "SE",
        "se" => "NO",
        "da" => "DK",
        "nb" | "nn" => "NO",
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "pl" => "PL",
        "ru" => "RU",
        "tr" => "TR",
        "bs" => "BA",
        "hr" => "HR",
        "sr" => "RS",
        "ku" => "TR",
        "ti" => "ER",
        "am" => "ET",
        _ => return code.to_string(),
    };
    format!("{code}_{territory}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_a_territory() {
        assert_eq!(og_locale("sv"), "sv_SE");
        assert_eq!(og_locale("ar"), "ar_AR");
        assert_eq!(og_locale("en-us"), "en_US");
        assert_eq!(og_locale("se"), "se_NO");
        assert_eq!(og_locale("fit"), "fit_SE");
        assert_eq!(og_locale("xx"), "xx");
    }
}
