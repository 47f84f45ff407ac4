// The exporters' string table (see export_text.hpp).
#include "export_text.hpp"

#include "text_table.hpp"

namespace vv {
namespace {

using Entry = TextEntry;

constexpr Entry kTable[] = {
    {"export.sheet_title", "Sjekkliste – hva gjør du nå?", "Sjekkliste – kva gjer du no?", "Checklist – what to do now"},
    {"export.phone_qr", "Sjekklisten på mobilen", "Sjekklista på mobilen", "The checklist on your phone"},
    {"export.phone_qr_help", "Skann koden med kameraet på mobilen. Teksten ligger i selve koden – ingenting sendes.",
     "Skann koden med kameraet på mobilen. Teksten ligg i sjølve koden – ingenting blir sendt.",
     "Scan the code with your phone's camera. The text is in the code itself – nothing is sent."},
    {"export.phone_short", "Kortversjon: hele listen står på arket.", "Kortversjon: heile lista står på arket.",
     "Short version: the full list is on the sheet."},
    {"export.items", "punkter", "punkt", "items"},
    {"export.page", "Side", "Side", "Page"},
    {"export.version", "versjon", "versjon", "version"},
    {"export.all_steps", "Alle steg i rutinen", "Alle steg i rutinen", "All steps of the procedure"},
    {"export.stages", "Situasjoner og sjekklister", "Situasjonar og sjekklister", "Situations and checklists"},
    {"export.stage_map", "Hvilken situasjon fører til hvilket steg", "Kva situasjon fører til kva steg",
     "Which situation leads to which step"},
    {"export.example_answers", "Eksempel på svar", "Døme på svar", "Example answers"},
    {"export.about", "Om rutinen", "Om rutinen", "About the procedure"},
    {"export.home", "Til forsiden", "Til framsida", "Back to the start"},
    {"export.items_of_step", "Punkter i steget", "Punkt i steget", "Items of this step"},
    {"export.confirmed", "bekreftet", "stadfesta", "confirmed"},
    {"export.edition_note", "Statisk utgave av rutinen, laget av Veiviser fra det samme innholdet som kiosken.",
     "Statisk utgåve av rutinen, laga av Veiviser frå det same innhaldet som kiosken.",
     "Static edition of the procedure, made by Veiviser from the same content as the kiosk."},
    {"export.source_doc", "Kildedokument", "Kjeldedokument", "Source document"},
    {"print.no_printer", "Ingen skriver er satt opp på denne maskinen. Bruk QR-koden, eller be IT sette opp en skriver.",
     "Ingen skrivar er sett opp på denne maskina. Bruk QR-koden, eller be IT setje opp ein skrivar.",
     "No printer is set up on this machine. Use the QR code, or ask IT to set up a printer."},
    {"print.no_cups", "Utskrift er ikke tilgjengelig (utskriftstjenesten svarer ikke).",
     "Utskrift er ikkje tilgjengeleg (utskriftstenesta svarar ikkje).",
     "Printing is not available (the print service does not answer)."},
    {"print.not_accepting", "Skriveren tar ikke imot utskrifter nå:", "Skrivaren tek ikkje imot utskrifter no:",
     "The printer is not accepting jobs now:"},
    {"print.ready", "Skriv ut på", "Skriv ut på", "Print on"},
    {"print.sent", "Sendt til skriveren", "Sendt til skrivaren", "Sent to the printer"},
    {"print.failed", "Utskriften mislyktes", "Utskrifta mislukkast", "Printing failed"},
    {"print.worker_failed", "Utskriften mislyktes: utskriftsprosessen stoppet uventet. Bruk QR-koden, eller prøv igjen.",
     "Utskrifta mislukkast: utskriftsprosessen stoppa uventa. Bruk QR-koden, eller prøv igjen.",
     "Printing failed: the print process stopped unexpectedly. Use the QR code, or try again."},
    {"print.timeout", "Utskriften tok for lang tid og ble avbrutt. Bruk QR-koden, eller prøv igjen.",
     "Utskrifta tok for lang tid og vart avbroten. Bruk QR-koden, eller prøv igjen.",
     "Printing took too long and was stopped. Use the QR code, or try again."},
    {"print.job_title", "Veiviser sjekkliste", "Veiviser sjekkliste", "Veiviser sjekkliste"},
};

const TextTable& table() {
  static const TextTable t(kTable);
  return t;
}

}  // namespace

const std::string& xt(std::string_view key, std::string_view lang) { return table().get(key, lang); }
std::vector<std::string> export_text_keys() { return table().keys(); }
bool export_text_has(std::string_view key, std::string_view lang) { return table().has(key, lang); }

}  // namespace vv
