//! styrdok: publishes strategy documents as an accessible, multilingual static site.
//!
//! The pipeline, one stage per module, each a function from the previous
//! stage's value to a new one:
//!
//! 1. [`config`]: `site.toml` → [`config::SiteConfig`]
//! 2. [`content`]: `content/` → source files → front matter + body
//! 3. [`model`]: typed documents, goals, focus areas and pages → [`model::Corpus`]
//! 4. [`links`]: every reference checked and resolved → [`links::LinkGraph`]
//! 5. [`render`]: views → Tera templates → HTML pages in memory
//!    and [`publish`]: open data, feeds, sitemap and search index
//! 6. [`output`]: new and changed files written to a staging folder, then
//!    moved into place
//!
//! Import rule: a stage uses only earlier stages plus [`config`], [`diag`],
//! [`digest`], [`error`], [`lang`] and [`messages`]. [`cli`], [`scaffold`] and [`serve`] sit on top. Content problems are collected as
//! [`diag::Diagnostics`] across the whole run; operational failures are
//! [`error::Error`].

pub mod address;
pub mod cli;
pub mod cms;
pub mod config;
pub mod content;
pub mod diag;
pub mod digest;
pub mod error;
pub mod lang;
pub mod links;
pub mod messages;
pub mod model;
pub mod output;
pub mod publish;
pub mod readability;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
