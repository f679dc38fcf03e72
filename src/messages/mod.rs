//! styrdok's own messages (diagnostics, their help, summary lines, CLI and
//! `--help` texts) in Swedish and English, in Project Fluent like the
//! theme's interface strings: `sv.ftl` and `en.ftl` beside this file, built
//! into the binary.
//!
//! A message is made from an id and its arguments ([`Message`], usually
//! with [`msg!`](crate::msg)) and turned into words only when it is shown,
//! in the language the reader asked for ([`Lang`]). JSON and GitHub output
//! keep the stable English codes and carry the words.

pub mod fluent;

use std::borrow::Cow;
use std::sync::LazyLock;

use self::fluent::Bundle;

/// The languages styrdok speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Svenska.
    Sv,
    /// English, when nothing else is asked for.
    #[default]
    En,
}

impl Lang {
    /// Every language, for tests and lists.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The language a code or locale names: `sv`, `sv_SE.UTF-8`, `en-GB`.
    /// None for any other (`C`, `POSIX`, `de_DE`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set (as the C library reads them),
    /// when it names Swedish or English.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_code(&v))
    }

    /// The language to speak: `--lang`, else the environment's, else the
    /// site's default language, else English.
    pub fn choose(flag: Option<Lang>, site_default: Option<&str>) -> Lang {
        flag.or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
            .or_else(|| site_default.and_then(Lang::from_code))
            .unwrap_or_default()
    }

    /// The language's code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The Fluent source of the language's messages.
    pub fn source(self) -> &'static str {
        match self {
            Lang::Sv => include_str!("sv.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }

    fn bundle(self) -> &'static Bundle {
        static SV: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Sv));
        static EN: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::En));
        match self {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}

fn bundle(lang: Lang) -> Bundle {
    // The files are part of the binary; a unit test parses both.
    Bundle::new(lang.code(), lang.source().to_string()).0
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Words, a name, a path.
    Text(String),
    /// A count, which chooses the plural form.
    Number(i64),
    /// A message of its own, shown in the same language.
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

macro_rules! text_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Text(v.to_string())
            }
        }
    )*};
}
text_arg!(
    &str,
    String,
    &String,
    char,
    Cow<'_, str>,
    &Cow<'_, str>,
    &crate::lang::Lang
);

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

/// A message to be shown in the reader's language: an id in the `.ftl`
/// files and its arguments. A plain text (the old way, from a `String`) is
/// shown as it is in every language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Message {
    /// An id of `sv.ftl` and `en.ftl`, with its arguments.
    Id {
        /// The message's id.
        id: &'static str,
        /// Its arguments, by name.
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that are the same in every language (a parser's own message,
    /// a name).
    Plain(String),
}

impl Message {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message::Id {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        if let Message::Id { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The message in `lang`. A message missing in `lang` is taken from
    /// English; one missing there too is shown as its id (a unit test
    /// makes sure every id the code uses is in both files).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Message::Plain(s) => s.clone(),
            Message::Id { id, args } => {
                let fargs: Vec<(&str, fluent::Arg<'_>)> = args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            Arg::Text(s) => fluent::Arg::from(s),
                            Arg::Number(n) => fluent::Arg::from(*n),
                            Arg::Message(m) => fluent::Arg::from(m.text(lang)),
                        };
                        (*name, value)
                    })
                    .collect();
                format(lang, id, &fargs)
                    .or_else(|| format(Lang::En, id, &fargs))
                    .unwrap_or_else(|| (*id).to_string())
            }
        }
    }

    /// The message's id, if it has one.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Message::Id { id, .. } => Some(id),
            Message::Plain(_) => None,
        }
    }
}

fn format(lang: Lang, id: &str, args: &[(&str, fluent::Arg<'_>)]) -> Option<String> {
    lang.bundle().format(id, args)
}

/// The message `id` (known only at run time, as a `--help` text's) in
/// `lang` without arguments; English when `lang` lacks it, the id when
/// both do.
pub fn text_of(lang: Lang, id: &str) -> String {
    format(lang, id, &[])
        .or_else(|| format(Lang::En, id, &[]))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` in `lang` without arguments (a heading, a `--help`
/// line).
pub fn tr(lang: Lang, id: &'static str) -> String {
    Message::new(id).text(lang)
}

impl std::fmt::Display for Message {
    /// The message in English (logs, tests).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl From<String> for Message {
    fn from(s: String) -> Message {
        Message::Plain(s)
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Message {
        Message::Plain(s.to_string())
    }
}

/// A [`Message`]: `msg!("unknown-key", key = name, suggestion = s)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The ids of every message in `lang`'s file, in order.
pub fn ids(lang: Lang) -> Vec<String> {
    lang.bundle().ids().to_vec()
}

/// What is wrong with the message files, for the test that reads every
/// message in both languages: an id one language lacks, a message that
/// does not format, or one whose arguments differ between the languages
/// (a misspelt `{$name}` would show as `{$name}` to its readers).
pub fn problems() -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let (_, errors) = Bundle::new(lang.code(), lang.source().to_string());
        if !errors.is_empty() {
            out.push(format!("{}.ftl does not parse: {errors:?}", lang.code()));
        }
    }
    let (sv, en) = (ids(Lang::Sv), ids(Lang::En));
    for id in en.iter().filter(|i| !sv.contains(i)) {
        out.push(format!("{id} is not in sv.ftl"));
    }
    for id in sv.iter().filter(|i| !en.contains(i)) {
        out.push(format!("{id} is not in en.ftl"));
    }
    for id in en.iter().filter(|i| sv.contains(i)) {
        let mut vars: Vec<std::collections::BTreeSet<String>> = Vec::new();
        for lang in Lang::ALL {
            let Some(probe) = lang.bundle().probe(id) else {
                out.push(format!("{id} has no value in {}.ftl", lang.code()));
                continue;
            };
            if probe.text.trim().is_empty() {
                out.push(format!("{id} is empty in {}.ftl", lang.code()));
            }
            for other in probe.problems {
                out.push(format!("{id} in {}.ftl: {other}", lang.code()));
            }
            vars.push(probe.arguments);
        }
        if let [a, b] = &vars[..]
            && a != b
        {
            out.push(format!("{id} takes {a:?} in sv.ftl but {b:?} in en.ftl"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_have_the_same_ids() {
        for lang in Lang::ALL {
            let (_, errors) = Bundle::new(lang.code(), lang.source().to_string());
            assert!(errors.is_empty(), "{}.ftl: {errors:?}", lang.code());
        }
        let (sv, en) = (ids(Lang::Sv), ids(Lang::En));
        let missing_sv: Vec<_> = en.iter().filter(|i| !sv.contains(i)).collect();
        let missing_en: Vec<_> = sv.iter().filter(|i| !en.contains(i)).collect();
        assert!(missing_sv.is_empty(), "not in sv.ftl: {missing_sv:?}");
        assert!(missing_en.is_empty(), "not in en.ftl: {missing_en:?}");
    }

    #[test]
    fn every_id_the_code_uses_is_in_the_files() {
        // Reads the sources for msg!("id" and tr(lang, "id").
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let known = ids(Lang::En);
        let mut used = std::collections::BTreeSet::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for pat in ["msg!(\"", "Message::new(\"", "tr(lang, \""] {
                for (i, _) in text.match_indices(pat) {
                    let id = text[i + pat.len()..].split('"').next().unwrap();
                    if id != "id" {
                        used.insert(id.to_string());
                    }
                }
            }
        }
        assert!(!used.is_empty());
        let missing: Vec<_> = used.iter().filter(|i| !known.contains(i)).collect();
        assert!(missing.is_empty(), "used but not in en.ftl: {missing:?}");
    }

    #[test]
    fn the_language_follows_the_flag_the_environment_then_the_site() {
        assert_eq!(Lang::from_code("sv_SE.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("C.UTF-8"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_env(env(&[("LANG", "sv_SE.UTF-8")])),
            Some(Lang::Sv)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "sv_SE.UTF-8"), ("LC_MESSAGES", "en_US")])),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(Lang::from_env(env(&[])), None);
    }

    #[test]
    fn plural_forms_and_arguments() {
        let one = msg!("summary-check-clean", warnings = 1usize, pages = 3usize);
        let many = msg!("summary-check-clean", warnings = 2usize, pages = 3usize);
        assert_eq!(
            one.text(Lang::En),
            "No errors, 1 warning. 3 pages would be built."
        );
        assert_eq!(
            many.text(Lang::Sv),
            "Inga fel, 2 varningar. 3 sidor skulle byggas."
        );
    }
}
