//! Stages 1–4 (configuration, content, model and links), with the memory
//! of the last run when there is one ([`super::Memo`]): what can be reused
//! is handed to the stages as input, and what they make is kept.

use std::collections::{HashMap, HashSet};

use super::memo::Last;
use super::{Changes, Memo, Options, Report};
use crate::config::{self, SiteConfig};
use crate::content::{self, front_matter};
use crate::diag::Diagnostics;
use crate::error::Result;
use crate::links::{self, LinkGraph};
use crate::model::{self, Corpus};

/// One Markdown file read, classified and parsed (or not), with its
/// problems.
#[derive(Debug, Clone, Default)]
pub(super) struct Loaded {
    /// Source and language, when the file name could be classified.
    source: Option<(content::SourceKey, crate::lang::Lang)>,
    /// The parsed file, when it could be parsed.
    parsed: Option<std::sync::Arc<content::ParsedFile>>,
    /// Its problems.
    diags: Diagnostics,
}

impl Loaded {
    /// Reads, classifies and parses `file`.
    fn read(file: &content::discover::MarkdownFile, config: &SiteConfig) -> Result<Loaded> {
        let mut diags = Diagnostics::new();
        let Some(source) = content::discover::read(file, config, &mut diags)? else {
            return Ok(Loaded {
                diags,
                ..Loaded::default()
            });
        };
        let classified = (source.source_key(), source.lang.clone());
        let parsed = front_matter::parse(source, &mut diags).map(std::sync::Arc::new);
        Ok(Loaded {
            source: Some(classified),
            parsed,
            diags,
        })
    }
}

/// The Markdown files of the last run: the walk, and what each file gave,
/// in the walk's order.
#[derive(Debug, Default)]
pub(super) struct Files {
    listing: content::discover::Listing,
    loaded: Vec<Loaded>,
}

impl Files {
    /// True when a file of source `source` (any language) was found.
    fn has_source(&self, source: &content::SourceKey) -> bool {
        self.loaded
            .iter()
            .any(|l| l.source.as_ref().is_some_and(|(s, _)| s == source))
    }

    /// True when the original (the default language's file) of `source`
    /// was found, read or not.
    fn has_original(&self, source: &content::SourceKey, config: &SiteConfig) -> bool {
        self.loaded.iter().any(|l| {
            l.source
                .as_ref()
                .is_some_and(|(s, lang)| s == source && *lang == config.default_language)
        })
    }
}

/// Stages 1–4: configuration, content, model and links, reusing what
/// `memo` holds of the last run and keeping in it what this run made.
pub(super) fn load(
    opts: &Options,
    mut memo: Option<&mut Memo>,
    report: &mut Report,
) -> Result<Option<(SiteConfig, Corpus, LinkGraph, Changes)>> {
    let Some(config) = report.time("config", |d| config::load(&opts.root, &opts.overrides, d))?
    else {
        return Ok(None);
    };
    report.config = Some(config.clone());
    let previous = memo.as_deref_mut().and_then(|m| m.files.take());
    let with_stamps = memo.is_some();
    let (files, read_anew, gone) = read_content(&config, opts, with_stamps, previous, report)?;
    let mut changes = Changes::default();
    let mut parsed = Vec::with_capacity(files.loaded.len());
    for l in &files.loaded {
        report.diagnostics.extend_from(&l.diags);
        parsed.extend(l.parsed.clone());
    }
    for p in read_anew
        .iter()
        .filter_map(|&i| files.loaded[i].parsed.as_ref())
    {
        changes.fresh.insert(p.source.source_key());
    }
    // A source with a file gone is read anew too: its other language
    // versions, if any, are all there is of it now.
    changes.fresh.extend(gone.iter().cloned());
    if let Some(m) = memo.as_deref_mut() {
        m.unrendered.extend(changes.fresh.drain());
        changes.fresh = m.unrendered.clone();
    }
    let listing = &files.listing;
    // What a page can show beyond the Markdown files.
    let settings = crate::digest::of(&(
        format!("{config:?}"),
        opts.today,
        listing
            .data
            .iter()
            .map(|f| (&f.path, &f.text))
            .collect::<Vec<_>>(),
        listing.assets.iter().map(|a| &a.output).collect::<Vec<_>>(),
    ));
    changes.content = crate::digest::of(&(
        settings,
        parsed.iter().map(|p| p.front_digest).collect::<Vec<_>>(),
    ));
    // The model and links of the last rendered run, changed only where
    // they must be.
    let last = memo.as_deref_mut().and_then(|m| m.last.take());
    // What the links stage found last time, and what it finds now.
    let known = memo.as_deref().map(|m| &m.links);
    let (mut found, mut every_body) = (None, false);
    let kept = match last {
        // Only bodies changed since then: that run's model and links stay
        // right once the new bodies are in and their links checked.
        Some(Last {
            content,
            mut corpus,
            mut graph,
            ..
        }) if content == changes.content => {
            report.time("model", |_| {
                for p in &parsed {
                    let source = p.source.source_key();
                    if changes.fresh.contains(&source) {
                        corpus.replace_body(&source, &p.source.lang, p.body.clone());
                    }
                }
            });
            found = Some(report.time("links", |d| {
                links::recheck_bodies(&corpus, &config, &changes.fresh, known, &mut graph, d)
            }));
            Some((corpus, graph))
        }
        // Only Markdown files changed, came or went: only their sources
        // are read into the model again, and only their references (and
        // those to a document gone) checked. A focus area or plain page
        // gone altogether is built anew: their references are not kept
        // to find.
        Some(Last {
            settings: last_settings,
            mut corpus,
            graph,
            ..
        }) if last_settings == settings
            && gone
                .iter()
                .all(|s| s.kind == content::SourceKind::Document || files.has_source(s)) =>
        {
            // A first regulation, or the last one gone, adds or removes
            // the register and its link in every page's footer: beyond
            // what the edit's reach names.
            let had_register = corpus.has_regulations();
            let exists = |source: &content::SourceKey| files.has_original(source, &config);
            let replaced = report.time("model", |d| {
                let data = listing.data.clone();
                model::patch(
                    &mut corpus,
                    &changes.fresh,
                    &parsed,
                    &exists,
                    data,
                    &config,
                    d,
                )
            });
            let (new, links, before) = report.time("links", |d| {
                let checked = with_referrers(&corpus, &config, &changes.fresh);
                let before = links::Before::of(&graph, &changes.fresh);
                let same = corpus.holds_same_places(&replaced, &changes.fresh);
                let (new, links) = links::patch(&corpus, &config, &checked, known, graph, same, d);
                (new, links, before)
            });
            found = Some(links);
            changes.touched = before
                .reach(&new, &changes.fresh)
                .filter(|_| corpus.has_regulations() == had_register)
                .map(|mut touched| {
                    let edited = &changes.fresh;
                    reach_versions(&mut touched, &corpus, edited, &replaced, &files, &new);
                    touched
                });
            changes.replaced = replaced;
            Some((corpus, new))
        }
        _ => None,
    };
    let (corpus, graph) = match kept {
        Some(kept) => kept,
        None => {
            let discovered: Vec<_> = files
                .loaded
                .iter()
                .filter_map(|l| l.source.clone())
                .collect();
            let corpus = report.time("model", |d| {
                let (assets, data) = (listing.assets.clone(), listing.data.clone());
                model::build(parsed, &discovered, assets, data, &config, d)
            });
            let (graph, links) =
                report.time("links", |d| links::resolve_with(&corpus, &config, known, d));
            // Every body was looked at: what was found is all there is.
            every_body = true;
            found = Some(links);
            (corpus, graph)
        }
    };
    if let Some(m) = memo {
        if let Some(found) = found {
            m.keep_links(found, every_body);
        }
        m.files = Some(files);
    }
    changes.settings = settings;
    Ok(Some((config, corpus, graph, changes)))
}

/// `edited`, and the documents whose `ersätter` names a document of
/// `edited` that is gone: their references are checked again too.
fn with_referrers(
    corpus: &Corpus,
    config: &SiteConfig,
    edited: &HashSet<content::SourceKey>,
) -> HashSet<content::SourceKey> {
    let default = &config.default_language;
    let gone: Vec<&str> = edited
        .iter()
        .filter(|s| s.kind == content::SourceKind::Document && !corpus.has_original(s, default))
        .map(|s| s.key.as_str())
        .collect();
    let mut checked = edited.clone();
    if gone.is_empty() {
        return checked;
    }
    for d in &corpus.documents {
        if d.replaces
            .as_ref()
            .is_some_and(|r| gone.contains(&r.target.as_str()))
        {
            checked.insert(content::SourceKey::new(
                content::SourceKind::Document,
                d.key.as_str(),
            ));
        }
    }
    checked
}

/// Adds to `touched` what a document's language version coming or going
/// reaches beyond the graph: the pages whose bodies link to the document
/// (the link now leads to another language's page), found in the links
/// of `graph`, and the sitemap. `replaced` are the versions
/// the model's patch took out of the sources `edited`.
fn reach_versions(
    touched: &mut links::Touched,
    corpus: &Corpus,
    edited: &HashSet<content::SourceKey>,
    replaced: &[model::Document],
    files: &Files,
    graph: &LinkGraph,
) {
    use std::collections::BTreeSet;
    let keys: Vec<&str> = edited
        .iter()
        .filter(|s| s.kind == content::SourceKind::Document)
        .map(|s| s.key.as_str())
        .collect();
    let versions = |docs: &mut dyn Iterator<Item = &model::Document>| {
        docs.filter(|d| keys.contains(&d.key.as_str()))
            .map(|d| (d.key.as_str().to_string(), d.lang.clone()))
            .collect::<BTreeSet<_>>()
    };
    let (before, after) = (
        versions(&mut replaced.iter()),
        versions(&mut corpus.documents.iter()),
    );
    let came_or_went: Vec<&str> = before
        .symmetric_difference(&after)
        .map(|(key, _)| key.as_str())
        .collect();
    if came_or_went.is_empty() {
        return;
    }
    touched.versions = true;
    let linking = graph.files_linking_to(came_or_went.iter().copied());
    for p in files.loaded.iter().filter_map(|l| l.parsed.as_ref()) {
        if !linking.contains(&p.source.path) {
            continue;
        }
        let key = p.source.key.clone();
        match p.source.kind {
            content::SourceKind::Document => {
                touched.documents.insert(model::DocKey(key));
            }
            content::SourceKind::FocusArea => {
                touched.focus_areas.insert(model::FocusId(key));
            }
            content::SourceKind::Page => {
                touched.pages.insert(key);
            }
        }
    }
}

/// Walks `content/` (or, when the watcher's paths name only Markdown files
/// the last walk found or new ones it would find, takes that walk with
/// them: [`content::discover::Listing::refresh`]) and reads, classifies and
/// parses the Markdown files that are new or changed; the others keep what
/// `previous` had for them. Also gives the positions of the files read
/// anew, and the sources of the files `previous` had that are gone.
fn read_content(
    config: &SiteConfig,
    opts: &Options,
    with_stamps: bool,
    previous: Option<Files>,
    report: &mut Report,
) -> Result<(Files, Vec<usize>, HashSet<content::SourceKey>)> {
    use rayon::prelude::*;
    let read = |f: &content::discover::MarkdownFile| Loaded::read(f, config);
    let refreshed = match (previous, opts.changed.as_deref()) {
        (Some(mut last), Some(changed)) => match last.listing.refresh(changed, config) {
            Some(at) => Ok((last, at)),
            None => Err(Some(last)),
        },
        (last, _) => Err(last),
    };
    match refreshed {
        Ok((mut files, refreshed)) => {
            // What the walk reported stands as long as its listing does.
            report.diagnostics.extend_from(&files.listing.problems);
            let mut gone = HashSet::new();
            for &i in &refreshed.gone {
                gone.extend(files.loaded.remove(i).source.map(|(source, _)| source));
            }
            for &i in &refreshed.new {
                files.loaded.insert(i, Loaded::default());
            }
            report.time("read + parse", |_| -> Result<()> {
                for &i in &refreshed.read {
                    files.loaded[i] = read(&files.listing.markdown[i])?;
                }
                Ok(())
            })?;
            Ok((files, refreshed.read, gone))
        }
        Err(last) => {
            let Some(listing) = report.time("discover", |d| {
                content::discover::walk(config, with_stamps, d)
            })?
            else {
                return Ok((Files::default(), Vec::new(), HashSet::new()));
            };
            // What the last walk had for each file on disk, with the
            // file's stamp then.
            let known: HashMap<&std::path::Path, (content::discover::Stamp, &Loaded)> = last
                .iter()
                .flat_map(|l| l.listing.markdown.iter().zip(&l.loaded))
                .filter_map(|(f, l)| Some((f.disk.as_path(), (f.stamp?, l))))
                .collect();
            let results = report.time("read + parse", |_| {
                listing
                    .markdown
                    .par_iter()
                    .map(|f| match known.get(f.disk.as_path()) {
                        Some((stamp, l)) if Some(*stamp) == f.stamp => Ok(((*l).clone(), false)),
                        _ => read(f).map(|l| (l, true)),
                    })
                    .collect::<Result<Vec<(Loaded, bool)>>>()
            })?;
            let at = results
                .iter()
                .enumerate()
                .filter_map(|(i, (_, anew))| anew.then_some(i))
                .collect();
            let loaded = results.into_iter().map(|(l, _)| l).collect();
            let found: HashSet<&std::path::Path> =
                listing.markdown.iter().map(|f| f.disk.as_path()).collect();
            let gone = last
                .iter()
                .flat_map(|l| l.listing.markdown.iter().zip(&l.loaded))
                .filter(|(f, _)| !found.contains(f.disk.as_path()))
                .filter_map(|(_, l)| l.source.as_ref().map(|(source, _)| source.clone()))
                .collect();
            Ok((Files { listing, loaded }, at, gone))
        }
    }
}
