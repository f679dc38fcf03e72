//! Interface strings in Project Fluent (`themes/<name>/i18n/<lang>.ftl`), so
//! plural forms are right in every language. A string missing in a language
//! falls back to the default language.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use unic_langid::LanguageIdentifier;

use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::msg;

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
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    default: String,
    /// Each language's name in itself (`name` in site.toml), by key: the
    /// last resort for `language-name-<key>`, which a theme cannot know
    /// for a variant such as `lattlast`.
    names: HashMap<String, String>,
    /// Dates already written, by language: a listing of thousands of
    /// documents writes the same dates over and over.
    dates: std::sync::Mutex<HashMap<(String, Date), String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut langs: Vec<&String> = self.bundles.keys().collect();
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
        let mut ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for lang in &config.languages {
            // A variant (lättläst) without a file of its own speaks its
            // tag's language's interface strings.
            let own = sources.iter().find(|s| s.lang == lang.code);
            let Some(src) = own.or_else(|| sources.iter().find(|s| s.lang == lang.tag)) else {
                diags
                    .warning(
                        "missing-translation",
                        Span::line(std::path::Path::new(crate::config::CONFIG_FILE), 1),
                        msg!("theme-no-strings", lang = &lang.code),
                    )
                    .help(msg!("theme-no-strings-help", lang = &lang.code));
                continue;
            };
            let resource = match FluentResource::try_new(src.text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = src.text[..e.pos.start.min(src.text.len())]
                            .matches('\n')
                            .count()
                            + 1;
                        diags.error(
                            "ftl",
                            Span::line(&src.path, line),
                            msg!("ftl-unreadable", cause = e.to_string()),
                        );
                    }
                    r
                }
            };
            // Missing strings are reported once, for the file's own language.
            if own.is_some() {
                ids.insert(
                    lang.code.clone(),
                    resource
                        .entries()
                        .filter_map(|e| match e {
                            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                            _ => None,
                        })
                        .collect(),
                );
            }
            let langid: LanguageIdentifier = lang.tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // In right-to-left languages a placeable (an organisation's Latin
            // name, a date) is wrapped in Unicode isolation marks (FSI…PDI),
            // so a name like "Styrdok-projektet" keeps its own direction inside
            // Arabic text. Left-to-right languages need none, and there the
            // marks would only add noise to attributes and titles.
            bundle.set_use_isolating(lang.dir.as_str() == "rtl");
            let _ = bundle.add_resource(resource);
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

    /// The string `key` in `lang` with `args`, falling back to the default
    /// language, then (for `language-name-<key>`) to the language's own
    /// name, and to the key itself when no language has it.
    pub fn t(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, self.default.as_str()] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
        key.strip_prefix("language-name-")
            .and_then(|k| self.names.get(k))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// A count with its plural form: `t(lang, key)` with `$count`.
    pub fn count(&self, lang: &str, key: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(n));
        self.t(lang, key, Some(&args))
    }

    /// A date written the way `lang` writes dates (`date-format` with
    /// `$day`, `$month` (the name, `month-N`) and `$year`).
    pub fn date(&self, lang: &str, date: Date) -> String {
        let key = (lang.to_string(), date);
        let dates = || self.dates.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = dates().get(&key) {
            return text.clone();
        }
        let text = self.write_date(lang, date);
        dates().insert(key, text.clone());
        text
    }

    fn write_date(&self, lang: &str, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day()));
        args.set(
            "month",
            FluentValue::from(self.t(lang, &format!("month-{}", date.month()), None)),
        );
        args.set("monthnum", FluentValue::from(date.month()));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.t(lang, "date-format", Some(&args))
    }

    /// A number written the way `lang` writes numbers, with `decimals`
    /// decimals: the separators and the minus sign are interface strings
    /// (`number-decimal-separator`, `number-group-separator`,
    /// `number-minus-sign`), so `1234.5` is `1 234,5` in Swedish and
    /// `1,234.5` in English. Digits are always 0–9.
    pub fn number(&self, lang: &str, value: f64, decimals: usize) -> String {
        let fixed = format!("{:.*}", decimals, value.abs());
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let group = self.t(lang, "number-group-separator", None);
        let mut out = String::new();
        if value < 0.0 && fixed.bytes().any(|b| matches!(b, b'1'..=b'9')) {
            out.push_str(&self.t(lang, "number-minus-sign", None));
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && int.len() > 3 && (int.len() - i) % 3 == 0 {
                out.push_str(&group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(&self.t(lang, "number-decimal-separator", None));
            out.push_str(frac);
        }
        out
    }
}

/// The Tera function `t(key=…, lang=…, …)`: an interface string, with any
/// other arguments passed to Fluent (numbers for plurals).
pub struct TeraT(pub std::sync::Arc<I18n>);

impl tera::Function for TeraT {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or("t() needs key=\"…\"")?;
        let lang = args
            .get("lang")
            .and_then(|v| v.as_str())
            .ok_or("t() needs lang=…")?;
        let mut fargs = FluentArgs::new();
        let mut names: Vec<&String> = args
            .keys()
            .filter(|k| *k != "key" && *k != "lang")
            .collect();
        names.sort();
        for name in names {
            let v = &args[name];
            let value = match v {
                tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fargs.set(name.clone(), value);
        }
        Ok(tera::Value::String(self.0.t(lang, key, Some(&fargs))))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Overrides, parse};
    use std::path::Path;

    fn i18n() -> I18n {
        i18n_with("")
    }

    /// The built-in strings for a site of six languages and `more`.
    fn i18n_with(more: &str) -> I18n {
        let mut d = Diagnostics::new();
        let config = parse(
            Path::new("/s"),
            &format!("title='T'\nbase_url='https://x.org'\ndefault_language='sv'\n[languages.sv]\n[languages.en]\n[languages.ar]\ndir='rtl'\n[languages.uk]\n[languages.fa]\n[languages.so]\n{more}"),
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
        // Right-to-left languages isolate placeables (FSI…PDI); a reader
        // sees the text without the marks.
        let forms = |lang: &str, ns: &[usize]| {
            ns.iter()
                .map(|n| {
                    i.count(lang, "goal-count", *n)
                        .replace(['\u{2068}', '\u{2069}'], "")
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(forms("sv", &[1, 3]), ["1 mål", "3 mål"]);
        assert_eq!(forms("en", &[1, 3]), ["1 goal", "3 goals"]);
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
        let mut args = FluentArgs::new();
        args.set("site", FluentValue::from("Styrdok"));
        args.set("organisation", FluentValue::from("Styrdok-projektet"));
        let ar = i.t("ar", "a11y-intro", Some(&args));
        assert!(ar.contains("\u{2068}Styrdok-projektet\u{2069}"), "{ar:?}");
        let en = i.t("en", "a11y-intro", Some(&args));
        assert!(
            en.contains("Styrdok-projektet") && !en.contains('\u{2068}'),
            "{en:?}"
        );
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let i = i18n();
        let d = jiff::civil::date(2019, 12, 11);
        assert_eq!(i.date("sv", d), "11 december 2019");
        assert_eq!(i.date("en", d), "11 December 2019");
        assert_eq!(i.date("uk", d), "11 грудня 2019");
    }

    #[test]
    fn numbers_are_written_the_languages_way() {
        let i = i18n();
        assert_eq!(i.number("sv", 16.4, 1), "16,4");
        assert_eq!(i.number("en", 16.4, 1), "16.4");
        assert_eq!(i.number("sv", 12345.0, 0), "12\u{a0}345");
        assert_eq!(i.number("en", 1234567.25, 2), "1,234,567.25");
        assert_eq!(i.number("sv", -3.5, 1), "\u{2212}3,5");
        assert_eq!(i.number("en", -3.5, 1), "-3.5");
        assert_eq!(i.number("uk", 0.5, 1), "0,5");
        assert_eq!(
            i.number("en", -0.01, 1),
            "0.0",
            "no minus on a value shown as zero"
        );
        assert_eq!(i.number("en", 999.0, 0), "999");
    }

    #[test]
    fn a_missing_string_falls_back_to_the_default_language() {
        let i = i18n();
        assert_eq!(i.t("xx", "nav-home", None), "Alla styrdokument");
        assert_eq!(i.t("en", "no-such-key", None), "no-such-key");
    }

    #[test]
    fn a_variant_speaks_its_codes_strings_and_is_named_by_its_own_name() {
        let i = i18n_with("[languages.lattlast]\nname='Lättläst'\ncode='sv'\n");
        assert_eq!(
            i.t("lattlast", "nav-home", None),
            i.t("sv", "nav-home", None)
        );
        assert_eq!(
            i.count("lattlast", "goal-count", 2),
            i.count("sv", "goal-count", 2)
        );
        let date = jiff::civil::date(2026, 3, 5);
        assert_eq!(i.date("lattlast", date), i.date("sv", date));
        // No theme names the variant: its name in site.toml is used.
        assert_eq!(i.t("en", "language-name-lattlast", None), "Lättläst");
        assert_eq!(i.t("en", "language-name-sv", None), "Swedish");
    }
}
