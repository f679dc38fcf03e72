//! The one escaper of HTML and XML text in the crate: what every template
//! value, interface string, SVG chart and plain code block goes through.
//! Callers differ only in which characters besides `&`, `<` and `>`
//! become references ([`Escape`]), so that every page is written byte for
//! byte as it was when each had an escaper of its own.

/// Which characters besides `&`, `<` and `>` an escape writes as
/// references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// `"` too: text, and attributes in double quotes. SVG charts, and
    /// code blocks (as pulldown-cmark escapes the rest of a body).
    Text,
    /// `"` and `'` (`&#39;`): text and any attribute. Every value a
    /// template prints. Unlike Tera's own escaper it leaves `/` alone, so
    /// addresses stay readable.
    Attribute,
    /// `"`, `'` (`&#x27;`) and `/` (`&#x2F;`): interface strings, as
    /// Tera's escaper wrote them when it escaped them, which is what every
    /// built site has. Writing them as [`Escape::Attribute`] does would
    /// change the bytes (not what a browser shows) of every page with an
    /// apostrophe or a slash in an interface string.
    InterfaceString,
}

impl Escape {
    /// The reference `b` is written as, or `None` for itself.
    #[inline]
    fn entity(self, b: u8) -> Option<&'static str> {
        Some(match (b, self) {
            (b'&', _) => "&amp;",
            (b'<', _) => "&lt;",
            (b'>', _) => "&gt;",
            (b'"', _) => "&quot;",
            (b'\'', Escape::Attribute) => "&#39;",
            (b'\'', Escape::InterfaceString) => "&#x27;",
            (b'/', Escape::InterfaceString) => "&#x2F;",
            _ => return None,
        })
    }
}

/// `input` escaped as `how` says. Every value a template prints passes
/// through here, so it copies whole runs of plain text at once instead of
/// a character at a time.
#[inline]
pub fn escape(input: &str, how: Escape) -> String {
    let mut out = String::with_capacity(input.len());
    let mut plain = 0;
    for (i, b) in input.bytes().enumerate() {
        let Some(entity) = how.entity(b) else {
            continue;
        };
        // The characters escaped are ASCII, so `i` is always a character
        // boundary.
        out.push_str(&input[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&input[plain..]);
    out
}

/// `input` escaped for any attribute ([`Escape::Attribute`]): Tera's
/// escape function, which must be a plain `fn`.
pub fn attribute(input: &str) -> String {
    escape(input, Escape::Attribute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_and_nothing_else() {
        assert_eq!(
            attribute("<a href=\"/x?a=1&b='2'\">Vårgårda / Växjö</a>"),
            "&lt;a href=&quot;/x?a=1&amp;b=&#39;2&#39;&quot;&gt;Vårgårda / Växjö&lt;/a&gt;"
        );
        assert_eq!(attribute(""), "");
        assert_eq!(attribute("ö&"), "ö&amp;");
    }

    #[test]
    fn each_kind_writes_what_its_callers_always_wrote() {
        let s = "<b class=\"x\">Vårgårda's & Växjö/y</b>";
        // What pulldown-cmark-escape's escape_html and the chart's own
        // escaper wrote.
        assert_eq!(
            escape(s, Escape::Text),
            "&lt;b class=&quot;x&quot;&gt;Vårgårda's &amp; Växjö/y&lt;/b&gt;"
        );
        // What tera::escape_html writes.
        assert_eq!(
            escape(s, Escape::InterfaceString),
            "&lt;b class=&quot;x&quot;&gt;Vårgårda&#x27;s &amp; Växjö&#x2F;y&lt;&#x2F;b&gt;"
        );
    }
}
