//! Site-wide uniqueness: no two sources at one address (old addresses
//! included), no `författningsnummer` twice in one organisation.

use std::collections::BTreeMap;
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
    let mut taken: BTreeMap<String, Message> = BTreeMap::new();
    for lang in &config.languages {
        taken.insert(addr.home(&lang.code), msg!("taken-home"));
        taken.insert(addr.focus_index(&lang.code), msg!("taken-focus-index"));
        taken.insert(addr.search(&lang.code), msg!("taken-search"));
        if config.accessibility.is_some() {
            taken.insert(addr.accessibility(&lang.code), msg!("taken-accessibility"));
        }
        if corpus.has_regulations() {
            taken.insert(addr.register(&lang.code), msg!("taken-register"));
        }
        for f in corpus
            .focus_areas
            .iter()
            .filter(|f| f.lang == config.default_language)
        {
            taken.insert(
                addr.focus(&f.id, &lang.code),
                Message::from(f.source.display().to_string()),
            );
        }
    }
    for a in &corpus.assets {
        taken.insert(
            format!("/{}", a.output),
            Message::from(a.source.display().to_string()),
        );
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
                    msg!("address-taken", url = url.as_str(), other = other.clone()),
                )
                .help(msg!("address-taken-help"));
        } else {
            taken.insert(url, Message::from(source.display().to_string()));
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
                            other = other.clone()
                        ),
                    )
                    .help(msg!("old-address-taken-help"));
            } else {
                taken.insert(
                    url,
                    msg!(
                        "an-old-address-of",
                        source = doc.source.display().to_string()
                    ),
                );
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
