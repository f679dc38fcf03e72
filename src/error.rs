//! Operational failures: I/O, configuration that cannot be read, templates
//! that do not compile or render. Content problems are [`crate::diag`]
//! diagnostics instead.

use std::path::PathBuf;

/// An operational failure, always naming the path involved.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("could not {action} {path}")]
    Io {
        /// What was being done ("read", "write", "create", …).
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Walking the content folder failed.
    #[error("could not read the folder {path}")]
    Walk {
        /// The folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: walkdir::Error,
    },
    /// A page's view could not be given to Tera.
    #[error("template problem in {name}")]
    Template {
        /// The template or page name.
        name: String,
        /// The cause.
        #[source]
        source: tera::Error,
    },
    /// A page could not be rendered through its template.
    #[error("template problem in {template} for {page}")]
    Render {
        /// The page's template.
        template: String,
        /// The page's file.
        page: String,
        /// The cause.
        #[source]
        source: tera::Error,
    },
    /// The content has errors; they were reported as diagnostics.
    #[error("the site has {0} error(s); nothing was written")]
    Content(usize),
    /// The development server stopped a rebuild because a newer edit came
    /// in; the next rebuild takes over its work.
    #[error("stopped for a newer edit")]
    Superseded,
    /// A file or folder to be created already exists.
    #[error("{path} already exists; styrdok never overwrites it")]
    Exists {
        /// The path.
        path: PathBuf,
    },
    /// The output folder is not one styrdok may replace.
    #[error("refusing to write to {path}: {reason}")]
    UnsafeOutput {
        /// The output folder.
        path: PathBuf,
        /// Why it is refused.
        reason: String,
    },
    /// The output folder, or a folder on the way to it, is a symbolic link
    /// whose target does not exist.
    #[error(
        "the output folder cannot be made: {link} is a symbolic link to {target}, which does not exist; create that folder, or remove the link so that styrdok makes a folder there"
    )]
    DanglingOutput {
        /// The link.
        link: PathBuf,
        /// Where it leads, as written in the link.
        target: PathBuf,
    },
    /// The new site is in place, but the previous one, swapped out beside
    /// it, could not be removed.
    #[error(
        "the new site is in place in {output}, but the previous one could not be removed from {left}; remove that folder by hand"
    )]
    OldOutputLeft {
        /// The output folder, holding the new site.
        output: PathBuf,
        /// Where the previous site is left.
        left: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The new site could not be put in place, nor the previous one,
    /// moved aside for that, be moved back.
    #[error(
        "could not put the new site in place in {output}, nor move the previous one back: it is whole in {aside}; rename that folder to {output}"
    )]
    OutputAside {
        /// The output folder.
        output: PathBuf,
        /// Where the previous site is.
        aside: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The search index could not be built.
    #[error("could not build the search index: {0}")]
    Search(String),
}

impl Error {
    /// Wraps an I/O error with what was being done and where.
    pub fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io {
            action,
            path,
            source,
        }
    }
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
