// The UI string table (see ui_text.hpp).
#include "ui_text.hpp"

#include <array>
#include <map>
#include <vector>

namespace vv {
namespace {

struct Entry {
  const char* key;
  const char* nb;
  const char* nn;
  const char* en;
};

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

const std::map<std::string, std::array<std::string, 3>, std::less<>>& table() {
  static const auto* t = [] {
    auto* m = new std::map<std::string, std::array<std::string, 3>, std::less<>>();
    for (const auto& e : kTable) (*m)[e.key] = {e.nb, e.nn, e.en};
    return m;
  }();
  return *t;
}

int index_of(std::string_view lang) { return lang == "nn" ? 1 : lang == "en" ? 2 : 0; }

}  // namespace

const std::string& ui(std::string_view key, std::string_view lang) {
  const auto& t = table();
  auto it = t.find(key);
  if (it == t.end()) {
    static thread_local std::string missing;
    missing = std::string(key);
    return missing;
  }
  const auto& v = it->second[static_cast<size_t>(index_of(lang))];
  return v.empty() ? it->second[0] : v;
}

std::vector<std::string> ui_keys() {
  std::vector<std::string> out;
  for (const auto& [k, v] : table()) out.push_back(k);
  return out;
}

bool ui_has(std::string_view key, std::string_view lang) {
  const auto& t = table();
  auto it = t.find(key);
  return it != t.end() && !it->second[static_cast<size_t>(index_of(lang))].empty();
}

}  // namespace vv
