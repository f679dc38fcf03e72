//! Stage 5b: the files published beside the pages for machines and other
//! sites (open data, feeds, the sitemap, the search index). They are made
//! from the same model and addresses as the pages, through the
//! [`Renderer`]'s read-only accessors, and written through the same sink as
//! the theme's static files, so `build` and `serve` publish them alike.

pub mod open_data;
pub mod search;

use crate::error::Result;
use crate::render::Renderer;

/// Every generated file as (path inside the output folder, bytes), in a
/// fixed order so builds stay byte-for-byte reproducible. With
/// `bodies_only`, only the files made from Markdown bodies (for a rebuild
/// in which nothing else changed): open data and feeds are made from front
/// matter alone; the search index is made from the bodies too.
pub fn files(r: &Renderer<'_>, bodies_only: bool) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    if !bodies_only {
        files.extend(open_data::files(r)?);
    }
    files.extend(search::files(r)?);
    Ok(files)
}
