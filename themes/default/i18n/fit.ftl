# Meänkielen käyttöliittymätekstit styrdokin oletusteemhaan (Project Fluent).
#
# REVIEW: machine-made (adapted from fi.ftl by the project, 2026-12-03, with
# a few regular Meänkieli forms such as meän, met, het, tiot) and not yet
# read by anyone who speaks Meänkieli: a native speaker must review every
# string, and replace the Finnish words that remain, before a municipality
# publishes them.
# Plurals and dates: CLDR has no data for Meänkieli (fit), so this file
# follows Finnish, the language closest to it: CLDR's Finnish plural rules
# (one: 1, other; fluent-bundle finds no rules for "fit" and uses its
# default, whose categories for whole numbers are the same as Finnish's),
# and CLDR's Finnish long date pattern "d. MMMM y" with the partitive month
# names. Numbers: as Finnish and Swedish (decimal comma, no-break space
# between groups, U+2212).
site-description = Kuntitten ohjausasiakirjat – strategiat, toimintaperiaatteet, ohjelmat ja suunnitelmat – saavutettavina verkkosivuina. Vertaile tavoitteita painopistealueittain.
skip-to-content = Mene sisältöön
main-navigation = Päävalikko
nav-home = Kaikki ohjausasiakirjat
nav-focus-areas = Painopistealueet
languages = Kielet
language-unavailable = ei saatavilla tällä kielellä
footer-navigation = Tietoa sivustosta
made-with = Julkaistu styrdokilla

# Asiakirjatyypit
kind-strategi = Strategia
kind-policy = Toimintaperiaate
kind-program = Ohjelma
kind-plan = Suunnitelma
kind-riktlinje = Ohje
kind-regler = Säännöt

# Päätöstiot
decision = Päätös ja vastuu
decided-by = Päättäjä
decided = Päätetty
paragraph = Pykälä
valid-until = Voimassa saakka
responsible = Vastuuhenkilö
responsible-unit = Vastuuyksikkö
applies-to = Koskee
registry-number = Diaarinumero
missing = Tieto puuttuu asiakirjasta
until-further-notice = Toistaiseksi

# Tila
status = Tila
status-in-force = Voimassa
status-until-further-notice = Voimassa toistaiseksi
status-expired = Ei enää voimassa
status-unknown = Voimassaoloaikaa ei ole ilmoitettu
expired-notice-title = Tämä asiakirja ei ole enää voimassa.
expired-notice = Se oli voimassa { $date } asti. Teksti on edelleen täällä, jotta sitä voi lukea ja verrata.
replaced-by = Asiakirjan on korvannut
replaces = Tämä asiakirja korvaa
translation-note = Tämä on käännös. Voimassa on ruottinkielinen alkuperäinen:
only-in = saatavilla vain kielellä: { $language }

# Asiakirjasivu
summary = Tiivistelmä
contents = Sisältö
goals = Tavoitteet
goal-count = { $count ->
    [one] { $count } tavoite
   *[other] { $count } tavoitetta
}
goal-focus-areas = Painopistealue
indicators = Näin tavoitetta mitataan
related-documents = Muut asiakirjat samoilla painopistealueilla
focus-areas-of-document = Asiakirjan painopistealueet

# Luettelot ja painopistealueet
documents = Asiakirjat
document-count = { $count ->
    [one] { $count } asiakirja
   *[other] { $count } asiakirjaa
}
focus-areas = Painopistealueet
focus-index-description = Kaikki painopistealueet ja niitä käsittelevien ohjausasiakirjojen tavoitteet.
focus-areas-intro = Painopistealue kokoaa tavoitteet kaikista asiakirjoista, jotka käsittelevät samaa kysymystä, jotta kuntien työtä voi verrata.
focus-goals = Tavoitteet kaikista asiakirjoista
focus-no-goals = Millään asiakirjalla ei ole vielä tavoitteita tällä alueella.
goal = Tavoite
focus-untranslated = Alueen kuvausta ei ole vielä saatavilla tällä kielellä.
kind = Tyyppi
decided-on = Päätetty
no-date = Päivämäärä puuttuu
organisation = Organisaatio
documents-in-area = { $count ->
    [one] { $count } asiakirja
   *[other] { $count } asiakirjaa
}

# 404
not-found-title = Sivua ei löydy
not-found-description = Sivua ei ole olemassa. Etusivulla on kaikki ohjausasiakirjat.
not-found-text = Sivua, jolle yritit siirtyä, ei ole olemassa. Se on ehkä siirretty tai poistettu.
not-found-home = Mene etusivule

# Päivämäärä: niinku suomeksi (CLDR fi "d. MMMM y"), kuukausi partitiivisa
date-format = { $day }. { $month } { $year }
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta

# Kielitten nimet meänkielelä
language-name-sv = ruotti
language-name-en = enklanti
language-name-ar = arapia
language-name-fa = persia
language-name-so = somali
language-name-uk = ukraina
language-name-fi = suomi
language-name-se = pohjoissaame
language-name-fit = meänkieli

full-text-in-original = Otsikko, tiivistelmä ja tavoitteet on käännetty tähän. Koko teksti on saatavilla vain kielellä { $language }:

# Between items of a short list.
list-separator = {", "}

# Saavutettavuusseloste
a11y-title = Saavutettavuusseloste
a11y-description = Kuinka saavutettava sivusto on, mitä puutheita met tiämä ja kunka sie otat yhtheyttä meihin, ko joku ei toimi.
a11y-footer-link = Saavutettavuus
a11y-intro = { $organisation } vastaa verkkosivustosta { $site }. Met halvaama, ette mahdollisimman moni voi käyttää sitä. Täsä met kerroma, miten sivusto täyttää Ruotsin lain digitaalisten julkisten palvelujen saavutettavuudesta, mitä puutheita met tiämä ja kunka sie saatat ilmottaa puutheista meile.
a11y-how-accessible = Kuinka saavutettava sivusto on?
a11y-status-full = Sivusto täyttää kokonaan lain digitaalisten julkisten palvelujen saavutettavuudesta.
a11y-status-partial = Sivusto täyttää osittain lain digitaalisten julkisten palvelujen saavutettavuudesta alla kuvattujen puutteiden vuoksi.
a11y-status-none = Sivusto ei täytä lakia digitaalisten julkisten palvelujen saavutettavuudesta.
a11y-known-issues = Sisältö, joka ei ole saavutettavaa
a11y-what-if = Mitä sie saatat tehhä, jos sie et saata käyttää sivuston osia?
a11y-contact-intro = Jos sie tarvitset sivuston sisältöä toisessa muodossa tai löydät puutteita, joita tässä ei mainita, ota yhtheyttä meihin:
a11y-email = Sähköposti
a11y-phone = Puhelin
a11y-report-link = Ilmota puutheesta meän lomakkeela
a11y-supervision = Valvonta
a11y-supervision-text = { $supervisor } valvoo lakia digitaalisten julkisten palvelujen saavutettavuudesta. Jos sie et ole tyytyväinen siihen, kunka met käsittelemä sinun palautetta, sie saatat ottaa yhtheyttä valvontaviranomhaisheen.
a11y-supervision-link = Tee ilmoitus valvontaviranomaiselle
a11y-how-tested = Kunka met olema testanheet sivuston
a11y-how-tested-text = Jokainen sivu kaikilla kielillä tarkistetaan automaattisesti jokaisen julkaisun yhteydessä: axe-core-työkalulla Chromium-selaimessa WCAG 2.1 -tason AA mukaan (vaaleassa ja tummassa tilassa sekä 320 pikselin leveydellä) ja W3C:n HTML-validaattorilla.
a11y-response-time = { $days ->
    [one] Met yritämä vasta yhden työpäivän kuluessa.
   *[other] Met yritämä vasta { $days } työpäivän kuluessa.
}
a11y-technical = Tekninen tieto sivuston saavutettavuudesta
a11y-standard-full = Sivusto täyttää kokonaan verkkosisällön saavutettavuusohjeiden (WCAG) version 2.1 tason AA (EN 301 549).
a11y-standard-partial = Sivusto täyttää osittain verkkosisällön saavutettavuusohjeiden (WCAG) version 2.1 tason AA (EN 301 549) alla kuvattujen puutteiden vuoksi.
a11y-standard-none = Sivusto ei täytä verkkosisällön saavutettavuusohjeiden (WCAG) version 2.1 tasoa AA (EN 301 549).
a11y-reason-not-compliant = Lain vaatimusten vastaisuus
a11y-reason-disproportionate-burden = Kohtuuton rasite (lain 12 §)
a11y-reason-outside-law = Sisältö, joka ei kuulu lain soveltamisalaan (9 §)
a11y-affects = Vaikuttaa
a11y-fixed-by = Met aiothaan korjata tämän viimeistään { $date }.
a11y-assessed-self = Met olema arvioinheet sivuston itte (sisäinen testaus). Viimeisin arviointi tehtiin { $date }.
a11y-assessed-independent = { $assessor } on tehnyt sivustosta riippumattoman arvioinnin. Viimeisin arviointi tehtiin { $date }.
a11y-assessed = Viimeisin arviointi tehtiin { $date }.
a11y-updated = Selostetta on päivitetty viimeksi { $date }.

## Indicators with data
indicator-unit = Yksikkö
indicator-source = Lähde
indicator-kolada = Tunnusluku { $id } Koladassa
indicator-csv = Luvut CSV-tiedostona
indicator-year = Vuosi
indicator-value = Arvo
indicator-table-caption = { $name }: arvot vuosittain
indicator-latest-label = Viimeisin arvo
indicator-latest = { $value } ({ $year })
unit-percent = prosenttia
unit-count = lukumäärä
value-percent = { $value }{ "\u00A0" }%
value-with-unit = { $value } { $unit }
chart-desc-one = Pylväskaavio, jossa on yksi arvo: { $value } vuonna { $year }.
chart-desc-many = Pylväskaavio vuosilta { $first-year }–{ $last-year }. Ensimmäinen arvo on { $first-value } ({ $first-year }) ja viimeisin { $last-value } ({ $last-year }). Pienin { $min-value } ({ $min-year }), suurin { $max-value } ({ $max-year }).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-minus-sign = { "\u2212" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Voimassa alkaen
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: viimeksi päätetyt ohjausasiakirjat
feed-subtitle = Sivuston ohjausasiakirjat, viimeksi päätetty ensin.

## Search
nav-search = Haku
search-title = Haku
search-description = Hae kaikista sivuston ohjausasiakirjoista: strategioista, toimintaperiaatteista, ohjelmista ja suunnitelmista.
search-label = Hae kaikista asiakirjoista
search-button = Hae
search-hint = Kirjota yksi eli monta sanaa, esimerkiksi ”asunto” tai ”kieli”.
search-other-language = Asiakirjat ovat saatavilla vain kielellä { $language }, joten hae kielen { $language } sanoilla.
search-needs-javascript = Haku tarvitsee JavaScriptiä, joka on poissa käytöstä tai ei toimi selaimessasi. Alla on sen sijaan luettelo kaikista asiakirjoista.
search-searching = Haetaan …
search-failed = Hakua ei voitu käynnistää. Alla on luettelo kaikista asiakirjoista.
search-results = Hakutulokset
search-result-count = { $count ->
    [0] Asiakirjoja ei löytynyt.
    [one] { $shown } asiakirja löytyi.
   *[other] { $shown } asiakirjaa löytyi.
}
search-more = Näytä lisää tuloksia
search-all-documents = Kaikki asiakirjat
search-all-pages = Tietoa sivustosta

# Asiakirjan elinkaari: muutokset, kumoaminen, tarkistus, versiot
status-repealed = Kumottu
repeals-on = Kumotaan { $date }
repealed-notice-title = Tämä asiakirja on kumottu.
repealed-notice = Se ei ole voimassa { $date } alkaen. Teksti on edelleen täällä, jotta sitä voi lukea ja verrata.
repeal-decided-by = Kumonnut
repeal-paragraph = Pykälä
repeal-reason = Syy
updated = Päivitetty
regulation-number = Säädösnumero
review-by = Tarkistettava viimeistään
review-responsible = Tarkistuksesta vastaa
history = Asiakirjan historia
changes = Muutokset
change-major = suurempi muutos
versions = Versiot
version-current = tämä versio
translation-outdated = Alkuperäistä (kieli: { $language }) on muutettu { $date }, tämän käännöksen tekemisen jälkeen.
read-original = Lue alkuperäinen.
moved-title = Sivu on siirretty
moved-text = Sivu on nyt uudessa osoitteessa:

# Säätöskokoelma (määräysten rekisteri; sanat suomen mukhaan, kommunallagen 8 kap. 13 §)
register-title = Säädöskokoelma
register-description = Kaikki sitovat määräykset, joilla on säädösnumero: voimassa olevat sekä kumotut tai voimassaolonsa päättäneet.
register-lead = { $count ->
    [one] Yksi määräys
   *[other] { $count } määräystä
} säädösnumerolla, järjestettynä organisaation ja numeron mukaan: ensin voimassa olevat, sitten kumotut tai voimassaolonsa päättäneet.
register-intro = Sitovat määräykset, joilla on säädösnumero, on koottu rekisteriin:
register-in-force = Voimassa olevat määräykset
register-ended = Kumotut tai ei enää voimassa
register-none-in-force = Mikään organisaation määräyksistä ei ole nyt voimassa.
register-col-title = Otsikko
repealed-from = Kumottu { $date } alkaen
register-data = Rekisteri avoimena datana:
