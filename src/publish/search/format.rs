//! Pagefind's own file types, copied field for field (Pagefind 1.6's
//! `src/index/index_*.rs` and `pagefind-entry.json`): the same derive
//! makes the same bytes. The join ([`super::join`]) reads them from the
//! shards and writes them joined.

use std::collections::BTreeMap;

use minicbor::{Decode, Encode};

/// A chunk of the word index: `index/*.pf_index`.
#[derive(Encode, Decode)]
pub(super) struct WordIndex {
    #[n(0)]
    pub(super) words: Vec<PackedWord>,
}

/// A word, with the pages it is on.
#[derive(Encode, Decode)]
pub(super) struct PackedWord {
    #[n(0)]
    pub(super) word: String,
    #[n(1)]
    pub(super) pages: Vec<PackedPage>,
    #[n(2)]
    pub(super) additional_variants: Vec<PackedVariant>,
}

/// A form of a word with other diacritics ("café" beside "cafe").
#[derive(Encode, Decode)]
pub(super) struct PackedVariant {
    #[n(0)]
    pub(super) form: String,
    #[n(1)]
    pub(super) pages: Vec<PackedPage>,
}

/// A word's places on one page. In a file, `page_number` is the
/// difference from the page before it in the list.
#[derive(Encode, Decode)]
pub(super) struct PackedPage {
    #[n(0)]
    pub(super) page_number: usize,
    #[n(1)]
    pub(super) locs: Vec<i32>,
    /// Places in the meta fields: a negative number `-(field + 1)` starts
    /// a field, the others are positions in it.
    #[n(2)]
    pub(super) meta_locs: Vec<i32>,
}

/// A filter's values, with their pages: `filter/*.pf_filter`.
#[derive(Encode, Decode)]
pub(super) struct FilterIndex {
    #[n(0)]
    pub(super) filter: String,
    #[n(1)]
    pub(super) values: Vec<PackedValue>,
}

#[derive(Encode, Decode)]
pub(super) struct PackedValue {
    #[n(0)]
    pub(super) value: String,
    #[n(1)]
    pub(super) pages: Vec<usize>,
}

/// The index's table of contents: `pagefind.*.pf_meta`.
#[derive(Encode, Decode)]
pub(super) struct MetaIndex {
    #[n(0)]
    pub(super) version: String,
    #[n(1)]
    pub(super) pages: Vec<MetaPage>,
    #[n(2)]
    pub(super) index_chunks: Vec<MetaChunk>,
    #[n(3)]
    pub(super) filters: Vec<MetaFilter>,
    #[n(4)]
    pub(super) sorts: Vec<MetaSort>,
    #[n(5)]
    pub(super) meta_fields: Vec<String>,
}

#[derive(Encode, Decode)]
pub(super) struct MetaChunk {
    #[n(0)]
    pub(super) from: String,
    #[n(1)]
    pub(super) to: String,
    #[n(2)]
    pub(super) hash: String,
}

#[derive(Encode, Decode)]
pub(super) struct MetaPage {
    #[n(0)]
    pub(super) hash: String,
    #[n(1)]
    pub(super) word_count: u32,
    #[n(2)]
    pub(super) group_hash: String,
}

#[derive(Encode, Decode)]
pub(super) struct MetaFilter {
    #[n(0)]
    pub(super) filter: String,
    #[n(1)]
    pub(super) hash: String,
}

#[derive(Encode, Decode)]
pub(super) struct MetaSort {
    #[n(0)]
    pub(super) sort: String,
    #[n(1)]
    pub(super) pages: Vec<usize>,
}

/// `pagefind-entry.json`, its keys in Pagefind's order.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct Entry {
    pub(super) version: String,
    pub(super) languages: BTreeMap<String, EntryLanguage>,
    pub(super) include_characters: Vec<char>,
}

#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct EntryLanguage {
    pub(super) hash: String,
    pub(super) wasm: Option<String>,
    pub(super) page_count: usize,
}
