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
content-errors = the site has {$errors ->
    [one] 1 error
   *[other] {$errors} errors
}; nothing was written
superseded = stopped for a newer edit
already-exists = {$path} already exists; styrdok never overwrites it
unsafe-output = refusing to write to {$path}: {$reason}
dangling-output = the output folder cannot be made: {$link} is a symbolic link to {$target}, which does not exist; create that folder, or remove the link so that styrdok makes a folder there
old-output-left = the new site is in place in {$output}, but the previous one could not be removed from {$left}; remove that folder by hand
output-aside = could not put the new site in place in {$output}, nor move the previous one back: it is whole in {$aside}; rename that folder to {$output}
search-failed = could not build the search index: {$cause}
port-in-use = port {$port} is already in use (another `styrdok serve`, or another program, listens on {$address}); stop that one, or choose another port with --port, e.g. `styrdok serve --port {$port ->
    [1111] 1112
   *[other] 1111
}`
