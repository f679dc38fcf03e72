//! Building a language's index with Pagefind: its records indexed at
//! once, or in shards joined into the index Pagefind makes of them all
//! ([`join`]), and the files of the bundle the search page uses.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{Bundle, Record, join, push_markdown};
use crate::address::{Addresses, SEARCH_INDEX_PATH};
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Pages per language above which Pagefind groups result fragments into
/// files of several pages, so a large site is not tens of thousands of
/// small files.
const MAX_FRAGMENT_FILES: u32 = 1000;

/// The most records Pagefind is given at once: more are indexed in
/// shards and joined ([`join`]). Pagefind holds about 330 KB a record of
/// the bench corpus while it indexes (1,400 words). 10,000 documents × sv,
/// en, two shards at a time: peak 4.0 GiB in one index a language, 1.01 GiB
/// in shards of 250, 1.02 GiB in shards of 200 (the rest is the build's
/// own and what the allocator keeps); 0.84 GiB in shards of 250 once the
/// shards made wait for the join in a temporary file ([`join::Stored`]),
/// 0.78 GiB in shards of 150, for more CPU time.
const SHARD_RECORDS: usize = 250;

/// Builds `lang`'s index with Pagefind and returns its files (Pagefind's
/// own search interfaces left out: the theme has its own search page).
/// `tag` is the language of the text, for Pagefind's stemming (Swedish
/// for lättläst, whose index is still its own, under its key).
///
/// More records than [`SHARD_RECORDS`] are indexed in shards, `workers`
/// at a time, and the shards joined into the index Pagefind makes of them
/// all at once ([`join`]). Pagefind's parallel work runs in the rayon pool
/// this is called in when `workers` is 1, else in the global one.
pub fn index(lang: &Lang, records: Vec<Record>, workers: usize) -> Result<Bundle> {
    let files = pagefind_in_shards(
        lang.tag(),
        records,
        SHARD_RECORDS,
        workers,
        MAX_FRAGMENT_FILES,
    )?;
    let dir = Addresses::search_index(lang);
    let mut out: Bundle = files
        .into_iter()
        .filter(|(name, _)| keep(name))
        .map(|(name, bytes)| (format!("{}{name}", dir.trim_start_matches('/')), bytes))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    debug_assert!(out.iter().all(|(p, _)| p.starts_with(SEARCH_INDEX_PATH)));
    Ok(out)
}

/// Pagefind's files for `records`, made by Pagefind at once or, when there
/// are more than `shard` records, joined from shards of `shard` records.
fn pagefind_in_shards(
    tag: &str,
    records: Vec<Record>,
    shard: usize,
    workers: usize,
    max_fragments: u32,
) -> Result<join::Files> {
    if records.len() <= shard {
        return pagefind(&runtime()?, tag, records, Some(max_fragments));
    }
    let mut shards = Vec::new();
    let mut records = records.into_iter().peekable();
    while records.peek().is_some() {
        shards.push(records.by_ref().take(shard).collect());
    }
    let made = index_shards(tag, shards, workers)?;
    join::join(made, max_fragments as usize)
        .map_err(|e| Error::Search(format!("could not join the index's shards: {e}")))
}

/// Indexes each of `shards` with Pagefind, `workers` at a time, with no
/// limit on its fragment files (the join groups them); their files, in
/// their order, stored out of memory until the join reads them.
fn index_shards(tag: &str, shards: Vec<Vec<Record>>, workers: usize) -> Result<Vec<join::Stored>> {
    let count = shards.len();
    let queue = Mutex::new(shards.into_iter().enumerate());
    let made: Mutex<Vec<Option<join::Stored>>> = Mutex::new((0..count).map(|_| None).collect());
    let work = || -> Result<()> {
        // One runtime for every shard of this worker: Pagefind reads the
        // records on its blocking thread, which then stays, and so does
        // the memory the allocator keeps for it.
        let runtime = runtime()?;
        loop {
            let next = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
            let Some((i, records)) = next else {
                return Ok(());
            };
            match pagefind(&runtime, tag, records, None) {
                Ok(mut files) => {
                    // Every shard has Pagefind's scripts; the join takes
                    // the first's (and the language's WebAssembly from the
                    // first that has words).
                    if i > 0 {
                        files.retain(|(name, _)| {
                            join::is_index_file(name) || name.starts_with("wasm.")
                        });
                    }
                    let files = join::Stored::new(files);
                    made.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(files);
                }
                Err(e) => {
                    // The other workers stop after their shard.
                    queue
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .by_ref()
                        .for_each(drop);
                    return Err(e);
                }
            }
        }
    };
    if workers <= 1 {
        work()?;
    } else {
        // Threads of their own, not rayon's: each index runs its own Tokio
        // runtime, and on a rayon worker a `block_on` waiting for
        // Pagefind's parallel work could take up another shard's job and
        // start a runtime inside a runtime, which panics.
        std::thread::scope(|scope| {
            let running: Vec<_> = (0..workers.min(count)).map(|_| scope.spawn(work)).collect();
            running.into_iter().try_for_each(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
        })?;
    }
    Ok(made
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect())
}

/// A runtime for Pagefind's async API, on the calling thread.
fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::Search(format!("could not start the indexer: {e}")))
}

/// Pagefind's files for `records`: names within the bundle, and contents.
/// Pagefind's API is async; its work runs in `runtime`'s blocking threads.
fn pagefind(
    runtime: &tokio::runtime::Runtime,
    tag: &str,
    records: Vec<Record>,
    max_fragments: Option<u32>,
) -> Result<join::Files> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;
    let fail = |what: &str, e: &dyn std::fmt::Display| Error::Search(format!("{what}: {e}"));
    // Pagefind reads the working directory and would panic without one.
    std::env::current_dir().map_err(|e| fail("no working directory", &e))?;
    runtime.block_on(async {
        let options = match max_fragments {
            Some(max) => PagefindServiceConfig::builder().max_fragments(max).build(),
            None => PagefindServiceConfig::builder().build(),
        };
        let mut index =
            PagefindIndex::new(Some(options)).map_err(|e| fail("could not set up Pagefind", &e))?;
        for record in records {
            let Record {
                url,
                head,
                body,
                meta,
                lang,
            } = record;
            // The text indexed: the head, then the body's words, each
            // block on a line of its own; the head is not copied.
            let mut text = head;
            push_markdown(&mut text, &body);
            drop(body);
            let filters = lang.map(|l| BTreeMap::from([("lang".to_string(), vec![l])]));
            index
                .add_custom_record(
                    url.clone(),
                    text,
                    tag.to_string(),
                    Some(meta),
                    filters,
                    None,
                )
                .await
                .map_err(|e| fail(&format!("could not index {url}"), &e))?;
        }
        let files = index
            .get_files()
            .await
            .map_err(|e| fail("Pagefind could not write the index", &e))?;
        Ok(files
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
            .collect())
    })
}

/// The files of a Pagefind bundle the search page uses.
fn keep(name: &str) -> bool {
    !(name.starts_with("pagefind-ui")
        || name.starts_with("pagefind-modular-ui")
        || name.starts_with("pagefind-component-ui")
        || name.starts_with("pagefind-highlight")
        || name.starts_with("playground/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records whose text has what Pagefind treats apart: letters with
    /// diacritics (variants of a word), compounds, a dotted name, a `lang`
    /// filter on some, and the last without an organisation (shards that
    /// have fewer meta fields than the index); enough words for several
    /// chunks of the word index.
    fn varied_records(count: usize) -> Vec<Record> {
        const SYLLABLES: [&str; 16] = [
            "ka", "rä", "lo", "vå", "ne", "sö", "ti", "ré", "mu", "bo", "ja", "fö", "ri", "ål",
            "de", "in",
        ];
        let mut seed: u64 = 7;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        (0..count)
            .map(|i| {
                let mut body = String::new();
                for w in 0..700 {
                    let mut word = String::new();
                    for _ in 0..1 + next(3) {
                        word.push_str(SYLLABLES[next(16) as usize]);
                    }
                    body.push_str(&word);
                    body.push(match w % 40 {
                        39 => '\n',
                        13 => '-',
                        _ => ' ',
                    });
                }
                body.push_str(" kommun.se nr. 3");
                let title = format!("Plan {i} för Västra Götaland");
                let mut meta = BTreeMap::from([("title".to_string(), title.clone())]);
                if i + 5 < count {
                    meta.insert("organisation".to_string(), format!("Nämnd {}", i % 3));
                }
                Record {
                    url: format!("/sv/plan-{i}/"),
                    head: title,
                    body: crate::content::Body::new(&body),
                    meta,
                    lang: (i % 4 == 1).then(|| "en".to_string()),
                }
            })
            .collect()
    }

    #[test]
    fn an_index_joined_from_shards_is_the_index_made_at_once() {
        let records = varied_records(45);
        for (shard, workers, max_fragments) in [(7, 2, 1000), (7, 1, 4), (1, 2, 4), (44, 2, 1000)] {
            let mut whole = pagefind(
                &runtime().unwrap(),
                "sv",
                records.clone(),
                Some(max_fragments),
            )
            .unwrap();
            whole.sort_by(|a, b| a.0.cmp(&b.0));
            assert!(
                whole
                    .iter()
                    .filter(|(name, _)| name.starts_with("index/"))
                    .count()
                    > 1,
                "the records make more than one chunk of the word index"
            );
            let joined =
                pagefind_in_shards("sv", records.clone(), shard, workers, max_fragments).unwrap();
            let names = |files: &join::Files| -> Vec<String> {
                files.iter().map(|(name, _)| name.clone()).collect()
            };
            assert_eq!(names(&joined), names(&whole), "shards of {shard}");
            // The same bytes in every file (the joined files are
            // compressed at another level).
            for ((name, a), (_, b)) in joined.iter().zip(&whole) {
                let same = join::contents(name, a).unwrap() == join::contents(name, b).unwrap();
                assert!(same, "{name} differs, shards of {shard}");
            }
        }
    }

    #[test]
    fn only_the_bundle_the_page_uses_is_kept() {
        assert!(keep("pagefind.js"));
        assert!(keep("pagefind-worker.js"));
        assert!(keep("wasm.sv.pagefind"));
        assert!(keep("fragment/sv_1234567.pf_fragment"));
        assert!(!keep("pagefind-ui.js"));
        assert!(!keep("pagefind-component-ui.css"));
        assert!(!keep("playground/index.html"));
    }
}
