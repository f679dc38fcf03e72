//! Stage 5b: the files published beside the pages for machines and other
//! sites (open data, feeds, the sitemap, the search index). They are made
//! from the same model and addresses as the pages ([`Site`], the data
//! rendering reads, with no template), and written through the same sink as
//! the theme's static files, so `build` and `serve` publish them alike. The
//! search index is the exception in `serve`, which hands its records
//! ([`search::records`]) to an indexer in the background
//! (`serve::Incremental`, instead of [`crate::site::Plan::search`]).

pub mod open_data;
pub mod search;

use crate::error::Result;
use crate::render::Site;

/// Which generated files a run makes.
#[derive(Debug, Clone, Copy)]
pub enum Which<'a> {
    /// All of them.
    All,
    /// None, for a rebuild of the development server in which only
    /// Markdown bodies changed: open data and feeds are made from front
    /// matter alone, so they stay as they are.
    BodyEdit,
    /// The site-wide files, and the data of only these documents (every
    /// language): the development server's rebuild for front-matter edits,
    /// whose reach ([`crate::links::Touched`]) `keys` is. The sitemap only
    /// with `sitemap` (a document's language version came or went: it
    /// holds addresses alone, which other edits do not change).
    Documents {
        /// The documents.
        keys: &'a std::collections::BTreeSet<crate::model::DocKey>,
        /// With the sitemap.
        sitemap: bool,
    },
}

/// Where a generated file goes: (path inside the output folder, bytes).
pub type Sink<'a> = &'a (dyn Fn(String, Vec<u8>) -> Result<()> + Sync);

/// Makes the generated files `which` asks for, but the search index (see
/// [`search`]), and hands each to `sink` as soon as it is made (from
/// several threads), so they are never all held in memory: at 10,000
/// documents they are some 250 MB. Each file's bytes depend only on the
/// input, never on the order they are made in.
pub fn files(r: &Site<'_>, which: Which<'_>, sink: Sink<'_>) -> Result<()> {
    let (only, sitemap) = match which {
        Which::BodyEdit => return Ok(()),
        Which::All => (None, true),
        Which::Documents { keys, sitemap } => (Some(keys), sitemap),
    };
    if let Some(_cms) = &r.config.cms {
        for (path, bytes) in crate::cms::files(r.config, None) {
            sink(path, bytes)?;
        }
    }
    open_data::files(r, only, sitemap, sink)
}
