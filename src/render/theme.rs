//! Themes: Tera templates, static files and interface strings. The default
//! theme is compiled into the binary; a site's `themes/<name>/` is laid over
//! it file by file, so a site may override one template and keep the rest.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::i18n::FtlSource;
use super::templates::{Sources, Templates};
use crate::config::SiteConfig;
use crate::content::walk::{WELL_KNOWN, walk_folder};
use crate::diag::{Diagnostics, Span};
use crate::error::{Error, Result};
use crate::msg;

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)))),*]
    };
}

/// The default theme's files, relative to `themes/default/`.
pub const DEFAULT_THEME: &[(&str, &[u8])] = embed!(
    "templates/base.html",
    "templates/macros.html",
    "templates/home.html",
    "templates/document.html",
    "templates/focus_area.html",
    "templates/focus_index.html",
    "templates/page.html",
    "templates/404.html",
    "templates/accessibility.html",
    "templates/indicators.html",
    "templates/meta.html",
    "templates/search.html",
    "templates/moved.html",
    "templates/register.html",
    "templates/chrome/header.html",
    "templates/chrome/footer.html",
    "static/style.css",
    "static/print.css",
    "static/search.css",
    "static/search.js",
    "static/favicon.svg",
    "i18n/sv.ftl",
    "i18n/en.ftl",
    "i18n/ar.ftl",
    "i18n/fa.ftl",
    "i18n/so.ftl",
    "i18n/uk.ftl",
    "i18n/fi.ftl",
    "i18n/se.ftl",
    "i18n/fit.ftl",
);

/// A static file to copy into the output.
#[derive(Debug, Clone)]
pub enum StaticSource {
    /// Bytes compiled into the binary.
    Embedded(&'static [u8]),
    /// A file on disk.
    File(PathBuf),
}

/// A loaded theme.
#[derive(Debug)]
pub struct Theme {
    /// The templates, compiled.
    pub templates: Templates,
    /// Static files: output path (with `/`) and source, sorted by path.
    pub static_files: Vec<(String, StaticSource)>,
    /// The interface strings.
    pub ftl: Vec<FtlSource>,
    /// A fingerprint of the templates, interface strings and static files' names.
    pub digest: u64,
}

/// Loads the site's theme over the built-in default theme.
pub fn load(config: &SiteConfig, diags: &mut Diagnostics) -> Result<Option<Arc<Theme>>> {
    load_or_keep(config, diags, None)
}

/// [`load`], but when the theme's files (templates, interface strings and
/// static files' names) are those `last` was made from, gives `last`
/// without compiling anything again.
pub fn load_or_keep(
    config: &SiteConfig,
    diags: &mut Diagnostics,
    last: Option<Arc<Theme>>,
) -> Result<Option<Arc<Theme>>> {
    let mut templates: Sources = Default::default();
    let mut statics: std::collections::BTreeMap<String, StaticSource> = Default::default();
    let mut ftl: std::collections::BTreeMap<String, FtlSource> = Default::default();
    for (path, bytes) in DEFAULT_THEME {
        add_file(
            path,
            Source::Embedded(bytes),
            &mut templates,
            &mut statics,
            &mut ftl,
        )?;
    }
    let dir = config.root.join("themes").join(&config.theme);
    if dir.is_dir() {
        for found in walk_folder(
            config,
            &dir,
            &format!("static/{WELL_KNOWN}"),
            str::to_string,
            diags,
        )?
        .files
        {
            add_file(
                &found.rel,
                Source::Disk(&found.shown, &found.disk),
                &mut templates,
                &mut statics,
                &mut ftl,
            )?;
        }
    } else if config.theme != "default" {
        diags
            .error(
                "unknown-theme",
                Span::line(Path::new(crate::config::CONFIG_FILE), 1),
                msg!("unknown-theme", theme = &config.theme),
            )
            .help(msg!("unknown-theme-help"));
    }
    // The site's own static/ files win over the theme's.
    let site_static = config.root.join("static");
    if site_static.is_dir() {
        for found in walk_folder(config, &site_static, WELL_KNOWN, str::to_string, diags)?.files {
            statics.insert(found.rel, StaticSource::File(found.disk));
        }
    }
    // The static files' names count too (their bytes are compared when
    // they are written): a file added or removed changes the site.
    let digest = crate::digest::of(&(
        &templates,
        ftl.values().map(|f| (&f.lang, &f.text)).collect::<Vec<_>>(),
        statics.keys().collect::<Vec<_>>(),
    ));
    if let Some(last) = last.filter(|t| t.digest == digest) {
        return Ok(Some(last));
    }
    let Some(templates) = Templates::compile(templates, diags) else {
        return Ok(None);
    };
    Ok(Some(Arc::new(Theme {
        templates,
        static_files: statics.into_iter().collect(),
        ftl: ftl.into_values().collect(),
        digest,
    })))
}

enum Source<'a> {
    Embedded(&'static [u8]),
    /// A file of the site's theme folder: its path as messages show it
    /// (from the site root), and on disk.
    Disk(&'a Path, &'a Path),
}

fn add_file(
    rel: &str,
    src: Source<'_>,
    templates: &mut Sources,
    statics: &mut std::collections::BTreeMap<String, StaticSource>,
    ftl: &mut std::collections::BTreeMap<String, FtlSource>,
) -> Result<()> {
    let text = |src: &Source<'_>| -> Result<String> {
        match src {
            Source::Embedded(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            Source::Disk(_, p) => std::fs::read_to_string(p).map_err(Error::io("read", *p)),
        }
    };
    let shown = match &src {
        Source::Embedded(_) => PathBuf::from(format!("(built-in theme)/{rel}")),
        Source::Disk(shown, _) => shown.to_path_buf(),
    };
    if let Some(name) = rel.strip_prefix("templates/") {
        let body = text(&src)?;
        templates.insert(name.to_string(), (shown, body));
    } else if let Some(name) = rel.strip_prefix("static/") {
        let s = match src {
            Source::Embedded(b) => StaticSource::Embedded(b),
            Source::Disk(_, p) => StaticSource::File(p.to_path_buf()),
        };
        statics.insert(name.to_string(), s);
    } else if let Some(lang) = rel
        .strip_prefix("i18n/")
        .and_then(|n| n.strip_suffix(".ftl"))
    {
        ftl.insert(
            lang.to_string(),
            FtlSource {
                lang: lang.to_string(),
                path: shown,
                text: text(&src)?,
            },
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded list must name every file of themes/default, so the
    /// binary's theme never drifts from the one in the repository.
    #[test]
    fn embedded_theme_lists_every_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut on_disk: Vec<String> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = DEFAULT_THEME.iter().map(|(p, _)| p.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
    }
}
