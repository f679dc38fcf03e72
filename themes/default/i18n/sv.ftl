# Svenska gränssnittstexter för styrdoks standardtema (Project Fluent).
site-description = Kommunernas styrdokument – strategier, policyer, program och planer – som tillgängliga webbsidor. Jämför mål per fokusområde.
skip-to-content = Hoppa till innehållet
main-navigation = Huvudmeny
nav-home = Alla styrdokument
nav-focus-areas = Fokusområden
languages = Språk
language-unavailable = finns inte på detta språk
footer-navigation = Om webbplatsen
made-with = Publicerat med styrdok

# Dokumenttyper
kind-strategi = Strategi
kind-policy = Policy
kind-program = Program
kind-plan = Plan
kind-riktlinje = Riktlinje
kind-regler = Regler

# Beslutsuppgifter
decision = Beslut och ansvar
decided-by = Beslutad av
decided = Beslutad
paragraph = Paragraf
valid-until = Giltig till
responsible = Ansvarig
responsible-unit = Ansvarig verksamhet
applies-to = Gäller för
registry-number = Diarienummer
missing = Uppgift saknas i dokumentet
until-further-notice = Tills vidare

# Status
status = Status
status-in-force = Gäller
status-until-further-notice = Gäller tills vidare
status-expired = Gäller inte längre
status-unknown = Giltighetstid saknas
expired-notice-title = Det här dokumentet gäller inte längre.
expired-notice = Det gällde till och med { $date }. Texten finns kvar här för att den ska gå att läsa och jämföra.
replaced-by = Dokumentet har ersatts av
replaces = Det här dokumentet ersätter
translation-note = Det här är en översättning. Det är originalet på svenska som gäller:
only-in = finns bara på { $language }

# Dokumentsidan
summary = Sammanfattning
contents = Innehåll
goals = Mål
goal-count = { $count ->
    [one] { $count } mål
   *[other] { $count } mål
}
goal-focus-areas = Fokusområde
indicators = Så mäts målet
related-documents = Andra dokument inom samma fokusområden
focus-areas-of-document = Fokusområden i dokumentet

# Listor och fokusområden
documents = Dokument
document-count = { $count ->
    [one] { $count } dokument
   *[other] { $count } dokument
}
focus-areas = Fokusområden
focus-index-description = Alla fokusområden, med målen från varje styrdokument som tar upp dem.
focus-areas-intro = Ett fokusområde samlar mål från alla dokument som tar upp samma fråga, så att kommunernas arbete går att jämföra.
focus-goals = Mål från alla dokument
focus-no-goals = Inget dokument har ännu mål inom det här området.
goal = Mål
focus-untranslated = Beskrivningen av området finns inte på det här språket än.
kind = Typ
decided-on = Beslutad
no-date = Datum saknas
organisation = Organisation
documents-in-area = { $count ->
    [one] { $count } dokument
   *[other] { $count } dokument
}

# 404
not-found-title = Sidan finns inte
not-found-description = Sidan finns inte. Startsidan listar alla styrdokument.
not-found-text = Sidan du försökte nå finns inte. Den kan ha flyttats eller tagits bort.
not-found-home = Gå till startsidan

# Datum: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

# Språkens namn på svenska
language-name-sv = svenska
language-name-en = engelska
language-name-ar = arabiska
language-name-fa = persiska
language-name-so = somaliska
language-name-uk = ukrainska
language-name-fi = finska
language-name-se = nordsamiska
language-name-fit = meänkieli

full-text-in-original = Här finns titeln, sammanfattningen och målen översatta. Hela texten finns bara på { $language }:

# Between items of a short list.
list-separator = {", "}

# Tillgänglighetsredogörelse
a11y-title = Tillgänglighetsredogörelse
a11y-description = Hur tillgänglig webbplatsen är, vilka brister vi känner till och hur du kontaktar oss när något inte fungerar.
a11y-footer-link = Tillgänglighet
a11y-intro = { $organisation } står bakom webbplatsen { $site }. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss.
a11y-how-accessible = Hur tillgänglig är webbplatsen?
a11y-status-full = Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.
a11y-status-partial = Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.
a11y-status-none = Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service.
a11y-known-issues = Innehåll som inte är tillgängligt
a11y-what-if = Vad kan du göra om du inte kan använda delar av webbplatsen?
a11y-contact-intro = Om du behöver innehåll från webbplatsen i ett annat format, eller om du upptäcker brister som inte står här, kontakta oss:
a11y-email = E-post
a11y-phone = Telefon
a11y-report-link = Rapportera en brist i vårt formulär
a11y-supervision = Tillsyn
a11y-supervision-text = { $supervisor } ansvarar för tillsynen av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta tillsynsmyndigheten.
a11y-supervision-link = Anmäl till tillsynsmyndigheten
a11y-how-tested = Hur vi har testat webbplatsen
a11y-how-tested-text = Varje sida på alla språk kontrolleras automatiskt vid varje publicering: med axe-core i webbläsaren Chromium mot WCAG 2.1 nivå AA (i ljust och mörkt läge och vid 320 pixlars bredd) och med W3C:s validerare för HTML.
a11y-response-time = { $days ->
    [one] Vi strävar efter att svara inom en arbetsdag.
   *[other] Vi strävar efter att svara inom { $days } arbetsdagar.
}
a11y-technical = Teknisk information om webbplatsens tillgänglighet
a11y-standard-full = Webbplatsen är helt förenlig med nivå AA i standarden Webbriktlinjer för tillgänglighet (WCAG) version 2.1 (EN 301 549).
a11y-standard-partial = Webbplatsen är delvis förenlig med nivå AA i standarden Webbriktlinjer för tillgänglighet (WCAG) version 2.1 (EN 301 549), på grund av de brister som beskrivs nedan.
a11y-standard-none = Webbplatsen är inte förenlig med nivå AA i standarden Webbriktlinjer för tillgänglighet (WCAG) version 2.1 (EN 301 549).
a11y-reason-not-compliant = Bristande förenlighet med lagkraven
a11y-reason-disproportionate-burden = Oskäligt betungande anpassning (12 § lagen)
a11y-reason-outside-law = Innehåll som inte omfattas av lagen (9 §)
a11y-affects = Påverkar
a11y-fixed-by = Vi planerar att åtgärda det senast { $date }.
a11y-assessed-self = Vi har gjort en självskattning (intern testning) av webbplatsen. Den senaste bedömningen gjordes { $date }.
a11y-assessed-independent = { $assessor } har gjort en oberoende granskning av webbplatsen. Den senaste bedömningen gjordes { $date }.
a11y-assessed = Den senaste bedömningen gjordes { $date }.
a11y-updated = Redogörelsen uppdaterades senast { $date }.

## Indicators with data
indicator-unit = Enhet
indicator-source = Källa
indicator-kolada = Nyckeltal { $id } i Kolada
indicator-csv = Siffrorna som CSV-fil
indicator-year = År
indicator-value = Värde
indicator-table-caption = { $name }: värden per år
indicator-latest-label = Senaste värde
indicator-latest = { $value } ({ $year })
unit-percent = procent
unit-count = antal
value-percent = { $value }{ "\u00A0" }%
value-with-unit = { $value } { $unit }
chart-desc-one = Stapeldiagram med ett värde: { $value } år { $year }.
chart-desc-many = Stapeldiagram för åren { $first-year }–{ $last-year }. Det första värdet är { $first-value } ({ $first-year }) och det senaste { $last-value } ({ $last-year }). Lägst { $min-value } ({ $min-year }), högst { $max-value } ({ $max-year }).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-minus-sign = { "\u2212" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Giltig från
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: senast beslutade styrdokument
feed-subtitle = Styrdokumenten på webbplatsen, det senast beslutade först.

## Search
nav-search = Sök
search-title = Sök
search-description = Sök bland alla styrdokument på webbplatsen: strategier, policyer, program och planer.
search-label = Sök i alla dokument
search-button = Sök
search-hint = Skriv ett eller flera ord, till exempel ”bostad” eller ”språk”.
search-other-language = Dokumenten finns bara på { $language }, så sök med ord på { $language }.
search-needs-javascript = Sökningen behöver JavaScript, som är avstängt eller inte fungerar i din webbläsare. Här nedanför finns i stället en lista över alla dokument.
search-searching = Söker …
search-failed = Sökningen gick inte att starta. Här nedanför finns en lista över alla dokument.
search-results = Sökträffar
search-result-count = { $count ->
    [0] Inga dokument hittades.
    [one] { $shown } dokument hittades.
   *[other] { $shown } dokument hittades.
}
search-more = Visa fler träffar
search-all-documents = Alla dokument
search-all-pages = Om webbplatsen

# Ett dokuments liv: ändringar, upphävande, revision, versioner
status-repealed = Upphävd
repeals-on = Upphävs { $date }
repealed-notice-title = Det här dokumentet är upphävt.
repealed-notice = Det gäller inte från och med { $date }. Texten finns kvar här för att den ska gå att läsa och jämföra.
repeal-decided-by = Upphävt av
repeal-paragraph = Paragraf
repeal-reason = Anledning
updated = Uppdaterad
regulation-number = Författningsnummer
review-by = Revideras senast
review-responsible = För revidering ansvarar
history = Dokumentets historik
changes = Ändringar
change-major = större ändring
versions = Versioner
version-current = den här versionen
translation-outdated = Originalet på { $language } ändrades { $date }, efter att den här översättningen gjordes.
read-original = Läs originalet.
moved-title = Sidan har flyttat
moved-text = Sidan finns nu på en ny adress:

# Författningssamlingen (registret över föreskrifter, kommunallagen 8 kap. 13 §)
register-title = Författningssamling
register-description = Alla bindande föreskrifter med författningsnummer: de som gäller och de som har upphävts eller slutat gälla.
register-lead = { $count ->
    [one] En föreskrift
   *[other] { $count } föreskrifter
} med författningsnummer, ordnade efter organisation och nummer: först de som gäller, sedan de som har upphävts eller slutat gälla.
register-intro = Bindande föreskrifter med författningsnummer finns samlade i registret:
register-in-force = Gällande föreskrifter
register-ended = Upphävda eller inte längre gällande
register-none-in-force = Ingen av organisationens föreskrifter gäller nu.
register-col-title = Titel
repealed-from = Upphävd från och med { $date }
register-data = Registret som öppna data:
