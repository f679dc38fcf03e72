//! Data files: the CSV files under `content/data/` that an indicator names
//! with `data:`, each read once, with every mistake reported at the CSV
//! file's own line.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::DataPoint;
use super::numbers::Points;
use crate::content::{DataFile, ParsedFile, RawValue};
use crate::diag::{Diagnostics, Span, nearest};

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
