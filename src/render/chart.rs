//! Bar charts of an indicator's yearly values, drawn at build time as inline
//! SVG: no script, no request, the same bytes on every build.
//!
//! Hand-made rather than a plotting crate: the chart is one kind (a bar per
//! year), and what it must be is specific — colours from the theme's CSS
//! classes (so light and dark mode and forced colours work, and the
//! Content-Security-Policy, which forbids inline styles, holds), `role="img"`
//! with `<title>` and `<desc>`, numbers written the reader's way, and ids
//! unique on the page. The plotting crates write their own colours and
//! styles into the SVG and know none of that; this is about 250 lines.
//!
//! Layout: bars stand on zero (negative values hang below it), placed by
//! year, so a gap between years shows as a gap. One value gives one bar;
//! many values thin out the year and value labels that would overlap, always
//! keeping the first and the last. Time runs left to right in every language,
//! also right-to-left ones: the axis titles follow the page's direction, the
//! drawing does not (see the README, "Indicators with data").

use std::fmt::Write;

use super::escape::{Escape, escape};

/// One bar: a year, its value, and the value as the reader writes it.
#[derive(Debug, Clone)]
pub struct Bar {
    /// The year.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// The value written for the reader (`16,4 %`).
    pub label: String,
}

/// What a chart shows and says.
pub struct Chart<'a> {
    /// A prefix for the ids of the title and description, unique on the page.
    pub id: &'a str,
    /// The accessible name (the indicator's name).
    pub title: &'a str,
    /// The accessible description: the numbers in words.
    pub desc: &'a str,
    /// The horizontal axis's title (`År`).
    pub x_title: &'a str,
    /// The vertical axis's title (the unit).
    pub y_title: &'a str,
    /// True when the page is right to left: the titles are then set right to left.
    pub rtl: bool,
    /// The bars, sorted by year; at least one.
    pub bars: &'a [Bar],
    /// Writes a tick value with the given number of decimals, the reader's way.
    pub tick_label: &'a dyn Fn(f64, usize) -> String,
}

/// The font size, in the chart's units (CSS pixels when not scaled down).
const FONT: f64 = 13.0;
/// The width of a character, estimated (digits are about 0.55 em).
const CHAR: f64 = FONT * 0.62;
/// Room above the plot for the vertical axis's title.
const TITLE_ROW: f64 = 20.0;
/// Room beside a bar for its value.
const VALUE_ROOM: f64 = 18.0;
/// The plot's height.
const PLOT_H: f64 = 160.0;
/// The widest a year's slot gets.
const SLOT_MAX: f64 = 56.0;
/// The plot's width: at least (one bar does not make a sliver) …
const PLOT_W_MIN: f64 = 200.0;
/// … and at most (long series make thinner bars).
const PLOT_W_MAX: f64 = 560.0;
/// The widest a bar gets.
const BAR_MAX: f64 = 40.0;
/// Room right of the plot.
const RIGHT: f64 = 12.0;

/// The SVG of `c`.
pub fn svg(c: &Chart<'_>) -> String {
    let Some((first, last)) = c.bars.first().zip(c.bars.last()) else {
        return String::new();
    };
    let min = c.bars.iter().map(|b| b.value).fold(0.0_f64, f64::min);
    let max = c.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let scale = Scale::new(min, max);
    let ticks: Vec<(f64, String)> = scale
        .ticks()
        .map(|v| (v, (c.tick_label)(v, scale.decimals)))
        .collect();

    let widest_tick = ticks.iter().map(|(_, t)| text_width(t)).fold(0.0, f64::max);
    let left = (widest_tick + 10.0).max(28.0);
    let slots = f64::from(last.year - first.year + 1);
    let plot_w = (slots * SLOT_MAX).clamp(PLOT_W_MIN, PLOT_W_MAX);
    let slot = plot_w / slots;
    let width = (left + plot_w + RIGHT)
        .max(text_width(c.y_title) + 4.0)
        .max(text_width(c.x_title) + 4.0);
    let plot_top = TITLE_ROW + VALUE_ROOM;
    let plot_bottom = plot_top + PLOT_H;
    let below = if min < 0.0 { VALUE_ROOM } else { 0.0 };
    let year_line = plot_bottom + below + 16.0;
    let x_title_line = year_line + 20.0;
    let height = x_title_line + 8.0;
    let y = |v: f64| plot_top + (scale.hi - v) / (scale.hi - scale.lo) * PLOT_H;
    let cx = |year: i32| left + (f64::from(year - first.year) + 0.5) * slot;
    let bar_w = (slot * 0.7).clamp(1.0, BAR_MAX);
    // Labels are centred on their bar but kept inside the drawing (a label
    // wider than the plot is centred on it).
    let inside = |x: f64, w: f64| {
        let (lo, hi) = (left + w / 2.0, width - w / 2.0);
        if lo <= hi {
            x.clamp(lo, hi)
        } else {
            (left + width) / 2.0
        }
    };

    let mut s = String::new();
    let id = escape(c.id, Escape::Text);
    let _ = write!(
        s,
        r#"<svg class="chart-svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-desc" direction="ltr" font-size="{FONT}">"#,
        w = n(width),
        h = n(height),
    );
    let _ = write!(
        s,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(c.title, Escape::Text),
        escape(c.desc, Escape::Text)
    );

    s.push_str(r#"<g class="chart-grid">"#);
    for (v, _) in ticks.iter().filter(|(v, _)| *v != 0.0) {
        let _ = write!(
            s,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}"/>"#,
            n(left),
            n(left + plot_w),
            y = n(y(*v))
        );
    }
    s.push_str("</g>");

    s.push_str(r#"<g class="chart-ticks" text-anchor="end">"#);
    for (v, label) in &ticks {
        let _ = write!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            n(left - 6.0),
            n(y(*v) + FONT * 0.35),
            escape(label, Escape::Text)
        );
    }
    s.push_str("</g>");

    s.push_str(r#"<g class="chart-bars">"#);
    for b in c.bars {
        let top = y(b.value.max(0.0));
        let bottom = y(b.value.min(0.0));
        let _ = write!(
            s,
            r#"<rect class="chart-bar" x="{}" y="{}" width="{}" height="{}"/>"#,
            n(cx(b.year) - bar_w / 2.0),
            n(top),
            n(bar_w),
            n(bottom - top)
        );
    }
    s.push_str("</g>");

    let _ = write!(
        s,
        r#"<line class="chart-zero" x1="{}" y1="{y}" x2="{}" y2="{y}"/>"#,
        n(left),
        n(left + plot_w),
        y = n(y(0.0))
    );

    let value_spans: Vec<(f64, f64)> = c
        .bars
        .iter()
        .map(|b| (cx(b.year), text_width(&b.label)))
        .collect();
    s.push_str(r#"<g class="chart-values" text-anchor="middle">"#);
    for (b, shown) in c.bars.iter().zip(thin(&value_spans)) {
        if !shown {
            continue;
        }
        let w = text_width(&b.label);
        let baseline = if b.value < 0.0 {
            y(b.value) + FONT + 1.0
        } else {
            y(b.value) - 5.0
        };
        let _ = write!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            n(inside(cx(b.year), w)),
            n(baseline),
            escape(&b.label, Escape::Text)
        );
    }
    s.push_str("</g>");

    let year_spans: Vec<(f64, f64)> = c
        .bars
        .iter()
        .map(|b| (cx(b.year), text_width(&b.year.to_string())))
        .collect();
    s.push_str(r#"<g class="chart-years" text-anchor="middle">"#);
    for (b, shown) in c.bars.iter().zip(thin(&year_spans)) {
        if shown {
            let label = b.year.to_string();
            let _ = write!(
                s,
                r#"<text x="{}" y="{}">{label}</text>"#,
                n(inside(cx(b.year), text_width(&label))),
                n(year_line)
            );
        }
    }
    s.push_str("</g>");

    let dir = if c.rtl { "rtl" } else { "ltr" };
    let _ = write!(
        s,
        r#"<text class="chart-axis-title" x="{}" y="{}" text-anchor="middle" direction="{dir}">{}</text>"#,
        n(inside(left + plot_w / 2.0, text_width(c.x_title))),
        n(x_title_line),
        escape(c.x_title, Escape::Text)
    );
    // The vertical axis's title starts at the drawing's left edge, above the
    // tick labels; set right to left, its start is its right end.
    let _ = write!(
        s,
        r#"<text class="chart-axis-title" x="0" y="14" text-anchor="{}" direction="{dir}">{}</text>"#,
        if c.rtl { "end" } else { "start" },
        escape(c.y_title, Escape::Text)
    );
    s.push_str("</svg>");
    s
}

/// The vertical scale: round ticks covering the values and zero.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Scale {
    lo: f64,
    hi: f64,
    step: f64,
    /// Decimals the tick labels need (1 for a step of 2.5).
    decimals: usize,
}

impl Scale {
    /// A scale from `min` (≤ 0) to `max` (≥ 0) in about four steps.
    fn new(min: f64, max: f64) -> Scale {
        let span = if max > min { max - min } else { 1.0 };
        let raw = span / 4.0;
        let exp = raw.log10().floor() as i32;
        let base = 10f64.powi(exp);
        let f = raw / base;
        let (m, exp) = match f {
            f if f <= 1.0 => (1.0, exp),
            f if f <= 2.0 => (2.0, exp),
            f if f <= 2.5 => (2.5, exp),
            f if f <= 5.0 => (5.0, exp),
            _ => (1.0, exp + 1),
        };
        let step = m * 10f64.powi(exp);
        let extra = usize::from(m == 2.5);
        let decimals = usize::try_from((extra as i32 - exp).max(0)).unwrap_or(0);
        let lo = (min / step).floor() * step;
        let mut hi = (max / step).ceil() * step;
        if hi <= lo {
            hi = lo + step;
        }
        Scale {
            lo,
            hi,
            step,
            decimals,
        }
    }

    /// The tick values, from the lowest to the highest.
    fn ticks(self) -> impl Iterator<Item = f64> {
        let from = (self.lo / self.step).round() as i64;
        let to = (self.hi / self.step).round() as i64;
        (from..=to).map(move |k| {
            let v = k as f64 * self.step;
            if v == 0.0 { 0.0 } else { v }
        })
    }
}

/// Which labels to show so none overlaps: each `(centre, width)` is kept
/// when it starts after the last kept one ends; the last label is always
/// kept (earlier ones that it would overlap give way), and so is the first.
fn thin(spans: &[(f64, f64)]) -> Vec<bool> {
    const GAP: f64 = 6.0;
    let mut keep = vec![false; spans.len()];
    let mut kept: Vec<usize> = Vec::new();
    for (i, (c, w)) in spans.iter().enumerate() {
        let fits = kept.last().is_none_or(|&j| {
            let (cj, wj) = spans[j];
            c - w / 2.0 >= cj + wj / 2.0 + GAP
        });
        if fits {
            kept.push(i);
        }
    }
    if let Some(last) = spans.len().checked_sub(1)
        && kept.last() != Some(&last)
    {
        let (cl, wl) = spans[last];
        while let Some(&j) = kept.last() {
            let (cj, wj) = spans[j];
            if j > 0 && cj + wj / 2.0 + GAP > cl - wl / 2.0 {
                kept.pop();
            } else {
                break;
            }
        }
        kept.push(last);
    }
    for i in kept {
        keep[i] = true;
    }
    keep
}

/// The estimated width of a text in the chart's font.
fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * CHAR
}

/// A coordinate, with one decimal at most.
fn n(x: f64) -> String {
    if x.abs() < 0.05 {
        return "0".into();
    }
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: &[(i32, f64)]) -> String {
        let bars: Vec<Bar> = values
            .iter()
            .map(|&(year, value)| Bar {
                year,
                value,
                label: format!("{value}"),
            })
            .collect();
        svg(&Chart {
            id: "c",
            title: "Andel <utrikes> födda",
            desc: "Ett värde & ett år",
            x_title: "År",
            y_title: "Procent",
            rtl: false,
            bars: &bars,
            tick_label: &|v, d| format!("{v:.d$}"),
        })
    }

    fn count(s: &str, needle: &str) -> usize {
        s.matches(needle).count()
    }

    #[test]
    fn scales_are_round_and_include_zero() {
        let s = Scale::new(0.0, 16.0);
        assert_eq!((s.lo, s.hi, s.step, s.decimals), (0.0, 20.0, 5.0, 0));
        let s = Scale::new(-3.0, 7.0);
        assert_eq!((s.lo, s.hi, s.step, s.decimals), (-5.0, 7.5, 2.5, 1));
        let s = Scale::new(0.0, 0.9);
        assert_eq!((s.step, s.decimals), (0.25, 2));
        let s = Scale::new(0.0, 9.0);
        assert_eq!((s.step, s.decimals), (2.5, 1));
        let s = Scale::new(0.0, 0.0);
        assert!(s.hi > s.lo);
        assert_eq!(
            Scale::new(0.0, 16.0).ticks().collect::<Vec<_>>(),
            [0.0, 5.0, 10.0, 15.0, 20.0]
        );
    }

    #[test]
    fn one_value_is_one_bar_with_its_label() {
        let s = chart(&[(2019, 16.0)]);
        assert!(s.starts_with("<svg "));
        assert!(s.ends_with("</svg>"));
        assert!(s.contains(r#"role="img""#));
        assert!(s.contains(r#"<title id="c-title">Andel &lt;utrikes&gt; födda</title>"#));
        assert!(s.contains(r#"<desc id="c-desc">Ett värde &amp; ett år</desc>"#));
        assert_eq!(count(&s, "<rect "), 1);
        assert!(s.contains(">16</text>"));
        assert!(s.contains(">2019</text>"));
        assert!(s.contains(">År</text>") && s.contains(">Procent</text>"));
        assert!(!s.contains("style="), "no inline styles: {s}");
    }

    #[test]
    fn many_values_thin_their_labels_but_keep_first_and_last() {
        let values: Vec<(i32, f64)> = (1990..=2025)
            .map(|y| (y, f64::from(y - 1980) * 10.5))
            .collect();
        let s = chart(&values);
        assert_eq!(count(&s, "<rect "), 36);
        assert!(s.contains(">1990</text>") && s.contains(">2025</text>"));
        let years = (1990..=2025)
            .filter(|y| s.contains(&format!(">{y}</text>")))
            .count();
        assert!(years < 36 && years > 5, "{years} year labels");
    }

    #[test]
    fn negative_values_hang_below_zero() {
        let s = chart(&[(2019, -3.0), (2020, 5.0)]);
        assert!(s.contains(">-3</text>") && s.contains(">5</text>"));
        // The zero line lies between the top and the bottom of the plot.
        let zero = s.split(r#"class="chart-zero""#).nth(1).unwrap();
        let y1: f64 = zero
            .split("y1=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            y1 > TITLE_ROW + VALUE_ROOM && y1 < TITLE_ROW + VALUE_ROOM + PLOT_H,
            "{y1}"
        );
    }

    #[test]
    fn labels_that_would_overlap_give_way() {
        let keep = thin(&[
            (0.0, 30.0),
            (10.0, 30.0),
            (20.0, 30.0),
            (40.0, 30.0),
            (50.0, 30.0),
        ]);
        assert_eq!(keep, [true, false, false, false, true]);
        assert_eq!(thin(&[(0.0, 10.0)]), [true]);
        assert_eq!(thin(&[]), Vec::<bool>::new());
    }

    #[test]
    fn labels_wider_than_the_plot_do_not_break_the_layout() {
        let bars = [Bar {
            year: 2019,
            value: 1e15,
            label: "1 000 000 000 000 000 000 000 000 000 000 000 000 procent".into(),
        }];
        let s = svg(&Chart {
            id: "c",
            title: "T",
            desc: "D",
            x_title: &"År ".repeat(80),
            y_title: &"Procent ".repeat(80),
            rtl: true,
            bars: &bars,
            tick_label: &|v, d| format!("{v:.d$}"),
        });
        assert!(s.contains("<rect "));
    }

    proptest::proptest! {
        #[test]
        fn any_series_gives_a_whole_drawing(
            mut points in proptest::collection::btree_map(1000i32..=9999, -1e15f64..1e15, 1..40),
        ) {
            points.insert(2019, 0.0);
            let values: Vec<(i32, f64)> = points.into_iter().collect();
            let s = chart(&values);
            proptest::prop_assert!(s.ends_with("</svg>"));
            proptest::prop_assert!(!s.contains("NaN") && !s.contains("inf"));
            proptest::prop_assert_eq!(count(&s, "<rect "), values.len());
        }
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        assert_eq!(
            chart(&[(2019, 16.4), (2021, 17.0)]),
            chart(&[(2019, 16.4), (2021, 17.0)])
        );
    }
}
