//! Related documents: for each document, the others that share the most
//! focus areas with it.

use std::collections::BTreeMap;

use super::Extracted;
use crate::model::{Corpus, DocKey, FocusId};

/// How many related documents a page lists.
pub const RELATED_LIMIT: usize = 8;

/// Up to [`RELATED_LIMIT`] related documents per document.
/// Document → the documents related to it.
pub type Related = BTreeMap<DocKey, Vec<DocKey>>;

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
    let mut bit: BTreeMap<&FocusId, u32> = BTreeMap::new();
    let originals: Vec<(&DocKey, u128)> = corpus
        .documents
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| {
            let mut mask = 0u128;
            for id in d.all_focus_areas() {
                let next = bit.len() as u32;
                mask |= 1u128 << (*bit.entry(id).or_insert(next) % 128);
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
    let related: Related = originals
        .iter()
        .zip(nearest_by_mask(&masks, RELATED_LIMIT))
        .map(|((key, _), top)| {
            let top = top.into_iter().map(|j| originals[j].0.clone()).collect();
            ((*key).clone(), top)
        })
        .collect();
    (std::sync::Arc::new(related), digest)
}

/// For each mask, the positions of up to `limit` other masks that share
/// the most bits with it (at least one), most first, ties in position
/// order. Documents with the same focus areas share a mask, so the masks
/// are grouped first and each document is compared with every distinct
/// mask rather than with every document: at 10,000 documents over a dozen
/// focus areas there are a few hundred.
fn nearest_by_mask(masks: &[u128], limit: usize) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    // Each distinct non-empty mask with its positions, in order.
    let mut groups: BTreeMap<u128, Vec<usize>> = BTreeMap::new();
    for (i, &mask) in masks.iter().enumerate().filter(|(_, m)| **m != 0) {
        groups.entry(mask).or_default().push(i);
    }
    masks
        .par_iter()
        .enumerate()
        .map(|(i, &mask)| {
            // The groups sharing bits with this mask, most shared first.
            let mut near: Vec<(u32, &[usize])> = groups
                .iter()
                .map(|(other, at)| ((mask & other).count_ones(), at.as_slice()))
                .filter(|(shared, _)| *shared > 0)
                .collect();
            near.sort_by_key(|(shared, _)| std::cmp::Reverse(*shared));
            let mut top = Vec::with_capacity(limit);
            // Level by level of shared bits: the first positions of every
            // group at that level, merged in position order.
            for level in near.chunk_by(|a, b| a.0 == b.0) {
                if top.len() == limit {
                    break;
                }
                let mut tied: Vec<usize> = level
                    .iter()
                    .flat_map(|(_, at)| at.iter().copied().filter(|&j| j != i).take(limit))
                    .collect();
                tied.sort_unstable();
                tied.truncate(limit - top.len());
                top.extend(tied);
            }
            top
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
