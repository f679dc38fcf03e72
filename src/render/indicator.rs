//! The views of indicators: names, units and sources in the page's language,
//! numbers written the language's way, the chart (see [`super::chart`]) and
//! the table of values.

use super::Renderer;
use super::chart::{self, Bar, Chart};
use super::i18n::Arg;
use super::view::{ExternalLink, IndicatorView, SeriesTable};
use crate::lang::Lang;
use crate::model::{Indicator, Unit};

impl Renderer<'_> {
    /// The view of `ind` on a page in `lang`. With a `chart_id` (unique on
    /// the page: the chart's title and description take their ids from it)
    /// the view has the chart and the table; without, the name, unit,
    /// source and latest value, for lists.
    pub(super) fn indicator_view(
        &self,
        ind: &Indicator,
        lang: &Lang,
        chart_id: Option<&str>,
    ) -> IndicatorView {
        let decimals = ind.decimals();
        let unit = ind.unit.as_ref().map(|u| self.unit_name(lang, u));
        let value_of = |v: f64| self.value_text(lang, v, decimals, ind.unit.as_ref());
        let latest = ind.latest().map(|p| {
            self.i18n.t_with(
                lang,
                "indicator-latest",
                &[
                    ("value", value_of(p.value).into()),
                    ("year", p.year.to_string().into()),
                ],
            )
        });
        let value_header = capitalise(
            unit.clone()
                .unwrap_or_else(|| self.t(lang, "indicator-value")),
        );
        let year_header = self.t(lang, "indicator-year");
        let (chart, table) = if let (Some(id), false) = (chart_id, ind.series.is_empty()) {
            let bars: Vec<Bar> = ind
                .series
                .iter()
                .map(|p| Bar {
                    year: p.year,
                    value: p.value,
                    // The unit stands once, as the axis's title; only % is
                    // short enough to go with every bar.
                    label: match ind.unit {
                        Some(Unit::Percent) => value_of(p.value),
                        _ => self.i18n.number(lang, p.value, decimals),
                    },
                })
                .collect();
            let desc = self.chart_description(lang, ind, &value_of);
            let rtl = lang.dir() == crate::lang::Direction::Rtl;
            let svg = chart::svg(&Chart {
                id,
                title: &ind.name,
                desc: &desc,
                x_title: &year_header,
                y_title: &value_header,
                rtl,
                bars: &bars,
                tick_label: &|v, d| self.i18n.number(lang, v, d),
            });
            let table = SeriesTable {
                caption: self.i18n.t_with(
                    lang,
                    "indicator-table-caption",
                    &[("name", (&ind.name).into())],
                ),
                year_header: year_header.clone(),
                value_header: value_header.clone(),
                rows: ind
                    .series
                    .iter()
                    .map(|p| {
                        (
                            p.year.to_string(),
                            self.i18n.number(lang, p.value, decimals),
                        )
                    })
                    .collect(),
            };
            (Some(svg), Some(table))
        } else {
            (None, None)
        };
        let kolada = ind.kolada.as_ref().map(|k| ExternalLink {
            text: self
                .i18n
                .t_with(lang, "indicator-kolada", &[("id", k.as_str().into())]),
            url: k.url(),
            hreflang: "sv",
        });
        IndicatorView {
            name: ind.name.clone(),
            // The `lang` attribute of a name left in the original: its tag.
            lang: ind.lang.as_ref().map(|l| l.tag().to_string()),
            detailed: unit.is_some()
                || ind.source.is_some()
                || kolada.is_some()
                || !ind.series.is_empty(),
            unit,
            source: ind.source.clone(),
            kolada,
            csv_url: ind.data_file.as_deref().map(|f| self.addr.data_file(f)),
            chart,
            table,
            latest,
        }
    }

    /// A unit in words of `lang`: the known units translated, others as written.
    fn unit_name(&self, lang: &Lang, unit: &Unit) -> String {
        match unit {
            Unit::Percent => self.t(lang, "unit-percent"),
            Unit::Count => self.t(lang, "unit-count"),
            Unit::Other(s) => s.clone(),
        }
    }

    /// A value with its unit where the unit goes with the number (`16,4 %`,
    /// `120 kronor`); a count is the number alone.
    fn value_text(&self, lang: &Lang, v: f64, decimals: usize, unit: Option<&Unit>) -> String {
        let number = self.i18n.number(lang, v, decimals);
        match unit {
            Some(Unit::Percent) => {
                self.i18n
                    .t_with(lang, "value-percent", &[("value", (&number).into())])
            }
            Some(Unit::Other(u)) => self.i18n.t_with(
                lang,
                "value-with-unit",
                &[("value", (&number).into()), ("unit", u.into())],
            ),
            Some(Unit::Count) | None => number,
        }
    }

    /// The chart's description: the numbers in words (the first and the
    /// latest value, the lowest and the highest).
    fn chart_description(
        &self,
        lang: &Lang,
        ind: &Indicator,
        value_of: &dyn Fn(f64) -> String,
    ) -> String {
        let (Some(first), Some(last)) = (ind.series.first(), ind.series.last()) else {
            return String::new();
        };
        let mut args: Vec<(&str, Arg<'_>)> = Vec::new();
        let mut set = |name: &'static str, text: String| args.push((name, text.into()));
        if ind.series.len() == 1 {
            set("value", value_of(first.value));
            set("year", first.year.to_string());
            return self.i18n.t_with(lang, "chart-desc-one", &args);
        }
        // The lowest and highest, the earliest year where values tie.
        let pick = |better: fn(f64, f64) -> bool| {
            ind.series.iter().fold(
                first,
                |best, p| if better(p.value, best.value) { p } else { best },
            )
        };
        let min = pick(|a, b| a < b);
        let max = pick(|a, b| a > b);
        set("first-value", value_of(first.value));
        set("first-year", first.year.to_string());
        set("last-value", value_of(last.value));
        set("last-year", last.year.to_string());
        set("min-value", value_of(min.value));
        set("min-year", min.year.to_string());
        set("max-value", value_of(max.value));
        set("max-year", max.year.to_string());
        self.i18n.t_with(lang, "chart-desc-many", &args)
    }
}

/// The text with its first letter in capitals (`procent` → `Procent`).
fn capitalise(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}
