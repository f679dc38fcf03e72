//! Stage 1: finding the content files and reading their front matter.
//!
//! [`discover::walk`] lists `content/` (each folder walked safely by
//! [`walk::walk_folder`]), [`discover::read`] reads and classifies each file
//! by its path and name; [`front_matter::parse`] splits a file into YAML
//! front matter and a Markdown body and reads the YAML into
//! [`front_matter::RawFrontMatter`], whose keys are listed once in [`keys`]
//! and whose values as written are in [`raw`]. [`yaml`] is the one file
//! that knows the YAML crate; `yaml_error` turns what it cannot read into
//! diagnostics.

pub mod discover;
pub mod front_matter;
pub mod keys;
pub mod markdown;
pub mod raw;
pub mod walk;
pub mod yaml;
mod yaml_error;

/// A Markdown body, shared (never copied) between the model, the caches and
/// the renderer, with its fingerprint taken once when it is read.
#[derive(Debug, Clone, Default)]
pub struct Body {
    text: std::sync::Arc<str>,
    digest: u64,
}

impl Body {
    /// A body and its fingerprint.
    pub fn new(text: &str) -> Self {
        Body {
            text: text.into(),
            digest: crate::digest::bytes(text.as_bytes()),
        }
    }

    /// The fingerprint of the text ([`crate::digest::bytes`]).
    pub fn digest(&self) -> u64 {
        self.digest
    }
}

impl std::ops::Deref for Body {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

pub use discover::{Asset, DataFile, SourceFile, SourceKey, SourceKind};
pub use front_matter::{ParsedFile, RawFrontMatter};
pub use raw::{RawChange, RawGoal, RawRepeal, RawValue, Text};
