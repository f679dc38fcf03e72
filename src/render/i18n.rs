//! Interface strings in Project Fluent (`themes/<name>/i18n/<lang>.ftl`), so
//! plural forms are right in every language. A string missing in a language
//! falls back to the default language.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use std::borrow::Cow;

use jiff::civil::Date;

use super::escape::{Escape, escape};
use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::lang::{Direction, Lang};
use crate::messages::fluent::Bundle;
use crate::msg;

pub use crate::messages::fluent::Arg;

/// An `.ftl` file of the theme.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// The language code (the file name).
    pub lang: String,
    /// Where it came from, for messages.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// The interface strings of every language of the site.
pub struct I18n {
    bundles: HashMap<Lang, Bundle>,
    default: Lang,
    /// Each language of the site with its name in itself (`name` in
    /// site.toml): the last resort for `language-name-<key>`, which a theme
    /// cannot know for a variant such as `lattlast`.
    names: HashMap<Lang, String>,
    /// Dates already written, by language: a listing of thousands of
    /// documents writes the same dates over and over.
    dates: std::sync::Mutex<HashMap<(Lang, Date), String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut langs: Vec<&Lang> = self.bundles.keys().collect();
        langs.sort();
        f.debug_struct("I18n")
            .field("languages", &langs)
            .field("default", &self.default)
            .finish()
    }
}

impl I18n {
    /// Loads the theme's strings for the site's languages. A language
    /// without a file, or a file missing strings the default language has,
    /// is a warning; a file that does not parse is an error.
    pub fn load(sources: &[FtlSource], config: &SiteConfig, diags: &mut Diagnostics) -> I18n {
        let mut bundles = HashMap::new();
        let mut ids: BTreeMap<Lang, Vec<String>> = BTreeMap::new();
        for lang in &config.languages {
            // A variant (lättläst) without a file of its own speaks its
            // tag's language's interface strings.
            let own = sources.iter().find(|s| s.lang == lang.code);
            let Some(src) = own.or_else(|| sources.iter().find(|s| s.lang == lang.code.tag()))
            else {
                diags
                    .warning(
                        "missing-translation",
                        Span::line(std::path::Path::new(crate::config::CONFIG_FILE), 1),
                        msg!("theme-no-strings", lang = &lang.code),
                    )
                    .help(msg!("theme-no-strings-help", lang = &lang.code));
                continue;
            };
            // No invisible isolation marks around arguments (see
            // [`Bundle::new`]): a value that can change direction (a Latin
            // name in Arabic text) is isolated with `<bdi>` where the
            // string becomes HTML text: see [`I18n::html`].
            let (bundle, errors) = Bundle::new(lang.code.tag(), src.text.clone());
            for e in errors {
                let line = src.text[..e.offset.min(src.text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                diags.error(
                    "ftl",
                    Span::line(&src.path, line),
                    msg!("ftl-unreadable", cause = e.message),
                );
            }
            // Missing strings are reported once, for the file's own language.
            if own.is_some() {
                ids.insert(lang.code.clone(), bundle.ids().to_vec());
            }
            bundles.insert(lang.code.clone(), bundle);
        }
        if let Some(default_ids) = ids.get(&config.default_language) {
            for (lang, have) in &ids {
                let missing: Vec<&String> =
                    default_ids.iter().filter(|id| !have.contains(id)).collect();
                if missing.is_empty() {
                    continue;
                }
                let src = sources
                    .iter()
                    .find(|s| &s.lang == lang)
                    .expect("ids come from sources");
                diags
                    .warning(
                        "missing-translation",
                        Span::line(&src.path, 1),
                        msg!(
                            "theme-missing-strings",
                            count = missing.len(),
                            lang = lang,
                            ids = missing
                                .iter()
                                .take(8)
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                    .help(msg!("theme-missing-strings-help"));
            }
        }
        I18n {
            bundles,
            default: config.default_language.clone(),
            names: config
                .languages
                .iter()
                .map(|l| (l.code.clone(), l.name.clone()))
                .collect(),
            dates: std::sync::Mutex::default(),
        }
    }

    /// The string `key` in `lang` as HTML text: escaped, with each text
    /// argument that can change the direction of the text around it (a
    /// Latin name in Arabic, an Arabic name in Swedish) in `<bdi>`, so
    /// it keeps its own direction without invisible marks.
    pub fn html(&self, lang: &Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let rtl = lang.dir() == Direction::Rtl;
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => {
                        // The private-use pair marks where `<bdi>` goes once
                        // the whole string is escaped; a value cannot hold it
                        // itself.
                        let text: String = s
                            .chars()
                            .filter(|c| !matches!(*c, BDI_START | BDI_END))
                            .collect();
                        if opposes(&text, rtl) {
                            Arg::Text(Cow::Owned(format!("{BDI_START}{text}{BDI_END}")))
                        } else {
                            Arg::Text(Cow::Owned(text))
                        }
                    }
                    other => other.clone(),
                };
                (*name, value)
            })
            .collect();
        let html = escape(&self.t_with(lang, key, &args), Escape::InterfaceString);
        // Most strings have no argument to isolate: no copies for them.
        if html.contains([BDI_START, BDI_END]) {
            html.replace(BDI_START, "<bdi>").replace(BDI_END, "</bdi>")
        } else {
            html
        }
    }

    /// The site's language `key` (as the templates' `t` function names it),
    /// or a language known only by its key when the site has none such:
    /// its strings are then the default language's.
    pub fn lang(&self, key: &str) -> Lang {
        self.names
            .get_key_value(key)
            .map_or_else(|| Lang::new(key), |(l, _)| l.clone())
    }

    /// The string `key` in `lang` (see [`I18n::t_with`]).
    pub fn t(&self, lang: &Lang, key: &str) -> String {
        self.t_with(lang, key, &[])
    }

    /// The string `key` in `lang` with `args`, falling back to the default
    /// language, then (for `language-name-<key>`) to the language's own
    /// name, and to the key itself when no language has it.
    pub fn t_with(&self, lang: &Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        for l in [lang, &self.default] {
            if let Some(text) = self.bundles.get(l).and_then(|b| b.format(key, args)) {
                return text;
            }
        }
        key.strip_prefix("language-name-")
            .and_then(|k| self.names.get(k))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// A count with its plural form: `t(lang, key)` with `$count`.
    pub fn count(&self, lang: &Lang, key: &str, n: usize) -> String {
        self.t_with(lang, key, &[("count", n.into())])
    }

    /// A date written the way `lang` writes dates (`date-format` with
    /// `$day`, `$month` (the name, `month-N`) and `$year`).
    pub fn date(&self, lang: &Lang, date: Date) -> String {
        let key = (lang.clone(), date);
        let dates = || self.dates.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = dates().get(&key) {
            return text.clone();
        }
        let text = self.write_date(lang, date);
        dates().insert(key, text.clone());
        text
    }

    fn write_date(&self, lang: &Lang, date: Date) -> String {
        let month = self.t(lang, &format!("month-{}", date.month()));
        self.t_with(
            lang,
            "date-format",
            &[
                ("day", Arg::Number(date.day().into())),
                ("month", month.into()),
                ("monthnum", Arg::Number(date.month().into())),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// A number written the way `lang` writes numbers, with `decimals`
    /// decimals: the separators and the minus sign are interface strings
    /// (`number-decimal-separator`, `number-group-separator`,
    /// `number-minus-sign`), so `1234.5` is `1 234,5` in Swedish and
    /// `1,234.5` in English. Digits are always 0–9.
    pub fn number(&self, lang: &Lang, value: f64, decimals: usize) -> String {
        let fixed = format!("{:.*}", decimals, value.abs());
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let group = self.t(lang, "number-group-separator");
        let mut out = String::new();
        if value < 0.0 && fixed.bytes().any(|b| matches!(b, b'1'..=b'9')) {
            out.push_str(&self.t(lang, "number-minus-sign"));
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && int.len() > 3 && (int.len() - i) % 3 == 0 {
                out.push_str(&group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(&self.t(lang, "number-decimal-separator"));
            out.push_str(frac);
        }
        out
    }
}

/// Where `<bdi>` and `</bdi>` go in a string before it is escaped.
const BDI_START: char = '\u{E000}';
const BDI_END: char = '\u{E001}';

/// True when `text` has a letter of the direction opposite to the text
/// around it (`rtl` or not), so that it needs isolating to keep its own.
fn opposes(text: &str, rtl: bool) -> bool {
    text.chars().any(|c| {
        let right_to_left = matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        if rtl { c.is_alphabetic() && !right_to_left } else { right_to_left && c.is_alphabetic() }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Overrides, parse};
    use std::path::Path;

    fn i18n() -> I18n {
        i18n_with("")
    }

    /// The built-in strings for a site of nine languages and `more`.
    fn i18n_with(more: &str) -> I18n {
        let mut d = Diagnostics::new();
        let config = parse(
            Path::new("/s"),
            &format!("title='T'\nbase_url='https://x.org'\ndefault_language='sv'\n[languages.sv]\n[languages.en]\n[languages.ar]\ndir='rtl'\n[languages.uk]\n[languages.fa]\n[languages.so]\n[languages.fi]\n[languages.se]\n[languages.fit]\n{more}"),
            &Overrides::default(),
            &mut Diagnostics::new(),
        )
        .unwrap();
        let sources: Vec<FtlSource> = super::super::theme::DEFAULT_THEME
            .iter()
            .filter_map(|(p, b)| {
                let lang = p.strip_prefix("i18n/")?.strip_suffix(".ftl")?;
                Some(FtlSource {
                    lang: lang.into(),
                    path: p.into(),
                    text: String::from_utf8(b.to_vec()).unwrap(),
                })
            })
            .collect();
        let i = I18n::load(&sources, &config, &mut d);
        assert!(!d.has_errors(), "{d:?}");
        assert_eq!(
            d.warning_count(),
            0,
            "every built-in language has every string: {:?}",
            d.sorted()
        );
        i
    }

    #[test]
    fn plural_forms_per_language() {
        let i = i18n();
        let forms = |lang: &str, ns: &[usize]| {
            ns.iter()
                .map(|n| i.count(&i.lang(lang), "goal-count", *n))
                .collect::<Vec<_>>()
        };
        assert_eq!(forms("sv", &[1, 3]), ["1 mål", "3 mål"]);
        assert_eq!(forms("en", &[1, 3]), ["1 goal", "3 goals"]);
        // CLDR: Finnish one/other, Northern Sámi one/two/other; Meänkieli
        // has no CLDR rules and follows Finnish (fit.ftl says so).
        assert_eq!(forms("fi", &[1, 3]), ["1 tavoite", "3 tavoitetta"]);
        assert_eq!(forms("fit", &[1, 3]), ["1 tavoite", "3 tavoitetta"]);
        assert_eq!(
            forms("se", &[1, 2, 3]),
            ["1 ulbmil", "2 ulbmila", "3 ulbmila"]
        );
        let days =
            |lang: &str, n: u32| i.html(&i.lang(lang), "a11y-response-time", &[("days", n.into())]);
        assert_eq!(
            days("se", 1),
            "Mii geahččalit vástidit ovtta bargobeaivvi siste."
        );
        assert_eq!(
            days("fi", 1),
            "Pyrimme vastaamaan yhden työpäivän kuluessa."
        );
        assert_eq!(days("fi", 5), "Pyrimme vastaamaan 5 työpäivän kuluessa.");
        assert_eq!(
            forms("uk", &[1, 3, 5, 21]),
            ["1 ціль", "3 цілі", "5 цілей", "21 ціль"]
        );
        assert_eq!(
            forms("ar", &[0, 1, 2, 3, 11, 100]),
            [
                "لا أهداف",
                "هدف واحد",
                "هدفان",
                "3 أهداف",
                "11 هدفًا",
                "100 هدف"
            ]
        );
    }

    #[test]
    fn latin_names_keep_their_direction_in_right_to_left_text() {
        let i = i18n();
        let args = |organisation: &'static str| -> [(&'static str, Arg<'static>); 2] {
            [
                ("site", "استراتيجيات الاندماج".into()),
                ("organisation", organisation.into()),
            ]
        };
        // A Latin name in Arabic text is isolated with <bdi>; the Arabic
        // title is not, and no invisible marks are written.
        let ar = i.html(&i.lang("ar"), "a11y-intro", &args("Styrdok & <Co>"));
        assert!(ar.contains("<bdi>Styrdok &amp; &lt;Co&gt;</bdi>"), "{ar}");
        assert!(!ar.contains("<bdi>استراتيجيات"), "{ar}");
        assert!(
            !ar.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
            "{ar:?}"
        );
        // In English the Arabic title is the one that turns.
        let en = i.html(&i.lang("en"), "a11y-intro", &args("Styrdok-projektet"));
        assert!(en.contains("<bdi>استراتيجيات الاندماج</bdi>"), "{en}");
        assert!(!en.contains("<bdi>Styrdok"), "{en}");
        // Plain strings (attributes, feeds) never hold marks.
        let t = i.t_with(
            &i.lang("ar"),
            "a11y-intro",
            &[("organisation", "Styrdok-projektet".into())],
        );
        assert!(!t.contains(['\u{2068}', '\u{2069}']), "{t:?}");
        assert_eq!(
            i.date(&i.lang("ar"), jiff::civil::date(2023, 12, 11)),
            "11 ديسمبر 2023"
        );
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let i = i18n();
        let d = jiff::civil::date(2019, 12, 11);
        assert_eq!(i.date(&i.lang("sv"), d), "11 december 2019");
        assert_eq!(i.date(&i.lang("en"), d), "11 December 2019");
        assert_eq!(i.date(&i.lang("uk"), d), "11 грудня 2019");
        // CLDR fi "d. MMMM y" with the partitive month; se "y MMMM d" with
        // the genitive; Meänkieli as Finnish.
        assert_eq!(i.date(&i.lang("fi"), d), "11. joulukuuta 2019");
        assert_eq!(i.date(&i.lang("fit"), d), "11. joulukuuta 2019");
        assert_eq!(i.date(&i.lang("se"), d), "2019 juovlamánu 11");
    }

    #[test]
    fn numbers_are_written_the_languages_way() {
        let i = i18n();
        assert_eq!(i.number(&i.lang("sv"), 16.4, 1), "16,4");
        assert_eq!(i.number(&i.lang("en"), 16.4, 1), "16.4");
        assert_eq!(i.number(&i.lang("sv"), 12345.0, 0), "12\u{a0}345");
        assert_eq!(i.number(&i.lang("en"), 1234567.25, 2), "1,234,567.25");
        assert_eq!(i.number(&i.lang("sv"), -3.5, 1), "\u{2212}3,5");
        assert_eq!(i.number(&i.lang("en"), -3.5, 1), "-3.5");
        assert_eq!(i.number(&i.lang("uk"), 0.5, 1), "0,5");
        for lang in ["fi", "se", "fit"] {
            assert_eq!(
                i.number(&i.lang(lang), -12345.5, 1),
                "\u{2212}12\u{a0}345,5"
            );
        }
        assert_eq!(
            i.number(&i.lang("en"), -0.01, 1),
            "0.0",
            "no minus on a value shown as zero"
        );
        assert_eq!(i.number(&i.lang("en"), 999.0, 0), "999");
    }

    #[test]
    fn a_missing_string_falls_back_to_the_default_language() {
        let i = i18n();
        assert_eq!(i.t(&i.lang("xx"), "nav-home"), "Alla styrdokument");
        assert_eq!(i.t(&i.lang("en"), "no-such-key"), "no-such-key");
    }

    #[test]
    fn a_variant_speaks_its_codes_strings_and_is_named_by_its_own_name() {
        let i = i18n_with("[languages.lattlast]\nname='Lättläst'\ncode='sv'\n");
        assert_eq!(
            i.t(&i.lang("lattlast"), "nav-home"),
            i.t(&i.lang("sv"), "nav-home")
        );
        assert_eq!(
            i.count(&i.lang("lattlast"), "goal-count", 2),
            i.count(&i.lang("sv"), "goal-count", 2)
        );
        let date = jiff::civil::date(2026, 3, 5);
        assert_eq!(
            i.date(&i.lang("lattlast"), date),
            i.date(&i.lang("sv"), date)
        );
        // No theme names the variant: its name in site.toml is used.
        assert_eq!(i.t(&i.lang("en"), "language-name-lattlast"), "Lättläst");
        assert_eq!(i.t(&i.lang("en"), "language-name-sv"), "Swedish");
    }
}
