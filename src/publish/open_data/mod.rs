//! Open data and discovery: every document as JSON beside its page,
//! `/api/documents.json` listing them all, the JSON Schemas of both, every
//! goal in `/api/goals.csv`, the register of regulations in
//! `/api/register.json` and `.csv`, an Atom feed per language, `sitemap.xml` with
//! language alternates, and `robots.txt`. All of it is made from the model
//! and [`crate::address::Addresses`], like the pages, and is byte-for-byte
//! the same for the same input.

mod data;
mod feed;
mod goals;
mod register;
mod sitemap;

use crate::error::{Error, Result};
use crate::render::Site;

/// The open-data files, made in parallel and handed to `sink`. With
/// `only`, the data of only those documents; the sitemap only with
/// `with_sitemap`.
pub fn files(
    r: &Site<'_>,
    only: Option<&std::collections::BTreeSet<crate::model::DocKey>>,
    with_sitemap: bool,
    sink: super::Sink<'_>,
) -> Result<()> {
    let each = |files: Result<Vec<(String, Vec<u8>)>>| -> Result<()> {
        files?
            .into_iter()
            .try_for_each(|(path, bytes)| sink(path, bytes))
    };
    let (data, (goals, (feeds, sitemap))) = rayon::join(
        || data::files(r, only, sink),
        || {
            rayon::join(
                || {
                    goals::file(r)
                        .and_then(|(path, bytes)| sink(path, bytes))
                        .and_then(|()| each(register::files(r)))
                },
                || {
                    rayon::join(
                        || each(feed::files(r)),
                        || match with_sitemap {
                            true => each(sitemap::files(r)),
                            false => Ok(()),
                        },
                    )
                },
            )
        },
    );
    data.and(goals).and(feeds).and(sitemap)
}

/// Maps a failure to write into memory (which does not happen with a
/// `Vec`) to an [`Error`] naming the file being made.
fn making(file: &str) -> impl FnOnce(std::io::Error) -> Error {
    Error::io("make", file.to_string())
}

/// True when the site ships a file of its own at `path` (in `static/`, its
/// theme's `static/` or `content/`): that file is published instead of the
/// generated one.
fn site_provides(r: &Site<'_>, path: &str) -> bool {
    let config = r.config;
    let theme_static = config
        .root
        .join("themes")
        .join(&config.theme)
        .join("static");
    [config.root.join("static"), theme_static]
        .iter()
        .any(|dir| dir.join(path).is_file())
        || r.corpus.assets.iter().any(|a| a.output == path)
}

/// Text made safe for XML 1.0: characters XML cannot carry at all (most
/// control characters, lone surrogates cannot occur in Rust strings) are
/// left out; escaping is the writer's job.
fn xml_text(s: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_drops_what_xml_cannot_hold() {
        assert_eq!(xml_text("a\u{1}b\u{FFFE}c\td"), "abc\td");
        assert!(matches!(
            xml_text("Vårgårda"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
