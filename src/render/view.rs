//! What templates see: serialisable views built from the model, never the
//! model itself. Every text a template prints is here, already chosen for
//! the reader's language; dates are already written the language's way.

use serde::Serialize;

use super::markdown::TocEntry;
use crate::model::Status;

/// A link to another page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct LinkView {
    /// The text.
    pub title: String,
    /// The root-relative address.
    pub url: String,
    /// The language of the text and target when it differs from the page's
    /// (a document that exists only in the original language).
    pub lang: Option<String>,
    /// That language's BCP 47 tag, for the `lang` attribute (`lang` is
    /// its key, for interface strings).
    pub tag: Option<String>,
    /// That language's `hreflang`, when it has one.
    pub hreflang: Option<String>,
    /// That language's name, in itself.
    pub lang_name: Option<String>,
    /// That language's direction.
    pub dir: Option<&'static str>,
}

/// One entry of the language switcher.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct LanguageLink {
    /// The language's key (`lattlast`).
    pub code: String,
    /// Its BCP 47 tag (`sv`), for the `lang` attribute.
    pub tag: String,
    /// Its `hreflang` (`sv-x-lattlast`), when it has one.
    pub hreflang: Option<String>,
    /// The name, in the language itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The same page in that language, when it exists.
    pub url: Option<String>,
    /// True for the page's own language.
    pub current: bool,
}

/// An alternate language version, for `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct Alternate {
    /// The language code.
    pub hreflang: String,
    /// The absolute address.
    pub href: String,
}

/// What every page has: the site, the language, the page's own addresses.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct Common {
    /// The site's title.
    pub site_title: String,
    /// The page's language key (paths, interface strings).
    pub lang: String,
    /// The BCP 47 tag of the page's text, for `<html lang>` and
    /// `DC.language` (`sv` for lättläst, whose key is `lattlast`).
    pub lang_tag: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The page's title.
    pub title: String,
    /// A one-line description (the summary), for `<meta name="description">`.
    pub description: Option<String>,
    /// The page's root-relative address.
    pub url: String,
    /// The page's absolute address.
    pub canonical: String,
    /// Every language version of this page, the page's own included.
    pub alternates: Vec<Alternate>,
    /// The absolute address of the default-language version.
    pub x_default: Option<String>,
    /// The language switcher.
    pub languages: Vec<LanguageLink>,
    /// The home page in this language.
    pub home_url: String,
    /// The list of focus areas in this language.
    pub focus_index_url: String,
    /// The search page in this language.
    pub search_url: Option<String>,
    /// Plain pages for the footer.
    pub footer_links: Vec<LinkView>,
    /// The accessibility statement in this language, when the site has one.
    pub accessibility_url: Option<String>,
    /// The register of regulations in this language, when the site has
    /// regulations.
    pub register_url: Option<String>,
    /// The theme's stylesheet address.
    pub stylesheet: String,
    /// The print stylesheet address.
    pub print_stylesheet: String,
    /// Which template made the page (`document`, `home` …), for `<body class>`.
    pub kind: &'static str,
    /// Open Graph and Dublin Core metadata, the feed, a document's data.
    pub meta: super::meta::PageMeta,
}

/// A row of a decision block: a label and a value, or "missing".
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct Fact {
    /// The message id of the label (`decided-by` …).
    pub label: &'static str,
    /// The value; `None` shows as "information missing".
    pub value: Option<String>,
    /// A machine-readable form (ISO date), for `<time datetime>`.
    pub datetime: Option<String>,
}

/// A goal on its document's page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct GoalView {
    /// The anchor.
    pub id: String,
    /// The goal.
    pub title: String,
    /// Its focus areas.
    pub focus_areas: Vec<LinkView>,
    /// Its indicators.
    pub indicators: Vec<IndicatorView>,
}

/// A document's page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct DocumentView {
    /// `titel`.
    pub title: String,
    /// The type, as a message id suffix (`strategi` …).
    pub kind: &'static str,
    /// `organisation`.
    pub organisation: String,
    /// The decision block, in display order.
    pub facts: Vec<Fact>,
    /// Status on the build day.
    pub status: Status,
    /// `giltig till` as written the language's way, when it is a date.
    pub valid_until: Option<String>,
    /// The document that replaces this one.
    pub replaced_by: Option<LinkView>,
    /// The document this one replaces.
    pub replaces: Option<LinkView>,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The body's headings.
    pub toc: Vec<TocEntry>,
    /// The body.
    pub body_html: super::markdown::Html,
    /// The goals.
    pub goals: Vec<GoalView>,
    /// The focus areas the document names.
    pub focus_areas: Vec<LinkView>,
    /// Other documents sharing a focus area.
    pub related: Vec<LinkView>,
    /// True for a translation.
    pub is_translation: bool,
    /// The original, for a translation.
    pub original: Option<LinkView>,
    /// True for a translation of the summary and goals only: the full text
    /// is read in the original.
    pub full_text_in_original: bool,
    /// A repeal date still to come, written the language's way ("upphävs
    /// <datum>").
    pub repeals_on: Option<String>,
    /// The repeal and its facts, once its date has come.
    pub repeal: Option<RepealView>,
    /// The change notes, newest first.
    pub changes: Vec<ChangeView>,
    /// The line of versions through `ersätter`, newest first (empty when
    /// the document neither replaces nor is replaced).
    pub versions: Vec<VersionView>,
    /// For a translation made before the original's newest larger change:
    /// that change's date, written the language's way.
    pub original_changed: Option<String>,
    /// For a regulation: schema.org `Legislation` as JSON-LD, escaped to
    /// sit in a `<script>` element as it is.
    pub json_ld: Option<String>,
}

/// A repeal on its document's page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct RepealView {
    /// From this day, written the language's way.
    pub date: String,
    /// The same, ISO.
    pub date_iso: String,
    /// The repeal's decision block.
    pub facts: Vec<Fact>,
}

/// A change note on its document's page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct ChangeView {
    /// The day, written the language's way.
    pub date: String,
    /// The same, ISO.
    pub date_iso: String,
    /// What changed.
    pub description: String,
    /// The language of the description when it is not the page's (an
    /// untranslated note of the original).
    pub lang: Option<String>,
    /// A larger change.
    pub major: bool,
}

/// One version in a document's line of versions.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct VersionView {
    /// The version.
    pub link: LinkView,
    /// True for the page's own document.
    pub current: bool,
    /// Its decision date, written the language's way.
    pub decided: Option<String>,
    /// Who decided it.
    pub decided_by: Option<String>,
    /// Its `giltig till`, written the language's way.
    pub valid_until: Option<String>,
    /// Its status.
    pub status: Status,
}

/// A goal on a focus-area page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct FocusGoal {
    /// The goal, linking to its anchor.
    pub link: LinkView,
    /// Its indicators.
    pub indicators: Vec<IndicatorView>,
}

/// A document on a focus-area page, with its goals in the area.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct FocusDocument {
    /// The document.
    pub link: LinkView,
    /// Its status.
    pub status: Status,
    /// A repeal date still to come, written the language's way.
    pub repeals_on: Option<String>,
    /// Its goals that name the area.
    pub goals: Vec<FocusGoal>,
}

/// Documents of one organisation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct OrganisationGroup<T> {
    /// The organisation.
    pub organisation: String,
    /// Its documents.
    pub documents: Vec<T>,
}

/// A focus area's page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct FocusView {
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The description.
    pub body_html: super::markdown::Html,
    /// The goals naming the area, by organisation.
    pub groups: Vec<OrganisationGroup<FocusDocument>>,
    /// How many goals.
    pub goal_count: usize,
    /// True when the description is not in the page's language.
    pub untranslated: bool,
}

/// A document in a listing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct DocumentSummary {
    /// The document.
    pub link: LinkView,
    /// Its type.
    pub kind: &'static str,
    /// The type's name in the page's language, as HTML text (what
    /// `t(key="kind-" ~ kind)` gives), to print with `safe`.
    pub kind_name: String,
    /// Its decision date, written the language's way.
    pub decided: Option<String>,
    /// The same, ISO.
    pub decided_iso: Option<String>,
    /// Its status.
    pub status: Status,
    /// A repeal date still to come, written the language's way.
    pub repeals_on: Option<String>,
    /// Its number of goals.
    pub goal_count: usize,
    /// The same in words of the page's language, as HTML text (what
    /// `t(key="goal-count", count=goal_count)` gives), to print with `safe`.
    pub goal_count_text: String,
}

/// A focus area in a listing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct FocusSummary {
    /// The area.
    pub link: LinkView,
    /// Its summary.
    pub summary: Option<String>,
    /// Goals naming it.
    pub goal_count: usize,
    /// Documents naming it.
    pub document_count: usize,
}

/// The home page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct HomeView {
    /// Documents by organisation.
    pub groups: Vec<OrganisationGroup<DocumentSummary>>,
    /// All focus areas.
    pub focus_areas: Vec<FocusSummary>,
    /// Number of documents.
    pub document_count: usize,
}

/// A plain page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct PlainView {
    /// `titel`.
    pub title: String,
    /// `sammanfattning`.
    pub summary: Option<String>,
    /// The body's headings.
    pub toc: Vec<TocEntry>,
    /// The body.
    pub body_html: super::markdown::Html,
}

/// The accessibility statement.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct AccessibilityView {
    /// What `[accessibility]` in site.toml says.
    pub statement: crate::config::AccessibilityConfig,
    /// The language the known problems are written in (the default
    /// language's tag).
    pub issues_lang: String,
    /// The service's name: `service`, or the site's title in the language.
    pub service: String,
    /// The known problems by reason, in the statement's order; reasons
    /// without problems are left out.
    pub problem_groups: Vec<ProblemGroup>,
    /// When the site was assessed, written the language's way.
    pub assessed: String,
    /// When the statement was last updated, written the language's way.
    pub updated: String,
}

/// The known accessibility problems of one reason.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct ProblemGroup {
    /// `not-compliant`, `disproportionate-burden` or `outside-law`.
    pub reason: crate::config::Reason,
    /// Its problems.
    pub problems: Vec<ProblemView>,
}

/// A known accessibility problem.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct ProblemView {
    /// What is wrong.
    pub description: String,
    /// What it affects.
    pub affects: String,
    /// When it will be fixed, written the language's way.
    pub fixed_by: Option<String>,
}

/// A regulation in the register of regulations.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct RegulationRow {
    /// `författningsnummer`.
    pub number: String,
    /// The document, in the page's language where translated.
    pub link: LinkView,
    /// Who decided it.
    pub decided_by: Option<String>,
    /// The paragraph of the decision.
    pub paragraph: Option<String>,
    /// The decision date, written the language's way.
    pub decided: Option<String>,
    /// The same, ISO.
    pub decided_iso: Option<String>,
    /// `giltig till`, written the language's way (or "until further notice").
    pub valid_until: Option<String>,
    /// The same, ISO, when it is a date.
    pub valid_until_iso: Option<String>,
    /// Its status.
    pub status: Status,
    /// A repeal date still to come, written the language's way.
    pub repeals_on: Option<String>,
    /// The day it was repealed, once that day has come, written the
    /// language's way.
    pub repealed: Option<String>,
    /// The same, ISO.
    pub repealed_iso: Option<String>,
}

/// The regulations of one organisation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct RegisterGroup {
    /// The organisation.
    pub organisation: String,
    /// Those in force, by number.
    pub in_force: Vec<RegulationRow>,
    /// Those repealed or expired, by number.
    pub ended: Vec<RegulationRow>,
}

/// The register of regulations (författningssamling).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct RegisterView {
    /// By organisation.
    pub groups: Vec<RegisterGroup>,
    /// How many regulations.
    pub count: usize,
    /// The register as JSON (`/api/register.json`).
    pub json_url: String,
    /// The register as CSV.
    pub csv_url: String,
}

/// The whole context of one page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct PageContext {
    /// What every page has.
    pub page: Common,
    /// A document page's view.
    pub document: Option<DocumentView>,
    /// A focus-area page's view.
    pub focus: Option<FocusView>,
    /// The home page's view.
    pub home: Option<HomeView>,
    /// The focus-area list's view.
    pub focus_index: Option<Vec<FocusSummary>>,
    /// A plain page's view.
    pub plain: Option<PlainView>,
    /// The accessibility statement's view.
    pub accessibility: Option<AccessibilityView>,
    /// The search page's view.
    pub search: Option<SearchView>,
    /// The view of a page at an old address.
    pub moved: Option<MovedView>,
    /// The register of regulations' view.
    pub register: Option<RegisterView>,
}

/// A page at an old address, leading to the new one.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct MovedView {
    /// The document's title.
    pub title: String,
    /// Its page (root-relative).
    pub url: String,
}

/// The search page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct SearchView {
    /// The folder of the search index this page reads (its own language's,
    /// or the default language's when nothing is written in this one).
    pub index_url: String,
    /// The language of that index.
    pub index_lang: String,
    /// "N results" in this language for sample counts, one for each plural
    /// form (JSON: count → text with `{n}`); the script picks the one whose
    /// plural form matches the real count.
    pub result_counts: String,
    /// For each language a result may be in, "only in …" and its direction
    /// (JSON: code → {note, dir}).
    pub only_in: String,
    /// Every document, by organisation: the list without JavaScript.
    pub groups: Vec<OrganisationGroup<LinkView>>,
    /// Number of documents.
    pub document_count: usize,
    /// The plain pages.
    pub pages: Vec<LinkView>,
}

/// An indicator of a goal. One that is only a name shows as before, as a
/// name in the goal's list; one with more shows what it has.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct IndicatorView {
    /// The name.
    pub name: String,
    /// The name's language, when it is not the page's (left untranslated).
    pub lang: Option<String>,
    /// True when there is more than the name to show.
    pub detailed: bool,
    /// The unit, in words of the page's language where styrdok knows it.
    pub unit: Option<String>,
    /// Where the values come from.
    pub source: Option<String>,
    /// The key figure on kolada.se.
    pub kolada: Option<ExternalLink>,
    /// The CSV file with the values, on this site.
    pub csv_url: Option<String>,
    /// The values as a bar chart (inline SVG, made here, safe to print as is).
    pub chart: Option<String>,
    /// The values as a table.
    pub table: Option<SeriesTable>,
    /// The latest value and its year, written the language's way (`16 % (2019)`).
    pub latest: Option<String>,
}

/// A link to another site.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct ExternalLink {
    /// The text.
    pub text: String,
    /// The address.
    pub url: String,
    /// The language of the target.
    pub hreflang: &'static str,
}

/// An indicator's values as a table: one row per year.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct SeriesTable {
    /// The caption.
    pub caption: String,
    /// The first column's header (`År`).
    pub year_header: String,
    /// The second column's header (the unit).
    pub value_header: String,
    /// (year, value as written in the language).
    pub rows: Vec<(String, String)>,
}
