//! Front matter: splits a file into its YAML block and Markdown body and reads
//! the YAML through [`super::yaml`], which reports the line and column of
//! every value in a [`Spanned`], so every later error can name the line.

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, Visitor};

use super::raw::RawValue;
use super::yaml::{self, Spanned};
use super::yaml_error::report_yaml_error;
use crate::content::discover::{SourceFile, SourceKind};
use crate::diag::{Diagnostics, Span, nearest};
use crate::msg;

pub use super::keys::{DOCUMENT_KEYS, PAGE_KEYS, RawFrontMatter};

/// A file split and read: front matter, body, and where each key stands.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// The file as discovered.
    pub source: SourceFile,
    /// The front matter.
    pub front: RawFrontMatter,
    /// The keys present (by their canonical Swedish name), with their lines.
    pub keys: Vec<(String, usize)>,
    /// Known keys that an unknown key was taken to be a misspelling of
    /// (already reported): they are not reported as missing too.
    pub misspelt: Vec<String>,
    /// The line of the opening `---`.
    pub front_line: usize,
    /// A fingerprint of the file's path and its front matter's text:
    /// equal fingerprints give equal documents, whatever happens to the
    /// body.
    pub front_digest: u64,
    /// The Markdown body.
    pub body: super::Body,
    /// The 1-based line on which the body starts.
    pub body_line: usize,
}

impl ParsedFile {
    /// The line of `key`, when it is present.
    pub fn key_line(&self, key: &str) -> Option<usize> {
        self.keys.iter().find(|(k, _)| k == key).map(|(_, l)| *l)
    }

    /// True when an unknown key was reported as a misspelling of `key`.
    pub fn is_misspelt(&self, key: &str) -> bool {
        self.misspelt.iter().any(|k| k == key)
    }

    /// True when `key` is present (even with the value `~`).
    pub fn has_key(&self, key: &str) -> bool {
        self.key_line(key).is_some()
    }

    /// A span at the line of `key`, or at the front matter's first line.
    pub fn key_span(&self, key: &str) -> Span {
        Span::line(
            &self.source.path,
            self.key_line(key).unwrap_or(self.front_line),
        )
    }

    /// A span at a value's location.
    pub fn span_of<T>(&self, value: &Spanned<T>) -> Span {
        span_at(&self.source.path, self.front_line, value)
    }
}

/// The span of a YAML value: its location inside the front matter, moved by
/// the line of the opening `---`.
pub fn span_at<T>(file: &Path, front_line: usize, value: &Spanned<T>) -> Span {
    Span::at(file, front_line + value.line.max(1), value.col)
}

/// The text value of the top-level `key` in the front matter of `text` (a
/// whole Markdown file), if the front matter reads and the value is a
/// text: for `styrdok new`, which takes what the documents beside a new
/// one agree on.
pub fn top_level_text(text: &str, key: &str) -> Option<String> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---")?;
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Any {
        Text(String),
        Other(IgnoredAny),
    }
    let map: indexmap::IndexMap<String, Option<Any>> = yaml::read(&rest[..end]).ok()?;
    let value = map.get(key).or_else(|| {
        DOCUMENT_KEYS
            .iter()
            .find(|k| k.name == key)
            .and_then(|k| map.get(k.alias))
    })?;
    match value {
        Some(Any::Text(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Any::Text(_) | Any::Other(_)) | None => None,
    }
}

/// Splits `source` into front matter and body and reads the front matter.
/// Returns `None` (with diagnostics) when the file cannot be read further.
pub fn parse(source: SourceFile, diags: &mut Diagnostics) -> Option<ParsedFile> {
    let path = source.path.clone();
    let text = source.text.as_str();
    let Some(after_open) = text
        .strip_prefix("---\n")
        .or_else(|| (text.trim_end() == "---").then_some(""))
    else {
        diags
            .error(
                "no-front-matter",
                Span::line(&path, 1),
                msg!("no-front-matter"),
            )
            .help(msg!("no-front-matter-help"));
        return None;
    };
    // Find the closing `---` line.
    let mut offset = 0;
    let mut close = None;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start)) = close else {
        diags
            .error(
                "unclosed-front-matter",
                Span::line(&path, 1),
                msg!("unclosed-front-matter"),
            )
            .help(msg!("unclosed-front-matter-help"));
        return None;
    };
    let yaml = &after_open[..yaml_end];
    let body = super::Body::new(&after_open[body_start..]);
    let front_line = 1;
    let body_line = 2 + yaml.matches('\n').count() + 1;

    let document_keys: Vec<&str>;
    let allowed: &[&str] = match source.kind {
        SourceKind::Document => {
            document_keys = super::keys::document_key_names().collect();
            &document_keys
        }
        SourceKind::FocusArea | SourceKind::Page => PAGE_KEYS,
    };
    let (front, keys, misspelt) = if yaml.trim().is_empty() {
        Default::default()
    } else {
        match yaml::read::<KeyedFront>(yaml) {
            Ok(read) => {
                let (keys, misspelt) = check_keys(&read.keys, &path, front_line, allowed, diags);
                (read.front, keys, misspelt)
            }
            // One pass stops at the first problem. Read the keys on their
            // own first, so that an unknown key is reported even after a
            // value that cannot be read.
            Err(_) => {
                let (keys, misspelt) = read_keys(yaml, &path, front_line, allowed, diags)?;
                match yaml::read(yaml) {
                    Ok(front) => (front, keys, misspelt),
                    Err(e) => {
                        report_yaml_error(&e, yaml, &path, front_line, diags);
                        return None;
                    }
                }
            }
        }
    };
    // The body is kept; the whole text is not needed any more (messages read
    // the file again to show a line), so a large site is not held twice.
    let front_digest = crate::digest::of(&(
        source.path.as_os_str().as_encoded_bytes(),
        crate::digest::bytes(yaml.as_bytes()),
    ));
    let mut source = source;
    source.text = String::new();
    Some(ParsedFile {
        source,
        front,
        keys,
        misspelt,
        front_line,
        front_digest,
        body,
        body_line,
    })
}

/// True when `text` (a whole file) says nothing: its front matter has no
/// value but empty ones (`~`, `""`, `[]`, `{}`) and its body is blank, as
/// the browser editor writes a language whose form was left empty.
pub fn is_blank(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix("---") else {
        return text.trim().is_empty();
    };
    let (yaml, body) = rest.split_once("\n---").unwrap_or((rest, ""));
    if !body.trim_start_matches('-').trim().is_empty() {
        return false;
    }
    fn empty(v: &RawValue) -> bool {
        match v {
            RawValue::Null => true,
            RawValue::Scalar(t) => t.0.trim().is_empty(),
            RawValue::List(items) => items.iter().all(|i| empty(&i.value)),
            RawValue::Map(entries) => entries.iter().all(|(_, v)| empty(&v.value)),
        }
    }
    yaml.trim().is_empty() || yaml::read::<Spanned<RawValue>>(yaml).is_ok_and(|v| empty(&v.value))
}

/// Keys by their canonical name, with their lines.
type KeyLines = Vec<(String, usize)>;

/// The front matter with its top-level keys as written (each with its
/// location), read in one pass over the YAML.
struct KeyedFront {
    front: RawFrontMatter,
    keys: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawFrontMatter {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        KeyedFront::deserialize(d).map(|read| read.front)
    }
}

impl<'de> Deserialize<'de> for KeyedFront {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyedFront;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("struct RawFrontMatter")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<KeyedFront, A::Error> {
                let mut f = RawFrontMatter::default();
                let mut keys = Vec::new();
                let mut seen = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    let name = canonical(&key.value);
                    if let Some(spec) = super::keys::spec(name) {
                        // A key given twice (`titel` and `title`) is
                        // reported by `check_keys` at the second; its
                        // value is passed over.
                        if seen.contains(&spec.name) {
                            map.next_value::<IgnoredAny>()?;
                            keys.push(key);
                            continue;
                        }
                        seen.push(spec.name);
                    }
                    f.read_value(name, &mut map)?;
                    keys.push(key);
                }
                Ok(KeyedFront { front: f, keys })
            }
        }
        d.deserialize_map(V)
    }
}

/// A top-level key's canonical (Swedish) name.
fn canonical(name: &str) -> &str {
    let canonical = DOCUMENT_KEYS
        .iter()
        .find(|k| k.alias == name)
        .map_or(name, |k| k.name);
    if canonical == "fokusomrade" {
        "fokusområde"
    } else {
        canonical
    }
}

/// Reads the top-level keys alone, for [`check_keys`].
fn read_keys(
    yaml: &str,
    path: &Path,
    front_line: usize,
    allowed: &[&str],
    diags: &mut Diagnostics,
) -> Option<(KeyLines, Vec<String>)> {
    let map: indexmap::IndexMap<Spanned<String>, IgnoredAny> = match yaml::read(yaml) {
        Ok(m) => m,
        Err(e) => {
            report_yaml_error(&e, yaml, path, front_line, diags);
            return None;
        }
    };
    Some(check_keys(map.keys(), path, front_line, allowed, diags))
}

/// The top-level keys by their canonical names with their lines; unknown
/// ones are reported with the nearest known key.
fn check_keys<'k>(
    keys_written: impl IntoIterator<Item = &'k Spanned<String>>,
    path: &Path,
    front_line: usize,
    allowed: &[&str],
    diags: &mut Diagnostics,
) -> (KeyLines, Vec<String>) {
    let mut keys = Vec::new();
    let mut misspelt = Vec::new();
    // The known keys as written, with their lines.
    let mut written: Vec<(&str, usize)> = Vec::new();
    for key in keys_written {
        let span = span_at(path, front_line, key);
        let name = key.value.as_str();
        let canonical = canonical(name);
        if allowed.contains(&canonical) {
            // `written` and `keys` go in step.
            if let Some(&(first, line)) = keys
                .iter()
                .position(|(k, _)| k == canonical)
                .map(|i| &written[i])
            {
                diags
                    .error(
                        "key-twice",
                        span,
                        msg!("key-twice", name = name, first = first, line = line),
                    )
                    .help(msg!(
                        "key-twice-help",
                        english = if name == canonical { first } else { name },
                        canonical = canonical
                    ));
                continue;
            }
            written.push((name, span.line));
            keys.push((canonical.to_string(), span.line));
            continue;
        }
        let d = diags.error("unknown-key", span, msg!("unknown-key", key = name));
        match nearest(name, allowed.iter().copied()) {
            Some(s) => {
                misspelt.push(s.to_string());
                d.help(msg!("unknown-key-suggestion", suggestion = s))
            }
            None => d.help(msg!("unknown-key-list", keys = allowed.join(", "))),
        };
    }
    // Unknown keys are reported, and the rest of the file is still read,
    // so one run shows every problem of the file.
    (keys, misspelt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: PathBuf::from("content/x.md"),
            kind: SourceKind::Document,
            key: "x".into(),
            lang: "sv".into(),
            text: text.into(),
        }
    }

    #[test]
    fn splits_and_reads_lines() {
        let mut d = Diagnostics::new();
        let p = parse(
            file("---\ntitel: T\nbeslutad av: ~\nparagraf: 170\n---\n\nText\n"),
            &mut d,
        )
        .unwrap();
        assert!(!d.has_errors(), "{d:?}");
        assert_eq!(p.front.titel.as_ref().unwrap().value.0, "T");
        assert_eq!(p.key_line("titel"), Some(2));
        assert_eq!(p.key_line("beslutad av"), Some(3));
        assert!(p.front.beslutad_av.is_none());
        assert_eq!(p.front.paragraf.as_ref().unwrap().value.0, "170");
        assert_eq!(p.body_line, 6);
        assert_eq!(&*p.body, "\nText\n");
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let mut d = Diagnostics::new();
        let p = parse(
            file("---\ntitel: T\ngiltig_till: 2020-01-01\n---\n"),
            &mut d,
        )
        .unwrap();
        assert!(p.is_misspelt("giltig till"));
        let all = d.sorted();
        assert_eq!(all[0].span.line, 3);
        assert_eq!(
            all[0].help_text(crate::messages::Lang::En).as_deref(),
            Some("Did you mean `giltig till`?")
        );
    }

    #[test]
    fn yaml_error_has_a_line() {
        let mut d = Diagnostics::new();
        assert!(
            parse(
                file("---\ntitel: T\nmål:\n  - id: a\n   titel: [x\n---\n"),
                &mut d
            )
            .is_none()
        );
        let all = d.sorted();
        assert!(all[0].span.line >= 4, "{all:?}");
    }

    #[test]
    fn a_form_left_empty_is_blank() {
        assert!(is_blank(""));
        assert!(is_blank("\n"));
        assert!(is_blank(
            "---\nmål: []\nändringar: []\növersatt: \"\"\n---\n"
        ));
        assert!(!is_blank("---\nmål: []\n---\nText\n"));
        assert!(!is_blank("---\ntitel: T\n---\n"));
        assert!(!is_blank("---\nmål:\n  - id: a\n---\n"));
    }

    #[test]
    fn missing_front_matter_is_reported() {
        let mut d = Diagnostics::new();
        assert!(parse(file("titel: T\n"), &mut d).is_none());
        assert!(parse(file("---\ntitel: T\n"), &mut d).is_none());
        let codes: Vec<_> = d.sorted().iter().map(|d| d.code).collect();
        assert_eq!(codes, ["no-front-matter", "unclosed-front-matter"]);
    }
}
