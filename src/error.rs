//! Operational failures: I/O, configuration that cannot be read, templates
//! that do not compile or render. Content problems are [`crate::diag`]
//! diagnostics instead.

use std::path::PathBuf;

use crate::messages::{Lang, Message};
use crate::msg;

/// An operational failure, always naming the path involved.
#[derive(Debug)]
pub enum Error {
    /// A file or folder could not be read or written.
    Io {
        /// What was being done ("read", "write", "create", …).
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Walking the content folder failed.
    Walk {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: walkdir::Error,
    },
    /// A page's view could not be given to its template.
    Template {
        /// The template or page name.
        name: String,
        /// The cause.
        cause: Cause,
    },
    /// A page could not be rendered through its template.
    Render {
        /// The page's template.
        template: String,
        /// The page's file.
        page: String,
        /// The cause.
        cause: Cause,
    },
    /// A file or folder to be created already exists.
    Exists {
        /// The path.
        path: PathBuf,
    },
    /// The output folder is not one styrdok may replace.
    UnsafeOutput {
        /// The output folder.
        path: PathBuf,
        /// Why it is refused.
        reason: Message,
    },
    /// The output folder, or a folder on the way to it, is a symbolic link
    /// whose target does not exist.
    DanglingOutput {
        /// The link.
        link: PathBuf,
        /// Where it leads, as written in the link.
        target: PathBuf,
    },
    /// The new site is in place, but the previous one, swapped out beside
    /// it, could not be removed.
    OldOutputLeft {
        /// The output folder, holding the new site.
        output: PathBuf,
        /// Where the previous site is left.
        left: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The new site could not be put in place, nor the previous one,
    /// moved aside for that, be moved back.
    OutputAside {
        /// The output folder.
        output: PathBuf,
        /// Where the previous site is.
        aside: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The search index could not be built.
    Search(String),
    /// A name given to `styrdok new` that no file name can be made of.
    BadName {
        /// The name as given.
        name: String,
    },
    /// The development server's port is taken by another program.
    PortInUse {
        /// The address asked for.
        address: String,
        /// The port asked for.
        port: u16,
    },
}

impl Error {
    /// What went wrong, to be shown in the reader's language.
    pub fn message(&self) -> Message {
        let shown = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Io { action, path, .. } => {
                let id = match *action {
                    "read" => "io-read",
                    "write" => "io-write",
                    "create" => "io-create",
                    "copy" => "io-copy",
                    "remove" => "io-remove",
                    "move into place" => "io-move-into-place",
                    "move aside" => "io-move-aside",
                    "listen on" => "io-listen",
                    "watch" => "io-watch",
                    _ => "io-other",
                };
                Message::new(id)
                    .arg("action", *action)
                    .arg("path", shown(path))
            }
            Error::Walk { path, .. } => msg!("walk-failed", path = shown(path)),
            Error::Template { name, .. } => msg!("template-failed", name = name),
            Error::Render { template, page, .. } => {
                msg!("render-failed", template = template, page = page)
            }
            Error::Exists { path } => msg!("already-exists", path = shown(path)),
            Error::UnsafeOutput { path, reason } => {
                msg!("unsafe-output", path = shown(path), reason = reason.clone())
            }
            Error::DanglingOutput { link, target } => {
                msg!(
                    "dangling-output",
                    link = shown(link),
                    target = shown(target)
                )
            }
            Error::OldOutputLeft { output, left, .. } => {
                msg!(
                    "old-output-left",
                    output = shown(output),
                    left = shown(left)
                )
            }
            Error::OutputAside { output, aside, .. } => {
                msg!("output-aside", output = shown(output), aside = shown(aside))
            }
            Error::Search(what) => msg!("search-failed", cause = what),
            Error::BadName { name } => msg!("new-bad-name", name = name),
            Error::PortInUse { address, port } => {
                msg!("port-in-use", address = address, port = *port)
            }
        }
    }
}

impl std::fmt::Display for Error {
    /// The message in English (logs, tests); the command line shows
    /// [`Error::message`] in the reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. }
            | Error::OldOutputLeft { source, .. }
            | Error::OutputAside { source, .. } => Some(source),
            Error::Walk { source, .. } => Some(source),
            Error::Template { cause, .. } | Error::Render { cause, .. } => Some(cause),
            _ => None,
        }
    }
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

/// What the template engine said went wrong, as words only (its own
/// causes joined with `: `), so that [`Error`] names no engine's types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cause(pub String);

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Cause {}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
