//! Dates as front matter writes them.

use jiff::civil::Date;

use crate::messages::Message;
use crate::msg;

/// True for *tills vidare* (until further notice), however it is written.
pub fn is_further_notice(s: &str) -> bool {
    let s = s.trim().to_lowercase();
    matches!(
        s.as_str(),
        "tills vidare" | "tillsvidare" | "until further notice"
    )
}

/// Reads a strict `YYYY-MM-DD` date, telling apart a wrong form from a day
/// that does not exist (2023-02-30).
pub fn parse_date(s: &str) -> Result<Date, Message> {
    let s = s.trim();
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(msg!("date-shape", value = s));
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<i16>().unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7) as i8, n(8..10) as i8);
    Date::new(y, m, d).map_err(|_| msg!("date-not-real", value = s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocKind;

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("2019-12-11").unwrap(),
            jiff::civil::date(2019, 12, 11)
        );
        assert!(
            parse_date("2023-02-30")
                .unwrap_err()
                .to_string()
                .contains("not a real date")
        );
        assert!(parse_date("2024-02-29").is_ok());
        assert!(
            parse_date("11 december 2019")
                .unwrap_err()
                .to_string()
                .contains("YYYY-MM-DD")
        );
        assert!(parse_date("2019-1-1").is_err());
    }

    #[test]
    fn further_notice_words() {
        assert!(is_further_notice("tills vidare"));
        assert!(is_further_notice(" Tills vidare "));
        assert!(!is_further_notice("2020-01-01"));
    }

    #[test]
    fn kinds_parse_case_insensitively() {
        assert_eq!(DocKind::parse("Strategi"), Some(DocKind::Strategi));
        assert_eq!(DocKind::parse("riktlinjer"), Some(DocKind::Riktlinje));
        assert_eq!(DocKind::parse("strateg"), None);
    }
}
