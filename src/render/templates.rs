//! Runs a page's view through its Tera template.

use super::{PageView, RenderedPage, Renderer};
use crate::error::{Error, Result};

/// The size a page's buffer starts at (see [`Renderer::render`]).
const PAGE_CAPACITY: usize = 32 * 1024;

impl<'a> Renderer<'a> {
    /// Runs a page's view through its template.
    pub fn render(&self, view: &PageView) -> Result<RenderedPage> {
        let context =
            tera::Context::from_serialize(&view.ctx).map_err(|source| Error::Template {
                name: view.template.into(),
                source,
            })?;
        let failed = |source| Error::Render {
            template: view.template.into(),
            page: view.path.clone(),
            source,
        };
        // Room for a whole document page (most are 12–25 KB), so the
        // buffer is not grown and copied again and again as Tera writes.
        let mut out = Vec::with_capacity(PAGE_CAPACITY);
        self.tera
            .render_to(view.template, &context, &mut out)
            .map_err(failed)?;
        let html = String::from_utf8(out)
            .map_err(|e| failed(tera::Error::msg(format!("the page is not UTF-8: {e}"))))?;
        Ok(RenderedPage {
            path: view.path.clone(),
            html,
        })
    }
}
