//! Related documents: for each document, the others that share the most
//! focus areas with it.

use std::collections::{BTreeMap, BTreeSet};

use super::Extracted;
use crate::model::{Corpus, DocKey, FocusId};

/// How many related documents a page lists.
pub const RELATED_LIMIT: usize = 8;

/// Up to [`RELATED_LIMIT`] related documents per document: each
/// original's list, as positions in the list of every original's key, so
/// that making it anew (when a document comes, goes or changes its focus
/// areas) copies each key once, not once per list that names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Related {
    /// Every original's key, in key order.
    keys: Vec<DocKey>,
    /// For each, the positions in `keys` of the documents related to it,
    /// most related first.
    near: Vec<Vec<usize>>,
}

impl Related {
    /// The documents related to document `key`, most related first (none
    /// for a document it does not know).
    pub fn of(&self, key: &DocKey) -> impl Iterator<Item = &DocKey> {
        let at = self.keys.binary_search(key).ok();
        at.into_iter()
            .flat_map(|i| &self.near[i])
            .map(|&j| &self.keys[j])
    }

    /// The documents whose list holds one of `keys`.
    pub fn listing<'a>(&'a self, keys: &BTreeSet<DocKey>) -> impl Iterator<Item = &'a DocKey> {
        let at: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.keys.binary_search(k).ok())
            .collect();
        self.keys
            .iter()
            .zip(&self.near)
            .filter(move |(_, near)| near.iter().any(|j| at.contains(j)))
            .map(|(key, _)| key)
    }

    /// The documents whose lists differ between `self` and `other` (a
    /// document one of them does not know has an empty list there).
    pub fn differing<'a>(&'a self, other: &'a Related) -> Vec<&'a DocKey> {
        use std::cmp::Ordering;
        let list = |r: &'a Related, i: usize| r.near[i].iter().map(move |&j| &r.keys[j]);
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        loop {
            let order = match (self.keys.get(i), other.keys.get(j)) {
                (None, None) => return out,
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some(a), Some(b)) => a.cmp(b),
            };
            match order {
                Ordering::Less => {
                    if !self.near[i].is_empty() {
                        out.push(&self.keys[i]);
                    }
                    i += 1;
                }
                Ordering::Greater => {
                    if !other.near[j].is_empty() {
                        out.push(&other.keys[j]);
                    }
                    j += 1;
                }
                Ordering::Equal => {
                    if !list(self, i).eq(list(other, j)) {
                        out.push(&self.keys[i]);
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
    }

    /// The lists of `lists`, each document's named in it; a document
    /// named only in another's list has none.
    #[cfg(test)]
    pub fn from_lists(lists: &[(&str, &[&str])]) -> Related {
        let mut keys: Vec<DocKey> = lists
            .iter()
            .flat_map(|(key, near)| std::iter::once(key).chain(near.iter()))
            .map(|k| DocKey(k.to_string()))
            .collect();
        keys.sort();
        keys.dedup();
        let at = |k: &str| keys.binary_search(&DocKey(k.to_string())).unwrap();
        let mut near = vec![Vec::new(); keys.len()];
        for (key, list) in lists {
            near[at(key)] = list.iter().map(|k| at(k)).collect();
        }
        Related { keys, near }
    }
}

/// For each document, up to [`RELATED_LIMIT`] others that share the most
/// focus areas with it (ties in key order). Focus areas are bits of a mask,
/// so comparing all pairs stays fast at 10,000 documents; a site with more
/// than 128 focus areas folds them onto 128 bits, which can only add ties.
/// With a `memory` of the last run, also gives the fingerprint of what they
/// were made from, and takes the last run's when that is the same.
pub(super) fn related_documents(
    corpus: &Corpus,
    default: &str,
    memory: Option<&Extracted>,
) -> (std::sync::Arc<Related>, Option<u64>) {
    // Each focus area's bit, in the order they are first named. This runs
    // after every edit that brings or takes a document, over every one:
    // the references are read as they are, without a list of each
    // document's areas.
    let mut bit: rustc_hash::FxHashMap<&FocusId, u32> = Default::default();
    let originals: Vec<(&DocKey, u128)> = corpus
        .documents
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| {
            let goal_areas = d.goals.iter().flat_map(|g| &g.focus_areas);
            let mut mask = 0u128;
            for r in d.focus_areas.iter().chain(goal_areas) {
                let next = bit.len() as u32;
                mask |= 1u128 << (*bit.entry(&r.target).or_insert(next) % 128);
            }
            (&d.key, mask)
        })
        .collect();
    let digest = memory.map(|_| crate::digest::of(&originals));
    let known = memory.zip(digest).and_then(|(m, digest)| {
        m.related
            .as_ref()
            .filter(|(d, _)| *d == digest)
            .map(|(_, related)| related.clone())
    });
    if let Some(related) = known {
        return (related, digest);
    }
    let masks: Vec<u128> = originals.iter().map(|(_, mask)| *mask).collect();
    let related = Related {
        keys: originals.iter().map(|(key, _)| (*key).clone()).collect(),
        near: nearest_by_mask(&masks, RELATED_LIMIT),
    };
    debug_assert!(related.keys.is_sorted());
    (std::sync::Arc::new(related), digest)
}

/// For each mask, the positions of up to `limit` other masks that share
/// the most bits with it (at least one), most first, ties in position
/// order. Documents with the same focus areas share a mask, so the masks
/// are grouped first, and each group is ranked against every group once:
/// at 10,000 documents over a dozen focus areas there are a few hundred
/// groups. A group's ranking holds one position more than `limit`, so
/// that each of its members still has `limit` once it leaves itself out.
fn nearest_by_mask(masks: &[u128], limit: usize) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    // Each distinct non-empty mask with its positions, in order.
    let mut groups: BTreeMap<u128, Vec<usize>> = BTreeMap::new();
    for (i, &mask) in masks.iter().enumerate().filter(|(_, m)| **m != 0) {
        groups.entry(mask).or_default().push(i);
    }
    let ranked: Vec<(u128, Vec<usize>)> = groups
        .par_iter()
        .map(|(&mask, _)| {
            // The groups sharing bits with this mask, most shared first.
            let mut near: Vec<(u32, &[usize])> = groups
                .iter()
                .map(|(other, at)| ((mask & other).count_ones(), at.as_slice()))
                .filter(|(shared, _)| *shared > 0)
                .collect();
            near.sort_by_key(|(shared, _)| std::cmp::Reverse(*shared));
            let wanted = limit + 1;
            let mut top = Vec::with_capacity(wanted);
            // Level by level of shared bits: the first positions of every
            // group at that level, merged in position order.
            for level in near.chunk_by(|a, b| a.0 == b.0) {
                if top.len() == wanted {
                    break;
                }
                let mut tied: Vec<usize> = level
                    .iter()
                    .flat_map(|(_, at)| at.iter().copied().take(wanted))
                    .collect();
                tied.sort_unstable();
                tied.truncate(wanted - top.len());
                top.extend(tied);
            }
            (mask, top)
        })
        .collect();
    let ranked: BTreeMap<u128, Vec<usize>> = ranked.into_iter().collect();
    masks
        .iter()
        .enumerate()
        .map(|(i, mask)| {
            ranked.get(mask).map_or_else(Vec::new, |top| {
                top.iter()
                    .copied()
                    .filter(|&j| j != i)
                    .take(limit)
                    .collect()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_masks_are_those_of_a_comparison_of_every_pair() {
        // Every pair compared, the best kept by (shared bits, then position).
        fn every_pair(masks: &[u128], limit: usize) -> Vec<Vec<usize>> {
            (0..masks.len())
                .map(|i| {
                    let mut all: Vec<(u32, usize)> = (0..masks.len())
                        .filter(|&j| j != i)
                        .map(|j| ((masks[i] & masks[j]).count_ones(), j))
                        .filter(|(shared, _)| *shared > 0)
                        .collect();
                    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                    all.into_iter().take(limit).map(|(_, j)| j).collect()
                })
                .collect()
        }
        // Masks over few bits, so that there are many repeats and ties,
        // some empty, from a fixed pseudo-random sequence.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let masks: Vec<u128> = (0..400)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                u128::from(state & 0x3f & (state >> 8)) << (state % 3)
            })
            .collect();
        assert!(masks.contains(&0));
        for limit in [1, 3, RELATED_LIMIT] {
            assert_eq!(nearest_by_mask(&masks, limit), every_pair(&masks, limit));
        }
        assert_eq!(nearest_by_mask(&[], 3), Vec::<Vec<usize>>::new());
        assert_eq!(nearest_by_mask(&[0b1, 0b1], 3), vec![vec![1], vec![0]]);
    }
}
