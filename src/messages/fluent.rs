//! The one file that knows Project Fluent (`fluent-bundle`, `fluent-syntax`
//! and the language ids Fluent's plural rules take): one language's strings
//! made from `.ftl` text, and a string of them written with plain Rust
//! arguments. styrdok's own messages ([`super`]) and the theme's interface
//! strings (`render::i18n`) both go through here, so neither names Fluent's
//! types.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// An argument of a string: words, or a number (which chooses the plural
/// form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Words, a name, a date already written.
    Text(Cow<'a, str>),
    /// A number. Fluent holds every number as an `f64`, integers too.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32, i16, f64);

/// A place in an `.ftl` text that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Where, as a byte offset in the text.
    pub offset: usize,
    /// What is wrong, in the parser's words.
    pub message: String,
}

/// The strings of one language.
pub struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// The ids of the text's messages, in order.
    ids: Vec<String>,
}

impl std::fmt::Debug for Bundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bundle")
            .field("messages", &self.ids.len())
            .finish()
    }
}

impl Bundle {
    /// The strings of `text`, for the language `tag` (whose plural rules
    /// they follow), and the places that do not parse: every message that
    /// does parse is kept.
    ///
    /// No invisible isolation marks (FSI…PDI) are written around
    /// arguments: they leaked into attributes, feed titles, copied text and
    /// terminals, and wrapped numbers and dates that cannot change
    /// direction. Where an argument can (a Latin name in Arabic text), the
    /// caller isolates it (`render::i18n` with `<bdi>`).
    pub fn new(tag: &str, text: String) -> (Bundle, Vec<ParseError>) {
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        let errors = errors
            .into_iter()
            .map(|e| ParseError {
                offset: e.pos.start,
                message: e.to_string(),
            })
            .collect();
        let ids = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        (Bundle { bundle, ids }, errors)
    }

    /// The ids of the messages, in the order of the text.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The message `id` written with `args`; `None` when there is no such
    /// message or it has no value. An argument the message asks for and is
    /// not given is written as `{$name}`.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let fargs = (!args.is_empty()).then(|| {
            let mut fargs = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.as_ref()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                fargs.set(*name, value);
            }
            fargs
        });
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, fargs.as_ref(), &mut errors)
                .into_owned(),
        )
    }

    /// The message `id` written without arguments, for tests that read
    /// every message: its text, the names of the arguments it asks for,
    /// and any other problem writing it. `None` when there is no such
    /// message or it has no value.
    pub fn probe(&self, id: &str) -> Option<Probe> {
        use fluent_bundle::FluentError;
        use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        let mut probe = Probe {
            text,
            arguments: BTreeSet::new(),
            problems: Vec::new(),
        };
        for e in errors {
            match e {
                FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                    id,
                })) => {
                    probe.arguments.insert(id);
                }
                other => probe.problems.push(format!("{other:?}")),
            }
        }
        Some(probe)
    }
}

/// What [`Bundle::probe`] finds.
#[derive(Debug, Clone)]
pub struct Probe {
    /// The message written without arguments.
    pub text: String,
    /// The arguments it asks for.
    pub arguments: BTreeSet<String>,
    /// Any other problem writing it.
    pub problems: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_choose_the_plural_form_and_text_is_written_as_given() {
        let (b, errors) = Bundle::new(
            "en",
            "n = { $count ->\n    [one] one {$what}\n   *[other] {$count} {$what}s\n}\n".into(),
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(b.ids(), ["n"]);
        let n = |count: usize| b.format("n", &[("count", count.into()), ("what", "goal".into())]);
        assert_eq!(n(1).as_deref(), Some("one goal"));
        assert_eq!(n(3).as_deref(), Some("3 goals"));
        assert_eq!(b.format("missing", &[]), None);
        let p = b.probe("n").unwrap();
        assert_eq!(
            p.arguments.into_iter().collect::<Vec<_>>(),
            ["count", "what"]
        );
    }

    #[test]
    fn what_does_not_parse_is_reported_and_the_rest_kept() {
        let text = "a = A\nb = { $x\n\nc = C\n";
        let (b, errors) = Bundle::new("sv", text.into());
        assert_eq!(errors.len(), 1, "{errors:?}");
        // Where the parser found that b's `}` is missing: at the next
        // message.
        assert_eq!(errors[0].offset, text.find("c =").unwrap());
        assert_eq!(b.format("a", &[]).as_deref(), Some("A"));
        assert_eq!(b.format("b", &[]), None);
        assert_eq!(b.format("c", &[]).as_deref(), Some("C"));
    }
}
