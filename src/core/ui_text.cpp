// The UI string table (see ui_text.hpp).
#include "ui_text.hpp"

#include "text_table.hpp"

namespace vv {
namespace {

using Entry = TextEntry;

// Keep sorted by area; never reuse a key for another meaning.
constexpr Entry kTable[] = {
    {"app.name", "Veiviser", "Vegvisar", "Veiviser"},
    {"app.tagline", "Bekymret for et barn? Finn neste steg i rutinen.", "Uroa for eit barn? Finn neste steg i rutinen.",
     "Worried about a child? Find the next step in the procedure."},
    {"app.privacy", "Ingenting du svarer her blir lagret. Ikke skriv navn.",
     "Ingenting du svarar her blir lagra. Ikkje skriv namn.",
     "Nothing you answer here is stored. Do not write names."},
    {"outcome.stage", "Situasjon", "Situasjon", "Situation"},
    {"outcome.step", "Steg i rutinen", "Steg i rutinen", "Step in the procedure"},
    {"outcome.checklist", "Sjekkliste", "Sjekkliste", "Checklist"},
    {"outcome.who", "Hvem", "Kven", "Who"},
    {"outcome.source", "Kilde", "Kjelde", "Source"},
    {"outcome.how", "Hvordan", "Korleis", "How"},
    {"outcome.tools", "Verktøy", "Verktøy", "Tools"},
    {"outcome.links", "Lenker", "Lenker", "Links"},
    {"outcome.laws", "Lovhenvisninger", "Lovtilvisingar", "Law references"},
    {"outcome.checked", "kontrollert", "kontrollert", "checked"},
    {"outcome.unconfirmed", "ikke bekreftet", "ikkje stadfesta", "not confirmed"},
    {"law.in_force", "i kraft", "i kraft", "in force"},
    {"law.not_yet_in_force", "vedtatt, ikke i kraft ennå", "vedteken, ikkje i kraft enno", "passed, not yet in force"},
    {"outcome.why", "Dette svarte du", "Dette svara du", "What you answered"},
    {"outcome.no_local_child_welfare",
     "Nummeret til barneverntjenesten i kommunen er ikke lagt inn på denne maskinen. Spør leder, eller ring "
     "Alarmtelefonen for barn og unge (116 111) utenom kontortid; haster det, ring 112.",
     "Nummeret til barnevernstenesta i kommunen er ikkje lagt inn på denne maskina. Spør leiaren, eller ring "
     "Alarmtelefonen for barn og unge (116 111) utanom kontortid; hastar det, ring 112.",
     "The number of the municipality's child welfare service is not configured on this machine. Ask your leader, "
     "or call Alarmtelefonen for barn og unge (116 111) outside office hours; if it is urgent, call 112."},
    {"outcome.seed_ref", "kilden viser til", "kjelda viser til", "the source cites"},
    {"outcome.contacts", "Kontakter", "Kontaktar", "Contacts"},
    {"outcome.tips", "Tips", "Tips", "Tips"},
    {"outcome.national", "Nasjonal regel", "Nasjonal regel", "National rule"},
    {"outcome.pack", "Rutine", "Rutine", "Procedure"},
    {"outcome.next", "Videre", "Vidare", "Next"},
    {"outcome.language_note", "Rutinen finnes bare på sitt eget språk.", "Rutinen finst berre på sitt eige språk.",
     "This procedure is available only in its own language."},
    {"outcome.no_personal_data", "Dette arket inneholder ingen personopplysninger.",
     "Dette arket inneheld ingen personopplysningar.", "This sheet holds no personal data."},
    {"outcome.content_checked", "Lovhenvisninger kontrollert", "Lovtilvisingar kontrollerte", "Law references checked"},
    {"outcome.document_here", "Dokumenter i virksomhetens eget fagsystem – ikke her.",
     "Dokumenter i verksemda sitt eige fagsystem – ikkje her.",
     "Document in your service's own record system – not here."},
    {"cli.missing", "Ubesvart spørsmål", "Spørsmål utan svar", "Unanswered question"},
};

const TextTable& table() {
  static const TextTable t(kTable);
  return t;
}

}  // namespace

const std::string& ui(std::string_view key, std::string_view lang) { return table().get(key, lang); }
std::vector<std::string> ui_keys() { return table().keys(); }
bool ui_has(std::string_view key, std::string_view lang) { return table().has(key, lang); }

}  // namespace vv
