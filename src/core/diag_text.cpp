// The keyed author messages (see diag_text.hpp): nb, nn and en, each saying what to do.
#include "diag_text.hpp"

#include "model.hpp"
#include "text_table.hpp"

namespace vv {
namespace {

const TextEntry kMessages[] = {
    // Syntax (json_syntax.cpp)
    {"syntax.empty", "fila er tom: den skal inneholde ett objekt som begynner med { og slutter med }",
     "fila er tom: ho skal innehalde eitt objekt som byrjar med { og sluttar med }",
     "the file is empty: it must hold one object, from { to }"},
    {"syntax.after_end", "det står noe etter den siste } (objektet sluttet på linje {0}): slett det, eller flytt det inn før }",
     "det står noko etter den siste } (objektet slutta på linje {0}): slett det, eller flytt det inn før }",
     "text after the closing } (the object ended on line {0}): delete it, or move it inside"},
    {"syntax.utf8", "fila er ikke lagret som UTF-8 (trolig Windows-1252/ANSI, ser du feil på æ, ø, å?): lagre fila på nytt med tegnkoding UTF-8",
     "fila er ikkje lagra som UTF-8 (truleg Windows-1252/ANSI, ser du feil på æ, ø, å?): lagra fila på nytt med teiknkoding UTF-8",
     "invalid UTF-8 on this line (saved as Windows-1252?): save the file again as UTF-8"},
    {"syntax.comment_line", "kommentarer med // er ikke tillatt: slett kommentaren (notater til andre forfattere kan stå i \"mapping_notes\")",
     "kommentarar med // er ikkje tillatne: slett kommentaren (notat til andre forfattarar kan stå i \"mapping_notes\")",
     "// comments are not allowed in JSON: delete the comment (notes can go in \"mapping_notes\")"},
    {"syntax.comment_block", "kommentarer med /* */ er ikke tillatt: slett kommentaren (notater kan stå i \"mapping_notes\")",
     "kommentarar med /* */ er ikkje tillatne: slett kommentaren (notat kan stå i \"mapping_notes\")",
     "/* */ comments are not allowed in JSON: delete the comment"},
    {"syntax.word", "'{0}' står uten anførselstegn: tekst skal stå i rette anførselstegn, \"slik\" (bare tall, true, false og null står uten)",
     "'{0}' står utan hermeteikn: tekst skal stå i rette hermeteikn, \"slik\" (berre tal, true, false og null står utan)",
     "'{0}' is not quoted: text goes in straight double quotes, \"like this\""},
    {"syntax.char", "tegnet '{0}' hører ikke hjemme her: slett det", "teiknet '{0}' høyrer ikkje heime her: slett det",
     "unexpected character '{0}': delete it"},
    {"syntax.escape", "\\{0} i teksten er ikke gyldig: skriv \\\\ for en omvendt skråstrek, eller fjern den",
     "\\{0} i teksten er ikkje gyldig: skriv \\\\ for ein omvend skråstrek, eller fjern han",
     "invalid escape \\{0}: write \\\\ for a backslash, or remove it"},
    {"syntax.tab", "et tabulatortegn står inne i en tekst: bytt det ut med et mellomrom",
     "eit tabulatorteikn står inne i ein tekst: byt det ut med eit mellomrom", "a tab inside a text: replace it by a space"},
    {"syntax.unclosed_string", "teksten som begynner på denne linjen, mangler avsluttende anførselstegn: sett inn \" der teksten slutter",
     "teksten som byrjar på denne linja, manglar avsluttande hermeteikn: set inn \" der teksten sluttar",
     "unclosed string: add the closing \" where the text ends"},
    {"syntax.single_quote", "enkle anførselstegn ' er brukt rundt en tekst: bruk doble rette anførselstegn \"...\"",
     "enkle hermeteikn ' er brukte rundt ein tekst: bruk doble rette hermeteikn \"...\"",
     "single quotes around a text: use straight double quotes \"...\""},
    {"syntax.smart_quote", "typografiske anførselstegn (“ ” ‘ ’ « ») er brukt rundt en tekst eller nøkkel, trolig limt inn fra Word: bytt dem ut med rette anførselstegn \" (inne i en tekst er « » greit)",
     "typografiske hermeteikn (“ ” ‘ ’ « ») er brukte rundt ein tekst eller nøkkel, truleg limte inn frå Word: byt dei ut med rette hermeteikn \" (inne i ein tekst er « » greitt)",
     "typographic quotes (“ ” ‘ ’ « ») used as JSON quotes, probably pasted from a word processor: replace them by straight quotes \""},
    {"syntax.no_value", "mangler en verdi etter linje {0}: slett det overflødige kommaet eller kolonet, eller skriv inn verdien",
     "manglar ein verdi etter linje {0}: slett det overflødige kommaet eller kolonet, eller skriv inn verdien",
     "a value is missing after line {0}: delete the extra comma or colon, or add the value"},
    {"syntax.trailing_comma", "komma etter det siste elementet (linje {0}): slett dette kommaet",
     "komma etter det siste elementet (linje {0}): slett dette kommaet", "trailing comma on line {0}: delete it"},
    {"syntax.unclosed_object", "fila slutter før { fra linje {0} er lukket: mangler avsluttende } (sjekk også at hver { lenger opp har sin })",
     "fila sluttar før { frå linje {0} er lukka: manglar avsluttande } (sjekk òg at kvar { lenger opp har sin })",
     "the file ends before the { of line {0} is closed: a closing } is missing"},
    {"syntax.unclosed_array", "fila slutter før [ fra linje {0} er lukket: mangler avsluttende ]",
     "fila sluttar før [ frå linje {0} er lukka: manglar avsluttande ]",
     "the file ends before the [ of line {0} is closed: a closing ] is missing"},
    {"syntax.missing_comma", "mangler komma etter linje {0}: sett inn , på slutten av linje {0}",
     "manglar komma etter linje {0}: set inn , på slutten av linje {0}",
     "missing comma after line {0}: add , at the end of line {0}"},
    {"syntax.wrong_close_object", "{ fra linje {0} lukkes med ]: skriv } her, eller se etter en [ som mangler lenger opp",
     "{ frå linje {0} blir lukka med ]: skriv } her, eller sjå etter ein [ som manglar lenger oppe",
     "the { of line {0} is closed by ]: write } here, or look for a missing [ above"},
    {"syntax.wrong_close_array", "[ fra linje {0} lukkes med }: skriv ] her, eller se etter en { som mangler lenger opp",
     "[ frå linje {0} blir lukka med }: skriv ] her, eller sjå etter ein { som manglar lenger oppe",
     "the [ of line {0} is closed by }: write ] here, or look for a missing { above"},
    {"syntax.key_quotes", "nøkkelen {0} står uten anførselstegn: skriv \"{0}\"", "nøkkelen {0} står utan hermeteikn: skriv \"{0}\"",
     "the key {0} is not quoted: write \"{0}\""},
    {"syntax.duplicate_key", "nøkkelen '{0}' står to ganger i samme objekt (første gang på linje {1}), og bare den siste ville blitt brukt: slett den ene, eller slå dem sammen",
     "nøkkelen '{0}' står to gonger i same objekt (første gong på linje {1}), og berre den siste ville blitt brukt: slett den eine, eller slå dei saman",
     "the key '{0}' appears twice in one object (first on line {1}); only the last would be used: delete one or merge them"},
    {"syntax.missing_colon", "mangler kolon etter nøkkelen '{0}': skriv \"{0}\": verdi", "manglar kolon etter nøkkelen '{0}': skriv \"{0}\": verdi",
     "missing colon after the key '{0}': write \"{0}\": value"},
    {"syntax.no_key", "en verdi står uten nøkkel: skriv \"nøkkel\": foran verdien", "ein verdi står utan nøkkel: skriv \"nøkkel\": framfor verdien",
     "a value without a key: write \"key\": before it"},
    {"syntax.deep", "for mange nivåer inni hverandre: fila er trolig ødelagt", "for mange nivå inni kvarandre: fila er truleg øydelagd",
     "nested too deeply: the file is probably broken"},
    // Texts, keys, ids
    {"text.empty", "teksten på {0} i '{1}' er tom: skriv inn teksten", "teksten på {0} i '{1}' er tom: skriv inn teksten",
     "the {0} text of '{1}' is empty: write the text"},
    {"text.missing", "'{1}' har ingen tekst på {0}: legg til \"{0}\": \"...\" (eller fjern {0} fra \"translations\")",
     "'{1}' har ingen tekst på {0}: legg til \"{0}\": \"...\" (eller fjern {0} frå \"translations\")",
     "'{1}' has no '{0}' text: add \"{0}\": \"...\" (or remove {0} from \"translations\")"},
    {"item.missing_key", "punktet '{1}' mangler nøkkelen '{0}': legg den til", "punktet '{1}' manglar nøkkelen '{0}': legg han til",
     "item '{1}' lacks the key '{0}': add it"},
    {"action.unknown", "ukjent handlingsmerke '{0}' i punktet '{1}': bruk et av disse: {2}",
     "ukjent handlingsmerke '{0}' i punktet '{1}': bruk eitt av desse: {2}",
     "unknown action tag '{0}' in item '{1}': use one of {2}"},
    {"contact.national_clash", "id-en '{0}' er allerede brukt av en nasjonal kontakt: gi den lokale kontakten en ny id, for eksempel 'lokal-{0}'",
     "id-en '{0}' er alt brukt av ein nasjonal kontakt: gi den lokale kontakten ein ny id, til dømes 'lokal-{0}'",
     "the id '{0}' is a national contact's: give the local contact a new id, such as 'lokal-{0}'"},
    {"pack.national_clash", "pakke-id-en '{0}' er allerede brukt av en nasjonal pakke ({1}): gi den lokale pakken en ny id (og samme filnavn), for eksempel '{0}-lokal'",
     "pakke-id-en '{0}' er alt brukt av ein nasjonal pakke ({1}): gi den lokale pakken ein ny id (og same filnamn), til dømes '{0}-lokal'",
     "the pack id '{0}' is a national pack's ({1}): give the local pack a new id and file name, such as '{0}-lokal'"},
    // Claims
    {"laws_checked.later", "laws_checked sier {0}, men de nasjonale lovhenvisningene er sist kontrollert {1}: skriv \"laws_checked\": \"{1}\" (datoen pakken kan vise til)",
     "laws_checked seier {0}, men dei nasjonale lovtilvisingane er sist kontrollerte {1}: skriv \"laws_checked\": \"{1}\"",
     "laws_checked says {0}, but the national law file was last checked {1}: write \"laws_checked\": \"{1}\""},
    {"laws_checked.future", "laws_checked sier {0}, som er fram i tid: skriv datoen lovhenvisningene faktisk ble kontrollert, senest {1}",
     "laws_checked seier {0}, som er fram i tid: skriv datoen lovtilvisingane faktisk vart kontrollerte, seinast {1}",
     "laws_checked says {0}, a date in the future: write the date the laws were checked, at most {1}"},
    {"source.file", "source.file '{0}' ser ikke ut som navnet på et dokument: skriv filnavnet på kommunens rutine med filtype (f.eks. 'Rutine for bekymring 2026.pdf') eller en nettadresse",
     "source.file '{0}' ser ikkje ut som namnet på eit dokument: skriv filnamnet på rutinen til kommunen med filtype (t.d. 'Rutine for bekymring 2026.pdf') eller ei nettadresse",
     "source.file '{0}' does not look like a document name: write the procedure's file name with its extension (e.g. 'Rutine 2026.pdf') or a URL"},
    {"placeholder", "{0} er ikke fylt inn: erstatt «FYLL INN» med {1}", "{0} er ikkje fylt inn: byt ut «FYLL INN» med {1}",
     "{0} is not filled in: replace \"FYLL INN\" by {1}"},
    {"dup_national", "punktet '{0}' i situasjonen '{2}' ligner det nasjonale punktet '{1}', som alltid legges til: slett punktet, eller legg til det som er lokalt (skjema, kontaktperson)",
     "punktet '{0}' i situasjonen '{2}' liknar det nasjonale punktet '{1}', som alltid blir lagt til: slett punktet, eller legg til det som er lokalt",
     "item '{0}' in stage '{2}' repeats the national item '{1}', which is always added: delete it, or add what is local (form, contact)"},
};

const TextTable& table() {
  static const TextTable t(kMessages);
  return t;
}

std::string fill(std::string s, const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string tag = "{";  // appends, not "{" + to_string(i): GCC 12 -Wrestrict false positive (GCC bug 105651)
    tag += std::to_string(i);
    tag += '}';
    for (size_t p = s.find(tag); p != std::string::npos; p = s.find(tag, p + args[i].size())) s.replace(p, tag.size(), args[i]);
  }
  return s;
}

}  // namespace

std::string action_tag_list() {
  static const char* tags[] = {"call_emergency", "contact_police", "contact_child_welfare", "report_child_welfare",
                               "discuss_anonymously", "discuss_colleague_or_leader", "inform_leader", "talk_with_child",
                               "contact_parents", "do_not_contact_parents", "obtain_consent", "document",
                               "measures_own_service", "evaluate", "involve_other_services", "coordinate", "follow_up"};
  std::string out;
  for (const char* t : tags) out += (out.empty() ? "" : ", ") + std::string(t);
  return out;
}

std::string render_message(std::string_view key, const std::vector<std::string>& args, std::string_view lang) {
  return fill(table().get(key, lang), args);
}

std::string localize(const Diagnostic& d, std::string_view lang) {
  if (!d.key.empty()) return render_message(d.key, d.args, lang);
  if (lang == "en") return d.message;
  std::string t = translate_legacy(d, lang);
  return t.empty() ? d.message : t;
}

}  // namespace vv
