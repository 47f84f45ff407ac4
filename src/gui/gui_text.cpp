// The kiosk's string table (see gui_text.hpp), same pattern as src/core/ui_text.cpp.
#include "gui_text.hpp"

#include "text_table.hpp"

namespace vv::gui {
namespace {

using Entry = vv::TextEntry;

constexpr Entry kTable[] = {
    {"top.quit", "Avslutt og slett", "Avslutt og slett", "Quit and erase"},
    {"top.contrast", "Høy kontrast", "Høg kontrast", "High contrast"},
    {"top.smaller", "A-", "A-", "A-"},
    {"top.larger", "A+", "A+", "A+"},
    {"top.home", "Til start", "Til start", "Home"},
    {"start.welcome", "Bekymret for et barn?", "Uroa for eit barn?", "Worried about a child?"},
    {"start.lead", "Svar på noen få spørsmål, så viser Veiviser hva rutinen sier at du gjør nå.",
     "Svar på nokre få spørsmål, så viser Veiviser kva rutinen seier at du gjer no.",
     "Answer a few questions, and Veiviser shows what your procedure says to do now."},
    {"start.privacy", "Anonymt: ingen navn, ingen fritekst. Ingenting lagres.",
     "Anonymt: ingen namn, ingen fritekst. Ingenting blir lagra.",
     "Anonymous: no names, no free text. Nothing is stored."},
    {"start.language", "Språk", "Språk", "Language"},
    {"start.pack", "Velg kommune eller rutine", "Vel kommune eller rutine", "Choose municipality or procedure"},
    {"start.role", "Hvor jobber du? Velg for å starte", "Kvar jobbar du? Vel for å starte",
     "Where do you work? Choose to start"},
    {"start.choose_pack_first", "Velg rutine først.", "Vel rutine først.", "Choose a procedure first."},
    {"start.reference", "Oppslag i rutinene", "Oppslag i rutinane", "Look up the procedures"},
    {"start.training", "Opplæring med eksempler", "Opplæring med døme", "Training with examples"},
    {"q.help", "Hva betyr dette?", "Kva tyder dette?", "What does this mean?"},
    {"q.progress", "Spørsmål %d av høyst %d", "Spørsmål %d av høgst %d", "Question %d of at most %d"},
    {"q.back", "Tilbake", "Tilbake", "Back"},
    {"q.restart", "Start på nytt", "Start på nytt", "Start again"},
    {"q.age_years", "år", "år", "years"},
    {"q.keys", "Tips: tast 1–4 for å velge svar.", "Tips: tast 1–4 for å velje svar.", "Tip: press 1–4 to choose."},
    {"acute.title", "AKUTT: Handle nå", "AKUTT: Handle no", "ACUTE: Act now"},
    {"acute.call", "Ring nå", "Ring no", "Call now"},
    {"acute.lead", "Kontakt barnevernet og/eller politiet direkte. Ring 112 hvis faren er nå.",
     "Kontakt barnevernet og/eller politiet direkte. Ring 112 dersom faren er no.",
     "Contact child welfare and/or the police directly. Call 112 if the danger is immediate."},
    {"acute.dont", "IKKE kontakt foreldrene først", "IKKJE kontakt foreldra først", "Do NOT contact the parents first"},
    {"acute.dont_why", "Det kan sette barnet i fare eller ødelegge bevis. Ikke still barnet ledende spørsmål.",
     "Det kan setje barnet i fare eller øydeleggje bevis. Ikkje still barnet leiande spørsmål.",
     "It can put the child at risk or destroy evidence. Do not ask the child leading questions."},
    {"consult.title", "Usikker: drøft med barnevernet nå", "Usikker: drøft med barnevernet no",
     "Unsure: discuss with child welfare now"},
    {"consult.lead", "Drøft saken straks, anonymt om nødvendig, med barnevernet (eller politiet).",
     "Drøft saka straks, anonymt om naudsynt, med barnevernet (eller politiet).",
     "Discuss it at once, anonymously if need be, with child welfare (or the police)."},
    {"emergency.title", "AKUTT FARE FOR LIV ELLER HELSE: Ring 113", "AKUTT FARE FOR LIV ELLER HELSE: Ring 113",
     "LIFE OR HEALTH IN DANGER: Call 113"},
    {"emergency.lead", "Ring 113 nå, og bli hos barnet. Er du usikker på hvor akutt det er, ring legevakten 116 117.",
     "Ring 113 no, og ver hos barnet. Er du usikker på kor akutt det er, ring legevakta 116 117.",
     "Call 113 now and stay with the child. If you are unsure how acute it is, call the legevakt on 116 117."},
    {"emergency.parents", "Foreldrene varsles som hovedregel", "Foreldra blir varsla som hovudregel",
     "The parents are told, as a rule"},
    {"emergency.parents_why",
     "Si til barnet at foreldrene får vite det. Men tyder noe på vold, overgrep, trusler eller omsorgssvikt fra "
     "foreldrene: ikke kontakt dem først – kontakt barnevernet eller politiet.",
     "Sei til barnet at foreldra får vite det. Men tyder noko på vald, overgrep, truslar eller omsorgssvikt frå "
     "foreldra: ikkje kontakt dei først – kontakt barnevernet eller politiet.",
     "Tell the child that the parents will be told. But if anything suggests violence, abuse, threats or neglect by "
     "the parents: do not contact them first – contact child welfare or the police."},
    {"acute.then", "Deretter: sjekklisten", "Deretter: sjekklista", "Then: the checklist"},
    {"out.your_step", "Dette gjør du nå", "Dette gjer du no", "What to do now"},
    {"out.qr_hint", "Skann med din egen telefon", "Skann med din eigen telefon", "Scan with your own phone"},
    {"out.ticks_note", "Avkrysningene forsvinner når du avslutter.", "Avkryssingane forsvinn når du avsluttar.",
     "The ticks disappear when you quit."},
    {"out.note", "Merk", "Merk", "Note"},
    {"out.takeaway", "Ta med deg sjekklisten", "Ta med deg sjekklista", "Take the checklist with you"},
    {"out.phone_qr", "Skann med din egen telefon: sjekklisten som tekst, uten noe om saken.",
     "Skann med din eigen telefon: sjekklista som tekst, utan noko om saka.",
     "Scan with your own phone: the checklist as text, with nothing about the case."},
    {"out.print_hint", "Eller skriv ut et ark med sjekklisten, kildene og kontaktene. Arket har ingen personopplysninger.",
     "Eller skriv ut eit ark med sjekklista, kjeldene og kontaktane. Arket har ingen personopplysningar.",
     "Or print a sheet with the checklist, sources and contacts. The sheet holds no personal data."},
    {"out.print", "Skriv ut", "Skriv ut", "Print"},
    {"idle.title", "Er du fortsatt der?", "Er du framleis der?", "Are you still there?"},
    {"idle.body", "Økten slettes om %d sekunder.", "Økta blir sletta om %d sekund.",
     "The session will be erased in %d seconds."},
    {"idle.continue", "Fortsett", "Hald fram", "Continue"},
    {"ref.title", "Oppslag", "Oppslag", "Reference"},
    {"ref.browse", "Bla i rutine", "Bla i rutine", "Browse a procedure"},
    {"ref.compare", "Sammenlign to rutiner", "Samanlikn to rutinar", "Compare two procedures"},
    {"ref.sections", "Om rutinen", "Om rutinen", "About the procedure"},
    {"ref.steps", "Stegene", "Stega", "The steps"},
    {"ref.stage", "Situasjon", "Situasjon", "Situation"},
    {"ref.left", "Venstre", "Venstre", "Left"},
    {"ref.right", "Høyre", "Høgre", "Right"},
    {"ref.maps_to", "Viser til steg", "Viser til steg", "Maps to step"},
    {"ref.stages_here", "Brukes for", "Blir brukt for", "Used for"},
    {"tr.title", "Opplæring", "Opplæring", "Training"},
    {"tr.lead", "Oppdiktede eksempler. Les historien, svar på spørsmålene og se fasiten. Ingenting lagres.",
     "Oppdikta døme. Les forteljinga, svar på spørsmåla og sjå fasiten. Ingenting blir lagra.",
     "Fictional cases. Read the story, answer the questions and see the key. Nothing is stored."},
    {"tr.story", "Historien", "Forteljinga", "The story"},
    {"tr.start", "Svar på spørsmålene", "Svar på spørsmåla", "Answer the questions"},
    {"tr.result", "Fasit", "Fasit", "Answer key"},
    {"tr.yours", "Ditt svar leder til", "Svaret ditt fører til", "Your answers lead to"},
    {"tr.expected", "Forventet", "Forventa", "Expected"},
    {"tr.match", "Riktig!", "Rett!", "Correct!"},
    {"tr.nomatch", "Ikke samme vei som fasiten.", "Ikkje same veg som fasiten.", "Not the same route as the key."},
    {"tr.why", "Hvorfor", "Kvifor", "Why"},
    {"tr.sources", "Kilder", "Kjelder", "Sources"},
    {"tr.list", "Til listen", "Til lista", "Back to the list"},
    {"tr.none", "Ingen eksempler er lastet.", "Ingen døme er lasta.", "No examples are loaded."},
    {"tr.route", "Forventet vei", "Forventa veg", "Expected route"},
};

const vv::TextTable& table() {
  static const vv::TextTable t(kTable);
  return t;
}

}  // namespace

const std::string& tx(std::string_view key, std::string_view lang) { return table().get(key, lang); }
const char* txc(std::string_view key, std::string_view lang) { return tx(key, lang).c_str(); }
std::vector<std::string> tx_keys() { return table().keys(); }
bool tx_has(std::string_view key, std::string_view lang) { return table().has(key, lang); }

}  // namespace vv::gui
