//! Indicators: how a goal is measured. An indicator is a name, and may also
//! have a unit, a source, a Kolada KPI id and a series of yearly values,
//! written in the front matter (`serie`) or in a CSV file under
//! `content/data/` (`data`). Every mistake is a diagnostic naming the file
//! and line where it is: the front matter's line, or the CSV file's own.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_saphyr::Spanned;

use crate::content::{DataFile, ParsedFile, RawValue, Text};
use crate::diag::{Diagnostics, Span, nearest};

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
    pub lang: Option<String>,
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

/// The keys of an indicator, Swedish first, with their English aliases.
const KEYS: &[(&str, &str)] = &[
    ("namn", "name"),
    ("enhet", "unit"),
    ("källa", "source"),
    ("kolada", "kolada"),
    ("serie", "series"),
    ("data", "data"),
];

/// The columns of a data file, Swedish first, with their English aliases.
const COLUMNS: &[(&str, &str)] = &[("år", "year"), ("värde", "value")];

/// The CSV files under `content/data/`, each read at most once however many
/// indicators name it, so a mistake in one is reported once. Files are read
/// from many threads; the first to ask reads the file and reports its
/// problems, the others wait for it and take its values.
#[derive(Debug, Default)]
pub struct DataSet {
    files: BTreeMap<String, DataFile>,
    read: std::sync::Mutex<BTreeMap<String, Option<Vec<DataPoint>>>>,
}

impl DataSet {
    /// The files found by discovery.
    pub fn new(files: Vec<DataFile>) -> Self {
        DataSet {
            files: files.into_iter().map(|f| (f.name.clone(), f)).collect(),
            read: Default::default(),
        }
    }

    /// The values of `name`, read and checked the first time; `None` when
    /// the file has errors (reported).
    fn series(&self, name: &str, diags: &mut Diagnostics) -> Option<Vec<DataPoint>> {
        let mut read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(done) = read.get(name) {
            return done.clone();
        }
        let result = self.files.get(name).and_then(|f| read_csv(f, diags));
        read.insert(name.to_string(), result.clone());
        result
    }
}

/// An indicator as one file gives it: what is written, checked, with no
/// value taken from elsewhere yet.
#[derive(Debug, Clone)]
pub(super) struct Given {
    name: Option<String>,
    unit: Option<Unit>,
    source: Option<String>,
    kolada: Option<(KoladaId, Span)>,
    data_file: Option<(String, Span)>,
    series: Option<(Vec<DataPoint>, Span)>,
    at: Span,
}

impl Given {
    fn into_indicator(self) -> Indicator {
        Indicator {
            name: self.name.unwrap_or_default(),
            unit: self.unit,
            source: self.source,
            kolada: self.kolada.map(|(k, _)| k),
            data_file: self.data_file.map(|(f, _)| f),
            series: self.series.map(|(s, _)| s).unwrap_or_default(),
            lang: None,
        }
    }
}

/// Reads one file's `indikatorer` of one goal. `None` when any has an error
/// (reported).
pub(super) fn read(
    file: &ParsedFile,
    items: &[Spanned<RawValue>],
    translation: bool,
    data: &DataSet,
    diags: &mut Diagnostics,
) -> Option<Vec<Given>> {
    let mut out = Vec::new();
    let mut ok = true;
    for item in items {
        let at = file.span_of(item);
        match &item.value {
            RawValue::Null => {}
            RawValue::Scalar(Text(t)) => {
                let t = t.trim();
                if !t.is_empty() {
                    out.push(Given {
                        name: Some(t.to_string()),
                        unit: None,
                        source: None,
                        kolada: None,
                        data_file: None,
                        series: None,
                        at,
                    });
                }
            }
            RawValue::List(_) => {
                diags
                    .error("bad-indicator", at, "an indicator is a name or a set of keys, not a list")
                    .help("write the name after the dash (- Andel utrikes födda i arbete), or keys under it: namn, enhet, källa, kolada, serie or data");
                ok = false;
            }
            RawValue::Map(entries) => {
                match read_keys(file, entries, at, translation, data, diags) {
                    Some(g) => out.push(g),
                    None => ok = false,
                }
            }
        }
    }
    ok.then_some(out)
}

/// The indicators of a goal in the original language.
pub(super) fn original(given: Vec<Given>) -> Vec<Indicator> {
    given.into_iter().map(Given::into_indicator).collect()
}

/// The indicators of a goal in a translation: each item translates the
/// original's indicator in the same place. Its name, unit and source are the
/// translation's where given; the numbers (series, data file, Kolada id) are
/// always the original's, and a translation that gives other numbers is an
/// error, so no language shows figures the original does not.
///
/// Where the original's indicators have no numbers, the translation's list
/// simply replaces them, as before indicators could carry numbers. Where
/// they have, an indicator the translation leaves out (at the end) is still
/// shown, in the original's words and marked with its language, and the
/// translation gets a warning: the numbers are not lost in any language.
pub(super) fn translated(
    given: Vec<Given>,
    original: &[Indicator],
    original_lang: &str,
    list_at: Span,
    diags: &mut Diagnostics,
) -> Option<Vec<Indicator>> {
    let mut ok = true;
    let numbered = original.iter().any(Indicator::has_numbers);
    let left_out: Vec<Indicator> = if numbered {
        original
            .iter()
            .skip(given.len())
            .map(|o| Indicator {
                lang: Some(original_lang.to_string()),
                ..o.clone()
            })
            .collect()
    } else {
        Vec::new()
    };
    if !left_out.is_empty() {
        let names: Vec<String> = left_out.iter().map(|o| format!("\"{}\"", o.name)).collect();
        diags
            .warning(
                "untranslated-indicator",
                list_at,
                format!(
                    "the translation leaves out {} indicator(s) of the original: {}; the page shows them untranslated",
                    left_out.len(),
                    names.join(", ")
                ),
            )
            .help("translate every indicator of the original, in the same order (the values come from the original; the name is enough)");
    }
    let mut out = Vec::new();
    for (i, g) in given.into_iter().enumerate() {
        let Some(o) = original.get(i) else {
            if g.name.is_none() {
                diags
                    .error("missing-key", g.at.clone(), "this indicator has no \"namn\", and the original has no indicator in its place to take it from")
                    .help("add namn: with the indicator's name in this language");
                ok = false;
            }
            out.push(g.into_indicator());
            continue;
        };
        let differs = |what: &str, at: &Span, diags: &mut Diagnostics| {
            diags
                .error(
                    "translation-numbers",
                    at.clone(),
                    format!(
                        "this translation gives the indicator \"{}\" another {what} than the original",
                        o.name
                    ),
                )
                .help("the numbers are written once, in the original, and every language shows them: remove them from the translation, or correct the original");
        };
        if let Some((s, at)) = &g.series
            && s != &o.series
        {
            differs("series", at, diags);
            ok = false;
        }
        if let Some((f, at)) = &g.data_file
            && Some(f) != o.data_file.as_ref()
        {
            differs("data file", at, diags);
            ok = false;
        }
        if let Some((k, at)) = &g.kolada
            && Some(k) != o.kolada.as_ref()
        {
            differs("Kolada id", at, diags);
            ok = false;
        }
        out.push(Indicator {
            name: g.name.unwrap_or_else(|| o.name.clone()),
            unit: g.unit.or_else(|| o.unit.clone()),
            source: g.source.or_else(|| o.source.clone()),
            kolada: o.kolada.clone(),
            data_file: o.data_file.clone(),
            series: o.series.clone(),
            lang: None,
        });
    }
    out.extend(left_out);
    ok.then_some(out)
}

/// A scalar value as trimmed text, or a diagnostic when it is a list or a
/// set of keys.
fn scalar(
    file: &ParsedFile,
    key: &str,
    v: &Spanned<RawValue>,
    example: &str,
    diags: &mut Diagnostics,
) -> Result<Option<String>, ()> {
    match &v.value {
        RawValue::Null => Ok(None),
        RawValue::Scalar(Text(t)) => Ok(Some(t.trim().to_string()).filter(|t| !t.is_empty())),
        _ => {
            diags
                .error(
                    "bad-value",
                    file.span_of(v),
                    format!("\"{key}\" of an indicator takes a text, not a list or a set of keys"),
                )
                .help(format!("write it on one line, e.g. {key}: {example}"));
            Err(())
        }
    }
}

fn read_keys(
    file: &ParsedFile,
    entries: &[(Spanned<Text>, Spanned<RawValue>)],
    at: Span,
    translation: bool,
    data: &DataSet,
    diags: &mut Diagnostics,
) -> Option<Given> {
    let mut ok = true;
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut g = Given {
        name: None,
        unit: None,
        source: None,
        kolada: None,
        data_file: None,
        series: None,
        at: at.clone(),
    };
    let mut name_given = false;
    for (key, value) in entries {
        let key_at = file.span_of(key);
        let written = key.value.0.trim();
        let lower = written.to_lowercase();
        let Some(&(canonical, _)) = KEYS
            .iter()
            .find(|(sv, en)| *sv == lower || *en == lower || (*sv == "källa" && lower == "kalla"))
        else {
            let all = KEYS.iter().flat_map(|(sv, en)| [*sv, *en]);
            let d = diags.error(
                "unknown-key",
                key_at,
                format!("unknown key \"{written}\" in an indicator"),
            );
            match nearest(written, all) {
                Some(s) => d.help(format!(
                    "did you mean \"{s}\"? An indicator has: namn, enhet, källa, kolada, serie or data"
                )),
                None => d.help("an indicator has: namn, enhet, källa, kolada, serie or data"),
            };
            ok = false;
            continue;
        };
        if let Some((_, line)) = seen.iter().find(|(k, _)| *k == canonical) {
            diags
                .error(
                    "duplicate-key",
                    key_at,
                    format!(
                        "\"{canonical}\" is given twice in this indicator (also on line {line})"
                    ),
                )
                .help("keep one of them");
            ok = false;
            continue;
        }
        seen.push((canonical, key_at.line));
        match canonical {
            "namn" => {
                name_given = true;
                match scalar(file, "namn", value, "Andel utrikes födda i arbete", diags) {
                    Ok(v) => g.name = v,
                    Err(()) => ok = false,
                }
            }
            "enhet" => match scalar(file, "enhet", value, "procent", diags) {
                Ok(v) => g.unit = v.as_deref().and_then(Unit::parse),
                Err(()) => ok = false,
            },
            "källa" => match scalar(file, "källa", value, "SCB", diags) {
                Ok(v) => g.source = v,
                Err(()) => ok = false,
            },
            "kolada" => match scalar(file, "kolada", value, "N00914", diags) {
                Ok(None) => {}
                Ok(Some(v)) => match KoladaId::parse(&v) {
                    Some(k) => g.kolada = Some((k, file.span_of(value))),
                    None => {
                        diags
                            .error(
                                "bad-kolada",
                                file.span_of(value),
                                format!("\"{v}\" is not a Kolada id"),
                            )
                            .help("a Kolada key figure id is N or U and five digits, e.g. kolada: N00914 (it stands on the key figure's page on kolada.se)");
                        ok = false;
                    }
                },
                Err(()) => ok = false,
            },
            "serie" => match series_from_yaml(file, value, diags) {
                Some(s) => g.series = Some((s, file.span_of(value))),
                None => ok = false,
            },
            _ => match scalar(file, "data", value, "befolkning.csv", diags) {
                Ok(None) => {}
                Ok(Some(v)) => match data_file(file, &v, value, data, diags) {
                    Some((name, series)) => {
                        g.data_file = Some((name, file.span_of(value)));
                        g.series = Some((series, file.span_of(value)));
                    }
                    None => ok = false,
                },
                Err(()) => ok = false,
            },
        }
    }
    let has = |k: &str| seen.iter().any(|(s, _)| *s == k);
    if has("serie") && has("data") {
        diags
            .error(
                "series-and-data",
                at.clone(),
                "this indicator has both \"serie\" and \"data\"",
            )
            .help(
                "give the values once: either in the front matter (serie) or in a CSV file (data)",
            );
        ok = false;
    }
    // A translation may leave the name out: it is then the original's.
    if g.name.is_none() && !translation {
        let (msg, help) = if name_given {
            (
                "\"namn\" of this indicator has no value",
                "write the indicator as the document words it, e.g. namn: Andel utrikes födda i arbete",
            )
        } else {
            (
                "this indicator has no \"namn\"",
                "add namn: with the indicator as the document words it, e.g. namn: Andel utrikes födda i arbete",
            )
        };
        diags.error("missing-key", at, msg).help(help);
        ok = false;
    }
    ok.then_some(g)
}

/// `serie:` as `year: value` lines.
fn series_from_yaml(
    file: &ParsedFile,
    value: &Spanned<RawValue>,
    diags: &mut Diagnostics,
) -> Option<Vec<DataPoint>> {
    let RawValue::Map(entries) = &value.value else {
        diags
            .error(
                "bad-series",
                file.span_of(value),
                "\"serie\" takes one line per year, year: value",
            )
            .help("write the values under serie:, indented, one per line, e.g.\n    serie:\n      2019: 16\n      2020: 16,4");
        return None;
    };
    let mut points = Points::new();
    for (year, v) in entries {
        let year_at = file.span_of(year);
        let value_text = match &v.value {
            RawValue::Scalar(Text(t)) => Some(t.as_str()),
            RawValue::Null => None,
            _ => {
                diags
                    .error(
                        "bad-number",
                        file.span_of(v),
                        format!("the value of {} is not a number", year.value.0.trim()),
                    )
                    .help("write one number after the year, e.g. 2019: 16,4");
                points.ok = false;
                continue;
            }
        };
        points.add(&year.value.0, year_at, value_text, file.span_of(v), diags);
    }
    if entries.is_empty() {
        diags
            .error("bad-series", file.span_of(value), "\"serie\" has no values")
            .help("write one line per year under it, e.g. 2019: 16, or remove serie");
        return None;
    }
    points.finish()
}

/// Values being collected, checked as they come.
struct Points {
    /// The values by year, with the line each was written on.
    by_year: BTreeMap<i32, (DataPoint, usize)>,
    /// False once a value had an error.
    ok: bool,
    /// True once a row or line was seen at all.
    any: bool,
}

impl Points {
    fn new() -> Self {
        Points {
            by_year: BTreeMap::new(),
            ok: true,
            any: false,
        }
    }

    fn add(
        &mut self,
        year: &str,
        year_at: Span,
        value: Option<&str>,
        value_at: Span,
        diags: &mut Diagnostics,
    ) {
        self.any = true;
        let year_text = year.trim();
        let Some(y) = parse_year(year_text) else {
            diags
                .error(
                    "bad-year",
                    year_at,
                    format!("\"{year_text}\" is not a year"),
                )
                .help("write the year with four digits, e.g. 2019; one value per year");
            self.ok = false;
            return;
        };
        let Some(text) = value.map(str::trim).filter(|t| !t.is_empty()) else {
            diags
                .error("bad-number", value_at, format!("the year {y} has no value"))
                .help("write the value after the year, or leave the year out if there is no figure for it");
            self.ok = false;
            return;
        };
        let (v, decimals) = match parse_number(text) {
            Ok(n) => n,
            Err(help) => {
                diags
                    .error(
                        "bad-number",
                        value_at,
                        format!("\"{text}\" is not a number"),
                    )
                    .help(help);
                self.ok = false;
                return;
            }
        };
        if let Some((_, line)) = self.by_year.get(&y) {
            diags
                .error(
                    "duplicate-year",
                    year_at,
                    format!("the year {y} is given twice (also on line {line})"),
                )
                .help("give one value per year: remove or correct one of them");
            self.ok = false;
            return;
        }
        self.by_year.insert(
            y,
            (
                DataPoint {
                    year: y,
                    value: v,
                    decimals,
                },
                year_at.line,
            ),
        );
    }

    fn finish(self) -> Option<Vec<DataPoint>> {
        self.ok
            .then(|| self.by_year.into_values().map(|(p, _)| p).collect())
    }
}

/// A year: four digits.
fn parse_year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| *y >= 1000)
}

/// A number as editors write it: `16`, `16,4` or `16.4`, `-3` or `−3`, and
/// `12 345` with spaces between the thousands. Returns the value and how
/// many decimals it has, or what to write instead.
pub fn parse_number(s: &str) -> Result<(f64, u8), String> {
    let t = s.trim();
    if t.ends_with('%') {
        return Err("write the number alone (16,4) and the unit once, as enhet: procent".into());
    }
    let (negative, rest) = match t.chars().next() {
        Some('-' | '\u{2212}') => (
            true,
            &t[t.char_indices().nth(1).map_or(t.len(), |(i, _)| i)..],
        ),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut int = String::new();
    let mut frac = String::new();
    let mut seen_sep = false;
    let mut last_digit = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => {
                if seen_sep {
                    frac.push(c);
                } else {
                    int.push(c);
                }
                last_digit = true;
            }
            ',' | '.' if !seen_sep && last_digit => {
                seen_sep = true;
                last_digit = false;
            }
            ' ' | '\u{a0}' | '\u{202f}' if !seen_sep && last_digit => last_digit = false,
            _ => {
                return Err(
                    "write a number, e.g. 16, 16,4 or -3 (a decimal comma or point; no letters or units)"
                        .into(),
                );
            }
        }
    }
    if int.is_empty() || (seen_sep && frac.is_empty()) || !last_digit {
        return Err("write a number, e.g. 16, 16,4 or -3".into());
    }
    let text = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    let v: f64 = text
        .parse()
        .map_err(|_| "write a number, e.g. 16, 16,4 or -3".to_string())?;
    if !v.is_finite() || v.abs() > 1e15 {
        return Err("the number is too large to show".into());
    }
    let decimals = u8::try_from(frac.len().min(6)).unwrap_or(6);
    Ok((if negative { -v } else { v }, decimals))
}

/// `data:` names a CSV file under `content/data/`.
fn data_file(
    file: &ParsedFile,
    name: &str,
    value: &Spanned<RawValue>,
    data: &DataSet,
    diags: &mut Diagnostics,
) -> Option<(String, Vec<DataPoint>)> {
    let at = file.span_of(value);
    let name = name.trim().replace('\\', "/");
    if !data.files.contains_key(&name) {
        let stripped = name
            .strip_prefix("content/data/")
            .or_else(|| name.strip_prefix("data/"))
            .or_else(|| name.strip_prefix("/data/"))
            .filter(|s| data.files.contains_key(*s));
        let d = diags.error(
            "missing-data-file",
            at,
            format!("there is no data file content/data/{name}"),
        );
        if let Some(s) = stripped {
            d.help(format!("write the name inside content/data/: data: {s}"));
        } else if let Some(s) = nearest(&name, data.files.keys().map(String::as_str)) {
            d.help(format!("did you mean \"{s}\"?"));
        } else if !name.to_ascii_lowercase().ends_with(".csv") {
            d.help("data: names a CSV file in content/data/, e.g. data: befolkning.csv");
        } else {
            d.help(format!(
                "put the file in content/data/ (columns år;värde), or correct the name; content/data/ has {}",
                if data.files.is_empty() {
                    "no CSV files".to_string()
                } else {
                    data.files.keys().cloned().collect::<Vec<_>>().join(", ")
                }
            ));
        }
        return None;
    }
    let series = data.series(&name, diags)?;
    Some((name, series))
}

/// Reads a data file: a header row naming the columns `år` and `värde`
/// (`year`, `value`), then one row per year. Columns are separated by
/// semicolons (as Swedish spreadsheets save CSV, with decimal commas),
/// commas or tabs, told by the header row.
fn read_csv(f: &DataFile, diags: &mut Diagnostics) -> Option<Vec<DataPoint>> {
    let at = |line: u64| Span::line(&f.path, usize::try_from(line).unwrap_or(1));
    let Some(text) = &f.text else {
        diags
            .error(
                "encoding",
                at(1),
                "the data file is not saved as UTF-8 text",
            )
            .help("save it again as UTF-8 (in Excel: Save as → CSV UTF-8)");
        return None;
    };
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.contains(';') {
        b';'
    } else if header.contains('\t') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            csv_error(f, &e, diags);
            return None;
        }
    };
    if headers.iter().all(str::is_empty) {
        diags
            .error("bad-csv", at(1), "the data file has no header row")
            .help("the first row names the columns: år;värde (or year,value), then one row per year, e.g. 2019;16,4");
        return None;
    }
    let mut cols = [None, None];
    let mut ok = true;
    for (i, h) in headers.iter().enumerate() {
        let lower = h.to_lowercase();
        match COLUMNS.iter().position(|(sv, en)| {
            *sv == lower
                || *en == lower
                || (*sv == "år" && lower == "ar")
                || (*sv == "värde" && lower == "varde")
        }) {
            Some(c) if cols[c].is_none() => cols[c] = Some(i),
            Some(c) => {
                diags
                    .error(
                        "bad-csv",
                        at(1),
                        format!("the column \"{}\" is named twice", COLUMNS[c].0),
                    )
                    .help("the header row names each column once: år;värde");
                ok = false;
            }
            None => {
                let d = diags.error(
                    "bad-csv",
                    at(1),
                    format!("unknown column \"{h}\" in the header row"),
                );
                let all = COLUMNS.iter().flat_map(|(sv, en)| [*sv, *en]);
                match nearest(h, all) {
                    Some(s) => d.help(format!("did you mean \"{s}\"? The columns are år and värde (or year and value)")),
                    None => d.help("a data file has two columns, år and värde (or year and value), e.g. år;värde"),
                };
                ok = false;
            }
        }
    }
    let [Some(year_col), Some(value_col)] = cols else {
        if ok {
            let missing = if cols[0].is_none() { "år" } else { "värde" };
            diags
                .error("bad-csv", at(1), format!("the data file has no column \"{missing}\""))
                .help("the header row names the columns år and värde (or year and value), e.g. år;värde");
        }
        return None;
    };
    let mut points = Points::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                csv_error(f, &e, diags);
                return None;
            }
        };
        let line = record.position().map_or(1, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        points.add(
            record.get(year_col).unwrap_or(""),
            at(line),
            record.get(value_col),
            at(line),
            diags,
        );
    }
    if !points.any {
        diags
            .error("bad-csv", at(1), "the data file has no values")
            .help("add one row per year under the header, e.g. 2019;16,4");
        return None;
    }
    if !ok {
        return None;
    }
    points.finish()
}

fn csv_error(f: &DataFile, e: &csv::Error, diags: &mut Diagnostics) {
    let line = e.position().map_or(1, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("this row has {len} column(s), the header {expected_len}"),
        _ => format!("the data file cannot be read: {e}"),
    };
    diags
        .error(
            "bad-csv",
            Span::line(&f.path, usize::try_from(line).unwrap_or(1)),
            message,
        )
        .help("each row has a year and a value, separated like the header (år;värde); a value with a comma in a comma-separated file goes in quotes: 2019,\"16,4\"");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_editors_write_them() {
        assert_eq!(parse_number("16").unwrap(), (16.0, 0));
        assert_eq!(parse_number("16,4").unwrap(), (16.4, 1));
        assert_eq!(parse_number("16.40").unwrap(), (16.4, 2));
        assert_eq!(parse_number("-3,5").unwrap(), (-3.5, 1));
        assert_eq!(parse_number("\u{2212}3").unwrap(), (-3.0, 0));
        assert_eq!(parse_number("12 345").unwrap(), (12345.0, 0));
        assert_eq!(parse_number("12\u{a0}345,5").unwrap(), (12345.5, 1));
        for bad in [
            "", "abc", "16 %", "1,234.5", "16,", ",5", "1e5", "nan", "inf", "--3", "3-",
        ] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
        assert!(parse_number("16%").unwrap_err().contains("enhet: procent"));
    }

    #[test]
    fn years_have_four_digits() {
        assert_eq!(parse_year("2019"), Some(2019));
        for bad in ["19", "20190", "2019.5", "0999", "år", "-201"] {
            assert_eq!(parse_year(bad), None, "{bad}");
        }
    }

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

    fn csv(text: &str) -> (Option<Vec<DataPoint>>, Diagnostics) {
        let mut d = Diagnostics::new();
        let f = DataFile {
            path: "content/data/x.csv".into(),
            name: "x.csv".into(),
            text: Some(text.into()),
        };
        (read_csv(&f, &mut d), d)
    }

    #[test]
    fn csv_with_semicolons_commas_or_tabs() {
        for text in [
            "år;värde\n2020;16,4\n2019;16\n",
            "year,value\n2019,16\n2020,\"16,4\"\n",
            "värde\tår\n16\t2019\n16.4\t2020\n",
        ] {
            let (s, d) = csv(text);
            assert!(!d.has_errors(), "{text}: {d:?}");
            let s = s.unwrap();
            assert_eq!(
                s.iter().map(|p| (p.year, p.value)).collect::<Vec<_>>(),
                [(2019, 16.0), (2020, 16.4)],
                "{text}"
            );
        }
    }

    #[test]
    fn csv_mistakes_name_their_line() {
        let cases = [
            (
                "år;värde\n2019;16\n2019;17\n",
                3,
                "given twice (also on line 2)",
            ),
            ("år;värde\n2019;16\n20x9;17\n", 3, "\"20x9\" is not a year"),
            (
                "år;värde\n2019;16\n2020;mycket\n",
                3,
                "\"mycket\" is not a number",
            ),
            ("år;värde\n2019;16;3\n", 2, "3 column(s), the header 2"),
            ("år;vărde\n2019;16\n", 1, "unknown column"),
            ("år\n2019\n", 1, "no column \"värde\""),
            ("år;värde\n", 1, "no values"),
            ("", 1, "no header row"),
            ("år;värde\n2019;\n", 2, "has no value"),
        ];
        for (text, line, phrase) in cases {
            let (s, d) = csv(text);
            assert!(s.is_none(), "{text}");
            let all = d.sorted();
            assert!(
                all.iter()
                    .any(|x| x.span.line == line && x.message.contains(phrase)),
                "{text}: expected line {line} {phrase:?} in {all:?}"
            );
        }
    }
}
