# styrdok's messages in English. Every id here is also in sv.ftl (a unit
# test checks both ways). Codes in JSON and GitHub output stay English
# whatever the language; these are the words.

## How a diagnostic is headed

level-error = error
level-warning = warning
level-help = help

## Summary lines of build and check

summary-errors-build = {$errors ->
    [one] 1 error
   *[other] {$errors} errors
}, {$warnings ->
    [one] 1 warning
   *[other] {$warnings} warnings
}: nothing was written; the previous site is unchanged.
summary-errors-check = {$errors ->
    [one] 1 error
   *[other] {$errors} errors
}, {$warnings ->
    [one] 1 warning
   *[other] {$warnings} warnings
}: fix them and run styrdok check again.
summary-built = Built {$pages} pages into {$dest}.
summary-written = {$written} file(s) written, {$kept} unchanged, {$removed} removed.
summary-build-warnings = {$warnings ->
    [one] 1 warning
   *[other] {$warnings} warnings
}: run `styrdok check` to see them.
summary-check-clean = No errors, {$warnings ->
    [one] 1 warning
   *[other] {$warnings} warnings
}. {$pages} pages would be built.
deny-warnings-failed = --deny warnings: {$warnings ->
    [one] 1 warning makes
   *[other] {$warnings} warnings make
} this check fail; fix them, or list the ones the site accepts in [check] allow in site.toml.

## The command line

cli-error = error: {$message}
cli-caused-by = caused by: {$message}
not-a-site = {$folder} is not a styrdok site: it has no {$file}
not-a-site-this-folder = this folder
not-a-site-help = go to the site's folder (the one holding {$file}) and run the command there, or name it with --root DIR; `styrdok init DIR` makes a new site
created = created {$path}
created-document-next = Fill in the keys marked ~, then run `styrdok check`. To see the page, run `styrdok serve` and open the address it prints.
created-focus-area-next = Fill in the title, then run `styrdok check`.
created-site-next = Build it with `styrdok build --root {$dir}`, then replace the example with your own documents.

## Front matter

unknown-key = There is no key `{$key}`.
unknown-key-suggestion = Did you mean `{$suggestion}`?
unknown-key-list = The keys that can be used here are: {$keys}

## Operational failures

io-read = could not read {$path}
io-write = could not write {$path}
io-create = could not create {$path}
io-copy = could not copy {$path}
io-remove = could not remove {$path}
io-move-into-place = could not move into place {$path}
io-move-aside = could not move aside {$path}
io-listen = could not listen on {$path}
io-watch = could not watch {$path}
io-other = could not {$action} {$path}
walk-failed = could not read the folder {$path}
template-failed = template problem in {$name}
render-failed = template problem in {$template} for {$page}
already-exists = {$path} already exists; styrdok never overwrites it
unsafe-output = refusing to write to {$path}: {$reason}
# Why an output folder is refused ({$reason} of unsafe-output).
output-it-is = it is
output-it-leads = it leads to {$target}, which is
output-instead = choose a folder of its own, such as public/ in the site
output-is-fs-root = {$it_is} the root of the file system, and replacing it would delete everything on this machine; {$instead}
output-is-home = {$it_is} your home folder, and replacing it would delete your files; {$instead}
output-holds-home = {$it_is} a folder that holds your home folder ({$home}), and replacing it would delete your files; {$instead}
output-is-site = {$it_is} the site's own folder, which holds the site itself, and replacing it would delete the site's sources; {$instead}
output-holds-site = {$it_is} a folder that holds the site itself ({$site}), and replacing it would delete the site's sources; {$instead}
output-inside-source = {$it_is} inside the site's {$name} ({$source}), so every build would publish the previous output into the next; {$instead}
output-holds-source = {$it_is} a folder that holds the site's {$name} ({$source}), and replacing it would delete it; {$instead}
output-holds-other-site = {$it_is} a folder that holds a content/ folder or a site.toml, another site's sources; {$instead}
output-is-a-file = {$it_is} a file, not a folder; remove it or {$instead}
output-holds-other-files = {$it_is} a folder that holds files that styrdok did not write; empty it, choose another folder, or pass --force to replace it
output-fs-root = it is the root of the file system
dangling-output = the output folder cannot be made: {$link} is a symbolic link to {$target}, which does not exist; create that folder, or remove the link so that styrdok makes a folder there
old-output-left = the new site is in place in {$output}, but the previous one could not be removed from {$left}; remove that folder by hand
output-aside = could not put the new site in place in {$output}, nor move the previous one back: it is whole in {$aside}; rename that folder to {$output}
search-failed = could not build the search index: {$cause}
port-in-use = port {$port} is already in use (another `styrdok serve`, or another program, listens on {$address}); stop that one, or choose another port with --port, e.g. `styrdok serve --port {$port ->
    [1111] 1112
   *[other] 1111
}`

## Finding the files

no-content = the site has no content/ folder
no-content-help = create content/ next to site.toml and put the documents there
hidden-folder = the hidden folder {$folder} is not published
hidden-folder-help = hidden folders (.git and the like) are never published; rename it without the leading dot if it is meant for the site
link-loop = {$link} is a symbolic link to {$target}, a folder that contains it
link-loop-help = remove the link: the folder it points to is read already
link-broken = {$link} is a symbolic link to {$target}, which does not exist: it is skipped
link-broken-help = remove the link, or make it point to a file of the site
link-outside-site = {$link} is a symbolic link to {$target}, outside the site's folder
link-outside-site-help = copy the files into the site instead: nothing outside the site's folder is read, so that a link cannot publish files of the machine that builds the site
link-into-hidden = {$link} is a symbolic link to {$target}, inside the hidden folder {$hidden}
link-into-hidden-help = hidden folders (.git and the like) are never published; link to a folder that is not hidden
bad-name-not-unicode = characters that are not Unicode
bad-name-char = "{$char}"
bad-name-control = a control character ({$code})
bad-name = the name "{$name}" cannot be part of a web address: it contains {$problem}
bad-name-help = rename it: use letters, digits, hyphens and spaces, and none of # ? %
unicode-form = {$this} and {$first} have the same name, written in two Unicode forms: "{$this_name}" and "{$first_name}"
unicode-form-help = remove one of them: macOS writes letters such as å as two characters (a and a ring), other systems as one
same-original = {$this} and {$first} are both the original of the same page
same-original-help = keep one of them: on a site whose default language is {$lang}, "x.{$lang}.md" and "x.md" are the same page
case-collision = {$this} and {$first} differ only in upper and lower case
case-collision-help = rename one of them: Windows and macOS keep the two as one file, so the site would lose one
encoding = the file is not saved as UTF-8 text: this character is not UTF-8
encoding-help = save it again as UTF-8 (in most editors: Save as → Encoding → UTF-8)
unknown-language = the file name says the language is "{$lang}", but site.toml has no such language
unknown-language-help = add [languages.{$lang}] to site.toml, or rename the file; the site's languages are: {$known}
bad-file-name = the file name "{$name}.md" cannot be used as a web address
bad-file-name-help = use only letters, digits and hyphens, e.g. integrationsstrategi-2024.md
markdown-in-data = content/data/ holds the data files (CSV) of indicators, not documents
markdown-in-data-help = move the document to its organisation's folder, e.g. content/vargarda/; only .csv files (and other data files) belong in content/data/

## site.toml

did-you-mean = did you mean "{$suggestion}"?
config-unreadable = site.toml cannot be read: {$cause}
config-did-you-mean = did you mean `{$suggestion}`?
config-missing = site.toml has no `{$key}`
config-missing-help = add a line such as: {$key} = "{$example}"
config-base-url = `base_url` must be an absolute address, but it is "{$base_url}"
config-base-url-help = write the full address, starting with https://, e.g. base_url = "https://example.org"
config-language-code = "{$code}" is not a language code
config-language-code-help = use a code such as sv, en, ar, fa, so, uk (BCP 47)
config-language-tag = [languages.{$key}] has code = "{$code}", which is not a language tag
config-language-tag-help = write the BCP 47 tag of the text's language, e.g. code = "sv"
config-default-language = the default language "{$lang}" is not listed under [languages]
config-default-language-help = add a section [languages.{$lang}] with name = "…"
no-accessibility-statement = the site has no accessibility statement (tillgänglighetsredogörelse), which Swedish law requires of public-sector sites
no-accessibility-statement-help = add an [accessibility] section with organisation, contact_email, compliance and reviewed
config-accessibility-missing = [accessibility] has no `{$key}`
config-accessibility-missing-help = add {$key} = {$example}; the accessibility statement needs it
config-example-compliance = "full" (or "partial" or "none")
config-example-reviewed = 2026-11-01 (the date of the last review)
config-allow-unknown = [check] allow names "{$code}", which is not a warning
config-allow-list = the warnings are: {$codes}; errors cannot be allowed
config-cms-missing = [cms] has no `{$key}`
config-cms-repo-help = add repo = "owner/name", the repository the site is built from
config-cms-app-id-help = add app_id = "…", the id of the GitLab application the editor signs in with

## Front matter: the YAML

no-front-matter = the file does not start with front matter
no-front-matter-help = the first line must be --- , then the keys (titel: …), then a line with --- before the text
unclosed-front-matter = the front matter is never closed
unclosed-front-matter-help = add a line with only --- after the last key, before the text begins
key-twice = "{$name}" and "{$first}" on line {$line} are the same key
key-twice-help = keep one of them: "{$english}" is the English name of "{$canonical}"
yaml-tab = there is a tab here; the front matter must be indented with spaces, not tabs
yaml-tab-help = replace the tab with spaces (two spaces for each level)
yaml-empty-list = `{$key}: []` on line {$line} says the list is empty, so the lines under it cannot belong to it
yaml-empty-list-help = remove the `[]` after `{$key}:` when you write the list below it
yaml-unknown-key = unknown key "{$key}" in {$place}
yaml-unknown-key-help = did you mean "{$suggestion}"? The keys of {$place} are: {$keys}
yaml-place-goal = a goal
yaml-place-change = a change note (ändringar)
yaml-place-repeal = the repeal (upphävd)
yaml-year-twice = the year {$year} is given twice (one value per year)
yaml-some-key-twice = a key is written twice in the same place
yaml-key-twice = "{$key}" is written twice in the same place
yaml-twice-help = keep one of them: remove or correct the other
yaml-expected-text = {$cause} (this key takes a text, not a list or a set of keys)
yaml-invalid = the front matter is not valid YAML: {$cause}
yaml-help = check the indentation and that a value containing ": " or starting with @, *, & or # is in quotes

## Links

link-no-focus-area = the link names no focus area
link-unknown-form = "{$dest}" is not a link styrdok knows: use @/path/name.md or @fokus/id
link-no-document = the link names no document
bad-link-help = links to this site are written [text](@/path/name.md), [text](@/path/name.md#goal-id) or [text](@fokus/id)
unknown-focus-area = the focus area "{$id}" is not defined
unknown-focus-area-suggestion = did you mean "{$suggestion}"? Otherwise create content/fokusomraden/{$id}.md
unknown-focus-area-list = create content/fokusomraden/{$id}.md; the focus areas defined are: {$known}
replaces-itself = a document cannot replace itself
address-taken = this file would be published at {$url}, which is already {$other}
address-taken-help = rename the file or move it to another folder
old-address-taken = the old address {$url} of {$source} is already {$other}
old-address-taken-help = an old address must lead to one page only: remove it here, or move the page that has it
an-old-address-of = an old address of {$source}
duplicate-regulation-number = the författningsnummer "{$number}" of {$organisation} is already used by {$first}
duplicate-regulation-number-help = each regulation of an organisation has its own number: check both files against the författningssamling
unknown-document = there is no document "@/{$key}.md"
unknown-document-suggestion = did you mean "@/{$suggestion}.md"?
unknown-document-help = the path is the file's place under content/, e.g. @/vargarda/strategi.md
broken-link-focus = the link goes to the focus area "{$id}", which does not exist
broken-link-focus-suggestion = did you mean @fokus/{$suggestion}?
broken-link-file = the link goes to the file content/{$path}, which does not exist
broken-link-file-suggestion = did you mean content/{$suggestion}? Links are relative to the folder of this file
broken-link-file-help = put the file under content/, next to this file, or correct the link
broken-link-page = the link goes to the page "@/sidor/{$slug}.md", which does not exist
broken-link-goal = the document @/{$key}.md has no goal "{$goal}"
broken-link-goal-suggestion = did you mean #{$suggestion}?
broken-link-goal-none = that document declares no goals (mål)
broken-link-goal-list = its goals are: {$goals}

## Addresses already taken

taken-home = the home page
taken-focus-index = the list of focus areas
taken-search = the search page
taken-accessibility = the accessibility statement
taken-register = the register of regulations

## Documents

duplicate-file = this file and {$first} are the same page in the same language
duplicate-file-help = remove or rename one of them
translation-without-original = this is a translation into "{$lang}", but there is no original in the default language ({$default})
translation-without-original-help = add the original as {$original} in the same folder, or check the file name
key-without-value = "{$key}" has no value
key-without-value-help = write a value, e.g. {$key}: {$example}
missing-key = the required key "{$key}" is missing
missing-key-help = add a line to the front matter, e.g. {$key}: {$example}
missing-key-nullable-help = add "{$key}: …" to the front matter; if the document does not say, write "{$key}: ~"
missing-information = "{$key}" is not stated (~); the page says "Uppgift saknas i dokumentet"
missing-information-help = if the document does state {$key}, write it here
bad-date = "{$key}": {$why}
bad-date-help = write the date as YYYY-MM-DD, e.g. {$key}: 2019-12-11, or {$key}: ~ if the document does not say
date-shape = "{$value}" is not a date in the form YYYY-MM-DD
date-not-real = {$value} is not a real date (check the month and the day)
unknown-type = unknown document type "{$typ}"
unknown-type-suggestion = did you mean "{$suggestion}"? The types are: {$types}
unknown-type-list = the types are: {$types}
missing-decided-help = add the decision date, e.g. beslutad: 2019-12-11; if the document does not say, write "beslutad: ~"
bad-valid-until-help = write a date as YYYY-MM-DD (giltig till: 2023-12-11), the words "tills vidare", or ~ if the document does not say
bad-valid-from-help = write the first day the document applies as YYYY-MM-DD (giltig från: 2024-01-01), or leave the line out
valid-from-after-until = "giltig från" ({$from}) is after "giltig till" ({$until})
valid-from-after-until-help = check both dates against the document
replaces-not-a-document = "ersätter" must name a document, not "{$value}"
replaces-not-a-document-help = write the replaced document's path in quotes, e.g. ersätter: "@/vargarda/strategi-2015.md"
bad-review-by-help = write the date the document must next be reviewed as YYYY-MM-DD, e.g. revideras senast: 2026-06-30
translated-in-original = "översatt" belongs in a translation; the original's own date is not used
translated-in-original-help = remove the line here, or move it to the translation (<name>.<language>.md) it describes
bad-translated-help = write the date of the original's text this translation follows as YYYY-MM-DD, e.g. översatt: 2024-03-01
change-without-date = this change note has no "datum"
change-without-date-help = give the day of the change as YYYY-MM-DD, e.g. datum: 2024-03-18
bad-change-date-help = write the day of the change as YYYY-MM-DD, e.g. datum: 2024-03-18
change-without-description = this change note has no "beskrivning"
change-without-description-help = say in a sentence what changed, e.g. beskrivning: Målet om praktik har fått en ny indikator.
bad-major = "större" is true or false, not "{$value}"
bad-major-help = write större: true for a larger change (shown in the feeds), or leave the line out for a smaller one
unknown-change = change note number {$number} has no match in the original, which has {$count}
unknown-change-help = a translation's ändringar translate the original's notes one by one, in the same order; remove this one or add it to the original
change-date-differs = change note number {$number} is dated {$date}, but the original's note number {$number} is dated {$original}
change-date-differs-help = the dates come from the original: leave datum out here, or give the original's date
change-date-in-translation-help = the dates come from the original: leave datum out here
repeal-without-date = "upphävd" has no "datum"
repeal-without-date-help = give the day from which the document no longer applies, e.g.{$example}
bad-repeal-date-help = write the day from which the document no longer applies as YYYY-MM-DD, e.g. datum: 2025-01-31
bad-address = "{$path}" is not an address on this site
bad-address-help = write the old page's path on this site, starting with /, e.g. - /vargarda/integrationsstrategi/
goal-without-id = this goal has no "id"
goal-without-id-help = give every goal a short id, unique in the document, e.g. id: fler-i-arbete
bad-goal-id = the goal id "{$id}" cannot be used in a web address
bad-goal-id-help = use lowercase letters, digits and hyphens, e.g. id: fler-i-arbete
duplicate-goal = the goal id "{$id}" is used twice in this document
duplicate-goal-help = each goal needs its own id; rename one of them
goal-without-title = the goal "{$id}" has no "titel"
goal-without-title-help = add titel: with the goal as the document words it
goal-not-in-original = the goal "{$id}" is not in the original document
original-goals = the original's goals are: {$goals}
goal-number-not-in-original = goal number {$number} has no match in the original, which has {$count}
goal-number-not-in-original-help = give the goal the id of the original goal it translates

## Indicators

missing-data-file = there is no data file content/data/{$name}
missing-data-file-stripped = write the name inside content/data/: data: {$name}
missing-data-file-not-csv = data: names a CSV file in content/data/, e.g. data: befolkning.csv
missing-data-file-help = put the file in content/data/ (columns år;värde), or correct the name; content/data/ has {$count ->
    [0] no CSV files
   *[other] {$files}
}
data-encoding = the data file is not saved as UTF-8 text
data-encoding-help = save it again as UTF-8 (in Excel: Save as → CSV UTF-8)
csv-no-header = the data file has no header row
csv-no-header-help = the first row names the columns: år;värde (or year,value), then one row per year, e.g. 2019;16,4
csv-column-twice = the column "{$column}" is named twice
csv-column-twice-help = the header row names each column once: år;värde
csv-unknown-column = unknown column "{$column}" in the header row
csv-unknown-column-suggestion = did you mean "{$suggestion}"? The columns are år and värde (or year and value)
csv-unknown-column-help = a data file has two columns, år and värde (or year and value), e.g. år;värde
csv-missing-column = the data file has no column "{$column}"
csv-missing-column-help = the header row names the columns år and värde (or year and value), e.g. år;värde
csv-no-values = the data file has no values
csv-no-values-help = add one row per year under the header, e.g. 2019;16,4
csv-row-length = this row has {$len} column(s), the header {$expected}
csv-unreadable = the data file cannot be read: {$cause}
csv-row-help = each row has a year and a value, separated like the header (år;värde); a value with a comma in a comma-separated file goes in quotes: 2019,"16,4"
bad-year = "{$year}" is not a year
bad-year-help = write the year with four digits, e.g. 2019; one value per year
year-without-value = the year {$year} has no value
year-without-value-help = write the value after the year, or leave the year out if there is no figure for it
not-a-number = "{$value}" is not a number
duplicate-year = the year {$year} is given twice (also on line {$line})
duplicate-year-help = give one value per year: remove or correct one of them
number-percent-help = write the number alone (16,4) and the unit once, as enhet: procent
number-letters-help = write a number, e.g. 16, 16,4 or -3 (a decimal comma or point; no letters or units)
number-help = write a number, e.g. 16, 16,4 or -3
number-too-large = the number is too large to show
indicator-is-a-list = an indicator is a name or a set of keys, not a list
indicator-is-a-list-help = write the name after the dash (- Andel utrikes födda i arbete), or keys under it: namn, enhet, källa, kolada, serie or data
untranslated-indicator = the translation leaves out {$count} indicator(s) of the original: {$names}; the page shows them untranslated
untranslated-indicator-help = translate every indicator of the original, in the same order (the values come from the original; the name is enough)
indicator-name-not-in-original = this indicator has no "namn", and the original has no indicator in its place to take it from
indicator-name-not-in-original-help = add namn: with the indicator's name in this language
translation-numbers = this translation gives the indicator "{$name}" another {$what} than the original
translation-numbers-help = the numbers are written once, in the original, and every language shows them: remove them from the translation, or correct the original
what-series = series
what-data-file = data file
what-kolada = Kolada id
indicator-value-not-text = "{$key}" of an indicator takes a text, not a list or a set of keys
indicator-value-not-text-help = write it on one line, e.g. {$key}: {$example}
indicator-unknown-key = unknown key "{$key}" in an indicator
indicator-unknown-key-suggestion = did you mean "{$suggestion}"? An indicator has: namn, enhet, källa, kolada, serie or data
indicator-keys = an indicator has: namn, enhet, källa, kolada, serie or data
indicator-key-twice = "{$key}" is given twice in this indicator (also on line {$line})
keep-one = keep one of them
bad-kolada = "{$value}" is not a Kolada id
bad-kolada-help = a Kolada key figure id is N or U and five digits, e.g. kolada: N00914 (it stands on the key figure's page on kolada.se)
series-and-data = this indicator has both "serie" and "data"
series-and-data-help = give the values once: either in the front matter (serie) or in a CSV file (data)
indicator-name-empty = "namn" of this indicator has no value
indicator-name-empty-help = write the indicator as the document words it, e.g. namn: Andel utrikes födda i arbete
indicator-without-name = this indicator has no "namn"
indicator-without-name-help = add namn: with the indicator as the document words it, e.g. namn: Andel utrikes födda i arbete
bad-series = "serie" takes one line per year, year: value
bad-series-help = write the values under serie:, indented, one per line, e.g.{$example}
series-value-not-a-number = the value of {$year} is not a number
series-value-not-a-number-help = write one number after the year, e.g. 2019: 16,4
series-empty = "serie" has no values
series-empty-help = write one line per year under it, e.g. 2019: 16, or remove serie

## Review

expired = the document expired on {$date}; its page says it is no longer in force
expired-help = if a new decision has extended it, change "giltig till"; if it has been replaced, add the new document with "ersätter"
expires = the document expires on {$date}, in {$days} days
expires-help = plan its revision: after that day the page says it is no longer in force
review-overdue = the document should have been reviewed by {$date} (revideras senast)
review-overdue-help = review it; then record a new decision or change "revideras senast"
review-due = the document must be reviewed by {$date}, in {$days} days (revideras senast)
review-due-help = plan its review
review-responsible = {$help}; responsible: {$who}
no-indicators = the goal "{$id}" has no indicators
no-indicators-help = add indikatorer: if the document says how the goal is measured
not-translated = the document has no translation into: {$langs}
not-translated-help = readers of those languages see the original, marked as such; add <name>.<language>.md to translate it
translation-behind = this translation follows the text of {$follows}, but {$original} has a larger change dated {$date}: "{$change}"
translation-behind-help = translate the change, then write översatt: {$date}; until then the page tells its readers the original has changed

## Readability

summary-hard-to-read = the summary has LIX {$lix}, above {$limit}
summary-hard-to-read-help = use shorter sentences and shorter words; a summary is read by everyone
text-hard-to-read = the text has LIX {$lix}, above {$limit}
text-hard-to-read-help = split long sentences and explain or replace long words
summary-long-sentences = the summary has {$count} sentence(s) of more than {$words} words
summary-long-sentences-help = a summary is easiest to read with one thought per sentence
long-sentence = a sentence of {$words} words: "{$start} …"
long-sentence-help = sentences of at most {$words} words are easier to read; split it
passive-summary = the summary has many passive verbs: {$verbs}
passive-summary-help = say who does what: "kommunen beslutar" instead of "det beslutas"

## Theme

theme-no-strings = the theme has no interface strings for "{$lang}"; the default language's are used
theme-no-strings-help = add themes/<theme>/i18n/{$lang}.ftl
ftl-unreadable = this interface string cannot be read: {$cause}
theme-missing-strings = {$count} interface string(s) are missing in "{$lang}" and are shown in the default language: {$ids}
theme-missing-strings-help = translate them in this file
unknown-theme = the theme "{$theme}" does not exist (no folder themes/{$theme})
unknown-theme-help = remove the theme line to use the built-in default theme, or create the folder
template-variable = the template {$template} uses {$name}, which not every page has
template-variable-help = check the spelling; if only some pages have it, write {"{"}% if {$name} %{"}"} … {"{"}% endif %{"}"} around it
template-error = the template {$template} could not make a page ({$page}): {$cause}
template-error-help = check what the template (or one it extends, includes or imports) does with this page's values
templates-unusable = the theme's templates cannot be used: {$cause}
templates-unusable-help = check the theme's templates (themes/<name>/templates/)
template-syntax = the template {$name} cannot be read here: {$expected}
template-syntax-help = check the {"{{"} … {"}}"} and {"{"}% … %{"}"} tags at this point: each needs its closing {"}}"} or %{"}"}, with a whole expression inside
template-unusable = the template {$name} cannot be used: {$cause}
template-unusable-help = check the templates it extends, includes or imports: they must exist in the theme's templates/ folder

## styrdok new

new-bad-name = "{$name}" cannot be the name of a file on the site: use letters, digits, hyphens and spaces, and none of # ? %
new-renamed = "{$typed}" is not a name a web address can have, so the file is called {$name} (the title keeps your words)
new-filled = {$key}: {$value} (as in the other documents in the folder; change it if it is wrong)

## The readability table of check

lix-heading = Readability (LIX, läsbarhetsindex: under 40 easy, 40–50 medium, over 50 hard; – where LIX does not apply)
lix-file = file
lix-lang = lang
lix-summary = summary
lix-text = text
lix-words = words
lix-long-sentences = long sentences

## styrdok serve

serve-stopped = Stopped.
serve-built = Built {$pages} pages in {$ms} ms.
serve-has-errors = The site has errors; fix them and the page will update by itself.
serve-not-loopback = warning: listening on {$bind}: every machine that reaches this one can see the preview, drafts included; open it there at http://<this machine's IP address>:{$port}/ (links in the pages follow the address used)
serve-serving = Serving {$address}/ — open that address in a web browser; edit a file and the page reloads. Press Ctrl-C to stop.
serve-watch-failed = warning: watching the files failed ({$cause}); edits may not be seen
serve-index-not-started = warning: the preview's search index is not updated ({$cause})
serve-indexer-not-started = could not start the indexer: {$cause}
serve-index-updated = search index updated ({$langs}), {$ms} ms
serve-index-failed = warning: the search index was not updated: {$cause}
serve-watch-folder-failed = warning: {$cause}; edits there may not be seen
serve-superseded = {$files} file(s) changed, shown in {$ms} ms; the rest goes on with the newer edit
serve-rebuilt = {$files} file(s) changed, {$rendered} of {$pages} pages rendered{$removed ->
    [0] {""}
   *[other] , {$removed} removed
}, {$ms} ms
serve-last-good = The last good version is still served.

## --help

help-heading-usage = Usage
help-heading-commands = Commands
help-heading-options = Options
help-styrdok = styrdok publishes strategy documents (styrdokument) written in Markdown as an accessible, multilingual static website
help-styrdok-lang = The language of messages: sv or en. Without it, LANG (or LC_MESSAGES) when it names one of them, else the site's default_language, else English
help-styrdok-build = Build the site into public/ (or output_dir, or --output)
help-styrdok-check = Check every file and report problems; writes nothing
help-styrdok-serve = Build the site and serve it at http://127.0.0.1:1111/, rebuilding and reloading the page on every change
help-styrdok-new = Create a new file for an editor to fill in
help-styrdok-init = Create a new site in DIR that builds at once
help-styrdok-new-dokument = A strategy document with every key and a comment on each, e.g. `styrdok new dokument vargarda/ny-strategi`
help-styrdok-new-dokument-path = Where under content/, e.g. vargarda/ny-strategi
help-styrdok-new-fokusomrade = A focus area, e.g. `styrdok new fokusomrade halsa`
help-styrdok-new-fokusomrade-id = Its id: lowercase letters and hyphens
help-styrdok-init-dir = The new site's folder (must be empty or not exist)
help-arg-root = The site's folder (the one holding site.toml)
help-arg-timings = Print how long each stage took
help-arg-message_format = How to print problems: `human` (with the source line) or `json` (one object per line, on stdout)
help-styrdok-check-deny = Fail (exit status 1) on warnings too: `--deny warnings`, for CI. Warnings a site accepts are listed in `[check] allow` in site.toml
help-styrdok-build-output = Write the site here instead of public/ (or output_dir in site.toml)
help-styrdok-build-base_url = Use this address instead of base_url in site.toml (for canonical links, hreflang and sitemaps)
help-styrdok-build-force = Replace the output folder even when it holds files styrdok did not write
help-styrdok-serve-port = The port to listen on
help-styrdok-serve-bind = The address to listen on. Only this machine can reach the default
help-arg-help = Print help
help-arg-version = Print version

## Output

same-place-files = two files would be written to the same place
same-place-pages = two pages would be written to the same place
same-place-page-and-file = a page and a file would be written to the same place

# check --due
due-none = Nothing falls due from {$from} to {$until}, and no review is overdue.
due-head = Due from {$from} to {$until} (reviews, expiries and repeals; and overdue reviews), by date:
due-col-date = date
due-col-what = what
due-col-responsible = responsible
due-col-file = file
due-col-document = document
due-review = review
due-review-overdue = review, overdue
due-expiry = expiry
due-repeal = repeal

## The stages --timings names

stage-config = config
stage-discover = discover
stage-read-parse = read + parse
stage-model = model
stage-links = links
stage-readability = readability
stage-review = review
stage-theme = theme
stage-i18n = i18n
stage-plan = plan
stage-fresh-pages = fresh pages
stage-other-pages = other pages
stage-publish = publish
stage-search = search
stage-commit = commit

## Usage errors, laid out as clap lays them out (the English words are clap's)

help-help-command = Print this message or the help of the given subcommand(s)
usage-unknown-command = unrecognized subcommand '{$command}'
usage-unknown-argument = unexpected argument '{$argument}' found
usage-invalid-value = invalid value '{$value}' for '{$argument}'
usage-value-missing = a value is required for '{$argument}' but none was supplied
usage-bad-value = invalid value '{$value}' for '{$argument}': {$cause}
usage-possible-values = [possible values: {$values}]
usage-similar-command = a similar subcommand exists: {$command}
usage-similar-argument = a similar argument exists: {$argument}
usage-tip = tip
usage-more = For more information, try '--help'.
