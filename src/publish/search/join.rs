//! Joins the Pagefind bundles of a language's shards into the bundle
//! Pagefind makes of all their records at once: the same files, holding
//! the same bytes (the joined files are compressed at another level, see
//! [`pack`]).
//!
//! Pagefind holds every record it is given, in several copies (the words
//! of each page with their positions, a copy of those for the build, and
//! the index made of them), until its files are written: about 330 KB a
//! record of the bench corpus (1,400 words), 3.4 GB for a language of
//! 10,000 documents. Indexed a shard at a time, its memory is a shard's.
//! Joined here, the index is still one: a query ranks the pages as in an
//! index made at once, since Pagefind's ranking reads each word's pages
//! and the counts and lengths of the pages of the index they are in
//! (shards searched side by side in the browser, with Pagefind's
//! `mergeIndex`, each ranked by its own counts, and ranked worse).
//!
//! What is joined, as Pagefind 1.6 writes it (its `src/index/mod.rs` and
//! `src/output/mod.rs`; a change of its format fails
//! `publish::search`'s tests, which compare a joined index with one made
//! at once): the pages (`*.pf_meta`: each page's fragment and length), the
//! word index (`index/`: each word's pages and positions, in chunks by
//! word), the filters (`filter/`) and the fragments (`fragment/`: each
//! page's text for excerpts, several pages a file on a large site). The
//! shards' pages are numbered one after another, in the order of the
//! records. The word index is read a chunk at a time from each shard, in
//! word order, so it is never all held in its decoded form.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::io::{Read, Write};

use minicbor::Encode;

use super::format::{
    Entry, EntryLanguage, FilterIndex, MetaChunk, MetaFilter, MetaIndex, MetaPage, PackedValue,
    PackedWord, WordIndex,
};

/// Pagefind's signature before the bytes of each compressed file.
const SIGNATURE: &[u8] = b"pagefind_dcd";

/// The positions (and pages) in an index chunk after which Pagefind starts
/// the next (`index_chunk_size`, which the API leaves at its default).
const INDEX_CHUNK_SIZE: usize = 20_000;

/// The files of a bundle: names within it, and contents.
pub type Files = Vec<(String, Vec<u8>)>;

/// Why a join failed: Pagefind's files were not as this module reads them.
type Result<T> = std::result::Result<T, String>;

/// One shard's bundle, read.
struct Shard {
    files: Stored,
    meta: MetaIndex,
    /// The number of its first page in the joined index.
    offset: usize,
    /// Its meta fields' numbers in the joined index.
    fields: Vec<i32>,
}

impl Shard {
    /// A file as Pagefind made it.
    fn file(&self, name: &str) -> Result<Vec<u8>> {
        self.files.get(name)
    }

    /// A compressed file's bytes.
    fn read(&self, name: &str) -> Result<Vec<u8>> {
        unpack(&self.file(name)?).map_err(|e| format!("{name}: {e}"))
    }

    /// A compressed file's bytes, the file forgotten: it is read once.
    fn take(&mut self, name: &str) -> Result<Vec<u8>> {
        let file = self.files.remove(name)?;
        unpack(&file).map_err(|e| format!("{name}: {e}"))
    }
}

/// A shard's files, kept out of memory from when Pagefind has made them
/// until the join reads them: in a temporary file (deleted when closed),
/// or, where none can be made, in one buffer. Held in memory, a language's
/// shards of the bench corpus took 96 MB at 10,000 documents, two and a
/// half times the joined index, while the next shards were being indexed,
/// and their many small buffers kept the allocator from reusing the
/// memory between them.
pub struct Stored {
    /// Each file's place in the store: where it starts, and its length.
    table: HashMap<String, (u64, usize)>,
    store: Store,
}

enum Store {
    Disk(std::sync::Mutex<std::fs::File>),
    Memory(Vec<u8>),
}

impl Stored {
    /// Stores `files` in a temporary file, or in memory where none can be
    /// made or written.
    pub fn new(files: Files) -> Stored {
        Stored::with(files, tempfile::tempfile().ok())
    }

    /// Stores `files` in `disk`, or in memory when it is `None` or cannot
    /// be written; each file is dropped once copied.
    fn with(files: Files, disk: Option<std::fs::File>) -> Stored {
        let mut table = HashMap::with_capacity(files.len());
        let mut bytes = Vec::with_capacity(files.iter().map(|(_, f)| f.len()).sum());
        for (name, file) in files {
            table.insert(name, (bytes.len() as u64, file.len()));
            bytes.extend_from_slice(&file);
        }
        let written = disk.and_then(|mut disk| disk.write_all(&bytes).ok().map(|()| disk));
        let store = match written {
            Some(disk) => Store::Disk(std::sync::Mutex::new(disk)),
            None => Store::Memory(bytes),
        };
        Stored { table, store }
    }

    /// The names of the files.
    fn names(&self) -> impl Iterator<Item = &String> {
        self.table.keys()
    }

    /// A file's bytes.
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        let &(start, len) = self
            .table
            .get(name)
            .ok_or_else(|| format!("a shard has no {name}"))?;
        match &self.store {
            Store::Memory(bytes) => Ok(bytes[start as usize..start as usize + len].to_vec()),
            Store::Disk(disk) => {
                use std::io::{Seek, SeekFrom};
                let mut disk = disk.lock().unwrap_or_else(|e| e.into_inner());
                let mut file = vec![0; len];
                disk.seek(SeekFrom::Start(start))
                    .and_then(|_| disk.read_exact(&mut file))
                    .map_err(|e| format!("could not read a shard's {name} back: {e}"))?;
                Ok(file)
            }
        }
    }

    /// A file, forgotten: its bytes are not read again.
    fn remove(&mut self, name: &str) -> Result<Vec<u8>> {
        let file = self.get(name)?;
        self.table.remove(name);
        Ok(file)
    }

    /// Forgets the files `keep` says no to.
    fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.table.retain(|name, _| keep(name));
    }
}

/// Joins `shards`, the bundles of one language's records in shards, in
/// their order, each made by Pagefind with no limit on its fragment files:
/// the bundle of all their records, with at most `max_fragments` fragment
/// files, as Pagefind makes it. Compressing the joined files runs in the
/// rayon pool this is called in.
pub fn join(shards: Vec<Stored>, max_fragments: usize) -> Result<Files> {
    // Pagefind's scripts and WebAssembly, alike in every shard.
    let mut common: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut read = Vec::new();
    let mut language = None;
    let mut entry = None;
    let mut wasm = None;
    let mut offset = 0;
    for files in shards {
        let scripts: Vec<String> = files
            .names()
            .filter(|name| !is_index_file(name) && !common.contains_key(*name))
            .cloned()
            .collect();
        for name in scripts {
            let bytes = files.get(&name)?;
            common.insert(name, bytes);
        }
        let mut this: Entry = serde_json::from_slice(&files.get("pagefind-entry.json")?)
            .map_err(|e| format!("pagefind-entry.json: {e}"))?;
        // A shard whose records all lack words has no index.
        let Some((lang, index)) = this.languages.pop_first() else {
            continue;
        };
        if !this.languages.is_empty() || language.as_ref().is_some_and(|l| *l != lang) {
            return Err("the shards of one index are in more than one language".into());
        }
        let name = format!("pagefind.{}.pf_meta", index.hash);
        let bytes = unpack(&files.get(&name)?)?;
        let meta: MetaIndex = minicbor::decode(&bytes).map_err(|e| format!("{name}: {e}"))?;
        if !meta.sorts.is_empty() || meta.pages.iter().any(|p| !p.group_hash.is_empty()) {
            return Err("a shard has sort orders or fragment groups".into());
        }
        let pages = meta.pages.len();
        read.push(Shard {
            files,
            meta,
            offset,
            fields: Vec::new(),
        });
        offset += pages;
        language = Some(lang);
        wasm = wasm.or(Some(index.wasm));
        entry = Some(this);
    }
    let (Some(language), Some(mut entry)) = (language, entry) else {
        return Err("no shard has an index".into());
    };
    let mut files: Files = common.into_iter().collect();
    let mut shards = read;
    let fields: BTreeSet<String> = shards
        .iter()
        .flat_map(|s| s.meta.meta_fields.iter().cloned())
        .collect();
    let meta_fields: Vec<String> = fields.into_iter().collect();
    for shard in &mut shards {
        shard.fields = shard
            .meta
            .meta_fields
            .iter()
            .map(|f| meta_fields.iter().position(|g| g == f).unwrap_or(0) as i32)
            .collect();
    }

    let (pages, fragments) = fragments(&shards, &language, max_fragments)?;
    let (filters, filter_files) = filters(&shards, &language)?;
    // What is left to read is the word index, a file at a time.
    for shard in &mut shards {
        shard.files.retain(|name| name.starts_with("index/"));
    }
    let (index_chunks, index_files) = words(&mut shards, &language)?;
    let meta = MetaIndex {
        version: shards[0].meta.version.clone(),
        pages,
        index_chunks,
        filters,
        sorts: Vec::new(),
        meta_fields,
    };
    let page_count = meta.pages.len();
    let meta = encode(&meta)?;
    let meta_hash = format!("{language}_{}", &full_hash(&meta)[0..=(language.len() + 7)]);
    files.push((format!("pagefind.{meta_hash}.pf_meta"), pack(&meta)));
    files.extend(fragments);
    files.extend(filter_files);
    files.extend(index_files);
    entry.languages = BTreeMap::from([(
        language.clone(),
        EntryLanguage {
            hash: meta_hash,
            wasm: wasm.flatten(),
            page_count,
        },
    )]);
    let entry = serde_json::to_vec(&entry).map_err(|e| e.to_string())?;
    files.push(("pagefind-entry.json".to_string(), entry));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// The files a shard has of its own index, as opposed to the scripts
/// every bundle has alike.
pub fn is_index_file(name: &str) -> bool {
    name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || ["fragment/", "index/", "filter/"]
            .iter()
            .any(|folder| name.starts_with(folder))
}

/// What is read of a bundle's file: the bytes inside for the index's
/// compressed files (whose gzip level the join does not keep), the file
/// itself for the others.
#[cfg(test)]
pub fn contents(name: &str, file: &[u8]) -> Result<Vec<u8>> {
    if is_index_file(name) && name != "pagefind-entry.json" {
        unpack(file).map_err(|e| format!("{name}: {e}"))
    } else {
        Ok(file.to_vec())
    }
}

/// The pages of the joined index with their fragment files: each page's
/// hash made unique over the whole index in page order, and the fragments
/// grouped into at most `max_fragments` files, as Pagefind does.
fn fragments(
    shards: &[Shard],
    language: &str,
    max_fragments: usize,
) -> Result<(Vec<MetaPage>, Files)> {
    use rayon::prelude::*;
    let pages: Vec<(&Shard, &MetaPage)> = shards
        .iter()
        .flat_map(|s| s.meta.pages.iter().map(move |p| (s, p)))
        .collect();
    let text = |(shard, page): &(&Shard, &MetaPage)| -> Result<String> {
        let bytes = shard.read(&format!("fragment/{}.pf_fragment", page.hash))?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    };
    let full: Vec<String> = pages
        .par_iter()
        .map(|p| Ok(format!("{language}_{}", full_hash(text(p)?.as_bytes()))))
        .collect::<Result<_>>()?;
    // Unique short hashes, in page order (Pagefind's build_indexes).
    let mut taken: HashMap<String, usize> = HashMap::new();
    let mut hashes = Vec::with_capacity(pages.len());
    for (i, hash) in full.iter().enumerate() {
        let mut short = &hash[0..=(language.len() + 7)];
        while let Some(&other) = taken.get(short) {
            if full[other] == *hash || short.len() == hash.len() {
                return Err("two search records make the same page".into());
            }
            short = &hash[0..=short.len()];
        }
        taken.insert(short.to_string(), i);
        hashes.push(short.to_string());
    }
    drop(taken);
    if max_fragments == 0 || pages.len() <= max_fragments {
        // A file a page: the shard's, under its hash in the joined index.
        let mut meta = Vec::with_capacity(pages.len());
        let mut files = Vec::with_capacity(pages.len());
        for ((shard, page), hash) in pages.iter().zip(hashes) {
            let name = format!("fragment/{}.pf_fragment", page.hash);
            files.push((format!("fragment/{hash}.pf_fragment"), shard.file(&name)?));
            meta.push(MetaPage {
                hash,
                word_count: page.word_count,
                group_hash: String::new(),
            });
        }
        return Ok((meta, files));
    }
    let group_size = (pages.len() as f32 / max_fragments as f32).ceil() as usize;
    let groups: Vec<(String, Vec<u8>)> = pages
        .par_chunks(group_size)
        .zip(hashes.par_chunks(group_size))
        .map(|(pages, hashes)| {
            let mut group = BTreeMap::new();
            for (page, hash) in pages.iter().zip(hashes) {
                let value: serde_json::Value =
                    serde_json::from_str(&text(page)?).map_err(|e| e.to_string())?;
                group.insert(hash.clone(), value);
            }
            let json = serde_json::to_string(&group).map_err(|e| e.to_string())?;
            Ok((full_hash(json.as_bytes()), pack(json.as_bytes())))
        })
        .collect::<Result<_>>()?;
    let prefix = format!("{language}_group_");
    let mut names: BTreeSet<String> = BTreeSet::new();
    let mut meta = Vec::with_capacity(pages.len());
    let mut files = Vec::with_capacity(groups.len());
    let chunks = pages.chunks(group_size).zip(hashes.chunks(group_size));
    for ((hash, bytes), (pages, hashes)) in groups.into_iter().zip(chunks) {
        let group = format!("{prefix}{hash}");
        let mut length = 7;
        let mut short = &group[..prefix.len() + length];
        while names.contains(short) && length < 40 {
            length += 1;
            short = &group[..prefix.len() + length];
        }
        names.insert(short.to_string());
        files.push((format!("fragment/{short}.pf_fragment"), bytes));
        for ((_, page), hash) in pages.iter().zip(hashes) {
            meta.push(MetaPage {
                hash: hash.clone(),
                word_count: page.word_count,
                group_hash: short.to_string(),
            });
        }
    }
    Ok((meta, files))
}

/// The joined filters: each value's pages, renumbered, in shard order.
fn filters(shards: &[Shard], language: &str) -> Result<(Vec<MetaFilter>, Files)> {
    let mut joined: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for shard in shards {
        for f in &shard.meta.filters {
            let name = format!("filter/{}.pf_filter", f.hash);
            let bytes = shard.read(&name)?;
            let index: FilterIndex =
                minicbor::decode(&bytes).map_err(|e| format!("{name}: {e}"))?;
            let values = joined.entry(index.filter).or_default();
            for v in index.values {
                values
                    .entry(v.value)
                    .or_default()
                    .extend(v.pages.into_iter().map(|p| p + shard.offset));
            }
        }
    }
    let mut meta = Vec::new();
    let mut files = Vec::new();
    let mut taken = BTreeSet::new();
    for (filter, values) in joined {
        let index = encode(&FilterIndex {
            filter: filter.clone(),
            values: values
                .into_iter()
                .map(|(value, pages)| PackedValue { value, pages })
                .collect(),
        })?;
        let hash = format!("{language}_{}", full_hash(&index));
        let short = unique(&hash, language, &taken);
        taken.insert(short.clone());
        files.push((format!("filter/{short}.pf_filter"), pack(&index)));
        meta.push(MetaFilter {
            filter,
            hash: short,
        });
    }
    Ok((meta, files))
}

/// `hash` cut to the language and seven characters, or longer while that
/// is `taken` (Pagefind's names of word index chunks and filters).
fn unique(hash: &str, language: &str, taken: &BTreeSet<String>) -> String {
    let mut short = &hash[0..=(language.len() + 7)];
    while taken.contains(short) {
        short = &hash[0..=short.len() + 1];
        if short.len() == hash.len() {
            break;
        }
    }
    short.to_string()
}

/// A shard's words in order, a chunk of its word index at a time, with
/// their pages numbered as in the joined index.
struct Words<'a> {
    shard: &'a mut Shard,
    /// The next chunk to read.
    next: usize,
    words: VecDeque<PackedWord>,
}

impl<'a> Words<'a> {
    fn new(shard: &'a mut Shard) -> Result<Self> {
        let mut words = Words {
            shard,
            next: 0,
            words: VecDeque::new(),
        };
        words.fill()?;
        Ok(words)
    }

    /// Reads chunks until there is a word or none is left.
    fn fill(&mut self) -> Result<()> {
        while self.words.is_empty() && self.next < self.shard.meta.index_chunks.len() {
            let name = format!(
                "index/{}.pf_index",
                self.shard.meta.index_chunks[self.next].hash
            );
            self.next += 1;
            let bytes = self.shard.take(&name)?;
            let chunk: WordIndex = minicbor::decode(&bytes).map_err(|e| format!("{name}: {e}"))?;
            self.words = chunk.words.into_iter().map(|w| self.renumber(w)).collect();
        }
        Ok(())
    }

    /// Page numbers from differences to the joined index's numbers, meta
    /// fields to its fields.
    fn renumber(&self, mut word: PackedWord) -> PackedWord {
        let pages = std::iter::once(&mut word.pages)
            .chain(word.additional_variants.iter_mut().map(|v| &mut v.pages));
        for list in pages {
            let mut number = 0;
            for page in list.iter_mut() {
                number += page.page_number;
                page.page_number = number + self.shard.offset;
                for loc in &mut page.meta_locs {
                    if *loc < 0 {
                        let field = (-*loc - 1) as usize;
                        *loc = -self.shard.fields.get(field).copied().unwrap_or(0) - 1;
                    }
                }
            }
        }
        word
    }

    fn peek(&self) -> Option<&str> {
        self.words.front().map(|w| w.word.as_str())
    }

    fn pop(&mut self) -> Result<Option<PackedWord>> {
        let word = self.words.pop_front();
        self.fill()?;
        Ok(word)
    }
}

/// A chunk of the joined word index, made.
struct Chunk {
    /// Its first and last words.
    from: String,
    to: String,
    /// The full hash of its bytes.
    hash: String,
    /// Its file.
    file: Vec<u8>,
}

/// The joined word index: every shard's words merged in word order and cut
/// into chunks as Pagefind cuts them; the chunks' table and files.
fn words(shards: &mut [Shard], language: &str) -> Result<(Vec<MetaChunk>, Files)> {
    use rayon::prelude::*;
    let mut streams: Vec<Words<'_>> = shards.iter_mut().map(Words::new).collect::<Result<_>>()?;
    // Chunks are encoded and compressed a few at a time in parallel, so
    // that no more than those are held decoded.
    let batch = 2 * rayon::current_num_threads();
    let mut made: Vec<Chunk> = Vec::new();
    let mut pending: Vec<Vec<PackedWord>> = Vec::new();
    let encode = |pending: Vec<Vec<PackedWord>>| -> Result<Vec<Chunk>> {
        pending.into_par_iter().map(encode_chunk).collect()
    };
    let mut chunk: Vec<PackedWord> = Vec::new();
    let mut size = 0;
    // The least word any shard has next, with its pages in every shard.
    while let Some(first) = streams
        .iter()
        .filter_map(Words::peek)
        .min()
        .map(str::to_string)
    {
        let mut word: Option<PackedWord> = None;
        for stream in &mut streams {
            if stream.peek() != Some(first.as_str()) {
                continue;
            }
            let Some(next) = stream.pop()? else { continue };
            match &mut word {
                None => word = Some(next),
                Some(word) => merge(word, next),
            }
        }
        let Some(word) = word else { break };
        size += word
            .pages
            .iter()
            .chain(word.additional_variants.iter().flat_map(|v| &v.pages))
            .map(|p| p.locs.len() + p.meta_locs.len() + 1)
            .sum::<usize>()
            + word.additional_variants.len();
        chunk.push(word);
        if size >= INDEX_CHUNK_SIZE {
            pending.push(std::mem::take(&mut chunk));
            size = 0;
            if pending.len() == batch {
                made.extend(encode(std::mem::take(&mut pending))?);
            }
        }
    }
    if !chunk.is_empty() {
        pending.push(chunk);
    }
    made.extend(encode(pending)?);
    let mut chunks: Vec<MetaChunk> = made
        .iter()
        .map(|c| MetaChunk {
            from: c.from.clone(),
            to: c.to.clone(),
            hash: String::new(),
        })
        .collect();
    // Each chunk's bounds cut to the prefix that tells it from the next.
    for i in 1..chunks.len() {
        let (a, b) = get_prefixes(&chunks[i - 1].to, &chunks[i].from);
        if a >= chunks[i - 1].from {
            chunks[i - 1].to = a;
        }
        chunks[i].from = b;
    }
    let mut taken = BTreeSet::new();
    let mut files = Vec::with_capacity(made.len());
    for (made, chunk) in made.into_iter().zip(&mut chunks) {
        let hash = format!("{language}_{}", made.hash);
        let short = unique(&hash, language, &taken);
        taken.insert(short.clone());
        files.push((format!("index/{short}.pf_index"), made.file));
        chunk.hash = short;
    }
    Ok((chunks, files))
}

/// Adds the pages of `more` (a later shard's) to `word`'s.
fn merge(word: &mut PackedWord, more: PackedWord) {
    word.pages.extend(more.pages);
    for variant in more.additional_variants {
        match word
            .additional_variants
            .iter_mut()
            .find(|v| v.form == variant.form)
        {
            Some(v) => v.pages.extend(variant.pages),
            None => word.additional_variants.push(variant),
        }
    }
}

/// Encodes a chunk of the word index, its pages' numbers as differences
/// from the page before in each list.
fn encode_chunk(mut words: Vec<PackedWord>) -> Result<Chunk> {
    let from = words.first().map(|w| w.word.clone()).unwrap_or_default();
    let to = words.last().map(|w| w.word.clone()).unwrap_or_default();
    for word in &mut words {
        let lists = std::iter::once(&mut word.pages)
            .chain(word.additional_variants.iter_mut().map(|v| &mut v.pages));
        for list in lists {
            let mut last = 0;
            for page in list.iter_mut() {
                let number = page.page_number;
                page.page_number = number - last;
                last = number;
            }
        }
    }
    let bytes = encode(&WordIndex { words })?;
    Ok(Chunk {
        from,
        to,
        hash: full_hash(&bytes),
        file: pack(&bytes),
    })
}

/// Pagefind's bounds of two neighbouring chunks: the shortest prefixes
/// of `a` and `b` that tell them apart.
fn get_prefixes(a: &str, b: &str) -> (String, String) {
    let common = b.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
    (
        a.chars().take(common + 1).collect(),
        b.chars().take(common + 1).collect(),
    )
}

fn encode<T: Encode<()>>(value: &T) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    minicbor::encode(value, &mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Pagefind's hash of a file: SHA-1, in hexadecimal.
fn full_hash(bytes: &[u8]) -> String {
    use sha1::Digest;
    sha1::Sha1::digest(bytes)
        .iter()
        .map(|b| format!("{b:x?}"))
        .collect()
}

/// A file as Pagefind compresses it: its signature and bytes, gzipped,
/// but at zlib's default level where Pagefind takes the best. Pagefind has
/// already compressed every shard's files at the best level, and the join
/// unpacks them and packs the joined files again. On the bench corpus's
/// word index the best level takes about four times as long as the
/// default for files 1 % smaller (zlib, 1,000 documents). A browser reads
/// the same bytes from either.
fn pack(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to memory cannot fail.
    let _ = gz.write_all(SIGNATURE);
    let _ = gz.write_all(bytes);
    gz.finish().unwrap_or_default()
}

/// The bytes of a file Pagefind compressed.
fn unpack(file: &[u8]) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    match bytes.strip_prefix(SIGNATURE) {
        Some(rest) => Ok(rest.to_vec()),
        None => Err("not a Pagefind file".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_file_reads_back_the_same_on_disk_and_in_memory() {
        let files = || -> Files {
            vec![
                ("index/a.pf_index".to_string(), b"first".to_vec()),
                ("fragment/b.pf_fragment".to_string(), Vec::new()),
                ("pagefind.js".to_string(), b"third file".to_vec()),
            ]
        };
        for disk in [Some(tempfile::tempfile().unwrap()), None] {
            let on_disk = disk.is_some();
            let mut stored = Stored::with(files(), disk);
            assert_eq!(matches!(stored.store, Store::Disk(_)), on_disk);
            for (name, bytes) in files() {
                assert_eq!(stored.get(&name).unwrap(), bytes, "{name}");
            }
            assert_eq!(stored.remove("index/a.pf_index").unwrap(), b"first");
            assert!(stored.get("index/a.pf_index").is_err());
            stored.retain(|name| name.starts_with("fragment/"));
            let names: Vec<&String> = stored.names().collect();
            assert_eq!(names, ["fragment/b.pf_fragment"]);
        }
    }
}
