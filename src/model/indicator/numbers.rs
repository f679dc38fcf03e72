//! Years and numbers as editors write them, and a series collected from
//! them with every mistake reported at its line.

use std::collections::BTreeMap;

use super::DataPoint;
use crate::diag::{Diagnostics, Span};
use crate::messages::Message;
use crate::msg;

/// Values being collected, checked as they come.
pub(super) struct Points {
    /// The values by year, with the line each was written on.
    by_year: BTreeMap<i32, (DataPoint, usize)>,
    /// False once a value had an error.
    pub(super) ok: bool,
    /// True once a row or line was seen at all.
    pub(super) any: bool,
}

impl Points {
    pub(super) fn new() -> Self {
        Points {
            by_year: BTreeMap::new(),
            ok: true,
            any: false,
        }
    }

    pub(super) fn add(
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
                .error("bad-year", year_at, msg!("bad-year", year = year_text))
                .help(msg!("bad-year-help"));
            self.ok = false;
            return;
        };
        let Some(text) = value.map(str::trim).filter(|t| !t.is_empty()) else {
            diags
                .error(
                    "bad-number",
                    value_at,
                    msg!("year-without-value", year = y.to_string()),
                )
                .help(msg!("year-without-value-help"));
            self.ok = false;
            return;
        };
        let (v, decimals) = match parse_number(text) {
            Ok(n) => n,
            Err(help) => {
                diags
                    .error("bad-number", value_at, msg!("not-a-number", value = text))
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
                    msg!("duplicate-year", year = y.to_string(), line = *line),
                )
                .help(msg!("duplicate-year-help"));
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

    pub(super) fn finish(self) -> Option<Vec<DataPoint>> {
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
pub fn parse_number(s: &str) -> Result<(f64, u8), Message> {
    let t = s.trim();
    if t.ends_with('%') {
        return Err(msg!("number-percent-help"));
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
                return Err(msg!("number-letters-help"));
            }
        }
    }
    if int.is_empty() || (seen_sep && frac.is_empty()) || !last_digit {
        return Err(msg!("number-help"));
    }
    let text = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    let v: f64 = text.parse().map_err(|_| msg!("number-help"))?;
    if !v.is_finite() || v.abs() > 1e15 {
        return Err(msg!("number-too-large"));
    }
    let decimals = u8::try_from(frac.len().min(6)).unwrap_or(6);
    Ok((if negative { -v } else { v }, decimals))
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
        assert!(
            parse_number("16%")
                .unwrap_err()
                .to_string()
                .contains("enhet: procent")
        );
    }

    #[test]
    fn years_have_four_digits() {
        assert_eq!(parse_year("2019"), Some(2019));
        for bad in ["19", "20190", "2019.5", "0999", "år", "-201"] {
            assert_eq!(parse_year(bad), None, "{bad}");
        }
    }
}
