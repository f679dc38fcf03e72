//! Id newtypes, so a goal id is never passed where a focus-area id belongs.

use serde::Serialize;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A document's key, shared by its translations: its path under
    /// `content/` without the language suffix and `.md` (`vargarda/strategi`).
    DocKey
);
id_type!(
    /// A goal id, unique within its document.
    GoalId
);
id_type!(
    /// A focus-area id: the file name under `content/fokusomraden/`.
    FocusId
);

impl DocKey {
    /// Reads a document link target, `@/vargarda/strategi.md` (with or without
    /// the `@/` and `.md`), into a key. Returns `None` for anything else.
    pub fn from_link(target: &str) -> Option<DocKey> {
        let path = target.trim().strip_prefix("@/")?;
        let path = path.strip_suffix(".md").unwrap_or(path).trim_matches('/');
        (!path.is_empty()).then(|| DocKey(path.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_links_become_keys() {
        assert_eq!(
            DocKey::from_link("@/vargarda/s.md"),
            Some(DocKey("vargarda/s".into()))
        );
        assert_eq!(DocKey::from_link("@/s"), Some(DocKey("s".into())));
        assert_eq!(DocKey::from_link("vargarda/s.md"), None);
        assert_eq!(DocKey::from_link("@/"), None);
    }
}
