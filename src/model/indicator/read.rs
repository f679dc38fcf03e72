//! Reading an indicator from front matter: a name, or a set of keys, checked
//! one by one, and a translation's indicators matched with the original's.

use crate::content::yaml::Spanned;

use super::data::{DataSet, data_file};
use super::numbers::Points;
use super::{DataPoint, Indicator, KoladaId, Unit};
use crate::content::keys::INDICATOR_KEYS;
use crate::content::{ParsedFile, RawValue, Text};
use crate::diag::{Diagnostics, Span, nearest};
use crate::messages::Message;
use crate::msg;

/// An indicator as one file gives it: what is written, checked, with no
/// value taken from elsewhere yet.
#[derive(Debug, Clone)]
pub(in crate::model) struct Given {
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
pub(in crate::model) fn read(
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
                    .error("bad-indicator", at, msg!("indicator-is-a-list"))
                    .help(msg!("indicator-is-a-list-help"));
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
pub(in crate::model) fn original(given: Vec<Given>) -> Vec<Indicator> {
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
pub(in crate::model) fn translated(
    given: Vec<Given>,
    original: &[Indicator],
    original_lang: &crate::lang::Lang,
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
                lang: Some(original_lang.clone()),
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
                msg!(
                    "untranslated-indicator",
                    count = left_out.len(),
                    names = names.join(", ")
                ),
            )
            .help(msg!("untranslated-indicator-help"));
    }
    let mut out = Vec::new();
    for (i, g) in given.into_iter().enumerate() {
        let Some(o) = original.get(i) else {
            if g.name.is_none() {
                diags
                    .error(
                        "missing-key",
                        g.at.clone(),
                        msg!("indicator-name-not-in-original"),
                    )
                    .help(msg!("indicator-name-not-in-original-help"));
                ok = false;
            }
            out.push(g.into_indicator());
            continue;
        };
        let differs = |what: Message, at: &Span, diags: &mut Diagnostics| {
            diags
                .error(
                    "translation-numbers",
                    at.clone(),
                    msg!("translation-numbers", name = o.name.as_str(), what = what),
                )
                .help(msg!("translation-numbers-help"));
        };
        if let Some((s, at)) = &g.series
            && s != &o.series
        {
            differs(msg!("what-series"), at, diags);
            ok = false;
        }
        if let Some((f, at)) = &g.data_file
            && Some(f) != o.data_file.as_ref()
        {
            differs(msg!("what-data-file"), at, diags);
            ok = false;
        }
        if let Some((k, at)) = &g.kolada
            && Some(k) != o.kolada.as_ref()
        {
            differs(msg!("what-kolada"), at, diags);
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
                    msg!("indicator-value-not-text", key = key),
                )
                .help(msg!(
                    "indicator-value-not-text-help",
                    key = key,
                    example = example
                ));
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
        let Some(&(canonical, ..)) = INDICATOR_KEYS.iter().find(|(sv, en, ..)| {
            *sv == lower || *en == lower || (*sv == "källa" && lower == "kalla")
        }) else {
            let all = INDICATOR_KEYS.iter().flat_map(|(sv, en, ..)| [*sv, *en]);
            let d = diags.error(
                "unknown-key",
                key_at,
                msg!("indicator-unknown-key", key = written),
            );
            match nearest(written, all) {
                Some(s) => d.help(msg!("indicator-unknown-key-suggestion", suggestion = s)),
                None => d.help(msg!("indicator-keys")),
            };
            ok = false;
            continue;
        };
        if let Some((_, line)) = seen.iter().find(|(k, _)| *k == canonical) {
            diags
                .error(
                    "duplicate-key",
                    key_at,
                    msg!("indicator-key-twice", key = canonical, line = *line),
                )
                .help(msg!("keep-one"));
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
                                msg!("bad-kolada", value = v.as_str()),
                            )
                            .help(msg!("bad-kolada-help"));
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
            .error("series-and-data", at.clone(), msg!("series-and-data"))
            .help(msg!("series-and-data-help"));
        ok = false;
    }
    // A translation may leave the name out: it is then the original's.
    if g.name.is_none() && !translation {
        let (msg, help) = if name_given {
            (
                msg!("indicator-name-empty"),
                msg!("indicator-name-empty-help"),
            )
        } else {
            (
                msg!("indicator-without-name"),
                msg!("indicator-without-name-help"),
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
            .error("bad-series", file.span_of(value), msg!("bad-series"))
            .help(msg!(
                "bad-series-help",
                example = "\n    serie:\n      2019: 16\n      2020: 16,4"
            ));
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
                        msg!("series-value-not-a-number", year = year.value.0.trim()),
                    )
                    .help(msg!("series-value-not-a-number-help"));
                points.ok = false;
                continue;
            }
        };
        points.add(&year.value.0, year_at, value_text, file.span_of(v), diags);
    }
    if entries.is_empty() {
        diags
            .error("bad-series", file.span_of(value), msg!("series-empty"))
            .help(msg!("series-empty-help"));
        return None;
    }
    points.finish()
}
