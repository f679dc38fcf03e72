//! The register of regulations as open data: `/api/register.json` (with
//! its JSON Schema, `/api/schema/register.schema.json`) and
//! `/api/register.csv`, made only when the site has regulations, as its
//! page is. Both list the originals with a `författningsnummer` in the
//! register's order: by organisation, in each those in force by number,
//! then those repealed or expired by number. The CSV follows
//! `goals.csv`'s form (RFC 4180, CRLF, a header row, UTF-8).

use serde::Serialize;

use super::data::{published_schema, valid_until};
use super::making;
use crate::address::{Addresses, REGISTER_CSV, REGISTER_JSON};
use crate::error::Result;
use crate::lang::Lang;
use crate::model::{DocKind, Document, Status, register_order};
use crate::render::{Site, collation_key};

/// The schema of `/api/register.json`; `{base_url}` stands for the site's
/// address.
pub const REGISTER_SCHEMA: &str = include_str!("register.schema.json");
const REGISTER_SCHEMA_FILE: &str = "schema/register.schema.json";

/// The CSV's header row: the JSON's fields of a regulation, in its order.
pub const COLUMNS: [&str; 16] = [
    "number",
    "organisation",
    "in_force",
    "status",
    "title",
    "type",
    "decided_by",
    "paragraph",
    "decided",
    "valid_from",
    "valid_until",
    "repeal_date",
    "id",
    "language",
    "url",
    "json_url",
];

/// `/api/register.json`.
#[derive(Debug, Serialize)]
struct Register {
    #[serde(rename = "$schema")]
    schema: String,
    /// The register's page, in the default language.
    url: String,
    csv_url: String,
    status_date: String,
    regulations: Vec<Regulation>,
}

/// One regulation, from its original.
#[derive(Debug, Serialize)]
struct Regulation {
    number: String,
    organisation: String,
    /// Not repealed and not expired on the build day.
    in_force: bool,
    status: Status,
    title: String,
    #[serde(rename = "type")]
    kind: DocKind,
    decided_by: Option<String>,
    paragraph: Option<String>,
    decided: Option<String>,
    valid_from: Option<String>,
    valid_until: Option<String>,
    /// `upphävd`: its date, past or still to come.
    repeal_date: Option<String>,
    id: String,
    language: Lang,
    url: String,
    json_url: String,
}

/// The register's files, as (path, bytes); none when no document has a
/// `författningsnummer`.
pub fn files(r: &Site<'_>) -> Result<Vec<(String, Vec<u8>)>> {
    let corpus = r.corpus;
    if !corpus.has_regulations() {
        return Ok(Vec::new());
    }
    let addr = &r.addr;
    let regulations = regulations(r);
    let json_path = Addresses::output_path(&addr.api(REGISTER_JSON));
    let register = Register {
        schema: addr.absolute(&addr.api(REGISTER_SCHEMA_FILE)),
        url: addr.absolute(&addr.register(&r.config.default_language)),
        csv_url: addr.absolute(&addr.api(REGISTER_CSV)),
        status_date: r.today.to_string(),
        regulations,
    };
    let mut json =
        serde_json::to_vec_pretty(&register).map_err(|e| making(&json_path)(e.into()))?;
    json.push(b'\n');
    let csv_path = Addresses::output_path(&addr.api(REGISTER_CSV));
    let csv = csv(&register.regulations).map_err(|e| making(&csv_path)(e))?;
    Ok(vec![
        (json_path, json),
        (csv_path, csv),
        (
            Addresses::output_path(&addr.api(REGISTER_SCHEMA_FILE)),
            published_schema(r, REGISTER_SCHEMA).into_bytes(),
        ),
    ])
}

/// Every regulation, in the register's order.
fn regulations(r: &Site<'_>) -> Vec<Regulation> {
    let addr = &r.addr;
    let today = r.today;
    let mut docs: Vec<(&Document, &str)> = r
        .corpus
        .documents
        .iter()
        .filter(|d| d.lang == r.config.default_language)
        .filter_map(|d| Some((d, d.regulation_number.as_ref()?.target.as_str())))
        .collect();
    docs.sort_by_cached_key(|(d, number)| {
        (
            collation_key(&d.organisation),
            d.organisation.clone(),
            register_order(d.status(today), number),
        )
    });
    docs.into_iter()
        .map(|(d, number)| {
            let status = d.status(today);
            Regulation {
                number: number.to_string(),
                organisation: d.organisation.clone(),
                in_force: !status.is_ended(),
                status,
                title: d.title.clone(),
                kind: d.kind,
                decided_by: d.decided_by.clone(),
                paragraph: d.paragraph.clone(),
                decided: d.decided.map(|x| x.to_string()),
                valid_from: d.valid_from.map(|x| x.to_string()),
                valid_until: valid_until(d.valid_until),
                repeal_date: d.repeal.as_ref().map(|x| x.date.to_string()),
                id: d.key.to_string(),
                language: d.lang.clone(),
                url: addr.absolute(&addr.document(&d.key, &d.lang)),
                json_url: addr.absolute(&addr.document_data(&d.key, &d.lang)),
            }
        })
        .collect()
}

/// The CSV: one row per regulation, an empty cell for a missing value.
fn csv(regulations: &[Regulation]) -> std::io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    for g in regulations {
        let status = serde_json::to_value(g.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        w.write_record([
            g.number.clone(),
            g.organisation.clone(),
            g.in_force.to_string(),
            status,
            g.title.clone(),
            g.kind.as_str().to_string(),
            text(&g.decided_by),
            text(&g.paragraph),
            text(&g.decided),
            text(&g.valid_from),
            text(&g.valid_until),
            text(&g.repeal_date),
            g.id.clone(),
            g.language.to_string(),
            g.url.clone(),
            g.json_url.clone(),
        ])?;
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}
