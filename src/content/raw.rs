//! Front-matter values as written, before the model checks them: texts
//! (any scalar read as text), one id or many, the nested sets of keys of a
//! goal, a change and a repeal, and any value whose shape the model checks
//! itself. Each keeps its line in a [`Spanned`].

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Visitor};

use super::yaml::Spanned;

/// A text value: any YAML scalar (a string, or a number such as `170`) read as
/// text, so `paragraf: 170` works like `paragraf: "§ 170"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(if v { "true" } else { "false" }.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// One id or a list of ids (`fokusområde: arbete` or `fokusområde: [arbete, boende]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single id.
    One(Text),
    /// A list of ids.
    Many(Vec<Text>),
}

impl OneOrMany {
    /// The ids as a list.
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(t) => vec![t.0],
            OneOrMany::Many(v) => v.into_iter().map(|t| t.0).collect(),
        }
    }
}

/// A goal as written in front matter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGoal {
    /// `id`.
    pub id: Option<Spanned<Text>>,
    /// `titel` (alias `title`).
    #[serde(alias = "title")]
    pub titel: Option<Spanned<Text>>,
    /// `fokusområde` (alias `focus_area`).
    #[serde(rename = "fokusområde", alias = "fokusomrade", alias = "focus_area")]
    pub fokusomrade: Option<Spanned<OneOrMany>>,
    /// `indikatorer` (alias `indicators`): each a name, or a set of keys
    /// (`namn`, `enhet`, `källa`, `kolada`, `serie` or `data`) that the model
    /// stage checks, so that every mistake in one names its own line.
    #[serde(alias = "indicators")]
    pub indikatorer: Option<Vec<Spanned<RawValue>>>,
}

/// A change note (`ändringar`) as written in front matter. In a
/// translation, item n translates item n of the original, whose date it
/// takes, so `datum` may be left out there.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChange {
    /// `datum` (alias `date`).
    #[serde(alias = "date")]
    pub datum: Option<Spanned<Text>>,
    /// `beskrivning` (alias `description`).
    #[serde(alias = "description")]
    pub beskrivning: Option<Spanned<Text>>,
    /// `större` (alias `major`): a larger change, shown in the feeds.
    #[serde(rename = "större", alias = "storre", alias = "major")]
    pub storre: Option<Spanned<Text>>,
}

/// `upphävd` as written in front matter: the repeal and its facts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRepeal {
    /// `datum` (alias `date`): from this day the document no longer applies.
    #[serde(alias = "date")]
    pub datum: Option<Spanned<Text>>,
    /// `beslutad av` (alias `decided_by`).
    #[serde(rename = "beslutad av", alias = "decided_by")]
    pub beslutad_av: Option<Spanned<Text>>,
    /// `paragraf` (alias `paragraph`).
    #[serde(alias = "paragraph")]
    pub paragraf: Option<Spanned<Text>>,
    /// `anledning` (alias `reason`).
    #[serde(alias = "reason")]
    pub anledning: Option<Spanned<Text>>,
}

/// Any YAML value, with the line of each of its parts: for values whose shape
/// the model stage checks itself (an indicator is a text or a set of keys).
/// Numbers are kept as written text (see [`Text`]).
#[derive(Debug, Clone)]
pub enum RawValue {
    /// `~`, or nothing after the colon.
    Null,
    /// A text, a number or a truth value, read as text.
    Scalar(Text),
    /// A list.
    List(Vec<Spanned<RawValue>>),
    /// A set of keys and values, in the order written.
    Map(Vec<(Spanned<Text>, Spanned<RawValue>)>),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, a list or a set of keys")
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_some<D2: de::Deserializer<'de>>(self, d: D2) -> Result<RawValue, D2::Error> {
                RawValue::deserialize(d)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Scalar(Text(
                    if v { "true" } else { "false" }.to_string(),
                )))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<RawValue>>()? {
                    items.push(item);
                }
                Ok(RawValue::List(items))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<Text>>()? {
                    let value = map.next_value::<Spanned<RawValue>>()?;
                    entries.push((key, value));
                }
                Ok(RawValue::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}
