# English interface strings of styrdok's default theme (Project Fluent).
site-description = Municipal steering documents – strategies, policies, programmes and plans – as accessible web pages. Compare goals by focus area.
skip-to-content = Skip to content
main-navigation = Main menu
nav-home = All documents
nav-focus-areas = Focus areas
languages = Languages
language-unavailable = not available in this language
footer-navigation = About the site
made-with = Published with styrdok

kind-strategi = Strategy
kind-policy = Policy
kind-program = Programme
kind-plan = Plan
kind-riktlinje = Guideline
kind-regler = Rules

decision = Decision and responsibility
decided-by = Decided by
decided = Decided on
paragraph = Paragraph
valid-until = Valid until
responsible = Responsible
responsible-unit = Responsible department
applies-to = Applies to
registry-number = Registration number
missing = Not stated in the document
until-further-notice = Until further notice

status = Status
status-in-force = In force
status-until-further-notice = In force until further notice
status-expired = No longer in force
status-unknown = Validity not stated
expired-notice-title = This document is no longer in force.
expired-notice = It was valid until { $date }. The text remains here so that it can be read and compared.
replaced-by = This document has been replaced by
replaces = This document replaces
translation-note = This is a translation. The Swedish original is the valid version:
only-in = only in { $language }

summary = Summary
contents = Contents
goals = Goals
goal-count = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
goal-focus-areas = Focus area
indicators = How the goal is measured
related-documents = Other documents in the same focus areas
focus-areas-of-document = Focus areas of the document

documents = Documents
document-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
focus-areas = Focus areas
focus-index-description = All focus areas, with the goals from every steering document that addresses them.
focus-areas-intro = A focus area gathers goals from every document that deals with the same question, so that the municipalities' work can be compared.
focus-goals = Goals from all documents
focus-no-goals = No document has goals in this area yet.
goal = Goal
focus-untranslated = The description of this area is not yet available in this language.
kind = Type
decided-on = Decided
no-date = No date
organisation = Organisation
documents-in-area = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}

not-found-title = Page not found
not-found-description = The page does not exist. The home page lists every steering document.
not-found-text = The page you tried to reach does not exist. It may have been moved or removed.
not-found-home = Go to the home page

date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

language-name-sv = Swedish
language-name-en = English
language-name-ar = Arabic
language-name-fa = Persian
language-name-so = Somali
language-name-uk = Ukrainian
language-name-fi = Finnish
language-name-se = Northern Sami
language-name-fit = Meänkieli

full-text-in-original = The title, summary and goals are translated here. The full text is only available in { $language }:

# Between items of a short list.
list-separator = {", "}

a11y-title = Accessibility statement
a11y-description = How accessible the site is, the problems we know of, and how to contact us when something does not work.
a11y-footer-link = Accessibility
a11y-intro = { $organisation } is responsible for the website { $site }. We want as many people as possible to be able to use it. This statement describes how the website meets the Swedish Act on accessibility to digital public services, the problems we know of, and how you can report problems to us.
a11y-how-accessible = How accessible is the website?
a11y-status-full = The website fully complies with the Act on accessibility to digital public services.
a11y-status-partial = The website partially complies with the Act on accessibility to digital public services, because of the problems described below.
a11y-status-none = The website does not comply with the Act on accessibility to digital public services.
a11y-known-issues = Content that is not accessible
a11y-what-if = What can you do if you cannot use parts of the website?
a11y-contact-intro = If you need content from the website in another format, or if you find problems that are not listed here, contact us:
a11y-email = Email
a11y-phone = Phone
a11y-report-link = Report a problem in our form
a11y-supervision = Supervision
a11y-supervision-text = { $supervisor } supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact the supervising authority.
a11y-supervision-link = Report to the supervising authority
a11y-how-tested = How we tested the website
a11y-how-tested-text = Every page in every language is checked automatically each time the site is published: with axe-core in the Chromium browser against WCAG 2.1 level AA (in light and dark mode and at 320 pixels wide) and with the W3C HTML validator.
a11y-response-time = { $days ->
    [one] We aim to answer within one working day.
   *[other] We aim to answer within { $days } working days.
}
a11y-technical = Technical information about the website's accessibility
a11y-standard-full = The website fully complies with level AA of the Web Content Accessibility Guidelines (WCAG) version 2.1 (EN 301 549).
a11y-standard-partial = The website partially complies with level AA of the Web Content Accessibility Guidelines (WCAG) version 2.1 (EN 301 549), because of the problems described below.
a11y-standard-none = The website does not comply with level AA of the Web Content Accessibility Guidelines (WCAG) version 2.1 (EN 301 549).
a11y-reason-not-compliant = Lack of compliance with the requirements
a11y-reason-disproportionate-burden = Disproportionate burden (section 12 of the Act)
a11y-reason-outside-law = Content outside the scope of the Act (section 9)
a11y-affects = Affects
a11y-fixed-by = We plan to fix this by { $date }.
a11y-assessed-self = We assessed the website ourselves (self-assessment). The latest assessment was made on { $date }.
a11y-assessed-independent = { $assessor } made an independent review of the website. The latest assessment was made on { $date }.
a11y-assessed = The latest assessment was made on { $date }.
a11y-updated = This statement was last updated on { $date }.

## Indicators with data
indicator-unit = Unit
indicator-source = Source
indicator-kolada = Key figure { $id } in Kolada
indicator-csv = The figures as a CSV file
indicator-year = Year
indicator-value = Value
indicator-table-caption = { $name }: values by year
indicator-latest-label = Latest value
indicator-latest = { $value } ({ $year })
unit-percent = per cent
unit-count = number
value-percent = { $value }%
value-with-unit = { $value } { $unit }
chart-desc-one = Bar chart with one value: { $value } in { $year }.
chart-desc-many = Bar chart for { $first-year }–{ $last-year }. The first value is { $first-value } ({ $first-year }) and the latest { $last-value } ({ $last-year }). Lowest { $min-value } ({ $min-year }), highest { $max-value } ({ $max-year }).
number-decimal-separator = .
number-group-separator = ,
number-minus-sign = { "-" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Valid from
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: latest decided documents
feed-subtitle = The steering documents on the website, the most recently decided first.

## Search
nav-search = Search
search-title = Search
search-description = Search all steering documents on the site: strategies, policies, programmes and plans.
search-label = Search all documents
search-button = Search
search-hint = Type one or more words, for example “housing” or “language”.
search-other-language = The documents are only available in { $language }, so search with words in { $language }.
search-needs-javascript = Search needs JavaScript, which is turned off or does not work in your browser. Below is a list of all documents instead.
search-searching = Searching …
search-failed = Search could not be started. Below is a list of all documents.
search-results = Search results
search-result-count = { $count ->
    [0] No documents found.
    [one] { $shown } document found.
   *[other] { $shown } documents found.
}
search-more = Show more results
search-all-documents = All documents
search-all-pages = About the website

# A document's life: changes, repeal, review, versions
status-repealed = Repealed
repeals-on = Repealed from { $date }
repealed-notice-title = This document has been repealed.
repealed-notice = It no longer applies from { $date }. The text remains here so that it can be read and compared.
repeal-decided-by = Repealed by
repeal-paragraph = Paragraph
repeal-reason = Reason
updated = Updated
regulation-number = Regulation number
review-by = To be reviewed by
review-responsible = Responsible for review
history = History of the document
changes = Changes
change-major = major change
versions = Versions
version-current = this version
translation-outdated = The original in { $language } was changed on { $date }, after this translation was made.
read-original = Read the original.
moved-title = This page has moved
moved-text = The page now has a new address:

# The register of regulations (kommunallagen 8 kap. 13 §)
register-title = Register of regulations
register-description = Every binding regulation with a regulation number: those in force and those repealed or no longer in force.
register-lead = { $count ->
    [one] One regulation
   *[other] { $count } regulations
} with a regulation number, by organisation and number: first those in force, then those repealed or no longer in force.
register-intro = Binding regulations with a regulation number are listed in the register:
register-in-force = In force
register-ended = Repealed or no longer in force
register-none-in-force = None of the organisation's regulations is in force now.
register-col-title = Title
repealed-from = Repealed as of { $date }
register-data = The register as open data:
