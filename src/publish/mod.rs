//! Stage 5b: the files published beside the pages for machines and other
//! sites (open data, feeds, the sitemap, the search index). They are made
//! from the same model and addresses as the pages, through the
//! [`Renderer`]'s read-only accessors, and written through the same sink as
//! the theme's static files, so `build` and `serve` publish them alike.

pub mod open_data;
pub mod search;

use crate::error::Result;
use crate::render::Renderer;

/// Which generated files a run makes.
#[derive(Debug, Clone, Copy)]
pub enum Which<'a> {
    /// All of them.
    All,
    /// None, for a rebuild of the development server in which only
    /// Markdown bodies changed. Open data and feeds are made from front
    /// matter alone, so they stay as they are. The search index is made
    /// from the bodies too, but indexing takes seconds on a large site
    /// (about 4 s at 1,000 documents), far too long to wait for while
    /// typing: the preview's search catches up at the next rebuild that
    /// changes more than a body (or at the next `serve`); `styrdok build`
    /// always indexes everything.
    BodyEdit,
    /// The site-wide files, and the data of only these documents (every
    /// language): the development server's rebuild for front-matter edits,
    /// whose reach ([`crate::links::Touched`]) the set is.
    Documents(&'a std::collections::BTreeSet<crate::model::DocKey>),
}

/// The generated files `which` asks for, as (path inside the output
/// folder, bytes), in a fixed order so builds stay byte-for-byte
/// reproducible.
pub fn files(r: &Renderer<'_>, which: Which<'_>) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let only = match which {
        Which::BodyEdit => return Ok(files),
        Which::All => None,
        Which::Documents(keys) => Some(keys),
    };
    files.extend(open_data::files(r, only)?);
    if r.config().search.enabled {
        files.extend(search::files(r)?);
    }
    Ok(files)
}
