//! Data files: the CSV files under `content/data/` that an indicator names
//! with `data:`, each read once, with every mistake reported at the CSV
//! file's own line.

use std::collections::BTreeMap;

use crate::content::yaml::Spanned;

use super::DataPoint;
use super::numbers::Points;
use crate::content::{DataFile, ParsedFile, RawValue};
use crate::diag::{Diagnostics, Span, nearest};
use crate::msg;

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

/// `data:` names a CSV file under `content/data/`.
pub(super) fn data_file(
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
            msg!("missing-data-file", name = &name),
        );
        if let Some(s) = stripped {
            d.help(msg!("missing-data-file-stripped", name = s));
        } else if let Some(s) = nearest(&name, data.files.keys().map(String::as_str)) {
            d.help(msg!("did-you-mean", suggestion = s));
        } else if !name.to_ascii_lowercase().ends_with(".csv") {
            d.help(msg!("missing-data-file-not-csv"));
        } else {
            d.help(msg!(
                "missing-data-file-help",
                count = data.files.len(),
                files = data.files.keys().cloned().collect::<Vec<_>>().join(", ")
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
            .error("encoding", at(1), msg!("data-encoding"))
            .help(msg!("data-encoding-help"));
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
            .error("bad-csv", at(1), msg!("csv-no-header"))
            .help(msg!("csv-no-header-help"));
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
                        msg!("csv-column-twice", column = COLUMNS[c].0),
                    )
                    .help(msg!("csv-column-twice-help"));
                ok = false;
            }
            None => {
                let d = diags.error("bad-csv", at(1), msg!("csv-unknown-column", column = h));
                let all = COLUMNS.iter().flat_map(|(sv, en)| [*sv, *en]);
                match nearest(h, all) {
                    Some(s) => d.help(msg!("csv-unknown-column-suggestion", suggestion = s)),
                    None => d.help(msg!("csv-unknown-column-help")),
                };
                ok = false;
            }
        }
    }
    let [Some(year_col), Some(value_col)] = cols else {
        if ok {
            let missing = if cols[0].is_none() { "år" } else { "värde" };
            diags
                .error(
                    "bad-csv",
                    at(1),
                    msg!("csv-missing-column", column = missing),
                )
                .help(msg!("csv-missing-column-help"));
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
            .error("bad-csv", at(1), msg!("csv-no-values"))
            .help(msg!("csv-no-values-help"));
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
        } => msg!("csv-row-length", len = *len, expected = *expected_len),
        _ => msg!("csv-unreadable", cause = e.to_string()),
    };
    diags
        .error(
            "bad-csv",
            Span::line(&f.path, usize::try_from(line).unwrap_or(1)),
            message,
        )
        .help(msg!("csv-row-help"));
}

#[cfg(test)]
mod tests {
    use super::*;

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
                    .any(|x| x.span.line == line && x.message.to_string().contains(phrase)),
                "{text}: expected line {line} {phrase:?} in {all:?}"
            );
        }
    }
}
