# Davvisámegiel geavaheaddjelaktateavsttat styrdoka standárdatemá várás (Project Fluent).
#
# REVIEW: machine-made (translated from sv.ftl and en.ftl by the project,
# 2026-12-03) and not yet read by anyone who speaks Northern Sámi: a native
# speaker must review every string, the forms after numbers above all,
# before a municipality publishes them.
# Plurals: CLDR's Northern Sámi rules (one: 1, two: 2, other), applied by
# fluent-bundle through intl_pluralrules. Dates: CLDR se, the long pattern
# "y MMMM d" (inherited from root) with the genitive month names
# ("2019 juovlamánu 11"). Language names: CLDR se. Numbers: CLDR se
# (decimal comma, no-break space between groups, U+2212, "12 %").
site-description = Suohkaniid stivrendokumeanttat – strategiijat, politihkat, prográmmat ja plánat – olahahtti neahttasiidduin. Buohtastahte ulbmiliid deattuhansurggiid mielde.
skip-to-content = Njuike sisdollui
main-navigation = Váldofállu
nav-home = Buot stivrendokumeanttat
nav-focus-areas = Deattuhansuorggit
languages = Gielat
language-unavailable = ii gávdno dán gillii
footer-navigation = Neahttabáikki birra
made-with = Almmuhuvvon styrdokain

# Dokumeantašlájat
kind-strategi = Strategiija
kind-policy = Politihkka
kind-program = Prográmma
kind-plan = Plána
kind-riktlinje = Njuolggadus
kind-regler = Njuolggadusat

# Mearrádusdieđut
decision = Mearrádus ja ovddasvástádus
decided-by = Mearridan
decided = Mearriduvvon
paragraph = Paragráfa
valid-until = Gusto gitta
responsible = Ovddasvástideaddji
responsible-unit = Ovddasvástideaddji doaibma
applies-to = Guoská
registry-number = Diáranummar
missing = Diehtu váilu dokumeanttas
until-further-notice = Dássážii

# Stáhtus
status = Stáhtus
status-in-force = Gusto
status-until-further-notice = Gusto dássážii
status-expired = Ii šat gusto
status-unknown = Gustonáigi ii leat dieđihuvvon
expired-notice-title = Dát dokumeanta ii šat gusto.
expired-notice = Dat gustui { $date } rádjái. Teaksta lea ain dáppe vai dan sáhttá lohkat ja buohtastahttit.
replaced-by = Dokumeantta lea buhtten
replaces = Dát dokumeanta buhtte
translation-note = Dát lea jorgalus. Ruoŧagiel originála gusto:
only-in = gávdno dušše dán gillii: { $language }

# Dokumeantasiidu
summary = Čoahkkáigeassu
contents = Sisdoallu
goals = Ulbmilat
goal-count = { $count ->
    [one] { $count } ulbmil
    [two] { $count } ulbmila
   *[other] { $count } ulbmila
}
goal-focus-areas = Deattuhansuorgi
indicators = Ná mihtiduvvo ulbmil
related-documents = Eará dokumeanttat seamma deattuhansurggiin
focus-areas-of-document = Dokumeantta deattuhansuorggit

# Listtut ja deattuhansuorggit
documents = Dokumeanttat
document-count = { $count ->
    [one] { $count } dokumeanta
    [two] { $count } dokumeantta
   *[other] { $count } dokumeantta
}
focus-areas = Deattuhansuorggit
focus-index-description = Buot deattuhansuorggit, ja ulbmilat buot stivrendokumeanttain mat daid gieđahallet.
focus-areas-intro = Deattuhansuorgi čohkke ulbmiliid buot dokumeanttain mat gieđahallet seamma gažaldaga, vai suohkaniid barggu sáhttá buohtastahttit.
focus-goals = Ulbmilat buot dokumeanttain
focus-no-goals = Ii makkárge dokumeanttas leat vel ulbmilat dán suorggis.
goal = Ulbmil
focus-untranslated = Suorggi válddahus ii vel gávdno dán gillii.
kind = Šládja
decided-on = Mearriduvvon
no-date = Dáhton váilu
organisation = Organisašuvdna
documents-in-area = { $count ->
    [one] { $count } dokumeanta
    [two] { $count } dokumeantta
   *[other] { $count } dokumeantta
}

# 404
not-found-title = Siidu ii gávdno
not-found-description = Siidu ii gávdno. Álgosiidu listtu buot stivrendokumeanttaid.
not-found-text = Siidu maid geahččalit rahpat ii gávdno. Dat sáhttá leat sirdojuvvon dahje sihkkojuvvon.
not-found-home = Mana álgosiidui

# Dáhton: CLDR se "y MMMM d", mánnu genitiivvas
date-format = { $year } { $month } { $day }
month-1 = ođđajagemánu
month-2 = guovvamánu
month-3 = njukčamánu
month-4 = cuoŋománu
month-5 = miessemánu
month-6 = geassemánu
month-7 = suoidnemánu
month-8 = borgemánu
month-9 = čakčamánu
month-10 = golggotmánu
month-11 = skábmamánu
month-12 = juovlamánu

# Gielaid namat davvisámegillii (CLDR se)
language-name-sv = ruoŧagiella
language-name-en = eaŋgalsgiella
language-name-ar = arábagiella
language-name-fa = persijagiella
language-name-so = somáliagiella
language-name-uk = ukrainagiella
language-name-fi = suomagiella
language-name-se = davvisámegiella
language-name-fit = meänkieli

full-text-in-original = Namma, čoahkkáigeassu ja ulbmilat leat jorgaluvvon dása. Olles teaksta gávdno dušše dán gillii: { $language }:

# Between items of a short list.
list-separator = {", "}

# Olahahttivuođa čilgehus
a11y-title = Olahahttivuođa čilgehus
a11y-description = Man olahahtti neahttabáiki lea, makkár váilivuođaid mii diehtit ja mo váldit oktavuođa minguin go juoga ii doaimma.
a11y-footer-link = Olahahttivuohta
a11y-intro = { $organisation } vástida neahttabáikki { $site } ovddas. Mii háliidit ahte nu ollugat go vejolaš sáhttet dan geavahit. Dás čilgejit mo neahttabáiki deavdá Ruoŧa lága digitála almmolaš bálvalusaid olahahttivuođa birra, makkár váilivuođaid mii diehtit ja mo don sáhtát dieđihit váilivuođaid midjiide.
a11y-how-accessible = Man olahahtti neahttabáiki lea?
a11y-status-full = Neahttabáiki deavdá ollásit lága digitála almmolaš bálvalusaid olahahttivuođa birra.
a11y-status-partial = Neahttabáiki deavdá oasil lága digitála almmolaš bálvalusaid olahahttivuođa birra, vuollelis čilgejuvvon váilivuođaid dihte.
a11y-status-none = Neahttabáiki ii deavdde lága digitála almmolaš bálvalusaid olahahttivuođa birra.
a11y-known-issues = Sisdoallu mii ii leat olahahtti
a11y-what-if = Maid sáhtát dahkat jus it sáhte geavahit neahttabáikki osiid?
a11y-contact-intro = Jus dárbbašat neahttabáikki sisdoalu eará hámis, dahje jus gávnnat váilivuođaid mat eai leat namuhuvvon dás, váldde oktavuođa minguin:
a11y-email = E-poasta
a11y-phone = Telefovdna
a11y-report-link = Dieđit váilivuođa min skovis
a11y-supervision = Bearráigeahčču
a11y-supervision-text = { $supervisor } bearráigeahččá lága digitála almmolaš bálvalusaid olahahttivuođa birra. Jus it leat duhtavaš dasa mo mii gieđahallat du cealkámušaid, sáhtát váldit oktavuođa bearráigeahččoeiseváldái.
a11y-supervision-link = Dieđit bearráigeahččoeiseváldái
a11y-how-tested = Mo mii leat testen neahttabáikki
a11y-how-tested-text = Juohke siidu buot gielain dárkkistuvvo automáhtalaččat juohke almmuheami oktavuođas: axe-core:in Chromium-neahttalohkkiis WCAG 2.1 dási AA ektui (čuovgadis ja sevdnjes hámis ja 320 pikseliid govddus) ja W3C HTML-dárkkisteaddjiin.
a11y-response-time = { $days ->
    [one] Mii geahččalit vástidit ovtta bargobeaivvi siste.
    [two] Mii geahččalit vástidit { $days } bargobeaivvi siste.
   *[other] Mii geahččalit vástidit { $days } bargobeaivvi siste.
}
a11y-technical = Teknihkalaš dieđut neahttabáikki olahahttivuođa birra
a11y-standard-full = Neahttabáiki deavdá ollásit neahttasisdoalu olahahttivuođa njuolggadusaid (WCAG) veršuvnna 2.1 dási AA (EN 301 549).
a11y-standard-partial = Neahttabáiki deavdá oasil neahttasisdoalu olahahttivuođa njuolggadusaid (WCAG) veršuvnna 2.1 dási AA (EN 301 549), vuollelis čilgejuvvon váilivuođaid dihte.
a11y-standard-none = Neahttabáiki ii deavdde neahttasisdoalu olahahttivuođa njuolggadusaid (WCAG) veršuvnna 2.1 dási AA (EN 301 549).
a11y-reason-not-compliant = Ii deavdde lága gáibádusaid
a11y-reason-disproportionate-burden = Govttohis noađđi (lága 12 §)
a11y-reason-outside-law = Sisdoallu mii ii gula lága vuollái (9 §)
a11y-affects = Čuohcá
a11y-fixed-by = Mii plánet divvut dan maŋimustá { $date }.
a11y-assessed-self = Mii leat ieža árvvoštallan neahttabáikki (siskkáldas testen). Maŋimuš árvvoštallan dahkkui { $date }.
a11y-assessed-independent = { $assessor } lea dahkan neahttabáikki iešheanalaš árvvoštallama. Maŋimuš árvvoštallan dahkkui { $date }.
a11y-assessed = Maŋimuš árvvoštallan dahkkui { $date }.
a11y-updated = Čilgehus ođasmahttojuvvui maŋimustá { $date }.

## Indicators with data
indicator-unit = Ovttadat
indicator-source = Gáldu
indicator-kolada = Čoavddalohku { $id } Koladas
indicator-csv = Logut CSV-fiilan
indicator-year = Jahki
indicator-value = Árvu
indicator-table-caption = { $name }: árvvut jagiid mielde
indicator-latest-label = Maŋimuš árvu
indicator-latest = { $value } ({ $year })
unit-percent = proseanta
unit-count = lohku
value-percent = { $value }{ "\u00A0" }%
value-with-unit = { $value } { $unit }
chart-desc-one = Stoalpodiagrámma mas lea okta árvu: { $value } jagi { $year }.
chart-desc-many = Stoalpodiagrámma jagiid { $first-year }–{ $last-year } várás. Vuosttaš árvu lea { $first-value } ({ $first-year }) ja maŋimuš { $last-value } ({ $last-year }). Unnimus { $min-value } ({ $min-year }), stuorimus { $max-value } ({ $max-year }).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-minus-sign = { "\u2212" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Gusto álggus
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: maŋimustá mearriduvvon stivrendokumeanttat
feed-subtitle = Neahttabáikki stivrendokumeanttat, maŋimustá mearriduvvon vuosttažin.

## Search
nav-search = Oza
search-title = Oza
search-description = Oza buot neahttabáikki stivrendokumeanttain: strategiijain, politihkain, prográmmain ja plánain.
search-label = Oza buot dokumeanttain
search-button = Oza
search-hint = Čále ovtta dahje eanet sániid, ovdamearkka dihte ”ássanviessu” dahje ”giella”.
search-other-language = Dokumeanttat gávdnojit dušše dán gillii: { $language }. Oza sániiguin dán gillii.
search-needs-javascript = Ohcan dárbbaša JavaScripta, mii lea jaddaduvvon dahje ii doaimma du neahttalohkkiis. Vuollelis lea baicca listu buot dokumeanttain.
search-searching = Ohcamin …
search-failed = Ohcama ii sáhttán álggahit. Vuollelis lea listu buot dokumeanttain.
search-results = Ohcanbohtosat
search-result-count = { $count ->
    [0] Ii gávdnon oktage dokumeanta.
    [one] { $shown } dokumeanta gávdnui.
    [two] { $shown } dokumeantta gávdnojedje.
   *[other] { $shown } dokumeantta gávdnojedje.
}
search-more = Čájet eanet bohtosiid
search-all-documents = Buot dokumeanttat
search-all-pages = Neahttabáikki birra

# Dokumeantta eallin: rievdadusat, gomiheapmi, dárkkisteapmi, veršuvnnat
status-repealed = Gomihuvvon
repeals-on = Gomihuvvo { $date }
repealed-notice-title = Dát dokumeanta lea gomihuvvon.
repealed-notice = Dat ii gusto šat { $date } rájes. Teaksta lea ain dáppe vai dan sáhttá lohkat ja buohtastahttit.
repeal-decided-by = Gomihan
repeal-paragraph = Paragráfa
repeal-reason = Sivva
updated = Ođasmahttojuvvon
regulation-number = Láhkaásahusnummar
review-by = Dárkkistuvvo maŋimustá
review-responsible = Dárkkisteami ovddasvástideaddji
history = Dokumeantta historjá
changes = Rievdadusat
change-major = stuorit rievdadus
versions = Veršuvnnat
version-current = dát veršuvdna
translation-outdated = Originála ({ $language }) rievdaduvvui { $date }, maŋŋel go dát jorgalus dahkkui.
read-original = Loga originála.
moved-title = Siidu lea sirdojuvvon
moved-text = Siidu lea dál ođđa čujuhusas:

# Njuolggadusčoakkáldat (njuolggadusaid registtar, kommunallagen 8 kap. 13 §)
register-title = Njuolggadusčoakkáldat
register-description = Buot čatnasis njuolggadusat main lea njuolggadusnummar: dat mat leat fámus, ja dat mat leat gomihuvvon dahje eai šat leat fámus.
register-lead = { $count ->
    [one] Okta njuolggadus
    [two] Guokte njuolggadusa
   *[other] { $count } njuolggadusa
} njuolggadusnummariin, organisašuvnna ja nummira mielde: vuos dat mat leat fámus, de dat mat leat gomihuvvon dahje eai šat leat fámus.
register-intro = Čatnasis njuolggadusat main lea njuolggadusnummar leat čohkkejuvvon registarii:
register-in-force = Fámus leahkki njuolggadusat
register-ended = Gomihuvvon dahje eai šat fámus
register-none-in-force = Ii oktage organisašuvnna njuolggadusain leat dál fámus.
register-col-title = Namahus
repealed-from = Gomihuvvon { $date } rájes
register-data = Registtar rabas dieđuid hámis:
