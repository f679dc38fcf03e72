//! Stage 1: finding the content files and reading their front matter.
//!
//! [`discover`] walks `content/` and classifies each file by its path and
//! name; [`front_matter::parse`] splits a file into YAML front matter and a
//! Markdown body and reads the YAML into [`front_matter::RawFrontMatter`].

pub mod discover;
pub mod front_matter;
pub mod markdown;

pub use discover::{Asset, DataFile, SourceFile, SourceKind, discover};
pub use front_matter::{ParsedFile, RawFrontMatter, RawGoal, RawValue, Text};
