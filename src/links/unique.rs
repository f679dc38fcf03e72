//! Site-wide uniqueness: no two sources at one address (old addresses
//! included), no `författningsnummer` twice in one organisation.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use crate::address::Addresses;
use crate::config::SiteConfig;
use crate::diag::{Diagnostics, Span};
use crate::messages::Message;
use crate::model::Corpus;
use crate::msg;

/// Reports two sources that would be written to the same address, such as
/// `content/en/plan.md` and the English translation `content/plan.en.md`,
/// and an old address (`tidigare adresser`) that is already a page, a file
/// or another document's old address.
pub(super) fn check_addresses(corpus: &Corpus, config: &SiteConfig, diags: &mut Diagnostics) {
    let addr = Addresses::new(config);
    // Run after every edit over every document: what holds an address is
    // named (a message made) only when another source wants it too.
    // Sized for every page at once: growing it rehashes every address
    // again, and this runs after edits in `serve` too.
    let size = corpus.documents.len()
        + corpus.pages.len()
        + corpus.assets.len()
        + config.languages.len() * (corpus.focus_areas.len() + 5);
    let mut taken: HashMap<String, Holder> =
        HashMap::with_capacity_and_hasher(size, Default::default());
    for lang in &config.languages {
        taken.insert(addr.home(&lang.code), Holder::Named(msg!("taken-home")));
        taken.insert(
            addr.focus_index(&lang.code),
            Holder::Named(msg!("taken-focus-index")),
        );
        taken.insert(addr.search(&lang.code), Holder::Named(msg!("taken-search")));
        if config.accessibility.is_some() {
            taken.insert(
                addr.accessibility(&lang.code),
                Holder::Named(msg!("taken-accessibility")),
            );
        }
        if corpus.has_regulations() {
            taken.insert(
                addr.register(&lang.code),
                Holder::Named(msg!("taken-register")),
            );
        }
        for f in corpus
            .focus_areas
            .iter()
            .filter(|f| f.lang == config.default_language)
        {
            taken.insert(addr.focus(&f.id, &lang.code), Holder::Source(&f.source));
        }
    }
    for a in &corpus.assets {
        taken.insert(format!("/{}", a.output), Holder::Source(&a.source));
    }
    let pages = corpus
        .pages
        .iter()
        .map(|p| (addr.plain_page(&p.slug, &p.lang), &p.source));
    let docs = corpus
        .documents
        .iter()
        .map(|d| (addr.document(&d.key, &d.lang), &d.source));
    for (url, source) in docs.chain(pages) {
        if let Some(other) = taken.get(&url) {
            diags
                .error(
                    "address-taken",
                    Span::line(source, 1),
                    msg!("address-taken", url = url.as_str(), other = other.name()),
                )
                .help(msg!("address-taken-help"));
        } else {
            taken.insert(url, Holder::Source(source));
        }
    }
    for doc in &corpus.documents {
        for old in &doc.previous_addresses {
            let url = addr.moved(&old.target, &doc.lang);
            if let Some(other) = taken.get(&url) {
                diags
                    .error(
                        "address-taken",
                        old.at.clone(),
                        msg!(
                            "old-address-taken",
                            url = url.as_str(),
                            source = doc.source.display().to_string(),
                            other = other.name()
                        ),
                    )
                    .help(msg!("old-address-taken-help"));
            } else {
                taken.insert(url, Holder::OldAddressOf(&doc.source));
            }
        }
    }
}

/// What holds an address in [`check_addresses`].
enum Holder<'a> {
    /// A page of the site's own (home, search, …), by what to call it.
    Named(Message),
    /// The page of this source file, or the file itself (an asset).
    Source(&'a Path),
    /// An old address of the document in this file.
    OldAddressOf(&'a Path),
}

impl Holder<'_> {
    /// What the message of a clash calls the holder.
    fn name(&self) -> Message {
        match self {
            Holder::Named(m) => m.clone(),
            Holder::Source(source) => Message::from(source.display().to_string()),
            Holder::OldAddressOf(source) => {
                msg!("an-old-address-of", source = source.display().to_string())
            }
        }
    }
}

/// Reports a `författningsnummer` used twice in one organisation, at the
/// second file (in key order).
pub(super) fn check_regulation_numbers(
    corpus: &Corpus,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) {
    let mut seen: BTreeMap<(&str, &str), &Path> = BTreeMap::new();
    for doc in corpus
        .documents
        .iter()
        .filter(|d| d.lang == config.default_language)
    {
        let Some(number) = &doc.regulation_number else {
            continue;
        };
        match seen.get(&(doc.organisation.as_str(), number.target.as_str())) {
            Some(first) => {
                diags
                    .error(
                        "duplicate-regulation-number",
                        number.at.clone(),
                        msg!(
                            "duplicate-regulation-number",
                            number = number.target.as_str(),
                            organisation = doc.organisation.as_str(),
                            first = first.display().to_string()
                        ),
                    )
                    .help(msg!("duplicate-regulation-number-help"));
            }
            None => {
                seen.insert(
                    (doc.organisation.as_str(), number.target.as_str()),
                    &doc.source,
                );
            }
        }
    }
}
