//! The theme's templates, and the one file that knows Tera: compiling
//! them, the `t()` function they call, running a page's view through its
//! template, and template errors turned into diagnostics at their place
//! in the theme's files.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::escape;
use super::i18n::{Arg, I18n};
use super::pages::chrome::{self, Parts};
use super::view::PageContext;
use super::{PageView, RenderedPage, Renderer};
use crate::diag::{Diagnostics, Span};
use crate::error::{Cause, Error, Result};
use crate::msg;

/// Each template by name: its file, as messages name it, and its text.
pub type Sources = BTreeMap<String, (PathBuf, String)>;

/// A theme's templates, compiled, with their sources (messages about a
/// template point into them).
#[derive(Debug, Clone)]
pub struct Templates {
    tera: tera::Tera,
    sources: Sources,
    /// The parts of the site's chrome that some template prints (see
    /// [`chrome`](super::pages::chrome)), by name.
    chrome_parts: Vec<String>,
}

/// The size a page's buffer starts at (see [`Templates::render`]).
const PAGE_CAPACITY: usize = 32 * 1024;

impl Templates {
    /// Compiles the templates, every value they print escaped for any
    /// attribute ([`escape::attribute`]). `None` when they do not compile; the
    /// problem is reported in `diags`.
    pub fn compile(sources: Sources, diags: &mut Diagnostics) -> Option<Templates> {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape::attribute);
        if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, (_, t))| (n, t))) {
            report_template_error(&e, &sources, diags);
            return None;
        }
        let chrome_parts = printed_parts(&sources);
        Some(Templates {
            tera,
            sources,
            chrome_parts,
        })
    }

    /// The parts of the site's chrome that some template prints.
    pub(super) fn chrome_parts(&self) -> &[String] {
        &self.chrome_parts
    }

    /// The templates with the `t` function ([`TeraT`]) on `i18n`.
    pub(super) fn with_t(mut self, i18n: Arc<I18n>) -> Templates {
        self.tera.register_function("t", TeraT(i18n));
        self
    }

    /// Runs `ctx` through `template`, for the page in file `page`, with the
    /// parts of the site's chrome as `chrome`.
    pub(super) fn render(
        &self,
        template: &str,
        ctx: &PageContext,
        chrome: &Parts,
        page: &str,
    ) -> Result<String> {
        let mut context = tera::Context::from_serialize(ctx).map_err(|e| Error::Template {
            name: template.into(),
            cause: Cause(error_chain(&e)),
        })?;
        context.insert("chrome", chrome);
        // Room for a whole document page (most are 12–25 KB), so the
        // buffer is not grown and copied again and again as Tera writes.
        self.run(template, &context, page, PAGE_CAPACITY)
    }

    /// Runs a part of the site's chrome with `page` as its `page`, for the
    /// page in file `file` (which it is rendered for first). Its last line
    /// ending is left out, so that `{{ chrome.header | safe }}` can stand
    /// on a line of its own.
    pub(super) fn render_part(
        &self,
        template: &str,
        page: &impl serde::Serialize,
        file: &str,
    ) -> Result<String> {
        let mut context = tera::Context::new();
        context.insert("page", page);
        let mut html = self.run(template, &context, file, 4 * 1024)?;
        if html.ends_with('\n') {
            html.pop();
            if html.ends_with('\r') {
                html.pop();
            }
        }
        Ok(html)
    }

    /// Runs `context` through `template`, for the page in file `page`,
    /// into a buffer of `capacity` bytes to begin with.
    fn run(
        &self,
        template: &str,
        context: &tera::Context,
        page: &str,
        capacity: usize,
    ) -> Result<String> {
        let failed = |cause: String| Error::Render {
            template: template.into(),
            page: page.to_string(),
            cause: Cause(cause),
        };
        let mut out = Vec::with_capacity(capacity);
        self.tera
            .render_to(template, context, &mut out)
            .map_err(|e| failed(error_chain(&e)))?;
        String::from_utf8(out).map_err(|e| failed(format!("the page is not UTF-8: {e}")))
    }
}

/// The parts of the site's chrome (the templates in `chrome/`) that a
/// template other than a part prints as `chrome.<name>`: only those are
/// rendered, so a theme whose own `base.html` prints none renders none.
fn printed_parts(sources: &Sources) -> Vec<String> {
    sources
        .keys()
        .filter_map(|t| t.strip_prefix(chrome::FOLDER)?.strip_suffix(".html"))
        .filter(|name| {
            let printed = format!("chrome.{name}");
            sources
                .iter()
                .any(|(t, (_, text))| !t.starts_with(chrome::FOLDER) && text.contains(&printed))
        })
        .map(str::to_string)
        .collect()
}

impl Renderer<'_> {
    /// Runs a page's view through its template.
    pub fn render(&self, view: &PageView) -> Result<RenderedPage> {
        let chrome = self.chrome(&view.ctx.page, &view.path)?;
        let html = self
            .templates
            .render(view.template, &view.ctx, &chrome, &view.path)?;
        Ok(RenderedPage {
            path: view.path.clone(),
            html,
        })
    }
}

/// The Tera function `t(key=…, lang=…, …)`: an interface string as HTML
/// text (see [`I18n::html`]), with any other arguments passed to Fluent
/// (numbers for plurals). An argument named `<name>_key` is the message
/// of that key in `lang`, given as `<name>`:
/// `t(key="only-in", lang=lang, language_key="language-name-sv")`.
pub struct TeraT(pub std::sync::Arc<I18n>);

impl tera::Function for TeraT {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or("t() needs key=\"…\"")?;
        let lang = args
            .get("lang")
            .and_then(|v| v.as_str())
            .ok_or("t() needs lang=…")?;
        let lang = &self.0.lang(lang);
        let mut fargs: Vec<(&str, Arg<'_>)> = Vec::new();
        let mut names: Vec<&String> = args
            .keys()
            .filter(|k| *k != "key" && *k != "lang")
            .collect();
        names.sort();
        for name in names {
            let v = &args[name];
            if let (Some(name), tera::Value::String(message)) = (name.strip_suffix("_key"), v) {
                fargs.push((name, self.0.t(lang, message).into()));
                continue;
            }
            let value = match v {
                tera::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => s.into(),
                other => other.to_string().into(),
            };
            fargs.push((name, value));
        }
        Ok(tera::Value::String(self.0.html(lang, key, &fargs)))
    }

    /// The string is escaped by [`I18n::html`] itself, which adds `<bdi>`.
    fn is_safe(&self) -> bool {
        true
    }
}

impl Templates {
    /// Reports a page that its template could not render, at the place in
    /// the theme's templates that asks for what is missing. Tera names
    /// only the page's template (`… while rendering 'document.html'`), and
    /// the name it could not find (`Variable `page.x` not found`): the
    /// first template that writes that name is taken to be the one.
    pub fn report_render_error(
        &self,
        template: &str,
        page: &str,
        cause: &str,
        diags: &mut Diagnostics,
    ) {
        let chain = cause;
        let missing = chain
            .split("Variable `")
            .nth(1)
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name);
        // The page's own template first, then the others.
        let mut in_order: Vec<(&String, &(PathBuf, String))> = self.sources.iter().collect();
        in_order.sort_by_key(|(name, _)| name.as_str() != template);
        let found = missing.and_then(|name| {
            in_order.iter().find_map(|(t, (file, text))| {
                let at = text.find(name)?;
                let line = text[..at].matches('\n').count() + 1;
                let col = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
                Some((t.as_str(), file, line, col))
            })
        });
        match (missing, found) {
            (Some(name), Some((t, file, line, col))) => {
                diags
                    .error(
                        "template-variable",
                        Span::at(file, line, col),
                        msg!("template-variable", template = t, name = name),
                    )
                    .help(msg!("template-variable-help", name = name));
            }
            _ => {
                let file = self
                    .sources
                    .get(template)
                    .map(|(file, _)| file.clone())
                    .unwrap_or_else(|| PathBuf::from(template));
                diags
                    .error(
                        "template-error",
                        Span::line(&file, 1),
                        msg!(
                            "template-error",
                            template = template,
                            page = page,
                            cause = chain
                        ),
                    )
                    .help(msg!("template-error-help"));
            }
        }
    }
}

/// A Tera error and its causes, as one line.
fn error_chain(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Reports a theme whose templates cannot be compiled, at the template's
/// file. For a syntax error Tera names the template (`Failed to parse
/// 'base.html'`), and then the line and column (`--> 25:74`) and what it
/// expected there (`= expected …`); other problems (a parent template or
/// macro file that is missing) name the template in quotes.
fn report_template_error(e: &tera::Error, templates: &Sources, diags: &mut Diagnostics) {
    use std::error::Error as _;
    let outer = e.to_string();
    let inner = e.source().map(|s| s.to_string()).unwrap_or_default();
    // The first template the message names in quotes.
    let named = outer
        .split(['\'', '`'])
        .skip(1)
        .step_by(2)
        .find_map(|name| templates.get_key_value(name));
    let Some((name, (file, _))) = named else {
        diags
            .error(
                "template-error",
                Span::line(Path::new(crate::config::CONFIG_FILE), 1),
                msg!("templates-unusable", cause = error_chain(e)),
            )
            .help(msg!("templates-unusable-help"));
        return;
    };
    let at = inner
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))
        .and_then(|p| p.trim().split_once(':'))
        .and_then(|(l, c)| Some((l.parse().ok()?, c.parse().ok()?)));
    match (outer.starts_with("Failed to parse"), at) {
        (true, Some((line, col))) => {
            let expected = inner
                .lines()
                .find_map(|l| l.trim_start().strip_prefix("= "))
                .unwrap_or("it is not a complete tag");
            diags
                .error(
                    "template-syntax",
                    Span::at(file, line, col),
                    msg!("template-syntax", name = name, expected = expected),
                )
                .help(msg!("template-syntax-help"));
        }
        _ => {
            diags
                .error(
                    "template-error",
                    Span::line(file, 1),
                    msg!("template-unusable", name = name, cause = error_chain(e)),
                )
                .help(msg!("template-unusable-help"));
        }
    }
}
