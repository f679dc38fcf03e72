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
already-exists = {$path} finns redan; styrdok skriver aldrig över den
unsafe-output = skriver inte till {$path}: {$reason}
# Why an output folder is refused ({$reason} of unsafe-output).
output-it-is = den är
output-it-leads = den leder till {$target}, som är
output-instead = välj en egen mapp för den, till exempel public/ i webbplatsens mapp
output-is-fs-root = {$it_is} roten i filsystemet, och att ersätta den skulle radera allt på den här datorn; {$instead}
output-is-home = {$it_is} din hemmapp, och att ersätta den skulle radera dina filer; {$instead}
output-holds-home = {$it_is} en mapp som innehåller din hemmapp ({$home}), och att ersätta den skulle radera dina filer; {$instead}
output-is-site = {$it_is} webbplatsens egen mapp, den som innehåller själva webbplatsen, och att ersätta den skulle radera webbplatsens källfiler; {$instead}
output-holds-site = {$it_is} en mapp som innehåller själva webbplatsen ({$site}), och att ersätta den skulle radera webbplatsens källfiler; {$instead}
output-inside-source = {$it_is} inuti webbplatsens {$name} ({$source}), så varje bygge skulle publicera förra byggets utdata i nästa; {$instead}
output-holds-source = {$it_is} en mapp som innehåller webbplatsens {$name} ({$source}), och att ersätta den skulle radera den; {$instead}
output-holds-other-site = {$it_is} en mapp med en content/-mapp eller en site.toml, alltså en annan webbplats källfiler; {$instead}
output-is-a-file = {$it_is} en fil, inte en mapp; ta bort den eller {$instead}
output-holds-other-files = {$it_is} en mapp med filer som styrdok inte har skrivit; töm den, välj en annan mapp, eller ange --force för att ersätta den
output-fs-root = den är roten i filsystemet
dangling-output = utdatamappen kan inte skapas: {$link} är en symbolisk länk till {$target}, som inte finns; skapa den mappen, eller ta bort länken så att styrdok skapar en mapp där
old-output-left = den nya webbplatsen ligger i {$output}, men den förra kunde inte tas bort från {$left}; ta bort den mappen för hand
output-aside = kunde inte lägga den nya webbplatsen i {$output} eller flytta tillbaka den förra: den finns hel i {$aside}; byt namn på den mappen till {$output}
search-failed = kunde inte bygga sökindexet: {$cause}
port-in-use = port {$port} används redan (av en annan `styrdok serve` eller ett annat program som lyssnar på {$address}); stoppa det, eller välj en annan port med --port, t.ex. `styrdok serve --port {$port ->
    [1111] 1112
   *[other] 1111
}`

## Finding the files

no-content = webbplatsen har ingen mapp content/
no-content-help = skapa mappen content/ bredvid site.toml och lägg dokumenten där
hidden-folder = den dolda mappen {$folder} publiceras inte
hidden-folder-help = dolda mappar (.git och liknande) publiceras aldrig; byt namn på den utan punkten först om den ska vara med på webbplatsen
link-loop = {$link} är en symbolisk länk till {$target}, en mapp som innehåller länken själv
link-loop-help = ta bort länken: mappen den pekar på läses redan
link-broken = {$link} är en symbolisk länk till {$target}, som inte finns: den hoppas över
link-broken-help = ta bort länken, eller låt den peka på en fil på webbplatsen
link-outside-site = {$link} är en symbolisk länk till {$target}, utanför webbplatsens mapp
link-outside-site-help = kopiera in filerna i webbplatsen i stället: ingenting utanför webbplatsens mapp läses, så att en länk inte kan publicera filer från datorn som bygger webbplatsen
link-into-hidden = {$link} är en symbolisk länk till {$target}, i den dolda mappen {$hidden}
link-into-hidden-help = dolda mappar (.git och liknande) publiceras aldrig; länka till en mapp som inte är dold
bad-name-not-unicode = tecken som inte är Unicode
bad-name-char = "{$char}"
bad-name-control = ett styrtecken ({$code})
bad-name = namnet "{$name}" kan inte ingå i en webbadress: det innehåller {$problem}
bad-name-help = byt namn: använd bokstäver, siffror, bindestreck och mellanslag, och inget av # ? %
unicode-form = {$this} och {$first} har samma namn, skrivet på två olika sätt i Unicode: "{$this_name}" och "{$first_name}"
unicode-form-help = ta bort en av dem: macOS skriver bokstäver som å som två tecken (a och en ring), andra system som ett
same-original = {$this} och {$first} är båda originalet till samma sida
same-original-help = behåll en av dem: på en webbplats med {$lang} som standardspråk är "x.{$lang}.md" och "x.md" samma sida
case-collision = {$this} och {$first} skiljer sig bara i stora och små bokstäver
case-collision-help = byt namn på en av dem: Windows och macOS ser dem som en och samma fil, så webbplatsen skulle förlora en
encoding = filen är inte sparad som UTF-8-text: det här tecknet är inte UTF-8
encoding-help = spara den igen som UTF-8 (i de flesta redigerare: Spara som → Teckenkodning → UTF-8)
unknown-language = filnamnet säger att språket är "{$lang}", men site.toml har inget sådant språk
unknown-language-help = lägg till [languages.{$lang}] i site.toml, eller byt namn på filen; webbplatsens språk är: {$known}
bad-file-name = filnamnet "{$name}.md" kan inte användas som webbadress
bad-file-name-help = använd bara bokstäver, siffror och bindestreck, t.ex. integrationsstrategi-2024.md
markdown-in-data = content/data/ är till för indikatorernas datafiler (CSV), inte för dokument
markdown-in-data-help = flytta dokumentet till organisationens mapp, t.ex. content/vargarda/; bara .csv-filer (och andra datafiler) hör hemma i content/data/

## site.toml

did-you-mean = menade du "{$suggestion}"?
config-unreadable = site.toml kan inte läsas: {$cause}
config-did-you-mean = menade du `{$suggestion}`?
config-missing = site.toml saknar `{$key}`
config-missing-help = lägg till en rad som: {$key} = "{$example}"
config-base-url = `base_url` måste vara en fullständig adress, men den är "{$base_url}"
config-base-url-help = skriv hela adressen, med https:// först, t.ex. base_url = "https://example.org"
config-language-code = "{$code}" är ingen språkkod
config-language-code-help = använd en kod som sv, en, ar, fa, so, uk (BCP 47)
config-language-tag = [languages.{$key}] har code = "{$code}", som inte är en språktagg
config-language-tag-help = skriv BCP 47-taggen för textens språk, t.ex. code = "sv"
config-default-language = standardspråket "{$lang}" finns inte under [languages]
config-default-language-help = lägg till ett avsnitt [languages.{$lang}] med name = "…"
no-accessibility-statement = webbplatsen har ingen tillgänglighetsredogörelse, som lagen kräver av offentliga webbplatser
no-accessibility-statement-help = lägg till ett avsnitt [accessibility] med organisation, contact_email, compliance och reviewed
config-accessibility-missing = [accessibility] saknar `{$key}`
config-accessibility-missing-help = lägg till {$key} = {$example}; tillgänglighetsredogörelsen behöver det
config-example-compliance = "full" (eller "partial" eller "none")
config-example-reviewed = 2026-11-01 (dagen för den senaste granskningen)
config-allow-unknown = [check] allow nämner "{$code}", som inte är en varning
config-allow-list = varningarna är: {$codes}; fel kan inte tillåtas
config-cms-missing = [cms] saknar `{$key}`
config-cms-repo-help = lägg till repo = "ägare/namn", det git-förråd (repository) som webbplatsen byggs från
config-cms-app-id-help = lägg till app_id = "…", id:t för den GitLab-applikation som redigeraren loggar in med

## Front matter: the YAML

no-front-matter = filen börjar inte med front matter (uppgifterna mellan raderna ---)
no-front-matter-help = första raden ska vara --- , sedan nycklarna (titel: …), sedan en rad med --- före texten
unclosed-front-matter = front matter avslutas aldrig
unclosed-front-matter-help = lägg till en rad med bara --- efter den sista nyckeln, innan texten börjar
key-twice = "{$name}" och "{$first}" på rad {$line} är samma nyckel
key-twice-help = behåll en av dem: "{$english}" är det engelska namnet på "{$canonical}"
yaml-tab = här står ett tabbtecken; front matter ska dras in med mellanslag, inte med tabb
yaml-tab-help = byt ut tabben mot mellanslag (två mellanslag för varje nivå)
yaml-empty-list = `{$key}: []` på rad {$line} säger att listan är tom, så raderna under den kan inte höra till den
yaml-empty-list-help = ta bort `[]` efter `{$key}:` när du skriver listan under
yaml-unknown-key = okänd nyckel "{$key}" i {$place}
yaml-unknown-key-help = menade du "{$suggestion}"? Nycklarna i {$place} är: {$keys}
yaml-place-goal = ett mål
yaml-place-change = en ändring (ändringar)
yaml-place-repeal = upphävandet (upphävd)
yaml-year-twice = året {$year} står två gånger (ett värde per år)
yaml-some-key-twice = en nyckel står två gånger på samma ställe
yaml-key-twice = "{$key}" står två gånger på samma ställe
yaml-twice-help = behåll en av dem: ta bort eller rätta den andra
yaml-expected-text = {$cause} (den här nyckeln tar en text, inte en lista eller flera nycklar)
yaml-invalid = front matter är inte giltig YAML: {$cause}
yaml-help = kontrollera indragen, och att ett värde som innehåller ": " eller börjar med @, *, & eller # står inom citattecken

## Links

link-no-focus-area = länken anger inget fokusområde
link-unknown-form = "{$dest}" är ingen länk som styrdok känner till: skriv @/mapp/namn.md eller @fokus/id
link-no-document = länken anger inget dokument
bad-link-help = länkar inom webbplatsen skrivs [text](@/mapp/namn.md), [text](@/mapp/namn.md#mål-id) eller [text](@fokus/id)
unknown-focus-area = fokusområdet "{$id}" finns inte
unknown-focus-area-suggestion = menade du "{$suggestion}"? Annars: skapa content/fokusomraden/{$id}.md
unknown-focus-area-list = skapa content/fokusomraden/{$id}.md; de fokusområden som finns är: {$known}
replaces-itself = ett dokument kan inte ersätta sig självt
address-taken = den här filen skulle publiceras på {$url}, som redan är {$other}
address-taken-help = byt namn på filen eller flytta den till en annan mapp
old-address-taken = den gamla adressen {$url} för {$source} är redan {$other}
old-address-taken-help = en gammal adress får bara leda till en sida: ta bort den här, eller flytta sidan som har den
an-old-address-of = en gammal adress för {$source}
duplicate-regulation-number = författningsnumret "{$number}" för {$organisation} används redan av {$first}
duplicate-regulation-number-help = varje föreskrift i en organisation har sitt eget nummer: jämför båda filerna med författningssamlingen
unknown-document = det finns inget dokument "@/{$key}.md"
unknown-document-suggestion = menade du "@/{$suggestion}.md"?
unknown-document-help = sökvägen är filens plats under content/, t.ex. @/vargarda/strategi.md
broken-link-focus = länken går till fokusområdet "{$id}", som inte finns
broken-link-focus-suggestion = menade du @fokus/{$suggestion}?
broken-link-file = länken går till filen content/{$path}, som inte finns
broken-link-file-suggestion = menade du content/{$suggestion}? Länkar utgår från den här filens mapp
broken-link-file-help = lägg filen under content/, bredvid den här filen, eller rätta länken
broken-link-page = länken går till sidan "@/sidor/{$slug}.md", som inte finns
broken-link-goal = dokumentet @/{$key}.md har inget mål "{$goal}"
broken-link-goal-suggestion = menade du #{$suggestion}?
broken-link-goal-none = det dokumentet har inga mål
broken-link-goal-list = dess mål är: {$goals}

## Addresses already taken

taken-home = startsidan
taken-focus-index = listan över fokusområden
taken-search = söksidan
taken-accessibility = tillgänglighetsredogörelsen
taken-register = författningssamlingen

## Documents

duplicate-file = den här filen och {$first} är samma sida på samma språk
duplicate-file-help = ta bort eller byt namn på en av dem
translation-without-original = det här är en översättning till "{$lang}", men det finns inget original på standardspråket ({$default})
translation-without-original-help = lägg originalet som {$original} i samma mapp, eller kontrollera filnamnet
key-without-value = "{$key}" har inget värde
key-without-value-help = skriv ett värde, t.ex. {$key}: {$example}
missing-key = nyckeln "{$key}" saknas, och den måste finnas
missing-key-help = lägg till en rad i front matter, t.ex. {$key}: {$example}
missing-key-nullable-help = lägg till "{$key}: …" i front matter; om dokumentet inte säger det, skriv "{$key}: ~"
missing-information = "{$key}" är inte angiven (~); på sidan står "Uppgift saknas i dokumentet"
missing-information-help = om dokumentet anger {$key}, skriv det här
bad-date = "{$key}": {$why}
bad-date-help = skriv datumet som ÅÅÅÅ-MM-DD, t.ex. {$key}: 2019-12-11, eller {$key}: ~ om dokumentet inte säger det
date-shape = "{$value}" är inget datum i formen ÅÅÅÅ-MM-DD
date-not-real = {$value} är inget riktigt datum (kontrollera månaden och dagen)
unknown-type = okänd dokumenttyp "{$typ}"
unknown-type-suggestion = menade du "{$suggestion}"? Typerna är: {$types}
unknown-type-list = typerna är: {$types}
missing-decided-help = lägg till beslutsdatumet, t.ex. beslutad: 2019-12-11; om dokumentet inte säger det, skriv "beslutad: ~"
bad-valid-until-help = skriv ett datum som ÅÅÅÅ-MM-DD (giltig till: 2023-12-11), orden "tills vidare", eller ~ om dokumentet inte säger det
bad-valid-from-help = skriv den första dagen dokumentet gäller som ÅÅÅÅ-MM-DD (giltig från: 2024-01-01), eller ta bort raden
valid-from-after-until = "giltig från" ({$from}) är efter "giltig till" ({$until})
valid-from-after-until-help = jämför båda datumen med dokumentet
replaces-not-a-document = "ersätter" ska ange ett dokument, inte "{$value}"
replaces-not-a-document-help = skriv sökvägen till dokumentet som ersätts inom citattecken, t.ex. ersätter: "@/vargarda/strategi-2015.md"
bad-review-by-help = skriv datumet då dokumentet senast ska revideras som ÅÅÅÅ-MM-DD, t.ex. revideras senast: 2026-06-30
translated-in-original = "översatt" hör hemma i en översättning; originalets eget datum används inte
translated-in-original-help = ta bort raden här, eller flytta den till översättningen (<namn>.<språk>.md) den beskriver
bad-translated-help = skriv datumet för den originaltext som översättningen följer som ÅÅÅÅ-MM-DD, t.ex. översatt: 2024-03-01
change-without-date = den här ändringen har inget "datum"
change-without-date-help = ange dagen för ändringen som ÅÅÅÅ-MM-DD, t.ex. datum: 2024-03-18
bad-change-date-help = skriv dagen för ändringen som ÅÅÅÅ-MM-DD, t.ex. datum: 2024-03-18
change-without-description = den här ändringen har ingen "beskrivning"
change-without-description-help = skriv i en mening vad som ändrades, t.ex. beskrivning: Målet om praktik har fått en ny indikator.
bad-major = "större" är true eller false, inte "{$value}"
bad-major-help = skriv större: true för en större ändring (visas i flödena), eller ta bort raden för en mindre
unknown-change = ändring nummer {$number} motsvaras inte av någon i originalet, som har {$count}
unknown-change-help = en översättnings ändringar översätter originalets en och en, i samma ordning; ta bort den här eller lägg till den i originalet
change-date-differs = ändring nummer {$number} har datumet {$date}, men originalets ändring nummer {$number} har datumet {$original}
change-date-differs-help = datumen kommer från originalet: ta bort datum här, eller ange originalets datum
change-date-in-translation-help = datumen kommer från originalet: ta bort datum här
repeal-without-date = "upphävd" har inget "datum"
repeal-without-date-help = ange dagen från vilken dokumentet inte längre gäller, t.ex.{$example}
bad-repeal-date-help = skriv dagen från vilken dokumentet inte längre gäller som ÅÅÅÅ-MM-DD, t.ex. datum: 2025-01-31
bad-address = "{$path}" är ingen adress på den här webbplatsen
bad-address-help = skriv den gamla sidans sökväg på webbplatsen, med / först, t.ex. - /vargarda/integrationsstrategi/
goal-without-id = det här målet har inget "id"
goal-without-id-help = ge varje mål ett kort id som bara används en gång i dokumentet, t.ex. id: fler-i-arbete
bad-goal-id = mål-id:t "{$id}" kan inte användas i en webbadress
bad-goal-id-help = använd små bokstäver, siffror och bindestreck, t.ex. id: fler-i-arbete
duplicate-goal = mål-id:t "{$id}" används två gånger i det här dokumentet
duplicate-goal-help = varje mål behöver ett eget id; byt namn på ett av dem
goal-without-title = målet "{$id}" har ingen "titel"
goal-without-title-help = lägg till titel: med målet så som dokumentet formulerar det
goal-not-in-original = målet "{$id}" finns inte i originaldokumentet
original-goals = originalets mål är: {$goals}
goal-number-not-in-original = mål nummer {$number} motsvaras inte av något i originalet, som har {$count}
goal-number-not-in-original-help = ge målet id:t för det mål i originalet som det översätter

## Indicators

missing-data-file = det finns ingen datafil content/data/{$name}
missing-data-file-stripped = skriv namnet inuti content/data/: data: {$name}
missing-data-file-not-csv = data: anger en CSV-fil i content/data/, t.ex. data: befolkning.csv
missing-data-file-help = lägg filen i content/data/ (kolumnerna år;värde), eller rätta namnet; i content/data/ finns {$count ->
    [0] inga CSV-filer
   *[other] {$files}
}
data-encoding = datafilen är inte sparad som UTF-8-text
data-encoding-help = spara den igen som UTF-8 (i Excel: Spara som → CSV UTF-8)
csv-no-header = datafilen har ingen rubrikrad
csv-no-header-help = första raden namnger kolumnerna: år;värde (eller year,value), sedan en rad per år, t.ex. 2019;16,4
csv-column-twice = kolumnen "{$column}" står två gånger
csv-column-twice-help = rubrikraden namnger varje kolumn en gång: år;värde
csv-unknown-column = okänd kolumn "{$column}" i rubrikraden
csv-unknown-column-suggestion = menade du "{$suggestion}"? Kolumnerna är år och värde (eller year och value)
csv-unknown-column-help = en datafil har två kolumner, år och värde (eller year och value), t.ex. år;värde
csv-missing-column = datafilen har ingen kolumn "{$column}"
csv-missing-column-help = rubrikraden namnger kolumnerna år och värde (eller year och value), t.ex. år;värde
csv-no-values = datafilen har inga värden
csv-no-values-help = lägg till en rad per år under rubrikraden, t.ex. 2019;16,4
csv-row-length = den här raden har {$len} kolumn(er), rubrikraden {$expected}
csv-unreadable = datafilen kan inte läsas: {$cause}
csv-row-help = varje rad har ett år och ett värde, åtskilda som i rubrikraden (år;värde); ett värde med kommatecken i en kommaseparerad fil skrivs inom citattecken: 2019,"16,4"
bad-year = "{$year}" är inget år
bad-year-help = skriv året med fyra siffror, t.ex. 2019; ett värde per år
year-without-value = året {$year} har inget värde
year-without-value-help = skriv värdet efter året, eller ta bort året om det inte finns någon siffra för det
not-a-number = "{$value}" är inget tal
duplicate-year = året {$year} står två gånger (också på rad {$line})
duplicate-year-help = ange ett värde per år: ta bort eller rätta ett av dem
number-percent-help = skriv bara talet (16,4) och enheten en gång, som enhet: procent
number-letters-help = skriv ett tal, t.ex. 16, 16,4 eller -3 (decimalkomma eller punkt; inga bokstäver eller enheter)
number-help = skriv ett tal, t.ex. 16, 16,4 eller -3
number-too-large = talet är för stort för att visas
indicator-is-a-list = en indikator är ett namn eller några nycklar, inte en lista
indicator-is-a-list-help = skriv namnet efter strecket (- Andel utrikes födda i arbete), eller nycklar under det: namn, enhet, källa, kolada, serie eller data
untranslated-indicator = översättningen utelämnar {$count} av originalets indikatorer: {$names}; sidan visar dem oöversatta
untranslated-indicator-help = översätt alla originalets indikatorer, i samma ordning (värdena kommer från originalet; namnet räcker)
indicator-name-not-in-original = den här indikatorn har inget "namn", och originalet har ingen indikator på samma plats att ta det från
indicator-name-not-in-original-help = lägg till namn: med indikatorns namn på det här språket
translation-numbers = den här översättningen ger indikatorn "{$name}" en annan {$what} än originalet
translation-numbers-help = siffrorna skrivs en gång, i originalet, och alla språk visar dem: ta bort dem från översättningen, eller rätta originalet
what-series = serie
what-data-file = datafil
what-kolada = Kolada-id
indicator-value-not-text = "{$key}" i en indikator tar en text, inte en lista eller flera nycklar
indicator-value-not-text-help = skriv det på en rad, t.ex. {$key}: {$example}
indicator-unknown-key = okänd nyckel "{$key}" i en indikator
indicator-unknown-key-suggestion = menade du "{$suggestion}"? En indikator har: namn, enhet, källa, kolada, serie eller data
indicator-keys = en indikator har: namn, enhet, källa, kolada, serie eller data
indicator-key-twice = "{$key}" står två gånger i den här indikatorn (också på rad {$line})
keep-one = behåll en av dem
bad-kolada = "{$value}" är inget Kolada-id
bad-kolada-help = ett nyckeltals id i Kolada är N eller U och fem siffror, t.ex. kolada: N00914 (det står på nyckeltalets sida på kolada.se)
series-and-data = den här indikatorn har både "serie" och "data"
series-and-data-help = ange värdena en gång: antingen i front matter (serie) eller i en CSV-fil (data)
indicator-name-empty = "namn" i den här indikatorn har inget värde
indicator-name-empty-help = skriv indikatorn så som dokumentet formulerar den, t.ex. namn: Andel utrikes födda i arbete
indicator-without-name = den här indikatorn har inget "namn"
indicator-without-name-help = lägg till namn: med indikatorn så som dokumentet formulerar den, t.ex. namn: Andel utrikes födda i arbete
bad-series = "serie" tar en rad per år, år: värde
bad-series-help = skriv värdena under serie:, indragna, ett per rad, t.ex.{$example}
series-value-not-a-number = värdet för {$year} är inget tal
series-value-not-a-number-help = skriv ett tal efter året, t.ex. 2019: 16,4
series-empty = "serie" har inga värden
series-empty-help = skriv en rad per år under den, t.ex. 2019: 16, eller ta bort serie

## Review

expired = dokumentet slutade gälla {$date}; på sidan står att det inte längre gäller
expired-help = om ett nytt beslut har förlängt det, ändra "giltig till"; om det har ersatts, lägg till det nya dokumentet med "ersätter"
expires = dokumentet slutar gälla {$date}, om {$days} dagar
expires-help = planera revideringen: efter den dagen står det på sidan att dokumentet inte längre gäller
review-overdue = dokumentet skulle ha reviderats senast {$date} (revideras senast)
review-overdue-help = revidera det; skriv sedan in ett nytt beslut eller ändra "revideras senast"
review-due = dokumentet ska revideras senast {$date}, om {$days} dagar (revideras senast)
review-due-help = planera revideringen
review-responsible = {$help}; ansvarig: {$who}
no-indicators = målet "{$id}" har inga indikatorer
no-indicators-help = lägg till indikatorer: om dokumentet säger hur målet mäts
not-translated = dokumentet är inte översatt till: {$langs}
not-translated-help = läsare på de språken ser originalet, märkt som original; lägg till <namn>.<språk>.md för att översätta det
translation-behind = den här översättningen följer texten från {$follows}, men {$original} har en större ändring daterad {$date}: "{$change}"
translation-behind-help = översätt ändringen och skriv sedan översatt: {$date}; till dess berättar sidan för läsarna att originalet har ändrats

## Readability

summary-hard-to-read = sammanfattningen har LIX {$lix}, över {$limit}
summary-hard-to-read-help = använd kortare meningar och kortare ord; sammanfattningen läses av alla
text-hard-to-read = texten har LIX {$lix}, över {$limit}
text-hard-to-read-help = dela långa meningar och förklara eller byt ut långa ord
summary-long-sentences = sammanfattningen har {$count} mening(ar) med mer än {$words} ord
summary-long-sentences-help = en sammanfattning är lättast att läsa med en tanke per mening
long-sentence = en mening med {$words} ord: "{$start} …"
long-sentence-help = meningar med högst {$words} ord är lättare att läsa; dela den
passive-summary = sammanfattningen har många passiva verb: {$verbs}
passive-summary-help = skriv vem som gör vad: "kommunen beslutar" i stället för "det beslutas"

## Theme

theme-no-strings = temat har inga gränssnittstexter för "{$lang}"; standardspråkets används
theme-no-strings-help = lägg till themes/<tema>/i18n/{$lang}.ftl
ftl-unreadable = den här gränssnittstexten kan inte läsas: {$cause}
theme-missing-strings = {$count} gränssnittstext(er) saknas på "{$lang}" och visas på standardspråket: {$ids}
theme-missing-strings-help = översätt dem i den här filen
unknown-theme = temat "{$theme}" finns inte (ingen mapp themes/{$theme})
unknown-theme-help = ta bort raden theme för att använda det inbyggda standardtemat, eller skapa mappen
template-variable = mallen {$template} använder {$name}, som inte alla sidor har
template-variable-help = kontrollera stavningen; om bara vissa sidor har det, skriv {"{"}% if {$name} %{"}"} … {"{"}% endif %{"}"} runt det
template-error = mallen {$template} kunde inte göra en sida ({$page}): {$cause}
template-error-help = kontrollera vad mallen (eller en som den bygger på, tar med eller importerar) gör med sidans värden
templates-unusable = temats mallar kan inte användas: {$cause}
templates-unusable-help = kontrollera temats mallar (themes/<namn>/templates/)
template-syntax = mallen {$name} kan inte läsas här: {$expected}
template-syntax-help = kontrollera taggarna {"{{"} … {"}}"} och {"{"}% … %{"}"} här: var och en behöver sitt avslutande {"}}"} eller %{"}"}, med ett helt uttryck inuti
template-unusable = mallen {$name} kan inte användas: {$cause}
template-unusable-help = kontrollera mallarna som den bygger på, tar med eller importerar: de måste finnas i temats mapp templates/

## styrdok new

new-bad-name = "{$name}" kan inte vara namnet på en fil på webbplatsen: använd bokstäver, siffror, bindestreck och mellanslag, och inget av # ? %
new-renamed = "{$typed}" kan inte ingå i en webbadress, så filen heter {$name} (titeln behåller dina ord)
new-filled = {$key}: {$value} (som i de andra dokumenten i mappen; ändra om det är fel)

## The readability table of check

lix-heading = Läsbarhet (LIX, läsbarhetsindex: under 40 lätt, 40–50 medelsvår, över 50 svår; – där LIX inte går att räkna)
lix-file = fil
lix-lang = språk
lix-summary = sammanfattning
lix-text = text
lix-words = ord
lix-long-sentences = långa meningar

## styrdok serve

serve-stopped = Stoppad.
serve-built = Byggde {$pages} sidor på {$ms} ms.
serve-has-errors = Webbplatsen har fel; rätta dem så uppdateras sidan av sig själv.
serve-not-loopback = varning: lyssnar på {$bind}: alla datorer som når den här kan se förhandsvisningen, utkast också; öppna den där på http://<den här datorns IP-adress>:{$port}/ (länkarna på sidorna följer adressen som används)
serve-serving = Visar {$address}/ — öppna adressen i en webbläsare; ändra en fil så laddas sidan om. Tryck Ctrl-C för att sluta.
serve-watch-failed = varning: bevakningen av filerna misslyckades ({$cause}); ändringar kanske inte syns
serve-index-not-started = varning: förhandsvisningens sökindex uppdateras inte ({$cause})
serve-indexer-not-started = kunde inte starta indexeringen: {$cause}
serve-index-updated = sökindexet uppdaterat ({$langs}), {$ms} ms
serve-index-failed = varning: sökindexet uppdaterades inte: {$cause}
serve-watch-folder-failed = varning: {$cause}; ändringar där kanske inte syns
serve-superseded = {$files} fil(er) ändrade, visade på {$ms} ms; resten fortsätter med den nyare ändringen
serve-rebuilt = {$files} fil(er) ändrade, {$rendered} av {$pages} sidor gjordes om{$removed ->
    [0] {""}
   *[other] , {$removed} borttagna
}, {$ms} ms
serve-last-good = Den senaste fungerande versionen visas fortfarande.

## --help

help-heading-usage = Användning
help-heading-commands = Kommandon
help-heading-options = Alternativ
help-styrdok = styrdok publicerar styrdokument skrivna i Markdown som en tillgänglig, flerspråkig webbplats
help-styrdok-lang = Språket i meddelandena: sv eller en. Utan det: LANG (eller LC_MESSAGES) om den anger ett av dem, annars webbplatsens default_language, annars engelska
help-styrdok-build = Bygg webbplatsen i public/ (eller output_dir, eller --output)
help-styrdok-check = Kontrollera alla filer och berätta om problem; skriver ingenting
help-styrdok-serve = Bygg webbplatsen och visa den på http://127.0.0.1:1111/; sidan byggs om och laddas om vid varje ändring
help-styrdok-new = Skapa en ny fil för en redaktör att fylla i
help-styrdok-init = Skapa en ny webbplats i mappen DIR som går att bygga direkt
help-styrdok-new-dokument = Ett styrdokument med alla nycklar och en kommentar till varje, t.ex. `styrdok new dokument vargarda/ny-strategi`
help-styrdok-new-dokument-path = Var under content/, t.ex. vargarda/ny-strategi
help-styrdok-new-fokusomrade = Ett fokusområde, t.ex. `styrdok new fokusomrade halsa`
help-styrdok-new-fokusomrade-id = Dess id: små bokstäver och bindestreck
help-styrdok-init-dir = Den nya webbplatsens mapp (tom, eller som inte finns än)
help-arg-root = Webbplatsens mapp (den med site.toml)
help-arg-timings = Skriv ut hur lång tid varje steg tog
help-arg-message_format = Hur problem skrivs ut: `human` (med raden ur källan) eller `json` (ett objekt per rad, på standard ut)
help-styrdok-check-deny = Misslyckas (slutstatus 1) också vid varningar: `--deny warnings`, för CI. Varningar som webbplatsen godtar listas i `[check] allow` i site.toml
help-styrdok-build-output = Skriv webbplatsen hit i stället för till public/ (eller output_dir i site.toml)
help-styrdok-build-base_url = Använd den här adressen i stället för base_url i site.toml (för kanoniska länkar, hreflang och webbplatskartor)
help-styrdok-build-force = Ersätt utdatamappen även när den har filer som styrdok inte har skrivit
help-styrdok-serve-port = Porten att lyssna på
help-styrdok-serve-bind = Adressen att lyssna på. Bara den här datorn når standardadressen
help-arg-help = Visa hjälpen
help-arg-version = Visa versionen

## Output

same-place-files = två filer skulle skrivas till samma ställe
same-place-pages = två sidor skulle skrivas till samma ställe
same-place-page-and-file = en sida och en fil skulle skrivas till samma ställe

# check --due
due-none = Inget förfaller från {$from} till {$until}, och ingen revidering är försenad.
due-head = Förfaller från {$from} till {$until} (revideringar, sista giltighetsdagar och upphävanden; och försenade revideringar), efter datum:
due-col-date = datum
due-col-what = vad
due-col-responsible = ansvarig
due-col-file = fil
due-col-document = dokument
due-review = revidering
due-review-overdue = revidering, försenad
due-expiry = slutar gälla
due-repeal = upphävs

## The stages --timings names

stage-config = inställningar
stage-discover = hitta filer
stage-read-parse = läsa + tolka
stage-model = modell
stage-links = länkar
stage-readability = läsbarhet
stage-review = granskning
stage-theme = tema
stage-i18n = översättningar
stage-plan = planera
stage-fresh-pages = ändrade sidor
stage-other-pages = övriga sidor
stage-publish = publicera
stage-search = sökindex
stage-commit = lägga på plats

## Usage errors, laid out as clap lays them out (the English words are clap's)

help-help-command = Visa den här hjälpen, eller hjälpen för de angivna kommandona
usage-unknown-command = det finns inget kommando '{$command}'
usage-unknown-argument = okänt argument '{$argument}'
usage-invalid-value = ogiltigt värde '{$value}' för '{$argument}'
usage-value-missing = '{$argument}' behöver ett värde, men inget angavs
usage-bad-value = ogiltigt värde '{$value}' för '{$argument}': {$cause}
usage-possible-values = [möjliga värden: {$values}]
usage-similar-command = det finns ett liknande kommando: {$command}
usage-similar-argument = det finns ett liknande argument: {$argument}
usage-tip = tips
usage-more = Mer hjälp får du med '--help'.
