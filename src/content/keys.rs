//! The keys of a document's front matter, listed once: each key's Swedish
//! name, English alias, kind of value, whether the model requires it, whether
//! a translation takes it from the original, and the label and hint an editor
//! sees. The front-matter reader ([`RawFrontMatter`]), `styrdok new dokument`
//! (`scaffold`) and the browser editor's configuration (`cms`) all read this
//! one table, so none of them can name a key the others do not know.

use super::raw::{RawChange, RawGoal, RawRepeal, Text};
use super::yaml::Spanned;
use serde::de::{self, IgnoredAny};

/// The kind of a key's value: what the reader takes and what the editor's
/// form offers for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A line of text.
    Text,
    /// A longer text (the summary).
    LongText,
    /// One of the document types.
    Type,
    /// A date, YYYY-MM-DD.
    Date,
    /// A date or the words `tills vidare` (`giltig till`).
    DateOrFurtherNotice,
    /// A link to another document, `@/path/slug.md`.
    DocumentLink,
    /// A list of focus-area ids.
    FocusAreas,
    /// The goals: a list of id, titel, fokusområde and indikatorer.
    Goals,
    /// The change notes: a list of datum, beskrivning and större.
    Changes,
    /// The repeal: datum, beslutad av, paragraf and anledning.
    Repeal,
    /// A list of site addresses.
    Addresses,
}

/// What the model asks of a key in an original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Must be present with a value.
    Value,
    /// Must be present, but may be `~` when the document does not say.
    Present,
    /// May be left out.
    Optional,
}

/// One key of a document.
#[derive(Debug, Clone, Copy)]
pub struct KeySpec {
    /// The key as FORMAT.md writes it.
    pub name: &'static str,
    /// The English alias also accepted.
    pub alias: &'static str,
    /// Its kind of value.
    pub kind: Kind,
    /// What an original must give.
    pub need: Need,
    /// True when a translation may leave it out and then takes the
    /// original's value (so the editor does not ask for it again).
    pub inherited: bool,
    /// True when its value is text a translation translates (so the
    /// editor asks for it in each language); false for facts that are the
    /// same in every language (dates, numbers, ids).
    pub translated: bool,
    /// The label in the editor's form.
    pub label: &'static str,
    /// The hint: the comment `styrdok new dokument` writes above the key,
    /// and the help text under the field in the editor.
    pub hint: &'static str,
    /// The lines `styrdok new dokument` writes after the hint (`{title}`
    /// is the document's name).
    pub template: &'static str,
}

/// Declares [`RawFrontMatter`], [`DOCUMENT_KEYS`] and the reading of one
/// value by its key from a single list, so the three never disagree.
macro_rules! document_keys {
    ($(
        $field:ident: $ty:ty = $name:literal / $alias:literal,
        $kind:ident, $need:ident, inherited $inherited:literal, translated $translated:literal,
        $label:literal, $hint:literal, $template:literal;
    )*) => {
        /// Front matter as written, before any validation. Every value keeps
        /// the line it came from. Keys that are present with the value `~`
        /// read as `None`; [`super::ParsedFile::keys`] tells which keys are
        /// present at all. Each field is one row of [`DOCUMENT_KEYS`].
        #[derive(Debug, Clone, Default)]
        pub struct RawFrontMatter {
            $(
                #[doc = concat!("`", $name, "`.")]
                pub $field: Option<$ty>,
            )*
        }

        /// Every key a document may have, in FORMAT.md's order.
        pub const DOCUMENT_KEYS: &[KeySpec] = &[$(
            KeySpec {
                name: $name,
                alias: $alias,
                kind: Kind::$kind,
                need: Need::$need,
                inherited: $inherited,
                translated: $translated,
                label: $label,
                hint: $hint,
                template: $template,
            },
        )*];

        impl RawFrontMatter {
            /// Reads the value of the key `name` (canonical) into its field;
            /// a value of an unknown key is passed over.
            pub(super) fn read_value<'de, A: de::MapAccess<'de>>(
                &mut self,
                name: &str,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match name {
                    $($name => self.$field = map.next_value()?,)*
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(())
            }
        }
    };
}

document_keys! {
    titel: Spanned<Text> = "titel" / "title", Text, Value, inherited false, translated true,
        "Titel", "Dokumentets namn, som det står på framsidan.",
        "titel: {title}";
    typ: Spanned<Text> = "typ" / "type", Type, Value, inherited true, translated false,
        "Typ", "Typ av styrdokument: strategi, policy, program, plan, riktlinje eller regler.",
        "typ: strategi";
    organisation: Spanned<Text> = "organisation" / "organization", Text, Value, inherited true, translated true,
        "Organisation", "Kommunen, regionen eller myndigheten som står bakom dokumentet.",
        "organisation: ~";
    beslutad_av: Spanned<Text> = "beslutad av" / "decided_by", Text, Present, inherited true, translated true,
        "Beslutad av", "Vem som beslutade dokumentet, till exempel Kommunfullmäktige.\nStår det inte i dokumentet: skriv ~ så står det \"Uppgift saknas i dokumentet\" på sidan.",
        "beslutad av: ~";
    beslutad: Spanned<Text> = "beslutad" / "decided", Date, Present, inherited true, translated false,
        "Beslutad", "Datum för beslutet, ÅÅÅÅ-MM-DD (till exempel 2024-03-18), eller ~.",
        "beslutad: ~";
    giltig_fran: Spanned<Text> = "giltig från" / "valid_from", Date, Optional, inherited true, translated false,
        "Giltig från", "Första dagen dokumentet gäller (ÅÅÅÅ-MM-DD), om dokumentet anger en sådan dag.",
        "# giltig från: 2024-04-01";
    giltig_till: Spanned<Text> = "giltig till" / "valid_until", DateOrFurtherNotice, Present, inherited true, translated false,
        "Giltig till", "Sista dagen dokumentet gäller (ÅÅÅÅ-MM-DD), orden tills vidare, eller ~.",
        "giltig till: ~";
    ansvarig: Spanned<Text> = "ansvarig" / "responsible", Text, Present, inherited true, translated true,
        "Ansvarig", "Vem som ansvarar för dokumentet, till exempel Socialchef, eller ~.",
        "ansvarig: ~";
    ansvarig_verksamhet: Spanned<Text> = "ansvarig verksamhet" / "responsible_unit", Text, Optional, inherited true, translated true,
        "Ansvarig verksamhet", "Valfritt: verksamheten som ansvarar, till exempel Socialtjänst.",
        "# ansvarig verksamhet: Socialtjänst";
    paragraf: Spanned<Text> = "paragraf" / "paragraph", Text, Optional, inherited true, translated false,
        "Paragraf", "Valfritt: beslutets paragraf i protokollet.",
        "# paragraf: \"§ 42\"";
    diarienummer: Spanned<Text> = "diarienummer" / "registry_number", Text, Optional, inherited true, translated false,
        "Diarienummer", "Valfritt: ärendets diarienummer.",
        "# diarienummer: KS 2024/123";
    galler_for: Spanned<Text> = "gäller för" / "applies_to", Text, Optional, inherited true, translated true,
        "Gäller för", "Valfritt: vilka dokumentet gäller för.",
        "# gäller för: Anställda och förtroendevalda";
    ersatter: Spanned<Text> = "ersätter" / "replaces", DocumentLink, Optional, inherited true, translated false,
        "Ersätter", "Valfritt: dokumentet som det här ersätter, som \"@/mapp/namn.md\".",
        "# ersätter: \"@/mapp/gammalt-dokument.md\"";
    sammanfattning: Spanned<Text> = "sammanfattning" / "summary", LongText, Optional, inherited false, translated true,
        "Sammanfattning", "En kort sammanfattning på lättläst svenska: korta meningar, vanliga ord.",
        "sammanfattning: >\n  Skriv två till fyra korta meningar om vad dokumentet vill uppnå.";
    fokusomraden: Vec<Spanned<Text>> = "fokusområden" / "focus_areas", FocusAreas, Optional, inherited true, translated false,
        "Fokusområden", "Fokusområden som dokumentet tar upp (filerna i content/fokusomraden/).",
        "fokusområden: []";
    mal: Vec<Spanned<RawGoal>> = "mål" / "goals", Goals, Optional, inherited false, translated true,
        "Mål", "Dokumentets mål. Varje mål har ett id (små bokstäver och bindestreck),\nen titel, ett eller flera fokusområden och gärna indikatorer. Ta bort #\nframför raderna under mål: så blir exemplet ett mål.",
        "mål:\n#  - id: fler-i-arbete\n#    titel: Fler utrikes födda i arbete\n#    fokusområde: arbete\n#    indikatorer:\n#      - Andel utrikes födda i sysselsättning\n#      # En indikator med siffror visas som diagram och tabell. Skriv bara\n#      # siffror som dokumentet anger, och varifrån de kommer.\n#      - namn: Andel utrikes födda i arbete\n#        enhet: procent\n#        källa: Dokumentets namn, och statistiken det hänvisar till\n#        serie:        # år: värde, så som dokumentet anger dem\n#          2019: …\n#      # Många värden: en CSV-fil i content/data/ med raderna år;värde.\n#      # - namn: …\n#      #   data: utrikes-fodda-i-arbete.csv";
    andringar: Vec<Spanned<RawChange>> = "ändringar" / "changes", Changes, Optional, inherited false, translated true,
        "Ändringar", "Ändringar efter beslutet, med datum. En större ändring (större: true)\nvisas som \"Uppdaterad\" på sidan och i flödena.",
        "# ändringar:\n#   - datum: 2024-03-18\n#     beskrivning: Målet om praktik har fått en ny indikator.\n#     större: true";
    upphavd: Spanned<RawRepeal> = "upphävd" / "repealed", Repeal, Optional, inherited false, translated true,
        "Upphävd", "Om dokumentet har upphävts: från vilket datum, och beslutets uppgifter.",
        "# upphävd:\n#   datum: 2025-01-31\n#   beslutad av: Kommunfullmäktige\n#   paragraf: \"§ 12\"\n#   anledning: Ersatt av den regionala planen.";
    forfattningsnummer: Spanned<Text> = "författningsnummer" / "regulation_number", Text, Optional, inherited true, translated false,
        "Författningsnummer", "Numret i kommunens författningssamling, för bindande föreskrifter.",
        "# författningsnummer: VKFS 2019:3";
    revideras_senast: Spanned<Text> = "revideras senast" / "review_by", Date, Optional, inherited true, translated false,
        "Revideras senast", "När dokumentet senast ska revideras (ÅÅÅÅ-MM-DD).",
        "# revideras senast: 2026-06-30";
    for_revidering_ansvarar: Spanned<Text> = "för revidering ansvarar" / "review_responsible", Text, Optional, inherited true, translated true,
        "För revidering ansvarar", "Vem som ansvarar för att dokumentet revideras.",
        "# för revidering ansvarar: Kommunstyrelsen";
    tidigare_adresser: Vec<Spanned<Text>> = "tidigare adresser" / "previous_addresses", Addresses, Optional, inherited true, translated false,
        "Tidigare adresser", "Sidans gamla adresser på webbplatsen, som ska leda hit.",
        "# tidigare adresser:\n#   - /mapp/gammal-adress/";
    oversatt: Spanned<Text> = "översatt" / "translated", Date, Optional, inherited false, translated true,
        "Översatt", "I en översättning (namn.en.md …): datumet för originalets text som\növersättningen följer.",
        "# översatt: 2024-03-01";
}

/// The row of key `name` (canonical).
pub fn spec(name: &str) -> Option<&'static KeySpec> {
    DOCUMENT_KEYS.iter().find(|k| k.name == name)
}

/// The canonical names of [`DOCUMENT_KEYS`], in order.
pub fn document_key_names() -> impl Iterator<Item = &'static str> {
    DOCUMENT_KEYS.iter().map(|k| k.name)
}

/// The keys of a focus area or a plain page: rows of [`DOCUMENT_KEYS`].
pub const PAGE_KEYS: &[&str] = &["titel", "sammanfattning"];

/// The keys of one goal: (key, English alias, label, hint).
pub const GOAL_KEYS: &[(&str, &str, &str, &str)] = &[
    (
        "id",
        "id",
        "Id",
        "Små bokstäver och bindestreck, unikt i dokumentet, till exempel fler-i-arbete.",
    ),
    (
        "titel",
        "title",
        "Titel",
        "Målet, som dokumentet skriver det.",
    ),
    (
        "fokusområde",
        "focus_area",
        "Fokusområde",
        "Ett eller flera av webbplatsens fokusområden.",
    ),
    (
        "indikatorer",
        "indicators",
        "Indikatorer",
        "Hur målet mäts: ett namn per indikator, och gärna enhet, källa och värden år för år.",
    ),
];

/// The keys of an indicator given as a set of keys rather than a name
/// (`src/model/indicator/read.rs` reads them): (key, English alias, label,
/// hint).
pub const INDICATOR_KEYS: &[(&str, &str, &str, &str)] = &[
    (
        "namn",
        "name",
        "Namn",
        "Vad som mäts, som dokumentet skriver det, till exempel Andel utrikes födda i arbete.",
    ),
    ("enhet", "unit", "Enhet", "procent, antal eller andra ord."),
    (
        "källa",
        "source",
        "Källa",
        "Var siffrorna kommer ifrån, till exempel SCB.",
    ),
    (
        "kolada",
        "kolada",
        "Kolada-id",
        "Nyckeltalets id i Kolada: N eller U och fem siffror, till exempel N00914.",
    ),
    (
        "serie",
        "series",
        "Värden",
        "Ett år och ett värde per rad, till exempel 2019: 16 eller 2020: 16,4.",
    ),
    (
        "data",
        "data",
        "Datafil",
        "I stället för värdena: en CSV-fil i content/data/, till exempel befolkning.csv.",
    ),
];

/// The keys of one change note: (key, English alias, label, hint).
pub const CHANGE_KEYS: &[(&str, &str, &str, &str)] = &[
    (
        "datum",
        "date",
        "Datum",
        "Dagen för ändringen (ÅÅÅÅ-MM-DD).",
    ),
    (
        "beskrivning",
        "description",
        "Beskrivning",
        "Vad som ändrades.",
    ),
    (
        "större",
        "major",
        "Större ändring",
        "En större ändring visas som \"Uppdaterad\" på sidan och i flödena.",
    ),
];

/// The keys of the repeal: (key, English alias, label, hint).
pub const REPEAL_KEYS: &[(&str, &str, &str, &str)] = &[
    (
        "datum",
        "date",
        "Datum",
        "Från den dagen gäller dokumentet inte längre (ÅÅÅÅ-MM-DD).",
    ),
    (
        "beslutad av",
        "decided_by",
        "Beslutad av",
        "Vem som beslutade att upphäva dokumentet.",
    ),
    (
        "paragraf",
        "paragraph",
        "Paragraf",
        "Beslutets paragraf i protokollet.",
    ),
    (
        "anledning",
        "reason",
        "Anledning",
        "Varför dokumentet upphävdes.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The nested keys listed here for the editor are the ones the reader
    /// takes (its serde names): each, by its name and by its alias, is
    /// read without an "unknown key".
    #[test]
    fn nested_keys_are_the_readers() {
        fn reads<T: serde::de::DeserializeOwned>(keys: &[(&str, &str, &str, &str)]) {
            for (name, alias, _, _) in keys {
                let value = if *name == "indikatorer" { "[x]" } else { "x" };
                for key in [name, alias] {
                    let yaml = format!("\"{key}\": {value}\n");
                    assert!(
                        crate::content::yaml::read::<T>(&yaml).is_ok(),
                        "{key} is not read"
                    );
                }
            }
        }
        reads::<RawGoal>(GOAL_KEYS);
        reads::<RawChange>(CHANGE_KEYS);
        reads::<RawRepeal>(REPEAL_KEYS);
    }

    #[test]
    fn every_key_and_alias_is_unique() {
        let mut all: Vec<&str> = DOCUMENT_KEYS
            .iter()
            .flat_map(|k| [k.name, k.alias])
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
