//! Indicators: how a goal is measured. An indicator is a name, and may also
//! have a unit, a source, a Kolada KPI id and a series of yearly values,
//! written in the front matter (`serie`) or in a CSV file under
//! `content/data/` (`data`). Every mistake is a diagnostic naming the file
//! and line where it is: the front matter's line, or the CSV file's own.

mod data;
mod numbers;
mod read;

pub use data::DataSet;
pub use numbers::parse_number;
pub(in crate::model) use read::{Given, original, read, translated};

use serde::Serialize;

use crate::lang::Lang;

/// One indicator of a goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// The indicator as the document words it.
    pub name: String,
    /// What the values count (`procent`, `antal`, or a unit in words).
    pub unit: Option<Unit>,
    /// Where the values come from, in words.
    pub source: Option<String>,
    /// The matching key figure in Kolada.
    pub kolada: Option<KoladaId>,
    /// The CSV file the values were read from, inside `content/data/`
    /// (`befolkning.csv`); it is published at `/data/<name>`.
    pub data_file: Option<String>,
    /// The values, one per year, sorted by year (empty when there are none).
    pub series: Vec<DataPoint>,
    /// The language of the name when it is not the document's: an
    /// indicator a translation leaves untranslated keeps the original's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Indicator {
    /// An indicator that is only a name (the form FORMAT.md gives).
    pub fn named(name: String) -> Self {
        Indicator {
            name,
            unit: None,
            source: None,
            kolada: None,
            data_file: None,
            series: Vec::new(),
            lang: None,
        }
    }

    /// The value of the latest year, when there is a series.
    pub fn latest(&self) -> Option<&DataPoint> {
        self.series.last()
    }

    /// The most decimals any value was written with, so a table shows
    /// every value of the series alike (16,0 and 16,5).
    pub fn decimals(&self) -> usize {
        self.series
            .iter()
            .map(|p| usize::from(p.decimals))
            .max()
            .unwrap_or(0)
    }

    /// True when the indicator has facts beyond its name that a translation
    /// takes from the original (values, a Kolada id).
    fn has_numbers(&self) -> bool {
        !self.series.is_empty() || self.kolada.is_some()
    }
}

/// One year's value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DataPoint {
    /// The year.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// How many decimals it was written with.
    #[serde(skip)]
    pub decimals: u8,
}

/// What the values count. Serialised as `"percent"`, `"count"` or the words
/// the editor wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// Per cent (`procent`, `%`, `percent`): values are shown with a % sign.
    Percent,
    /// A number of things (`antal`, `count`, `number`).
    Count,
    /// Any other unit, as written (`kronor per invånare`).
    Other(String),
}

impl Unit {
    /// Reads `enhet`, knowing a few words in Swedish and English.
    pub fn parse(s: &str) -> Option<Unit> {
        let t = s.trim();
        if t.is_empty() {
            return None;
        }
        Some(match t.to_lowercase().as_str() {
            "procent" | "%" | "percent" | "per cent" => Unit::Percent,
            "antal" | "count" | "number" => Unit::Count,
            _ => Unit::Other(t.to_string()),
        })
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Unit::Percent => s.serialize_str("percent"),
            Unit::Count => s.serialize_str("count"),
            Unit::Other(t) => s.serialize_str(t),
        }
    }
}

/// A key figure id in Kolada, the municipalities' open database: `N` (for
/// municipalities and regions) or `U` (for their units) and five digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KoladaId(String);

impl KoladaId {
    /// Reads an id, in either case (`n00914` is `N00914`).
    pub fn parse(s: &str) -> Option<KoladaId> {
        let t = s.trim().to_ascii_uppercase();
        let b = t.as_bytes();
        (b.len() == 6 && matches!(b[0], b'N' | b'U') && b[1..].iter().all(u8::is_ascii_digit))
            .then_some(KoladaId(t))
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key figure's public page on kolada.se (its free search, opened
    /// on this one figure).
    pub fn url(&self) -> String {
        format!("https://www.kolada.se/verktyg/fri-sokning/?kpis={}", self.0)
    }
}

impl Serialize for KoladaId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("KoladaId", 2)?;
        st.serialize_field("id", &self.0)?;
        st.serialize_field("url", &self.url())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kolada_ids() {
        assert_eq!(KoladaId::parse("N00914").unwrap().as_str(), "N00914");
        assert_eq!(KoladaId::parse(" u00914 ").unwrap().as_str(), "U00914");
        for bad in ["N0091", "N009145", "X00914", "N0091A", ""] {
            assert!(KoladaId::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(
            KoladaId::parse("N00914").unwrap().url(),
            "https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914"
        );
    }

    #[test]
    fn units() {
        assert_eq!(Unit::parse("Procent"), Some(Unit::Percent));
        assert_eq!(Unit::parse("%"), Some(Unit::Percent));
        assert_eq!(Unit::parse("antal"), Some(Unit::Count));
        assert_eq!(
            Unit::parse(" kronor per invånare "),
            Some(Unit::Other("kronor per invånare".into()))
        );
        assert_eq!(Unit::parse(" "), None);
    }
}
