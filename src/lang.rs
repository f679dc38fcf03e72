//! A language of the site: [`Lang`], its key in `site.toml` (`sv`, `ar`,
//! `lattlast`) together with what the key decides — the BCP 47 tag of its
//! text, its writing direction and its `hreflang`. [`crate::config`] makes
//! each once ([`languages`]); every later stage passes it on as a cheap
//! handle (one reference count), compares it with a key written as text and
//! looks it up in maps by `&str`.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::Deserialize;

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

/// One language of the site, by its key.
///
/// The key is what paths, file names (`plan.en.md`, `/en/plan/`),
/// interface-string lookups and open data say; it is checked when the
/// configuration is read ([`is_key`]) to be a language tag or, for a
/// variant, letters, digits and `-`, so it appears in a path as it is.
/// Two `Lang`s are equal, ordered and hashed as their keys are (a key is
/// unique in a site, so it decides the rest), and a `Lang` equals the same
/// key written as `&str` or `String`.
#[derive(Clone)]
pub struct Lang(Arc<Info>);

#[derive(PartialEq, Eq)]
struct Info {
    key: Box<str>,
    tag: Box<str>,
    dir: Direction,
    hreflang: Option<Box<str>>,
}

impl Lang {
    /// A language known only by its key: its tag is the key, it is written
    /// left to right, and its `hreflang` is the key. A site without
    /// `[languages]` has its default language so.
    pub fn new(key: &str) -> Lang {
        Lang(Arc::new(Info {
            key: key.into(),
            tag: key.into(),
            dir: Direction::Ltr,
            hreflang: Some(key.into()),
        }))
    }

    /// The key (`lattlast`).
    pub fn as_str(&self) -> &str {
        &self.0.key
    }

    /// The BCP 47 tag of its text (`sv` for `lattlast`): what `lang`
    /// attributes, `DC.language`, `og:locale` and feeds say.
    pub fn tag(&self) -> &str {
        &self.0.tag
    }

    /// Its writing direction.
    pub fn dir(&self) -> Direction {
        self.0.dir
    }

    /// Its `hreflang`: the tag, or for a variant that shares its tag with
    /// another language `<tag>-x-<key>` (`sv-x-lattlast`), so that no two
    /// alternates of a page share one value; `None` when the key cannot be
    /// a private-use subtag (more than 8 letters or digits).
    pub fn hreflang(&self) -> Option<&str> {
        self.0.hreflang.as_deref()
    }

    /// True for a variant of another language: its key is not its tag
    /// (`[languages.lattlast]` with `code = "sv"`).
    pub fn is_variant(&self) -> bool {
        !self.0.key.eq_ignore_ascii_case(&self.0.tag)
    }
}

/// A language as `site.toml` gives it, before [`languages`] completes it.
#[derive(Debug, Clone)]
pub struct Given {
    /// The key of its table (`lattlast`).
    pub key: String,
    /// Its `code` (the key when it has none).
    pub tag: String,
    /// Its `dir`, if it has one.
    pub dir: Option<Direction>,
}

/// The site's languages from those `site.toml` gives, in the same order.
/// A variant without its own `dir` writes the way its tag's language does
/// (lättläst like Swedish). A language whose tag no other language shares,
/// or whose key is its tag, has its tag as `hreflang`; the others (the
/// variants: lättläst beside Swedish) have `<tag>-x-<key>`, a private-use
/// subtag, so two alternates of one page never share a value (search
/// engines drop both when they do). A key that cannot be a private-use
/// subtag (1–8 letters or digits) leaves the variant out of the alternates.
pub fn languages(given: &[Given]) -> Vec<Lang> {
    let mut dirs: Vec<Direction> = given.iter().map(|l| l.dir.unwrap_or_default()).collect();
    for (i, l) in given.iter().enumerate().filter(|(_, l)| l.dir.is_none()) {
        if let Some(base) = given.iter().position(|b| b.key == l.tag && b.key != l.key) {
            dirs[i] = dirs[base];
        }
    }
    let tags: Vec<String> = given.iter().map(|l| l.tag.to_lowercase()).collect();
    given
        .iter()
        .zip(dirs)
        .map(|(l, dir)| {
            let lower = l.tag.to_lowercase();
            let shared = tags.iter().filter(|t| **t == lower).count() > 1;
            let hreflang = if !shared || l.key.eq_ignore_ascii_case(&l.tag) {
                Some(l.tag.as_str().into())
            } else if (1..=8).contains(&l.key.len())
                && l.key.chars().all(|c| c.is_ascii_alphanumeric())
            {
                Some(format!("{}-x-{}", l.tag, l.key.to_ascii_lowercase()).into())
            } else {
                None
            };
            Lang(Arc::new(Info {
                key: l.key.as_str().into(),
                tag: l.tag.as_str().into(),
                dir,
                hreflang,
            }))
        })
        .collect()
}

/// True when `key` can be a language's key in `site.toml`: a language
/// tag, or for a variant (a table with its own `code`) letters, digits and
/// `-`, since a variant's key is only a name for paths and files.
pub fn is_key(key: &str, variant: bool) -> bool {
    if variant {
        !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    } else {
        key.parse::<unic_langid::LanguageIdentifier>().is_ok()
    }
}

/// True when `s` is a well-formed BCP 47 language tag (a variant's `code`).
pub fn is_tag(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && !s.contains('_') && s.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

impl From<&str> for Lang {
    /// [`Lang::new`].
    fn from(key: &str) -> Lang {
        Lang::new(key)
    }
}

impl Deref for Lang {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0.key
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        &self.0.key
    }
}

impl Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        &self.0.key
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.key == other.0.key
    }
}

impl Eq for Lang {}

impl Hash for Lang {
    // As the key's, so that a map keyed by `Lang` is looked up by `&str`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.key.hash(state);
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Lang) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Lang) -> std::cmp::Ordering {
        self.0.key.cmp(&other.0.key)
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        &*self.0.key == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        &*self.0.key == *other
    }
}

impl PartialEq<String> for Lang {
    fn eq(&self, other: &String) -> bool {
        *self.0.key == **other
    }
}

impl PartialEq<Lang> for str {
    fn eq(&self, other: &Lang) -> bool {
        self == &*other.0.key
    }
}

impl PartialEq<Lang> for &str {
    fn eq(&self, other: &Lang) -> bool {
        *self == &*other.0.key
    }
}

impl PartialEq<Lang> for String {
    fn eq(&self, other: &Lang) -> bool {
        **self == *other.0.key
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.key)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0.key, f)
    }
}

/// As the key, a plain string: open data and templates see no change.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(key: &str, tag: &str, dir: Option<Direction>) -> Given {
        Given {
            key: key.into(),
            tag: tag.into(),
            dir,
        }
    }

    fn site() -> Vec<Lang> {
        languages(&[
            given("sv", "sv", None),
            given("lattlast", "sv", None),
            given("ar", "ar", Some(Direction::Rtl)),
            given("arlatt", "ar", None),
            given("enkelsvenska", "sv", None),
            given("en", "en", None),
        ])
    }

    #[test]
    fn a_variant_has_its_tag_and_its_base_direction() {
        let l = site();
        assert_eq!(
            (l[1].as_str(), l[1].tag(), l[1].is_variant()),
            ("lattlast", "sv", true)
        );
        assert!(!l[0].is_variant());
        assert_eq!(l[2].dir(), Direction::Rtl);
        assert_eq!(l[3].dir(), Direction::Rtl);
        assert_eq!(l[1].dir(), Direction::Ltr);
        assert_eq!(l[3].dir().as_str(), "rtl");
    }

    #[test]
    fn hreflangs_never_repeat_within_a_site() {
        let l = site();
        let h: Vec<Option<&str>> = l.iter().map(Lang::hreflang).collect();
        assert_eq!(
            h,
            [
                Some("sv"),
                Some("sv-x-lattlast"),
                Some("ar"),
                Some("ar-x-arlatt"),
                None,
                Some("en")
            ]
        );
    }

    #[test]
    fn compares_hashes_and_orders_as_its_key() {
        use std::collections::{BTreeMap, HashMap};
        let l = site();
        let sv = &l[0];
        assert_eq!(*sv, Lang::new("sv"));
        let key = String::from("sv");
        // Each of the comparisons with text that call sites write.
        assert!(*sv == "sv");
        assert!("sv" == *sv);
        assert!(*sv == key);
        assert!(key == *sv);
        assert!(sv == "sv");
        assert!(*sv != "en" && l[5] < l[0]);
        let by_lang: HashMap<Lang, usize> = l.iter().cloned().zip(0..).collect();
        assert_eq!(by_lang.get("arlatt"), Some(&3));
        let sorted: BTreeMap<Lang, usize> = l.iter().cloned().zip(0..).collect();
        assert_eq!(sorted.get("sv"), Some(&0));
        assert_eq!(
            sorted.keys().map(Lang::as_str).collect::<Vec<_>>(),
            ["ar", "arlatt", "en", "enkelsvenska", "lattlast", "sv"]
        );
    }

    #[test]
    fn shows_and_serialises_as_its_key() {
        let l = site();
        assert_eq!(format!("/{}/", l[1]), "/lattlast/");
        assert_eq!(format!("{:?}", l[1]), "\"lattlast\"");
        assert_eq!(serde_json::to_string(&l[1]).unwrap(), "\"lattlast\"");
        assert_eq!(l[1].len(), 8); // Deref to the key
    }

    #[test]
    fn a_language_known_by_its_key_alone() {
        let x = Lang::new("fi");
        assert_eq!(
            (x.tag(), x.hreflang(), x.dir()),
            ("fi", Some("fi"), Direction::Ltr)
        );
    }

    #[test]
    fn keys_and_tags_are_checked() {
        assert!(is_key("sv-FI", false) && !is_key("svenska!", false));
        assert!(is_key("lattlast", true) && is_key("sv-latt", true));
        assert!(!is_key("", true) && !is_key("lätt", true));
        assert!(is_tag("sv") && is_tag(" sv-FI ") && !is_tag("sv_FI") && !is_tag(""));
    }
}
