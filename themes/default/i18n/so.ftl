# Qoraallada interface-ka ee mawduuca caadiga ah ee styrdok, af-Soomaali (Project Fluent).
site-description = Dukumentiyada hagidda ee degmooyinka – istaraatiijiyado, siyaasado, barnaamijyo iyo qorshayaal – oo ah bogag internet oo qof walba akhrin karo. Is barbar dhig hadafyada qayb kasta oo diiradda ah.
skip-to-content = U gudub nuxurka
main-navigation = Liiska guud
nav-home = Bogga hore
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

full-text-in-original = Halkan waxaa lagu turjumay cinwaanka, soo koobidda iyo hadafyada. Qoraalka oo dhan waxaa kaliya lagu heli karaa { $language }:

# Between items of a short list.
list-separator = {", "}
