// Norwegian for the loader's and validator's English messages (see diag_text.hpp): one
// pattern per message shape, then, for the safety rules, what to add and where.
#include <regex>
#include <string>
#include <vector>

#include "diag_text.hpp"

namespace vv {
namespace {

struct Pattern {
  const char* code;
  const char* re;  // matched against the whole English message
  const char* nb;  // std::regex format: $1, $2 ...
  const char* nn;
};

const Pattern kPatterns[] = {
    {"E_UNKNOWN_KEY", R"(unknown key '(.*)' (?:in an item |in 'when' )?\(allowed: (.*)\))",
     "ukjent nøkkel '$1': sjekk stavemåten (nøklene er engelske og skrives nøyaktig slik); tillatt her: $2",
     "ukjend nøkkel '$1': sjekk stavemåten (nøklane er engelske og blir skrivne nøyaktig slik); tillate her: $2"},
    {"E_UNKNOWN_KEY", R"(unknown language '(.*)' \(allowed: nb, nn, en\))",
     "ukjent språk '$1': bruk nb (bokmål), nn (nynorsk) eller en (engelsk)",
     "ukjent språk '$1': bruk nb (bokmål), nn (nynorsk) eller en (engelsk)"},
    {"E_MISSING_KEY", R"(missing key '(.*)')", "mangler nøkkelen '$1': legg den til", "manglar nøkkelen '$1': legg han til"},
    {"E_TYPE", R"(expected a text object keyed by language .*, found (.*))",
     "en tekst skrives med språkkode, slik: {\"nb\": \"...\"} (her står $1)",
     "ein tekst blir skriven med språkkode, slik: {\"nb\": \"...\"} (her står $1)"},
    {"E_TYPE", R"('(.*)' must be a list, found (.*))", "'$1' skal være en liste i hakeparenteser [ ... ] (her står $2)",
     "'$1' skal vere ei liste i hakeparentesar [ ... ] (her står $2)"},
    {"E_TYPE", R"('(.*)' must be a string, found (.*))", "'$1' skal være en tekst i anførselstegn (her står $2)",
     "'$1' skal vere ein tekst i hermeteikn (her står $2)"},
    {"E_EMPTY", R"('(.*)' must not be empty)", "'$1' er tom: fyll den inn", "'$1' er tom: fyll han inn"},
    {"E_BAD_ID", R"(id '(.*)' must match .*)",
     "id-en '$1' kan bare ha små bokstaver a-z, sifre, punktum, bindestrek og understrek (ikke mellomrom eller æ, ø, å), høyst 64 tegn: skriv for eksempel 'trinn1.3'",
     "id-en '$1' kan berre ha små bokstavar a-z, siffer, punktum, bindestrek og understrek (ikkje mellomrom eller æ, ø, å), høgst 64 teikn: skriv til dømes 'trinn1.3'"},
    {"E_BAD_ID", R"(pack id '(.*)' must match its file name '(.*)')",
     "pakke-id-en '$1' må være lik filnavnet '$2': gi fila navnet $1.json, eller endre id-en",
     "pakke-id-en '$1' må vere lik filnamnet '$2': gi fila namnet $1.json, eller endre id-en"},
    {"E_BAD_ID", R"('now' line ids start with 'now.': '(.*)')",
     "id-ene i «Gjør dette nå» begynner med 'now.': gi '$1' en slik id, for eksempel 'now.$1'",
     "id-ane i «Gjer dette no» byrjar med 'now.': gi '$1' ein slik id, til dømes 'now.$1'"},
    {"E_DUPLICATE_ID", R"('Gjør dette nå' line '(.*)' appears twice)", "to linjer i «Gjør dette nå» har id-en '$1': gi den ene en ny id",
     "to liner i «Gjer dette no» har id-en '$1': gi den eine ein ny id"},
    {"E_EMPTY", R"('Gjør dette nå' line '(.*)' applies to no stage)",
     "linjen '$1' i «Gjør dette nå» gjelder ingen situasjon: skriv situasjonene i \"stages\"",
     "lina '$1' i «Gjer dette no» gjeld ingen situasjon: skriv situasjonane i \"stages\""},
    {"E_INTERNAL_REF", R"('Gjør dette nå' line '(.*)' names '(.*)')",
     "linjen '$1' i «Gjør dette nå» nevner '$2', som brukeren ikke skal se: vis til rutinen, en lov eller en nasjonal veileder",
     "lina '$1' i «Gjer dette no» nemner '$2', som brukaren ikkje skal sjå: vis til rutinen, ei lov eller ein nasjonal rettleiar"},
    {"E_BAD_ID", R"(pack item ids may not start with 'nat.': '(.*)')",
     "'$1': id-er som begynner med 'nat.', er forbeholdt de nasjonale punktene: gi punktet en id uten 'nat.'",
     "'$1': id-ar som byrjar med 'nat.', er reserverte for dei nasjonale punkta: gi punktet ein id utan 'nat.'"},
    {"E_DUPLICATE_ID", R"(item '(.*)' appears twice in the pack)",
     "to punkter har id-en '$1': gi dette punktet en ny id", "to punkt har id-en '$1': gi dette punktet ein ny id"},
    {"E_DUPLICATE_ID", R"((step|section) '(.*)' appears twice)", "to steg eller avsnitt har id-en '$2': gi ett av dem en ny id",
     "to steg eller avsnitt har id-en '$2': gi eitt av dei ein ny id"},
    {"E_DUPLICATE_ID", R"(stage '(.*)' lists item '(.*)' twice)", "situasjonen '$1' viser punktet '$2' to ganger: slett det ene",
     "situasjonen '$1' viser punktet '$2' to gonger: slett det eine"},
    {"E_DUPLICATE_ID", R"(contact '(.*)' appears twice)", "to kontakter har id-en '$1': gi den ene en ny id",
     "to kontaktar har id-en '$1': gi den eine ein ny id"},
    {"E_DANGLING_REF", R"(stage '(.*)' lists unknown item '(.*)')",
     "situasjonen '$1' viser til punktet '$2', som ikke finnes: rett id-en, eller legg til punktet",
     "situasjonen '$1' viser til punktet '$2', som ikkje finst: rett id-en, eller legg til punktet"},
    {"E_DANGLING_REF", R"(stage '(.*)' maps to unknown step '(.*)')",
     "situasjonen '$1' viser til steget '$2', som ikke finnes: rett id-en under \"stages\"",
     "situasjonen '$1' viser til steget '$2', som ikkje finst: rett id-en under \"stages\""},
    {"E_DANGLING_REF", R"(step '(.*)' goes on to unknown step '(.*)')",
     "steget '$1' går videre (\"next\") til steget '$2', som ikke finnes: rett id-en",
     "steget '$1' går vidare (\"next\") til steget '$2', som ikkje finst: rett id-en"},
    {"E_DANGLING_REF", R"((.*) refers to unknown law '(.*)')",
     "$1 viser til loven '$2', som ikke finnes i den nasjonale lovfila: bruk en lov-id fra docs/ids.md",
     "$1 viser til lova '$2', som ikkje finst i den nasjonale lovfila: bruk ein lov-id frå docs/ids.md"},
    {"E_STAGE_UNMAPPED", R"(pack '(.*)' does not map stage '(.*)')",
     "pakken '$1' sier ikke hvilket steg som vises i situasjonen '$2': legg til \"$2\": {\"step\": \"...\"} under \"stages\" (forfatterveiledningen forklarer situasjonene)",
     "pakken '$1' seier ikkje kva steg som blir vist i situasjonen '$2': legg til \"$2\": {\"step\": \"...\"} under \"stages\""},
    {"E_UNKNOWN_STAGE", R"(unknown stage '([^']*)'.*)",
     "ukjent situasjon '$1': situasjonene heter acute, emergency, acute_consult, report, level0, level1, follow_up, level2 og level3",
     "ukjend situasjon '$1': situasjonane heiter acute, emergency, acute_consult, report, level0, level1, follow_up, level2 og level3"},
    {"E_UNREACHABLE_STEP", R"(step '(.*)' is reached by no stage mapping and no 'next')",
     "steget '$1' blir aldri vist: ingen situasjon under \"stages\" og ingen \"next\" fører dit; knytt det til en situasjon, eller slett det",
     "steget '$1' blir aldri vist: ingen situasjon under \"stages\" og ingen \"next\" fører dit; knyt det til ein situasjon, eller slett det"},
    {"E_NO_ACTION", R"(item '(.*)' has no action tag)",
     "punktet '$1' har ingen handlingsmerker: legg til minst ett i \"actions\", for eksempel [\"document\"]",
     "punktet '$1' har ingen handlingsmerke: legg til minst eitt i \"actions\", til dømes [\"document\"]"},
    {"E_NO_SOURCE", R"(item '(.*)' has no source section)",
     "punktet '$1' mangler kilde: skriv i \"source\" hvilket avsnitt i kommunens rutine punktet bygger på",
     "punktet '$1' manglar kjelde: skriv i \"source\" kva avsnitt i rutinen til kommunen punktet byggjer på"},
    {"E_BAD_URL", R"('(.*)' is not an absolute http\(s\) URL with a host)",
     "'$1' er ikke en fullstendig nettadresse: skriv den med https://, for eksempel https://www.kommune.no/rutine",
     "'$1' er ikkje ei fullstendig nettadresse: skriv ho med https://, til dømes https://www.kommune.no/rutine"},
    {"E_BAD_DATE", R"('(.*)' must be a date YYYY-MM-DD, found '(.*)')",
     "'$1' skal være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23 (her står '$2')",
     "'$1' skal vere ein dato på forma ÅÅÅÅ-MM-DD, til dømes 2026-11-23 (her står '$2')"},
    {"E_FORMAT_VERSION", R"(unsupported format (.*): this program reads format (.*))",
     "formatet $1 kan ikke leses: skriv \"format\": $2 (et tall, uten anførselstegn)",
     "formatet $1 kan ikkje lesast: skriv \"format\": $2 (eit tal, utan hermeteikn)"},
    {"E_MISSING_FILE", R"(required content file is missing)", "fila mangler: den følger med programmet; installer det på nytt",
     "fila manglar: ho følgjer med programmet; installer det på nytt"},
    {"E_INVARIANT", R"(stage '(.*)' \((.*)\): (.*) \[(.*)\])", "sikkerhetsregel brutt i situasjonen '$1' (svar: $2): $3 [$4]",
     "tryggleiksregel broten i situasjonen '$1' (svar: $2): $3 [$4]"},
    {"E_REPORT_STEP", R"(stage 'report' shows step '(.*)', which is not about reporting.*)",
     "situasjonen 'report' (meldeplikt) viser steget '$1', som ikke handler om å melde: la 'report' vise et eget steg (f.eks. 'meldeplikt') med et punkt merket \"report_child_welfare\"",
     "situasjonen 'report' (meldeplikt) viser steget '$1', som ikkje handlar om å melde: la 'report' vise eit eige steg (t.d. 'meldeplikt') med eit punkt merkt \"report_child_welfare\""},
    // Training cases (training.cpp)
    {"E_TRAINING_STAGE", R"(training case '(.*)' expects the stage '(.*)', but its answers lead to '(.*)')",
     "opplæringscasen '$1' venter situasjonen '$2', men svarene fører til '$3': rett \"expected_stage\" eller svarene",
     "opplæringscasen '$1' ventar situasjonen '$2', men svara fører til '$3': rett \"expected_stage\" eller svara"},
    {"E_TRAINING_ANSWERS", R"(training case '(.*)' answers '(.*)', which the flow never asks for these answers; remove it)",
     "opplæringscasen '$1' svarer på '$2', som veiviseren ikke spør om med disse svarene: ta det bort",
     "opplæringscasen '$1' svarar på '$2', som vegvisaren ikkje spør om med desse svara: ta det bort"},
    {"E_TRAINING_ANSWERS", R"(training case '(.*)' does not answer '(.*)', which the flow asks next)",
     "opplæringscasen '$1' mangler svar på '$2', som veiviseren spør om: legg det til under \"answers\"",
     "opplæringscasen '$1' manglar svar på '$2', som vegvisaren spør om: legg det til under \"answers\""},
    {"E_TRAINING_SOURCE", R"(training case '(.*)' names the source '(.*)', which no item on its checklist has; .*)",
     "opplæringscasen '$1' viser til kilden '$2', men ingen punkter i sjekklisten har den: kopier \"source\" fra et punkt nøyaktig",
     "opplæringscasen '$1' viser til kjelda '$2', men ingen punkt i sjekklista har henne: kopier \"source\" frå eit punkt nøyaktig"},
    {"E_DANGLING_REF", R"(training case '(.*)' names the pack '(.*)', which is not loaded \(loaded: (.*)\))",
     "opplæringscasen '$1' viser til pakken '$2', som ikke er lastet: bruk en av $3",
     "opplæringscasen '$1' viser til pakken '$2', som ikkje er lasta: bruk ein av $3"},
    {"E_BAD_VALUE", R"(training case '(.*)': '(.*)' is not a question and value the flow knows)",
     "opplæringscasen '$1': '$2' er ikke et spørsmål og svar veiviseren kjenner: se spørsmålene i forfatterveiledningen",
     "opplæringscasen '$1': '$2' er ikkje eit spørsmål og svar vegvisaren kjenner: sjå spørsmåla i forfattarrettleiinga"},
    {"E_INTERNAL_REF", R"(training case '(.*)' names '(.*)'; .*)",
     "opplæringscasen '$1' viser til '$2', som en leser ikke kan slå opp: vis til kommunens dokument, en lov eller en nasjonal veileder",
     "opplæringscasen '$1' viser til '$2', som ein lesar ikkje kan slå opp: vis til dokumentet til kommunen, ei lov eller ein nasjonal rettleiar"},
};

// What to do for each safety rule of invariants.cpp, by the rule's name.
struct Fix {
  const char* rule;
  const char* nb;
  const char* nn;
};
const Fix kInvariantFixes[] = {
    {"document", "legg til et punkt med handlingen \"document\" i steget situasjonen viser",
     "legg til eit punkt med handlinga \"document\" i steget situasjonen viser"},
    {"acute-no-contact-parents", "fjern punktet merket \"contact_parents\" fra denne situasjonen: ved akutt fare skal foreldrene ikke kontaktes",
     "fjern punktet merkt \"contact_parents\" frå denne situasjonen: ved akutt fare skal foreldra ikkje kontaktast"},
    {"acute-do-not-contact-parents", "legg til et punkt merket \"do_not_contact_parents\" (ikke kontakt foreldrene)",
     "legg til eit punkt merkt \"do_not_contact_parents\" (ikkje kontakt foreldra)"},
    {"acute-contact", "legg til et punkt merket \"contact_child_welfare\" eller \"contact_police\"",
     "legg til eit punkt merkt \"contact_child_welfare\" eller \"contact_police\""},
    {"acute-contact-first", "flytt punktet om å kontakte barnevernet eller politiet først i steget",
     "flytt punktet om å kontakte barnevernet eller politiet først i steget"},
    {"report", "legg til et punkt merket \"report_child_welfare\" (send bekymringsmelding til barnevernet)",
     "legg til eit punkt merkt \"report_child_welfare\" (send bekymringsmelding til barnevernet)"},
    {"report-step", "la steget for 'report' ha sitt eget punkt merket \"report_child_welfare\"",
     "la steget for 'report' ha sitt eige punkt merkt \"report_child_welfare\""},
    {"child-voice", "legg til et punkt merket \"talk_with_child\" (snakk med barnet)",
     "legg til eit punkt merkt \"talk_with_child\" (snakk med barnet)"},
};

// For messages no pattern covers: what the code means and what to do, then the English
// detail (which names the exact place and value).
struct Summary {
  const char* code;
  const char* nb;
  const char* nn;
};
const Summary kSummaries[] = {
    {"E_JSON", "fila kan ikke leses som JSON: rett skrivefeilen på linjen", "fila kan ikkje lesast som JSON: rett skrivefeilen på linja"},
    {"E_TOO_LARGE", "fila er for stor eller for dypt nøstet: del den opp eller rett strukturen", "fila er for stor eller for djupt nøsta: del ho opp eller rett strukturen"},
    {"E_FORMAT_VERSION", "fila har feil formatversjon: skriv \"format\": 2", "fila har feil formatversjon: skriv \"format\": 2"},
    {"E_MISSING_FILE", "en fil mangler", "ei fil manglar"},
    {"E_TYPE", "verdien har feil type (tekst, tall, liste eller objekt): se eksempelet i meldingen", "verdien har feil type (tekst, tal, liste eller objekt): sjå dømet i meldinga"},
    {"E_EMPTY", "noe som må fylles inn, er tomt: fyll det inn", "noko som må fyllast inn, er tomt: fyll det inn"},
    {"E_BAD_VALUE", "verdien er ikke en av de tillatte: velg en av dem meldingen nevner", "verdien er ikkje ein av dei tillatne: vel ein av dei meldinga nemner"},
    {"E_VARIANT_GAP", "for noen svar passer ingen variant av situasjonen: utvid \"when\" eller legg til en variant uten \"when\" til slutt", "for nokre svar passar ingen variant av situasjonen: utvid \"when\" eller legg til ein variant utan \"when\" til slutt"},
    {"E_VARIANT_OVERLAP", "for noen svar passer to varianter av situasjonen: gjør \"when\" i variantene ulike", "for nokre svar passar to variantar av situasjonen: gjer \"when\" i variantane ulike"},
    {"E_PARENT_EXCEPTION", "et punkt ber brukeren kontakte foreldrene uten å si unntaket: skriv i teksten at foreldrene ikke kontaktes først ved mistanke om vold, overgrep eller trusler, eller når det kan sette barnet i fare eller hindre en etterforskning", "eit punkt ber brukaren kontakte foreldra utan å seie unntaket: skriv i teksten at foreldra ikkje blir kontakta først ved mistanke om vald, overgrep eller truslar, eller når det kan setje barnet i fare eller hindre etterforsking"},
    {"E_CONSENT", "et punkt ber om foreldrenes samtykke også der ungdom 16-17 år samtykker selv (helsepersonell): legg til \"when\" eller skriv punktet for den unge", "eit punkt ber om samtykke frå foreldra også der ungdom 16-17 år samtykkjer sjølv (helsepersonell): legg til \"when\" eller skriv punktet for den unge"},
    {"E_INTERNAL_REF", "en tekst viser til noe brukeren ikke kan slå opp (et filnavn eller en intern id): vis til kommunens eget dokument, en lov eller en navngitt nasjonal veileder", "ein tekst viser til noko brukaren ikkje kan slå opp (eit filnamn eller ein intern id): vis til dokumentet til kommunen, ei lov eller ein namngitt nasjonal rettleiar"},
    {"E_SPEC_MISMATCH", "de nasjonale spørsmålene er endret: de følger med programmet og skal ikke redigeres", "dei nasjonale spørsmåla er endra: dei følgjer med programmet og skal ikkje redigerast"},
    {"E_NO_STAGE", "noen svar fører ikke til noen situasjon: de nasjonale reglene er skadet; installer programmet på nytt", "nokre svar fører ikkje til nokon situasjon: dei nasjonale reglane er skadde; installer programmet på nytt"},
    {"E_STAGE_UNMAPPED", "en situasjon er ikke knyttet til noe steg: legg den til under \"stages\"", "ein situasjon er ikkje knytt til noko steg: legg han til under \"stages\""},
    {"E_DANGLING_REF", "en henvisning peker på noe som ikke finnes: rett id-en", "ei tilvising peikar på noko som ikkje finst: rett id-en"},
    {"E_DUPLICATE_ID", "samme id er brukt to ganger: gi den ene en ny id", "same id er brukt to gonger: gi den eine ein ny id"},
    {"E_UNKNOWN_KEY", "ukjent nøkkel: sjekk stavemåten", "ukjend nøkkel: sjekk stavemåten"},
    {"E_MISSING_KEY", "en nøkkel mangler: legg den til", "ein nøkkel manglar: legg han til"},
    {"E_INVARIANT", "en sikkerhetsregel er brutt: se forfatterveiledningen, kapittel 3", "ein tryggleiksregel er broten: sjå forfattarrettleiinga, kapittel 3"},
    {"W_NO_LOCAL_CHILD_WELFARE", "kommunens barneverntjeneste har ikke noe telefonnummer: legg det til i contacts.json med \"kind\": \"child_welfare\"", "barnevernstenesta i kommunen har ikkje noko telefonnummer: legg det til i contacts.json med \"kind\": \"child_welfare\""},
};

}  // namespace

std::string translate_legacy(const Diagnostic& d, std::string_view lang) {
  const bool nn = lang == "nn";
  for (const auto& p : kPatterns) {
    if (d.code != p.code) continue;
    std::smatch m;
    std::regex re(p.re);
    if (!std::regex_match(d.message, m, re)) continue;
    std::string out = m.format(nn ? p.nn : p.nb);
    if (d.code == "E_INVARIANT") {
      const std::string rule = m[4];
      for (const auto& f : kInvariantFixes)
        if (rule == f.rule) out += ": " + std::string(nn ? f.nn : f.nb);
    }
    return out;
  }
  for (const auto& sm : kSummaries)
    if (d.code == sm.code) return std::string(nn ? sm.nn : sm.nb) + (nn ? " (detaljar: " : " (detaljer: ") + d.message + ")";
  return std::string(nn ? "feil i innhaldet (detaljar: " : "feil i innholdet (detaljer: ") + d.message + ")";
}

}  // namespace vv
