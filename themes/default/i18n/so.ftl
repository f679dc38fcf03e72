# Qoraallada interface-ka ee mawduuca caadiga ah ee styrdok, af-Soomaali (Project Fluent).
site-description = Dukumentiyada hagidda ee degmooyinka – istaraatiijiyado, siyaasado, barnaamijyo iyo qorshayaal – oo ah bogag internet oo qof walba akhrin karo. Is barbar dhig hadafyada qayb kasta oo diiradda ah.
skip-to-content = U gudub nuxurka
main-navigation = Liiska guud
nav-home = Dhammaan dukumentiyada
nav-focus-areas = Qaybaha diiradda
languages = Luqadaha
language-unavailable = laguma heli karo luqaddan
footer-navigation = Ku saabsan bogga
made-with = Waxaa lagu daabacay styrdok

# Noocyada dukumentiyada
kind-strategi = Istaraatiijiyad
kind-policy = Siyaasad
kind-program = Barnaamij
kind-plan = Qorshe
kind-riktlinje = Tilmaan
kind-regler = Xeerar

# Macluumaadka go'aanka
decision = Go'aanka iyo mas'uuliyadda
decided-by = Waxaa go'aamiyay
decided = Taariikhda go'aanka
paragraph = Qodobka
valid-until = Ansax ilaa
responsible = Mas'uulka
responsible-unit = Qaybta mas'uulka ah
applies-to = Wuxuu khuseeyaa
registry-number = Lambarka diiwaanka
missing = Dukumentiga kuma qorna
until-further-notice = Ilaa ogeysiis kale

# Xaaladda
status = Xaaladda
status-in-force = Waa ansax
status-until-further-notice = Waa ansax ilaa ogeysiis kale
status-expired = Ansax ma aha mar dambe
status-unknown = Muddada ansaxnimada lama sheegin
expired-notice-title = Dukumentigan ansax ma aha mar dambe.
expired-notice = Wuxuu ansax ahaa ilaa { $date }. Qoraalku halkan wuu yaal si loo akhriyo loona barbar dhigo.
replaced-by = Dukumentigan waxaa beddelay
replaces = Dukumentigan wuxuu beddelayaa
translation-note = Kani waa turjumaad. Waxaa ansax ah qoraalka asalka ah ee af-Iswiidhishka:
only-in = kaliya { $language }

# Bogga dukumentiga
summary = Soo koobid
contents = Tusmada
goals = Hadafyada
goal-count = { $count ->
    [one] { $count } hadaf
   *[other] { $count } hadaf
}
goal-focus-areas = Qaybta diiradda
indicators = Sida hadafka loo cabbiro
related-documents = Dukumentiyo kale oo ku jira isla qaybaha diiradda
focus-areas-of-document = Qaybaha diiradda ee dukumentiga

# Liisaska iyo qaybaha diiradda
documents = Dukumentiyada
document-count = { $count ->
    [one] { $count } dukumenti
   *[other] { $count } dukumenti
}
focus-areas = Qaybaha diiradda
focus-index-description = Dhammaan qaybaha diiradda, iyo hadafyada dukumenti kasta oo hagid ah oo ka hadla.
focus-areas-intro = Qayb diiradeed waxay isku keentaa hadafyada dukumenti kasta oo ka hadla isla arrinta, si shaqada degmooyinka loo barbar dhigi karo.
focus-goals = Hadafyada dhammaan dukumentiyada
focus-no-goals = Weli ma jiro dukumenti hadaf ku leh qaybtan.
goal = Hadaf
focus-untranslated = Sharaxaadda qaybtan weli laguma heli karo luqaddan.
kind = Nooca
decided-on = La go'aamiyay
no-date = Taariikh lama sheegin
organisation = Hay'adda
documents-in-area = { $count ->
    [one] { $count } dukumenti
   *[other] { $count } dukumenti
}

# 404
not-found-title = Boggan ma jiro
not-found-description = Boggan ma jiro. Bogga hore wuxuu taxayaa dhammaan dukumentiyada hagidda.
not-found-text = Bogga aad rabtay inaad gaarto ma jiro. Waxaa laga yaabaa in la raray ama la tirtiray.
not-found-home = Tag bogga hore

# Taariikhda: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Ogost
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Disembar

# Magacyada luqadaha ee af-Soomaali
language-name-sv = af-Iswiidhish
language-name-en = af-Ingiriis
language-name-ar = af-Carabi
language-name-fa = af-Faarsi
language-name-so = af-Soomaali
language-name-uk = af-Yukreeni
language-name-fi = af-Finish
language-name-se = af-Saami Waqooyi
language-name-fit = Meänkieli

full-text-in-original = Halkan waxaa lagu turjumay cinwaanka, soo koobidda iyo hadafyada. Qoraalka oo dhan waxaa kaliya lagu heli karaa { $language }:

# Between items of a short list.
list-separator = {", "}

# Bayaanka helitaanka
a11y-title = Bayaanka helitaanka
a11y-description = Sida bogga loo heli karo, dhibaatooyinka aan ognahay, iyo sida nalagula soo xiriiro marka wax aysan shaqeynin.
a11y-footer-link = Helitaanka
a11y-intro = { $organisation } ayaa mas'uul ka ah bogga internetka { $site }. Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan. Halkan waxaan ku sharraxaynaa sida boggu u buuxiyo sharciga Iswiidhan ee helitaanka adeegyada dadweynaha ee dhijitaalka ah, dhibaatooyinka aan ognahay iyo sida aad noogu soo sheegi karto dhibaatooyinka.
a11y-how-accessible = Ilaa intee ayuu qof walba isticmaali karaa bogga?
a11y-status-full = Boggu si buuxda ayuu u waafaqsan yahay sharciga helitaanka adeegyada dadweynaha ee dhijitaalka ah.
a11y-status-partial = Boggu qayb ahaan ayuu u waafaqsan yahay sharciga helitaanka adeegyada dadweynaha ee dhijitaalka ah, sababtoo ah dhibaatooyinka hoos lagu sharraxay.
a11y-status-none = Boggu uma waafaqsana sharciga helitaanka adeegyada dadweynaha ee dhijitaalka ah.
a11y-known-issues = Nuxurka aan la heli karin
a11y-what-if = Maxaad samayn kartaa haddii aadan isticmaali karin qaybo ka mid ah bogga?
a11y-contact-intro = Haddii aad u baahan tahay nuxur bogga ka mid ah oo qaab kale ah, ama haddii aad aragto dhibaatooyin aan halkan ku qornayn, nala soo xiriir:
a11y-email = Iimayl
a11y-phone = Telefoon
a11y-report-link = Dhibaato nooga soo sheeg foomkeenna
a11y-supervision = Kormeerka
a11y-supervision-text = { $supervisor } ayaa mas'uul ka ah kormeerka sharciga helitaanka adeegyada dadweynaha ee dhijitaalka ah. Haddii aadan ku qanacsanayn sida aan u maaraynno fikradahaaga, waxaad la xiriiri kartaa hay'adda kormeerka.
a11y-supervision-link = U soo sheeg hay'adda kormeerka
a11y-how-tested = Sida aan u tijaabinnay bogga
a11y-how-tested-text = Bog kasta oo luqad kasta ah si toos ah ayaa loo hubiyaa mar kasta oo bogga la daabaco: iyadoo la adeegsanayo axe-core ee biraawsarka Chromium, marka loo eego WCAG 2.1 heerka AA (qaabka iftiinka iyo qaabka mugdiga, iyo ballac ah 320 pixel), iyo iyadoo la adeegsanayo hubiyaha HTML ee W3C.
a11y-response-time = { $days ->
    [one] Waxaan isku daynaa inaan ku jawaabno hal maalin shaqo gudahood.
   *[other] Waxaan isku daynaa inaan ku jawaabno { $days } maalmood oo shaqo gudahood.
}
a11y-technical = Macluumaad farsamo oo ku saabsan helitaanka bogga
a11y-standard-full = Boggu si buuxda ayuu u waafaqsan yahay heerka AA ee Tilmaamaha Helitaanka Nuxurka Webka (WCAG) nooca 2.1 (EN 301 549).
a11y-standard-partial = Boggu qayb ahaan ayuu u waafaqsan yahay heerka AA ee Tilmaamaha Helitaanka Nuxurka Webka (WCAG) nooca 2.1 (EN 301 549), sababtoo ah dhibaatooyinka hoos lagu sharraxay.
a11y-standard-none = Boggu uma waafaqsana heerka AA ee Tilmaamaha Helitaanka Nuxurka Webka (WCAG) nooca 2.1 (EN 301 549).
a11y-reason-not-compliant = Ku waafaqsanaan la'aanta shuruudaha sharciga
a11y-reason-disproportionate-burden = Culays aan loo dulqaadan karin (qodobka 12 ee sharciga)
a11y-reason-outside-law = Nuxur aan sharcigu khuseyn (qodobka 9)
a11y-affects = Wuxuu saameeyaa
a11y-fixed-by = Waxaan qorsheyneynaa inaan hagaajino ugu dambeyn { $date }.
a11y-assessed-self = Annaga ayaa qiimeynay bogga (qiimeyn gudaha ah). Qiimeyntii ugu dambeysay waxay dhacday { $date }.
a11y-assessed-independent = { $assessor } ayaa sameeyay dib-u-eegis madax-bannaan oo bogga ah. Qiimeyntii ugu dambeysay waxay dhacday { $date }.
a11y-assessed = Qiimeyntii ugu dambeysay waxay dhacday { $date }.
a11y-updated = Bayaankan waxaa la cusboonaysiiyay markii ugu dambeysay { $date }.

## Indicators with data
indicator-unit = Halbeeg
indicator-source = Il
indicator-kolada = Tilmaamaha { $id } ee Kolada
indicator-csv = Tirooyinka oo ah fayl CSV
indicator-year = Sannad
indicator-value = Qiime
indicator-table-caption = { $name }: qiimaha sannad kasta
indicator-latest-label = Qiimihii ugu dambeeyay
indicator-latest = { $value } ({ $year })
unit-percent = boqolkiiba
unit-count = tiro
value-percent = { $value }%
value-with-unit = { $value } { $unit }
chart-desc-one = Shax tiirar ah oo leh hal qiime: { $value } sannadka { $year }.
chart-desc-many = Shax tiirar ah oo sannadaha { $first-year }–{ $last-year }. Qiimaha koowaad waa { $first-value } ({ $first-year }), kan ugu dambeeyana waa { $last-value } ({ $last-year }). Kan ugu hooseeya waa { $min-value } ({ $min-year }), kan ugu sarreeyana { $max-value } ({ $max-year }).
number-decimal-separator = .
number-group-separator = ,
number-minus-sign = { "-" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Ansax laga bilaabo
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: dukumentiyadii ugu dambeeyay ee la go'aamiyay
feed-subtitle = Dukumentiyada hagidda ee bogga, kan ugu dambeeyay ee la go'aamiyay ayaa ugu horreeya.

## Search
nav-search = Raadi
search-title = Raadi
search-description = Ka raadi dhammaan dukumentiyada hagidda ee bogga: istaraatiijiyado, siyaasado, barnaamijyo iyo qorshayaal.
search-label = Ka raadi dhammaan dukumentiyada
search-button = Raadi
search-hint = Qor hal eray ama in ka badan, tusaale ahaan “guri” ama “luqad”.
search-other-language = Dukumentiyadu waxay ku jiraan oo keliya { $language }, markaa ku raadi erayo { $language } ah.
search-needs-javascript = Raadintu waxay u baahan tahay JavaScript, oo ka xiran ama aan ka shaqaynayn biraawsarkaaga. Hoos waxaa ku yaal liiska dhammaan dukumentiyada.
search-searching = Waa la raadinayaa …
search-failed = Raadinta lama bilaabi karin. Hoos waxaa ku yaal liiska dhammaan dukumentiyada.
search-results = Natiijooyinka raadinta
search-result-count = { $count ->
    [0] Wax dukumenti ah lama helin.
    [one] { $shown } dukumenti ayaa la helay.
   *[other] { $shown } dukumenti ayaa la helay.
}
search-more = Muuji natiijooyin kale
search-all-documents = Dhammaan dukumentiyada
search-all-pages = Ku saabsan websaydhka

# Nolosha dukumentiga: isbeddello, baabi'in, dib-u-eegis, noocyo
# (turjumaad mashiin, fadlan uu hubiyo qof afka ku hadla)
status-repealed = La baabi'iyay
repeals-on = Waa la baabi'inayaa { $date }
repealed-notice-title = Dukumentigan waa la baabi'iyay.
repealed-notice = Ma dhaqan galo laga bilaabo { $date }. Qoraalku halkan ayuu ku hayaa si loo akhriyo loona barbar dhigo.
repeal-decided-by = Waxaa baabi'iyay
repeal-paragraph = Faqradda
repeal-reason = Sababta
updated = La cusbooneysiiyay
regulation-number = Lambarka xeerka
review-by = Dib u eegis ugu dambeyn
review-responsible = Masuulka dib-u-eegista
history = Taariikhda dukumentiga
changes = Isbeddello
change-major = isbeddel weyn
versions = Noocyada
version-current = noocan
translation-outdated = Asalka { $language } waa la beddelay { $date }, kadib markii turjumaaddan la sameeyay.
read-original = Akhri asalka.
moved-title = Boggan waa la raray
moved-text = Boggu hadda wuxuu leeyahay ciwaan cusub:

# Diiwaanka xeerarka (kommunallagen 8 kap. 13 §)
# (turjumaad mashiin, fadlan uu hubiyo qof afka ku hadla)
register-title = Diiwaanka xeerarka
register-description = Dhammaan xeerarka waajibka ah ee leh lambar xeer: kuwa dhaqan gala iyo kuwa la baabi'iyay ama aan hadda dhaqan gelin.
register-lead = Tirada xeerarka leh lambar xeer: { $count }. Waxaa lagu kala soocay hay'adda iyo lambarka: marka hore kuwa dhaqan gala, kadib kuwa la baabi'iyay ama aan dhaqan gelin.
register-intro = Xeerarka waajibka ah ee leh lambar xeer waxay ku qoran yihiin diiwaanka:
register-in-force = Xeerarka dhaqan gala
register-ended = La baabi'iyay ama aan dhaqan gelin
register-none-in-force = Xeerarka hay'addan midkoodna hadda ma dhaqan galo.
register-col-title = Cinwaanka
repealed-from = La baabi'iyay laga bilaabo { $date }
register-data = Diiwaanka oo ah xog furan:
