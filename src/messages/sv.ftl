# styrdoks meddelanden på svenska. Varje id här finns också i en.ftl (ett
# enhetstest kontrollerar åt båda hållen). Koderna i JSON och GitHub-utdata
# förblir engelska oavsett språk; det här är orden.

## Hur en diagnos inleds

level-error = fel
level-warning = varning
level-help = hjälp

## Sammanfattningar efter build och check

summary-errors-build = {$errors ->
    [one] 1 fel
   *[other] {$errors} fel
}, {$warnings ->
    [one] 1 varning
   *[other] {$warnings} varningar
}: ingenting skrevs; den förra webbplatsen är oförändrad.
summary-errors-check = {$errors ->
    [one] 1 fel
   *[other] {$errors} fel
}, {$warnings ->
    [one] 1 varning
   *[other] {$warnings} varningar
}: rätta dem och kör styrdok check igen.
summary-built = Byggde {$pages} sidor i {$dest}.
summary-written = {$written} fil(er) skrivna, {$kept} oförändrade, {$removed} borttagna.
summary-build-warnings = {$warnings ->
    [one] 1 varning
   *[other] {$warnings} varningar
}: kör `styrdok check` för att se dem.
summary-check-clean = Inga fel, {$warnings ->
    [one] 1 varning
   *[other] {$warnings} varningar
}. {$pages} sidor skulle byggas.
deny-warnings-failed = --deny warnings: {$warnings ->
    [one] 1 varning gör
   *[other] {$warnings} varningar gör
} att kontrollen misslyckas; rätta dem, eller lista de varningar webbplatsen godtar i [check] allow i site.toml.

## Kommandoraden

cli-error = fel: {$message}
cli-caused-by = orsak: {$message}
not-a-site = {$folder} är ingen styrdok-webbplats: {$file} saknas
not-a-site-this-folder = den här mappen
not-a-site-help = gå till webbplatsens mapp (den med {$file}) och kör kommandot där, eller ange den med --root MAPP; `styrdok init MAPP` skapar en ny webbplats
created = skapade {$path}
created-document-next = Fyll i nycklarna som är markerade med ~ och kör sedan `styrdok check`. För att se sidan: kör `styrdok serve` och öppna adressen som skrivs ut.
created-focus-area-next = Fyll i titeln och kör sedan `styrdok check`.
created-site-next = Bygg den med `styrdok build --root {$dir}` och byt sedan ut exemplet mot era egna dokument.

## Front matter

unknown-key = Nyckeln `{$key}` finns inte.
unknown-key-suggestion = Menade du `{$suggestion}`?
unknown-key-list = De nycklar som kan användas här är: {$keys}

## Driftfel

io-read = kunde inte läsa {$path}
io-write = kunde inte skriva {$path}
io-create = kunde inte skapa {$path}
io-copy = kunde inte kopiera {$path}
io-remove = kunde inte ta bort {$path}
io-move-into-place = kunde inte flytta {$path} på plats
io-move-aside = kunde inte flytta undan {$path}
io-listen = kunde inte lyssna på {$path}
io-watch = kunde inte bevaka {$path}
io-other = kunde inte hantera {$path} ({$action})
walk-failed = kunde inte läsa mappen {$path}
template-failed = problem i mallen {$name}
render-failed = problem i mallen {$template} för {$page}
content-errors = webbplatsen har {$errors} fel; ingenting skrevs
superseded = avbröts för en nyare ändring
already-exists = {$path} finns redan; styrdok skriver aldrig över den
unsafe-output = skriver inte till {$path}: {$reason}
dangling-output = utdatamappen kan inte skapas: {$link} är en symbolisk länk till {$target}, som inte finns; skapa den mappen, eller ta bort länken så att styrdok skapar en mapp där
old-output-left = den nya webbplatsen ligger i {$output}, men den förra kunde inte tas bort från {$left}; ta bort den mappen för hand
output-aside = kunde inte lägga den nya webbplatsen i {$output} eller flytta tillbaka den förra: den finns hel i {$aside}; byt namn på den mappen till {$output}
search-failed = kunde inte bygga sökindexet: {$cause}
port-in-use = port {$port} används redan (av en annan `styrdok serve` eller ett annat program som lyssnar på {$address}); stoppa det, eller välj en annan port med --port, t.ex. `styrdok serve --port {$port ->
    [1111] 1112
   *[other] 1111
}`
