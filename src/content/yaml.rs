//! The YAML engine: the one file that names the YAML crate.
//!
//! The crate is `serde-saphyr`: a maintained, panic-free serde deserializer
//! (the crate named `serde_yaml` is published as deprecated) that reports
//! the line and column of every value, so every later error can name the
//! line. Everything else reads YAML through [`read`] and keeps locations in
//! the crate's own [`Spanned`], so the model never sees the engine's types
//! and the engine could be swapped here alone.

use serde::de::{self, Deserialize, DeserializeOwned};
use serde_saphyr::{Budget, Options};

/// A value read from YAML with where it was written: the 1-based line and
/// column inside the YAML text (0 when the engine does not know).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// The line of the value (for a value reached through an alias: of the
    /// alias, where the reader sees it).
    pub line: usize,
    /// The column of the value.
    pub col: usize,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The engine fills in its own spanned value when asked for it; its
        // location where the value is referenced is the one a reader sees.
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Spanned {
            value: s.value,
            line: s.referenced.line() as usize,
            col: s.referenced.column() as usize,
        })
    }
}

/// A YAML text that could not be read: where, and the engine's words.
#[derive(Debug, Clone)]
pub struct Error {
    /// The 1-based line and column inside the YAML text, when known.
    pub location: Option<(usize, usize)>,
    /// The engine's message, without the snippet of the text it can add.
    pub message: String,
}

fn options() -> Options {
    let mut o = Options::default();
    // Front matter is small: refuse pathological input (alias bombs, deep
    // nesting) instead of spending memory on it.
    o.budget = Some(Budget::default());
    o.with_snippet = false;
    o
}

/// Reads `yaml` into a `T`.
pub fn read<T: DeserializeOwned>(yaml: &str) -> Result<T, Error> {
    serde_saphyr::from_str_with_options(yaml, options()).map_err(|e| Error {
        location: e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize)),
        message: e.without_snippet().to_string(),
    })
}
