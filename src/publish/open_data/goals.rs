//! `/api/goals.csv`: every goal of every document version, one row per goal
//! and language, for spreadsheets. RFC 4180 (comma-separated, fields quoted
//! where needed, CRLF line ends, a header row) in UTF-8. Cells that hold a
//! list (focus areas, indicators) join its items with `"; "`.

use super::data::{GOALS_FILE, focus_name, indicator_text};
use super::making;
use crate::address::Addresses;
use crate::error::Result;
use crate::render::Site;

/// The header row.
pub const COLUMNS: [&str; 11] = [
    "document_id",
    "language",
    "organisation",
    "document_title",
    "goal_id",
    "goal_title",
    "focus_area_ids",
    "focus_area_names",
    "indicators",
    "document_url",
    "goal_url",
];

/// Between the items of a list inside one cell.
const LIST_SEPARATOR: &str = "; ";

/// The CSV file, as (path, bytes).
pub fn file(r: &Site<'_>) -> Result<(String, Vec<u8>)> {
    let addr = &r.addr;
    let path = Addresses::output_path(&addr.api(GOALS_FILE));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| making(&path)(e.into());
    w.write_record(COLUMNS).map_err(fail)?;
    for doc in &r.corpus.documents {
        let lang = doc.lang.as_str();
        let page = addr.document(&doc.key, lang);
        for g in &doc.goals {
            let ids: Vec<&str> = g.focus_areas.iter().map(|f| f.target.as_str()).collect();
            let names: Vec<String> = g
                .focus_areas
                .iter()
                .map(|f| focus_name(r, &f.target, lang))
                .collect();
            let indicators: Vec<String> = g.indicators.iter().map(indicator_text).collect();
            w.write_record([
                doc.key.as_str(),
                lang,
                &doc.organisation,
                &doc.title,
                g.id.as_str(),
                &g.title,
                &ids.join(LIST_SEPARATOR),
                &names.join(LIST_SEPARATOR),
                &indicators.join(LIST_SEPARATOR),
                &addr.absolute(&page),
                &addr.absolute(&format!("{page}#{}", g.id)),
            ])
            .map_err(fail)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| making(&path)(std::io::Error::other(e.to_string())))?;
    Ok((path, bytes))
}
