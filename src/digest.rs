//! Content fingerprints: one fast hash (XXH3) for every "is this the same
//! as last time?" question (parsed bodies, rendered bodies, page views,
//! static files). Fingerprints never leave the process, so they need only
//! be stable within one run.

use std::hash::{Hash, Hasher};

/// The fingerprint of anything hashable.
pub fn of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3Default::new();
    value.hash(&mut h);
    h.finish()
}

/// The fingerprint of bytes (a one-shot hash, faster than [`of`] on long input).
pub fn bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_input_gives_equal_fingerprints() {
        assert_eq!(super::of("abc"), super::of("abc"));
        assert_ne!(super::of("abc"), super::of("abd"));
        assert_eq!(super::bytes(b"abc"), super::bytes(b"abc"));
        assert_ne!(super::bytes(b"abc"), super::bytes(b"abd"));
    }
}
