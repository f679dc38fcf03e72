#!/usr/bin/env python3
"""Generate a benchmark corpus of municipal strategy documents.

    gen_corpus.py --docs N --langs sv,en --seed 1 --format styrdok|hugo|zola OUTDIR

The same N documents (same text; deterministic from --seed; document i does not
depend on N except for which documents its links point at) come out in three formats:

  styrdok  exactly ../FORMAT.md: site.toml, content/<typ>/<slug>.md
           (+ <slug>.<lang>.md), content/fokusomraden/<id>.md (+ .<lang>.md).
  hugo     a Hugo site (config.toml, content/, layouts/, i18n/, static/).
  zola     a Zola site (config.toml, content/, templates/, static/).

Body text is taken from the seed files (seeds/*.txt beside this script, Swedish municipal
integration strategies). There is no English/Arabic seed text, so translation
bodies are drawn from the same Swedish pool (a different draw of similar size);
translated front-matter strings (titles, goals, indicators, focus areas,
organisation, roles) are real English; for languages other than sv/en the English
strings are used with a "[<lang>]" prefix on titles.

Only the Python standard library is used.
"""
import argparse
import datetime as dt
import glob
import json
import os
import random
import re
import shutil
import sys

SEED_GLOB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds", "*.txt")

# ---------------------------------------------------------------- vocabulary

FOCUS = [
    # id, sv title, en title, sv summary, en summary
    ("arbete", "Arbete och försörjning", "Work and livelihood",
     "Vägen till arbete och egen försörjning för nyanlända och utrikes födda.",
     "The path to work and self-sufficiency for newcomers and foreign-born residents."),
    ("boende", "Boende", "Housing",
     "Bostäder, bosättning och blandade bostadsområden.",
     "Housing, settlement and mixed neighbourhoods."),
    ("utbildning", "Utbildning", "Education",
     "Förskola, skola och vuxenutbildning för alla åldrar.",
     "Preschool, school and adult education for all ages."),
    ("sprak", "Svenska språket", "The Swedish language",
     "SFI, språkträning och tolkstöd.",
     "Swedish for immigrants, language training and interpreting."),
    ("halsa", "Hälsa", "Health",
     "Fysisk och psykisk hälsa och jämlik vård.",
     "Physical and mental health and equal care."),
    ("samhallsorientering", "Samhällsorientering", "Civic orientation",
     "Kunskap om det svenska samhället, rättigheter och skyldigheter.",
     "Knowledge of Swedish society, rights and obligations."),
    ("delaktighet", "Delaktighet och demokrati", "Participation and democracy",
     "Inflytande, föreningsliv och medborgardialog.",
     "Influence, civil society and citizen dialogue."),
    ("trygghet", "Trygghet och säkerhet", "Safety and security",
     "Trygga bostadsområden och arbete mot diskriminering.",
     "Safe neighbourhoods and work against discrimination."),
    ("kultur-fritid", "Kultur och fritid", "Culture and leisure",
     "Bibliotek, idrott och fritidsverksamhet som mötesplatser.",
     "Libraries, sport and leisure activities as meeting places."),
    ("barn-unga", "Barn och unga", "Children and young people",
     "Tidiga insatser och stöd till barn, unga och föräldrar.",
     "Early support for children, young people and parents."),
    ("naringsliv", "Näringsliv och företagande", "Business and enterprise",
     "Företagande, mentorskap och samarbete med det lokala näringslivet.",
     "Enterprise, mentoring and cooperation with local business."),
    ("samverkan", "Samverkan", "Cooperation",
     "Samverkan mellan kommunen, myndigheter och civilsamhället.",
     "Cooperation between the municipality, agencies and civil society."),
]
FOCUS_IDS = [f[0] for f in FOCUS]

GOALS = {
    "arbete": [("Fler utrikes födda i arbete", "More foreign-born residents in work"),
               ("Kortare tid till egen försörjning", "Shorter time to self-sufficiency"),
               ("Fler praktikplatser i kommunens verksamheter", "More work placements in municipal services"),
               ("Validering av utländsk kompetens", "Validation of foreign qualifications")],
    "boende": [("Alla nyanlända har en trygg bostad", "All newcomers have secure housing"),
               ("Minskad trångboddhet", "Less overcrowding"),
               ("Blandade bostadsområden", "Mixed neighbourhoods")],
    "utbildning": [("Fler elever når gymnasiebehörighet", "More pupils qualify for upper secondary school"),
                   ("Snabbare väg genom vuxenutbildningen", "A faster path through adult education"),
                   ("Studiehandledning på modersmål", "Study guidance in the mother tongue")],
    "sprak": [("Fler slutför SFI", "More complete Swedish for immigrants"),
              ("Språkträning på arbetsplatsen", "Language training at the workplace"),
              ("Tillgång till tolk i kontakter med kommunen", "Access to interpreters in contacts with the municipality")],
    "halsa": [("Jämlik tillgång till hälso- och sjukvård", "Equal access to health care"),
              ("Stöd vid psykisk ohälsa", "Support for mental ill-health"),
              ("Fler fysiskt aktiva invånare", "More physically active residents")],
    "samhallsorientering": [("Alla nyanlända erbjuds samhällsorientering", "All newcomers are offered civic orientation"),
                            ("Kunskap om rättigheter och skyldigheter", "Knowledge of rights and obligations")],
    "delaktighet": [("Ökat valdeltagande", "Higher voter turnout"),
                    ("Fler utrikes födda i föreningslivet", "More foreign-born residents in civil society"),
                    ("Medborgardialog på flera språk", "Citizen dialogue in several languages")],
    "trygghet": [("Ökad trygghet i bostadsområdet", "Greater safety in the neighbourhood"),
                 ("Minskad diskriminering", "Less discrimination"),
                 ("Förebygga hedersrelaterat våld", "Prevent honour-related violence")],
    "kultur-fritid": [("Fler barn i organiserad fritid", "More children in organised leisure"),
                      ("Biblioteket som mötesplats", "The library as a meeting place"),
                      ("Simkunnighet för alla barn", "Swimming skills for all children")],
    "barn-unga": [("Tidiga insatser i förskolan", "Early support in preschool"),
                  ("Stöd till ensamkommande unga", "Support for unaccompanied minors"),
                  ("Föräldraskapsstöd för nyanlända", "Parenting support for newcomers")],
    "naringsliv": [("Fler företag startas av utrikes födda", "More businesses started by foreign-born residents"),
                   ("Mentorskap med lokala företag", "Mentoring with local businesses")],
    "samverkan": [("Samordnat mottagande med Arbetsförmedlingen", "Coordinated reception with the Public Employment Service"),
                  ("Samverkan med civilsamhället", "Cooperation with civil society"),
                  ("Gemensam uppföljning i kommunkoncernen", "Joint follow-up across the municipal group")],
}

INDICATORS = {
    "arbete": [("Andel utrikes födda i sysselsättning", "Share of foreign-born residents in employment"),
               ("Andel i arbete eller studier 90 dagar efter etableringsprogrammet", "Share in work or studies 90 days after the introduction programme"),
               ("Antal praktikplatser i kommunen", "Number of work placements in the municipality")],
    "boende": [("Antal personer per bostad", "Number of persons per dwelling"),
               ("Antal anvisade som fått bostad inom två månader", "Number of assigned persons housed within two months"),
               ("Andel hushåll med eget förstahandskontrakt", "Share of households with their own lease")],
    "utbildning": [("Andel elever behöriga till gymnasiet", "Share of pupils qualified for upper secondary school"),
                   ("Genomsnittlig studietid i vuxenutbildningen", "Average study time in adult education"),
                   ("Andel elever med studiehandledning", "Share of pupils with study guidance")],
    "sprak": [("Andel som slutför SFI kurs D", "Share completing SFI course D"),
              ("Antal tolkade samtal per år", "Number of interpreted conversations per year"),
              ("Genomsnittlig tid till slutförd SFI", "Average time to completed SFI")],
    "halsa": [("Självskattad hälsa bland nyanlända", "Self-rated health among newcomers"),
              ("Andel som genomgått hälsoundersökning", "Share who have had a health examination"),
              ("Antal deltagare i hälsoskola", "Number of participants in health school")],
    "samhallsorientering": [("Andel som erbjudits samhällsorientering", "Share offered civic orientation"),
                            ("Andel som fullföljt samhällsorientering", "Share completing civic orientation")],
    "delaktighet": [("Valdeltagande i kommunvalet per valdistrikt", "Turnout in the municipal election per district"),
                    ("Antal medborgardialoger på andra språk än svenska", "Number of citizen dialogues in languages other than Swedish"),
                    ("Andel utrikes födda i föreningsstyrelser", "Share of foreign-born residents on association boards")],
    "trygghet": [("Andel som känner sig trygga utomhus på kvällen", "Share who feel safe outdoors in the evening"),
                 ("Antal anmälda fall av diskriminering", "Number of reported cases of discrimination"),
                 ("Antal utbildade medarbetare om hedersrelaterat våld", "Number of staff trained on honour-related violence")],
    "kultur-fritid": [("Andel barn i organiserad fritidsverksamhet", "Share of children in organised leisure"),
                      ("Antal besök på biblioteket", "Number of library visits"),
                      ("Andel elever i årskurs 6 som kan simma", "Share of pupils in year 6 who can swim")],
    "barn-unga": [("Andel barn i förskola", "Share of children in preschool"),
                  ("Antal föräldrar i föräldraskapsstöd", "Number of parents in parenting support"),
                  ("Andel ensamkommande i studier eller arbete", "Share of unaccompanied minors in studies or work")],
    "naringsliv": [("Antal nystartade företag med utrikes född grundare", "Number of new businesses with a foreign-born founder"),
                   ("Antal mentorspar", "Number of mentoring pairs")],
    "samverkan": [("Antal gemensamma insatser med Arbetsförmedlingen", "Number of joint measures with the Public Employment Service"),
                  ("Antal överenskommelser med idéburen sektor", "Number of agreements with the non-profit sector"),
                  ("Andel förvaltningar som rapporterat uppföljning", "Share of departments reporting follow-up")],
}

KOMMUNER = [
    "Ale", "Alingsås", "Arvika", "Avesta", "Bengtsfors", "Boden", "Bollnäs", "Borlänge", "Borås",
    "Eksjö", "Enköping", "Eskilstuna", "Falkenberg", "Falun", "Filipstad", "Gislaved", "Gnosjö",
    "Gävle", "Hallsberg", "Haparanda", "Hedemora", "Hudiksvall", "Härnösand", "Härryda", "Jönköping",
    "Kalmar", "Karlshamn", "Karlskoga", "Kiruna", "Kristianstad", "Kungälv", "Köping", "Laholm",
    "Lerum", "Lidköping", "Linköping", "Ljungby", "Ludvika", "Luleå", "Lysekil", "Malung-Sälen",
    "Mariestad", "Mora", "Motala", "Norrköping", "Norrtälje", "Nässjö", "Olofström", "Oskarshamn",
    "Piteå", "Ronneby", "Sandviken", "Skellefteå", "Skövde", "Sollefteå", "Strömsund", "Sundsvall",
    "Säffle", "Tidaholm", "Timrå", "Tranås", "Trollhättan", "Uddevalla", "Ulricehamn", "Umeå",
    "Vansbro", "Varberg", "Vimmerby", "Vänersborg", "Vårgårda", "Västervik", "Växjö", "Ystad",
    "Åmål", "Örnsköldsvik", "Östersund", "Övertorneå",
]

TYPES = [  # typ, weight, sv title templates, en title templates
    ("strategi", 35,
     ["Strategi för integration i {k} kommun", "Integrationsstrategi för {k} kommun",
      "Strategi för integration och inkludering i {k} kommun"],
     ["Integration strategy for {k} Municipality", "Strategy for integration and inclusion in {k} Municipality"]),
    ("plan", 20,
     ["Integrationsplan för {k} kommun", "Handlingsplan för integration i {k} kommun"],
     ["Integration plan for {k} Municipality", "Action plan for integration in {k} Municipality"]),
    ("program", 15,
     ["Integrationsprogram för {k} kommun", "Program för mottagande av nyanlända i {k} kommun"],
     ["Integration programme for {k} Municipality", "Programme for the reception of newcomers in {k} Municipality"]),
    ("policy", 15,
     ["Integrationspolitisk policy för {k} kommun", "Policy för mångfald och inkludering i {k} kommun"],
     ["Integration policy for {k} Municipality", "Policy for diversity and inclusion in {k} Municipality"]),
    ("riktlinje", 10,
     ["Riktlinjer för mottagande av nyanlända i {k} kommun", "Riktlinjer för tolkanvändning i {k} kommun"],
     ["Guidelines for the reception of newcomers in {k} Municipality", "Guidelines for the use of interpreters in {k} Municipality"]),
    ("regler", 5,
     ["Regler för etableringsstöd i {k} kommun", "Regler för introduktionsplatser i {k} kommun"],
     ["Rules for establishment support in {k} Municipality", "Rules for introduction places in {k} Municipality"]),
]
TYPE_NAMES = {"strategi": ("Strategier", "Strategies"), "plan": ("Planer", "Plans"),
              "program": ("Program", "Programmes"), "policy": ("Policyer", "Policies"),
              "riktlinje": ("Riktlinjer", "Guidelines"), "regler": ("Regler", "Rules")}

BESLUTAD_AV = ["Kommunfullmäktige", "Kommunfullmäktige", "Kommunfullmäktige", "Kommunstyrelsen",
               "Socialnämnden", "Barn- och utbildningsnämnden"]
ROLES = [("Socialchef", "Head of Social Services"), ("Kommundirektör", "Chief Executive"),
         ("Integrationssamordnare", "Integration coordinator"), ("Förvaltningschef", "Head of department"),
         ("Arbetsmarknadschef", "Head of Labour Market Services"), ("Utbildningschef", "Head of Education")]
VERKSAMHET = [("Socialtjänst", "Social Services"), ("Arbetsmarknadsenheten", "Labour Market Unit"),
              ("Kommunledningskontoret", "Chief Executive's Office"),
              ("Utbildningsförvaltningen", "Education Department"), ("Kultur och fritid", "Culture and Leisure")]

TABLE_HEAD_SV = ["Mål", "Indikator", "Utgångsläge", "Målvärde", "Ansvar"]
FALLBACK_HEADINGS = ["Inledning", "Bakgrund", "Syfte", "Vision", "Utgångspunkter", "Målgrupper",
                     "Övergripande mål", "Genomförande", "Uppföljning", "Ansvar och organisation",
                     "Förhållningssätt och värderingar", "Definitioner", "Samverkan", "Delmål"]

LANG_NAMES = {"sv": "Svenska", "en": "English", "ar": "العربية", "fi": "Suomi", "so": "Soomaali",
              "de": "Deutsch", "fa": "فارسی"}
RTL = {"ar", "fa"}

UI = {  # interface strings, used by the Hugo i18n files and Zola translations
    "sv": {"typ": "Typ", "organisation": "Organisation", "beslutad_av": "Beslutad av",
           "beslutad": "Beslutad", "giltig_till": "Giltig till", "ansvarig": "Ansvarig",
           "ansvarig_verksamhet": "Ansvarig verksamhet", "fokusomraden": "Fokusområden",
           "mal": "Mål", "indikatorer": "Indikatorer", "fokusomrade": "Fokusområde",
           "dokument": "Dokument", "sprak": "Språk", "sidan_saknas": "Sidan finns inte"},
    "en": {"typ": "Type", "organisation": "Organisation", "beslutad_av": "Decided by",
           "beslutad": "Decided", "giltig_till": "Valid until", "ansvarig": "Responsible",
           "ansvarig_verksamhet": "Responsible unit", "fokusomraden": "Focus areas",
           "mal": "Goals", "indikatorer": "Indicators", "fokusomrade": "Focus area",
           "dokument": "Documents", "sprak": "Language", "sidan_saknas": "Page not found"},
}
for _t, _w, _s, _e in TYPES:
    UI["sv"]["typ_" + _t] = _t.capitalize()
    UI["en"]["typ_" + _t] = {"strategi": "Strategy", "plan": "Plan", "program": "Programme",
                             "policy": "Policy", "riktlinje": "Guideline", "regler": "Rules"}[_t]

SITE_TITLE = {"sv": "Integrationsstrategier", "en": "Integration strategies"}

TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a", "Ä": "a", "Ö": "o"})


def slugify(s):
    s = s.translate(TRANS).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def q(s):
    """A double-quoted string valid in YAML, TOML and JSON."""
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- seed text

def clean(s):
    s = s.replace("\t", " ")
    # characters that are Markdown or template syntax in one of the engines
    s = re.sub(r"[*_#<>{}\[\]|`\\$~^]", "", s)
    s = re.sub(r"\.{3,}", ".", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^[-+=>0-9.)\s]+(?=[A-ZÅÄÖa-zåäö])", "", s)  # no accidental list items
    return s


def load_seeds():
    paras, heads, sents = [], [], []
    files = sorted(glob.glob(SEED_GLOB))
    if not files:
        sys.exit("no seed files at " + SEED_GLOB)
    for f in files:
        with open(f, encoding="utf-8") as fh:
            raw = fh.read()
        for block in re.split(r"\n\s*\n", raw):
            lines = [l for l in block.split("\n") if l.strip() and not re.fullmatch(r"\s*-{3,}\s*", l)]
            if not lines:
                continue
            text = clean(" ".join(lines))
            if not text:
                continue
            if len(lines) == 1 and 3 <= len(text) <= 60 and not text.endswith(".") \
                    and not re.search(r"\d", text) and ":" not in text:
                heads.append(text[0].upper() + text[1:])
            elif len(text) >= 120 and "." in text:
                paras.append(text)
    for p in paras:
        for s in re.split(r"(?<=[.!?])\s+", p):
            if 40 <= len(s) <= 200 and s[0].isupper():
                sents.append(s)
    heads = sorted(set(heads) | set(FALLBACK_HEADINGS))
    return paras, heads, sents


# ---------------------------------------------------------------- model

class Doc:
    pass


def make_docs(n, langs, seed):
    paras, heads, sents = load_seeds()
    types = [t[0] for t in TYPES]
    weights = [t[1] for t in TYPES]
    tdef = {t[0]: t for t in TYPES}
    docs = []
    for i in range(n):
        r = random.Random(f"doc-{seed}-{i}")
        d = Doc()
        d.i = i
        d.typ = r.choices(types, weights)[0]
        k = r.choice(KOMMUNER)
        ti = r.randrange(len(tdef[d.typ][2]))
        d.titel = tdef[d.typ][2][ti].format(k=k)
        d.titel_en = tdef[d.typ][3][ti % len(tdef[d.typ][3])].format(k=k)
        d.slug = f"{slugify(d.titel)}-{i:05d}"
        d.path = f"{d.typ}/{d.slug}"
        d.org = f"{k} kommun"
        d.org_en = f"{k} Municipality"
        d.beslutad_av = r.choice(BESLUTAD_AV)
        d.beslutad = dt.date(2012, 1, 1) + dt.timedelta(days=r.randrange(12 * 365))
        d.giltig = d.beslutad.replace(year=d.beslutad.year + r.randint(2, 6)) \
            if not (d.beslutad.month == 2 and d.beslutad.day == 29) else d.beslutad + dt.timedelta(days=4 * 365)
        d.ansvarig = r.choice(ROLES)
        d.verksamhet = r.choice(VERKSAMHET) if r.random() < 0.7 else None
        d.summary_sv = " ".join(r.sample(sents, r.randint(1, 2)))
        d.fokus = sorted(r.sample(FOCUS_IDS, r.randint(2, 5)), key=FOCUS_IDS.index)
        d.goals = []
        used = set()
        for _ in range(r.randint(2, 6)):
            area = r.choice(d.fokus)
            cands = [g for g in GOALS[area] if slugify(g[0]) not in used]
            if not cands:
                area = r.choice(FOCUS_IDS)
                cands = [g for g in GOALS[area] if slugify(g[0]) not in used] or GOALS[area]
            sv, en = r.choice(cands)
            gid = slugify(sv)
            while gid in used:
                gid += "-2"
            used.add(gid)
            inds = r.sample(INDICATORS[area], min(len(INDICATORS[area]), r.randint(1, 3))) if r.random() < 0.85 else []
            d.goals.append({"id": gid, "sv": sv, "en": en, "area": area, "ind": inds})
        docs.append(d)
    # bodies (need all titles first, for link texts)
    for d in docs:
        d.body = {}
        for lang in langs:
            r = random.Random(f"body-{seed}-{d.i}-{lang}")
            d.body[lang] = make_body(r, d, docs, paras, heads, sents, lang)
    return docs, (paras, heads, sents)


def title_in(d, lang, default):
    if lang == default:
        return d.titel
    if lang == "en":
        return d.titel_en
    return f"[{lang}] {d.titel_en}"


def make_body(r, d, docs, paras, heads, sents, lang):
    """Return a list of blocks; links are ('link', kind, target, text) tuples inside
    paragraph lists so that each format can write its own link syntax."""
    target = r.randint(4000, 12000)
    blocks = []
    size = 0
    n = len(docs)
    # links this body will carry: 2-4 documents, 1 goal of another document, 1-2 focus areas
    links = []
    for _ in range(r.randint(2, 4)):
        t = docs[r.randrange(n)]
        links.append(("doc", t, None))
    t = docs[r.randrange(n)]
    links.append(("goal", t, r.choice(t.goals)["id"]))
    for a in r.sample(d.fokus, min(len(d.fokus), r.randint(1, 2))):
        links.append(("fokus", a, None))
    r.shuffle(links)
    footnotes = r.randint(0, 2)
    want_list_at = r.randint(1, 3)
    want_table_at = r.randint(2, 4)
    sec = 0
    para_count = 0
    fn_used = 0

    def add(b, text_len):
        nonlocal size
        blocks.append(b)
        size += text_len

    add(("p", [r.choice(paras)]), 300)
    while size < target or sec < max(want_list_at, want_table_at):
        sec += 1
        h = r.choice(heads)
        add(("h2", h), len(h) + 4)
        for _ in range(r.randint(1, 3)):
            p = r.choice(paras)
            parts = [p]
            if links and r.random() < 0.6:
                parts.append(links.pop())
            if fn_used < footnotes and r.random() < 0.3:
                fn_used += 1
                parts.append(("fnref", fn_used))
            para_count += 1
            add(("p", parts), len(p) + 80)
        if sec == want_list_at:
            items = r.sample(sents, r.randint(3, 7))
            add(("ul", items), sum(len(x) + 3 for x in items))
        if sec == want_table_at:
            rows = []
            for g in d.goals:
                ind = g["ind"][0][0] if g["ind"] else "Kvalitativ uppföljning"
                base = r.randint(5, 60)
                rows.append([g["sv"], ind, f"{base} %", f"{min(100, base + r.randint(5, 30))} %",
                             r.choice(VERKSAMHET)[0]])
            add(("table", TABLE_HEAD_SV, rows), sum(sum(len(c) + 3 for c in row) for row in rows) + 60)
        if r.random() < 0.25:
            h3 = r.choice(heads)
            add(("h3", h3), len(h3) + 5)
            p = r.choice(paras)
            add(("p", [p]), len(p) + 2)
    while links:  # remaining links go into a closing paragraph
        add(("p", ["Se även:", links.pop()]), 80)
    for k in range(1, fn_used + 1):
        add(("fndef", k, r.choice(sents)), 100)
    return blocks


# ---------------------------------------------------------------- writers

def link_md(kind, target, extra, lang, fmt, default, docs_title_lang):
    """Markdown for one cross-link in the given format."""
    if kind == "doc":
        text = title_in(target, lang, default)
        if fmt == "styrdok":
            url = f"@/{target.path}.md"
        elif fmt == "zola":
            url = f"@/{target.path}.md" if lang == default else f"@/{target.path}.{lang}.md"
        else:  # hugo
            url = '{{< ref "/%s.md" >}}' % target.path
        return f"[{text}]({url})"
    if kind == "goal":
        g = next(g for g in target.goals if g["id"] == extra)
        text = g["sv"] if lang == default else g["en"]
        if fmt == "styrdok":
            url = f"@/{target.path}.md#{extra}"
        else:  # plain path in both engines (see RESULTS.md)
            prefix = "" if lang == default else f"/{lang}"
            url = f"{prefix}/{target.path}/#{extra}"
        return f"målet [{text}]({url})" if lang == default else f"the goal [{text}]({url})"
    if kind == "fokus":
        f = next(f for f in FOCUS if f[0] == target)
        text = f[1] if lang == default else f[2]
        if fmt == "styrdok":
            url = f"@fokus/{target}"
        else:
            prefix = "" if lang == default else f"/{lang}"
            url = f"{prefix}/fokusomraden/{target}/"
        return f"[{text}]({url})"
    raise ValueError(kind)


def body_md(blocks, lang, fmt, default):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h2":
            out.append(f"## {b[1]}")
        elif kind == "h3":
            out.append(f"### {b[1]}")
        elif kind == "p":
            parts = []
            for x in b[1]:
                if isinstance(x, str):
                    parts.append(x)
                elif x[0] == "fnref":
                    parts[0] = parts[0] + f"[^{x[1]}]"
                else:
                    lead = "Se även" if lang == default else "See also"
                    parts.append(f"{lead} {link_md(x[0], x[1], x[2], lang, fmt, default, None)}.")
            out.append(" ".join(parts))
        elif kind == "ul":
            out.append("\n".join(f"- {it}" for it in b[1]))
        elif kind == "table":
            head, rows = b[1], b[2]
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            for row in rows:
                lines.append("| " + " | ".join(row) + " |")
            out.append("\n".join(lines))
        elif kind == "fndef":
            out.append(f"[^{b[1]}]: Källa: {b[2]}")
    return "\n\n".join(out) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def fname(base, lang, default, ext=".md"):
    return f"{base}{ext}" if lang == default else f"{base}.{lang}{ext}"


def loc(d, lang, default, attr):
    """Localised value of a (sv, en) pair attribute."""
    v = getattr(d, attr)
    if v is None:
        return None
    return v[0] if lang == default else v[1]


def summary_in(d, lang, default):
    if lang == default:
        return d.summary_sv
    return f"Summary ({LANG_NAMES.get(lang, lang)}): {d.org_en} — {d.titel_en}."


def focus_text(fid, lang, default):
    f = next(f for f in FOCUS if f[0] == fid)
    if lang == default:
        return f[1], f[3]
    if lang == "en":
        return f[2], f[4]
    return f"[{lang}] {f[2]}", f[4]


def focus_body(fid, lang, seed, paras):
    r = random.Random(f"focus-{seed}-{fid}-{lang}")
    return "\n\n".join(r.sample(paras, r.randint(2, 4))) + "\n"


def goal_title(g, lang, default):
    if lang == default:
        return g["sv"]
    return g["en"] if lang == "en" else f"[{lang}] {g['en']}"


def ind_text(ind, lang, default):
    return ind[0] if lang == default else ind[1]


# ---- styrdok (FORMAT.md)

def write_styrdok(out, docs, langs, seed, pools):
    default = langs[0]
    lines = ['title = "Integrationsstrategier"', 'base_url = "https://example.org"',
             f'default_language = "{default}"', 'theme = "default"', 'output_dir = "public"', ""]
    for l in langs:
        lines.append(f"[languages.{l}]")
        lines.append(f"name = {q(LANG_NAMES.get(l, l))}")
        if l in RTL:
            lines.append('dir = "rtl"')
    write(os.path.join(out, "site.toml"), "\n".join(lines) + "\n")
    for d in docs:
        for lang in langs:
            fm = ["---", f"titel: {q(title_in(d, lang, default))}", f"typ: {d.typ}",
                  f"organisation: {q(d.org if lang == default else d.org_en)}"]
            if lang == default:  # translations take these from the original (FORMAT.md)
                fm += [f"beslutad av: {q(d.beslutad_av)}", f"beslutad: {d.beslutad.isoformat()}",
                       f"giltig till: {d.giltig.isoformat()}"]
            fm.append(f"ansvarig: {q(loc(d, lang, default, 'ansvarig'))}")
            if d.verksamhet:
                fm.append(f"ansvarig verksamhet: {q(loc(d, lang, default, 'verksamhet'))}")
            fm.append(f"sammanfattning: {q(summary_in(d, lang, default))}")
            if lang == default:
                fm.append("fokusområden: [" + ", ".join(d.fokus) + "]")
            fm.append("mål:")
            for g in d.goals:
                fm.append(f"  - id: {g['id']}")
                fm.append(f"    titel: {q(goal_title(g, lang, default))}")
                if lang == default:
                    fm.append(f"    fokusområde: {g['area']}")
                if g["ind"]:
                    fm.append("    indikatorer:")
                    for ind in g["ind"]:
                        fm.append(f"      - {q(ind_text(ind, lang, default))}")
            fm.append("---")
            write(os.path.join(out, "content", fname(d.path, lang, default)),
                  "\n".join(fm) + "\n\n" + body_md(d.body[lang], lang, "styrdok", default))
    for fid in FOCUS_IDS:
        for lang in langs:
            t, s = focus_text(fid, lang, default)
            write(os.path.join(out, "content", "fokusomraden", fname(fid, lang, default)),
                  f"---\ntitel: {q(t)}\nsammanfattning: {q(s)}\n---\n\n" + focus_body(fid, lang, seed, pools[0]))


# ---- shared template-side pieces

CSS = """body{font-family:sans-serif;max-width:48rem;margin:auto;padding:1rem;line-height:1.5}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}
"""


def hugo_fm_doc(d, lang, default):
    fm = ["---", f"title: {q(title_in(d, lang, default))}", f"date: {d.beslutad.isoformat()}",
          f"typ: {d.typ}", f"organisation: {q(d.org if lang == default else d.org_en)}",
          f"beslutad_av: {q(d.beslutad_av)}", f"giltig_till: {q(d.giltig.isoformat())}",
          f"ansvarig: {q(loc(d, lang, default, 'ansvarig'))}"]
    if d.verksamhet:
        fm.append(f"ansvarig_verksamhet: {q(loc(d, lang, default, 'verksamhet'))}")
    fm.append(f"sammanfattning: {q(summary_in(d, lang, default))}")
    fm.append("fokusomraden: [" + ", ".join(d.fokus) + "]")
    fm.append("mal:")
    for g in d.goals:
        fm.append(f"  - id: {g['id']}")
        fm.append(f"    titel: {q(goal_title(g, lang, default))}")
        fm.append(f"    fokusomrade: {g['area']}")
        if g["ind"]:
            fm.append("    indikatorer: [" + ", ".join(q(ind_text(i, lang, default)) for i in g["ind"]) + "]")
    fm.append("---")
    return "\n".join(fm) + "\n\n"


def zola_fm_doc(d, lang, default):
    fm = ["+++", f"title = {q(title_in(d, lang, default))}", f"date = {d.beslutad.isoformat()}", "",
          "[taxonomies]", "fokusomraden = [" + ", ".join(q(f) for f in d.fokus) + "]", "",
          "[extra]", f"typ = {q(d.typ)}", f"organisation = {q(d.org if lang == default else d.org_en)}",
          f"beslutad_av = {q(d.beslutad_av)}", f"giltig_till = {q(d.giltig.isoformat())}",
          f"ansvarig = {q(loc(d, lang, default, 'ansvarig'))}"]
    if d.verksamhet:
        fm.append(f"ansvarig_verksamhet = {q(loc(d, lang, default, 'verksamhet'))}")
    fm.append(f"sammanfattning = {q(summary_in(d, lang, default))}")
    for g in d.goals:
        fm += ["", "[[extra.mal]]", f"id = {q(g['id'])}", f"titel = {q(goal_title(g, lang, default))}",
               f"fokusomrade = {q(g['area'])}"]
        if g["ind"]:
            fm.append("indikatorer = [" + ", ".join(q(ind_text(i, lang, default)) for i in g["ind"]) + "]")
    fm.append("+++")
    return "\n".join(fm) + "\n\n"


def ui(lang):
    return UI.get(lang, UI["en"])


# ---- hugo

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="{{ or .Language.LanguageDirection "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | absURL }}">
{{- block "head" . }}{{ end }}
{{- range .Translations }}
<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{- end }}
</head>
<body>
<header>
<a href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a>
{{- with .Translations }}
<nav class="sprak">{{ range . }}<a href="{{ .Permalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
{{- end }}
</header>
<main>
{{- block "main" . }}{{ end }}
</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "head" }}<meta name="description" content="{{ .Params.sammanfattning }}">{{ end }}
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<dl class="meta">
<dt>{{ i18n "typ" }}</dt><dd>{{ i18n (printf "typ_%s" .Params.typ) }}</dd>
<dt>{{ i18n "organisation" }}</dt><dd>{{ .Params.organisation }}</dd>
<dt>{{ i18n "beslutad_av" }}</dt><dd>{{ .Params.beslutad_av }}</dd>
<dt>{{ i18n "beslutad" }}</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></dd>
<dt>{{ i18n "giltig_till" }}</dt><dd>{{ .Params.giltig_till }}</dd>
<dt>{{ i18n "ansvarig" }}</dt><dd>{{ .Params.ansvarig }}</dd>
{{- with .Params.ansvarig_verksamhet }}
<dt>{{ i18n "ansvarig_verksamhet" }}</dt><dd>{{ . }}</dd>
{{- end }}
</dl>
{{- with .Params.sammanfattning }}
<p class="sammanfattning">{{ . }}</p>
{{- end }}
<nav class="fokusomraden"><h2>{{ i18n "fokusomraden" }}</h2><ul>
{{- range .GetTerms "fokusomraden" }}
<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>
{{- end }}
</ul></nav>
<section class="mal"><h2>{{ i18n "mal" }}</h2><ol>
{{- range .Params.mal }}
{{- $fa := site.GetPage (printf "/fokusomraden/%s" .fokusomrade) }}
<li id="{{ .id }}"><h3>{{ .titel }}</h3>
<p>{{ i18n "fokusomrade" }}: <a href="{{ $fa.Permalink }}">{{ $fa.Title }}</a></p>
{{- with .indikatorer }}
<h4>{{ i18n "indikatorer" }}</h4><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>
{{- end }}
</li>
{{- end }}
</ol></section>
<div class="innehall">
{{ .Content }}
</div>
</article>
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="dokument">
{{- range .Pages.ByDate.Reverse }}
<li><a href="{{ .Permalink }}">{{ .Title }}</a> – {{ .Params.organisation }}, <time>{{ .Date.Format "2006-01-02" }}</time></li>
{{- end }}
</ul>
{{ end }}
"""

HUGO_TERM = """{{ define "head" }}<meta name="description" content="{{ .Params.sammanfattning }}">{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{- with .Params.sammanfattning }}
<p class="sammanfattning">{{ . }}</p>
{{- end }}
<div class="innehall">
{{ .Content }}
</div>
<h2>{{ i18n "dokument" }} ({{ len .Pages }})</h2>
<ul class="dokument">
{{- range .Pages.ByDate.Reverse }}
<li><a href="{{ .Permalink }}">{{ .Title }}</a> – {{ .Params.organisation }}, <time>{{ .Date.Format "2006-01-02" }}</time></li>
{{- end }}
</ul>
{{ end }}
"""

HUGO_TERMS = """{{ define "main" }}
<h1>{{ i18n "fokusomraden" }}</h1>
<ul>
{{- range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.Permalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{- end }}
</ul>
{{ end }}
"""

HUGO_HOME = """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<h2>{{ i18n "dokument" }}</h2>
<ul>
{{- range .Sections }}
<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>
<h2>{{ i18n "fokusomraden" }}</h2>
<ul>
{{- range .Site.Taxonomies.fokusomraden.Alphabetical }}
<li><a href="{{ .Page.Permalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{- end }}
</ul>
{{ end }}
"""

HUGO_404 = """{{ define "main" }}<h1>{{ i18n "sidan_saknas" }}</h1>{{ end }}
"""


def write_hugo(out, docs, langs, seed, pools):
    default = langs[0]
    cfg = ['baseURL = "https://example.org/"', f"title = {q(SITE_TITLE['sv'])}",
           f'defaultContentLanguage = "{default}"', "defaultContentLanguageInSubdir = false",
           # Zola (as configured) writes no feeds, sitemap or robots.txt
           'disableKinds = ["RSS", "sitemap", "robotsTXT"]',
           "enableRobotsTXT = false", "disableHugoGeneratorInject = true", "capitalizeListTitles = false",
           "", "[taxonomies]", 'fokusomrade = "fokusomraden"', "",
           "[markup.goldmark.extensions]", "typographer = false", "linkify = false", "",
           "[markup.goldmark.parser]", "autoHeadingID = true", ""]
    for w, l in enumerate(langs, 1):
        cfg += [f"[languages.{l}]", f"languageName = {q(LANG_NAMES.get(l, l))}", f"weight = {w}",
                f"title = {q(SITE_TITLE.get(l, SITE_TITLE['en']))}"]
        if l in RTL:
            cfg.append('languageDirection = "rtl"')
        cfg.append("")
    write(os.path.join(out, "config.toml"), "\n".join(cfg))
    for l in langs:
        write(os.path.join(out, "i18n", f"{l}.toml"),
              "".join(f"{k} = {q(v)}\n" for k, v in ui(l).items()))
    L = os.path.join(out, "layouts")
    write(os.path.join(L, "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(L, "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(L, "_default", "list.html"), HUGO_LIST)
    write(os.path.join(L, "_default", "term.html"), HUGO_TERM)
    write(os.path.join(L, "_default", "terms.html"), HUGO_TERMS)
    write(os.path.join(L, "index.html"), HUGO_HOME)
    write(os.path.join(L, "404.html"), HUGO_404)
    write(os.path.join(out, "static", "style.css"), CSS)
    C = os.path.join(out, "content")
    for l in langs:
        write(os.path.join(C, fname("_index", l, default)), f"---\ntitle: {q(SITE_TITLE.get(l, SITE_TITLE['en']))}\n---\n")
        write(os.path.join(C, "fokusomraden", fname("_index", l, default)),
              f"---\ntitle: {q(ui(l)['fokusomraden'])}\n---\n")
        for t, names in TYPE_NAMES.items():
            write(os.path.join(C, t, fname("_index", l, default)),
                  f"---\ntitle: {q(names[0] if l == default else names[1])}\n---\n")
    for d in docs:
        for lang in langs:
            write(os.path.join(C, fname(d.path, lang, default)),
                  hugo_fm_doc(d, lang, default) + body_md(d.body[lang], lang, "hugo", default))
    for fid in FOCUS_IDS:
        for lang in langs:
            t, s = focus_text(fid, lang, default)
            write(os.path.join(C, "fokusomraden", fid, fname("_index", lang, default)),
                  f"---\ntitle: {q(t)}\nsammanfattning: {q(s)}\n---\n\n" + focus_body(fid, lang, seed, pools[0]))


# ---- zola

ZOLA_BASE = """<!DOCTYPE html>
<html lang="{{ lang }}" dir="{% if lang in config.extra.rtl %}rtl{% else %}ltr{% endif %}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{% endblock title %} – {{ config.title }}</title>
<link rel="stylesheet" href="{{ get_url(path="style.css") }}">
{%- block head %}{% endblock head %}
{#- the other languages' versions of this page, as Hugo's .Translations #}
{%- if page %}{% set tr = page.translations %}{% elif section %}{% set tr = section.translations %}{% else %}{% set tr = [] %}{% endif %}
{%- set n_tr = tr | length %}
{%- for t in tr %}{% if t.lang != lang %}
<link rel="alternate" hreflang="{{ t.lang }}" href="{{ t.permalink }}">
{%- endif %}{% endfor %}
{%- if term or terms %}{% for l in config.extra.langs %}{% if l != lang %}
<link rel="alternate" hreflang="{{ l }}" href="{% if term %}{{ get_taxonomy_url(kind="fokusomraden", name=term.name, lang=l) }}{% else %}{{ config.base_url ~ config.extra.prefix[l] ~ "/fokusomraden/" }}{% endif %}">
{%- endif %}{% endfor %}{% endif %}
</head>
<body>
<header>
<a href="{{ get_url(path="@/_index.md", lang=lang) }}">{{ config.title }}</a>
{%- if n_tr > 1 %}
<nav class="sprak">{% for t in tr %}{% if t.lang != lang %}<a href="{{ t.permalink }}" hreflang="{{ t.lang }}">{{ config.extra.lang_names[t.lang] }}</a> {% endif %}{% endfor %}</nav>
{%- elif term or terms %}
<nav class="sprak">{% for l in config.extra.langs %}{% if l != lang %}<a href="{% if term %}{{ get_taxonomy_url(kind="fokusomraden", name=term.name, lang=l) }}{% else %}{{ config.base_url ~ config.extra.prefix[l] ~ "/fokusomraden/" }}{% endif %}" hreflang="{{ l }}">{{ config.extra.lang_names[l] }}</a> {% endif %}{% endfor %}</nav>
{%- endif %}
</header>
<main>
{%- block main %}{% endblock main %}
</main>
<footer>{{ config.title }}</footer>
</body>
</html>
"""

ZOLA_PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }}{% endblock title %}
{% block head %}<meta name="description" content="{{ page.extra.sammanfattning }}">{% endblock head %}
{% block main %}
<article>
<h1>{{ page.title }}</h1>
<dl class="meta">
<dt>{{ trans(key="typ", lang=lang) }}</dt><dd>{{ trans(key="typ_" ~ page.extra.typ, lang=lang) }}</dd>
<dt>{{ trans(key="organisation", lang=lang) }}</dt><dd>{{ page.extra.organisation }}</dd>
<dt>{{ trans(key="beslutad_av", lang=lang) }}</dt><dd>{{ page.extra.beslutad_av }}</dd>
<dt>{{ trans(key="beslutad", lang=lang) }}</dt><dd><time datetime="{{ page.date }}">{{ page.date }}</time></dd>
<dt>{{ trans(key="giltig_till", lang=lang) }}</dt><dd>{{ page.extra.giltig_till }}</dd>
<dt>{{ trans(key="ansvarig", lang=lang) }}</dt><dd>{{ page.extra.ansvarig }}</dd>
{%- if page.extra.ansvarig_verksamhet %}
<dt>{{ trans(key="ansvarig_verksamhet", lang=lang) }}</dt><dd>{{ page.extra.ansvarig_verksamhet }}</dd>
{%- endif %}
</dl>
{%- if page.extra.sammanfattning %}
<p class="sammanfattning">{{ page.extra.sammanfattning }}</p>
{%- endif %}
<nav class="fokusomraden"><h2>{{ trans(key="fokusomraden", lang=lang) }}</h2><ul>
{%- for id in page.taxonomies.fokusomraden %}
{%- set fa = get_page(path="fokus/" ~ id ~ ".md", lang=lang) %}
<li><a href="{{ get_taxonomy_url(kind="fokusomraden", name=id, lang=lang) }}">{{ fa.title }}</a></li>
{%- endfor %}
</ul></nav>
<section class="mal"><h2>{{ trans(key="mal", lang=lang) }}</h2><ol>
{%- for g in page.extra.mal %}
{%- set fa = get_page(path="fokus/" ~ g.fokusomrade ~ ".md", lang=lang) %}
<li id="{{ g.id }}"><h3>{{ g.titel }}</h3>
<p>{{ trans(key="fokusomrade", lang=lang) }}: <a href="{{ get_taxonomy_url(kind="fokusomraden", name=g.fokusomrade, lang=lang) }}">{{ fa.title }}</a></p>
{%- if g.indikatorer %}
<h4>{{ trans(key="indikatorer", lang=lang) }}</h4><ul>{% for i in g.indikatorer %}<li>{{ i }}</li>{% endfor %}</ul>
{%- endif %}
</li>
{%- endfor %}
</ol></section>
<div class="innehall">
{{ page.content | safe }}
</div>
</article>
{% endblock main %}
"""

ZOLA_SECTION = """{% extends "base.html" %}
{% block title %}{{ section.title }}{% endblock title %}
{% block main %}
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul class="dokument">
{%- for p in section.pages %}
<li><a href="{{ p.permalink }}">{{ p.title }}</a> – {{ p.extra.organisation }}, <time>{{ p.date }}</time></li>
{%- endfor %}
</ul>
{% endblock main %}
"""

ZOLA_INDEX = """{% extends "base.html" %}
{% block title %}{{ section.title }}{% endblock title %}
{% block main %}
<h1>{{ config.title }}</h1>
<h2>{{ trans(key="dokument", lang=lang) }}</h2>
<ul>
{%- for s in section.subsections %}
{%- set sec = get_section(path=s, metadata_only=true) %}
{%- if sec.extra.lista %}
<li><a href="{{ sec.permalink }}">{{ sec.title }}</a></li>
{%- endif %}
{%- endfor %}
</ul>
<h2>{{ trans(key="fokusomraden", lang=lang) }}</h2>
<ul>
{%- set tax = get_taxonomy(kind="fokusomraden", lang=lang) %}
{%- for t in tax.items %}
{%- set fa = get_page(path="fokus/" ~ t.name ~ ".md", lang=lang) %}
<li><a href="{{ t.permalink }}">{{ fa.title }}</a> ({{ t.page_count }})</li>
{%- endfor %}
</ul>
{% endblock main %}
"""

ZOLA_TERM = """{% extends "base.html" %}
{% block title %}{% set fa = get_page(path="fokus/" ~ term.name ~ ".md", lang=lang) %}{{ fa.title }}{% endblock title %}
{% block head %}{% set fa = get_page(path="fokus/" ~ term.name ~ ".md", lang=lang) %}<meta name="description" content="{{ fa.extra.sammanfattning }}">{% endblock head %}
{% block main %}
{%- set fa = get_page(path="fokus/" ~ term.name ~ ".md", lang=lang) %}
<h1>{{ fa.title }}</h1>
{%- if fa.extra.sammanfattning %}
<p class="sammanfattning">{{ fa.extra.sammanfattning }}</p>
{%- endif %}
<div class="innehall">
{{ fa.content | safe }}
</div>
<h2>{{ trans(key="dokument", lang=lang) }} ({{ term.page_count }})</h2>
<ul class="dokument">
{%- for p in term.pages %}
<li><a href="{{ p.permalink }}">{{ p.title }}</a> – {{ p.extra.organisation }}, <time>{{ p.date }}</time></li>
{%- endfor %}
</ul>
{% endblock main %}
"""

ZOLA_TERMS = """{% extends "base.html" %}
{% block title %}{{ trans(key="fokusomraden", lang=lang) }}{% endblock title %}
{% block main %}
<h1>{{ trans(key="fokusomraden", lang=lang) }}</h1>
<ul>
{%- for t in terms %}
{%- set fa = get_page(path="fokus/" ~ t.name ~ ".md", lang=lang) %}
<li><a href="{{ t.permalink }}">{{ fa.title }}</a> ({{ t.page_count }})</li>
{%- endfor %}
</ul>
{% endblock main %}
"""

ZOLA_404 = """{% extends "base.html" %}
{% block title %}404{% endblock title %}
{% block main %}<h1>{{ trans(key="sidan_saknas", lang=lang) }}</h1>{% endblock main %}
"""


def write_zola(out, docs, langs, seed, pools):
    default = langs[0]
    cfg = ['base_url = "https://example.org"', f"title = {q(SITE_TITLE['sv'])}",
           f'default_language = "{default}"', "compile_sass = false", "minify_html = false",
           "build_search_index = false", "generate_feeds = false", "generate_sitemap = false",
           "generate_robots_txt = false", 'taxonomies = [{name = "fokusomraden"}]', "",
           "[markdown]", "bottom_footnotes = true", "smart_punctuation = false", "",
           "[extra]", "rtl = [" + ", ".join(q(l) for l in langs if l in RTL) + "]", "",
           "langs = [" + ", ".join(q(l) for l in langs) + "]", "",
           "[extra.lang_names]"] + [f"{l} = {q(LANG_NAMES.get(l, l))}" for l in langs] + [""]
    cfg += ["[extra.prefix]"] + [f"{l} = {q('' if l == default else '/' + l)}" for l in langs] + [""]
    cfg += ["[translations]"] + [f"{k} = {q(v)}" for k, v in ui(default).items()] + [""]
    for l in langs[1:]:
        cfg += [f"[languages.{l}]", f"title = {q(SITE_TITLE.get(l, SITE_TITLE['en']))}",
                'taxonomies = [{name = "fokusomraden"}]', "",
                f"[languages.{l}.translations]"] + [f"{k} = {q(v)}" for k, v in ui(l).items()] + [""]
    write(os.path.join(out, "config.toml"), "\n".join(cfg))
    T = os.path.join(out, "templates")
    write(os.path.join(T, "base.html"), ZOLA_BASE)
    write(os.path.join(T, "page.html"), ZOLA_PAGE)
    write(os.path.join(T, "section.html"), ZOLA_SECTION)
    write(os.path.join(T, "index.html"), ZOLA_INDEX)
    write(os.path.join(T, "fokusomraden", "single.html"), ZOLA_TERM)
    write(os.path.join(T, "fokusomraden", "list.html"), ZOLA_TERMS)
    write(os.path.join(T, "404.html"), ZOLA_404)
    write(os.path.join(out, "static", "style.css"), CSS)
    C = os.path.join(out, "content")
    for l in langs:
        write(os.path.join(C, fname("_index", l, default)), f"+++\ntitle = {q(SITE_TITLE.get(l, SITE_TITLE['en']))}\n+++\n")
        # focus-area descriptions: not rendered as pages of their own; the taxonomy
        # term template shows them (as Hugo's term page shows content/fokusomraden/<id>/_index.md)
        write(os.path.join(C, "fokus", fname("_index", l, default)), "+++\nrender = false\n+++\n")
        for t, names in TYPE_NAMES.items():
            write(os.path.join(C, t, fname("_index", l, default)),
                  f"+++\ntitle = {q(names[0] if l == default else names[1])}\nsort_by = \"date\"\n\n[extra]\nlista = true\n+++\n")
    for d in docs:
        for lang in langs:
            write(os.path.join(C, fname(d.path, lang, default)),
                  zola_fm_doc(d, lang, default) + body_md(d.body[lang], lang, "zola", default))
    for fid in FOCUS_IDS:
        for lang in langs:
            t, s = focus_text(fid, lang, default)
            write(os.path.join(C, "fokus", fname(fid, lang, default)),
                  f"+++\ntitle = {q(t)}\nrender = false\n\n[extra]\nsammanfattning = {q(s)}\n+++\n\n"
                  + focus_body(fid, lang, seed, pools[0]))


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--langs", default="sv,en", help="comma-separated; the first is the default language")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=["styrdok", "hugo", "zola"], required=True)
    ap.add_argument("--force", action="store_true", help="remove OUTDIR first if it exists")
    ap.add_argument("outdir")
    a = ap.parse_args()
    langs = [l.strip() for l in a.langs.split(",") if l.strip()]
    if os.path.exists(a.outdir) and os.listdir(a.outdir):
        if not a.force:
            sys.exit(f"{a.outdir} exists and is not empty (use --force)")
        shutil.rmtree(a.outdir)
    docs, pools = make_docs(a.docs, langs, a.seed)
    {"styrdok": write_styrdok, "hugo": write_hugo, "zola": write_zola}[a.format](a.outdir, docs, langs, a.seed, pools)
    nfiles = sum(len(f) for _, _, f in os.walk(a.outdir))
    print(f"{a.format}: {a.docs} documents x {len(langs)} languages + {len(FOCUS_IDS)} focus areas "
          f"-> {a.outdir} ({nfiles} files)")


if __name__ == "__main__":
    main()
