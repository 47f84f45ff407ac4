// Text and JSON renderings of an outcome (see outcome_format.hpp). Both are in the
// outcome's one language (SPEC §1.4.10) and keep every item whole.
#include "outcome_format.hpp"

#include "labels.hpp"

namespace vv {
using nlohmann::json;

std::string law_status_label(LawStatus s, const std::string& lang) {
  switch (s) {
    case LawStatus::in_force: return label("law.in_force", lang);
    case LawStatus::not_yet_in_force: return label("law.not_yet_in_force", lang);
    case LawStatus::unconfirmed: return label("outcome.unconfirmed", lang);
  }
  return "";
}

json outcome_to_json(const Outcome& o) {
  json j;
  j["pack"] = o.pack_id;
  j["lang"] = o.text_lang;
  j["stage"] = std::string(to_string(o.stage));
  j["step"] = {{"id", o.step_id}, {"name", o.step_name}, {"title", o.step_name + " – " + o.step_title}};
  j["why"] = json::array();
  for (const auto& w : o.why) j["why"].push_back({{"key", w.key}, {"question", w.question}, {"answer", w.answer}});
  j["checklist"] = json::array();
  for (const auto& it : o.items) {
    json actions = json::array();
    for (auto a : it.actions) actions.push_back(std::string(to_string(a)));
    json item = {{"id", it.id}, {"text", it.text}, {"actions", actions}, {"who", it.who}, {"source", it.source}};
    if (!it.how.empty()) item["how"] = it.how;
    j["checklist"].push_back(std::move(item));
  }
  j["links"] = json::array();
  for (const auto& l : o.links) j["links"].push_back({{"title", l.title}, {"url", l.url}});
  j["laws"] = json::array();
  for (const auto& l : o.laws)
    j["laws"].push_back({{"ref", l.ref}, {"title", l.title}, {"status", std::string(to_string(l.status))},
                         {"checked", l.checked}, {"url", l.url}});
  j["contacts"] = json::array();
  for (const auto& c : o.contacts) j["contacts"].push_back({{"name", c.name}, {"phone", c.phone}, {"kind", c.kind}});
  j["notices"] = o.notices;
  return j;
}

std::string outcome_to_text(const Outcome& o) {
  const std::string& L = o.text_lang;
  std::string out;
  out += o.pack_name + " – " + o.pack_title + "\n";
  out += label("outcome.stage", L) + ": " + o.stage_name + " (" + std::string(to_string(o.stage)) + ")\n";
  out += label("outcome.step", L) + ": " + o.step_name + " – " + o.step_title + "\n";
  if (o.text_lang != o.lang) out += "(" + label("outcome.language_note", L) + ")\n";
  if (!o.step_summary.empty()) out += "\n" + o.step_summary + "\n";
  if (!o.note.empty()) out += o.note + "\n";
  for (const auto& n : o.notices) out += "\n! " + n + "\n";
  out += "\n" + label("outcome.checklist", L) + ":\n";
  int n = 0;
  for (const auto& it : o.items) {
    out += "  [ ] " + std::to_string(++n) + ". " + it.text + "\n";
    if (!it.how.empty()) out += "        " + label("outcome.how", L) + ": " + it.how + "\n";
    out += "        " + label("outcome.who", L) + ": " + it.who + ". " + label("outcome.source", L) + ": " + it.source +
           (it.national ? " (" + label("outcome.national", L) + ")" : "") + "\n";
  }
  if (!o.next_text.empty()) out += "\n" + o.next_text + "\n";
  if (!o.contacts.empty()) {
    out += "\n" + label("outcome.contacts", L) + ":\n";
    for (const auto& c : o.contacts) out += "  " + c.phone + "  " + c.name + "\n";
  }
  if (!o.why.empty()) {
    out += "\n" + label("outcome.why", L) + ":\n";
    for (const auto& w : o.why) out += "  " + w.question + " – " + w.answer + "\n";
  }
  if (!o.links.empty()) {
    out += "\n" + label("outcome.links", L) + ":\n";
    for (const auto& l : o.links) out += "  " + l.title + ": " + l.url + "\n";
  }
  if (!o.laws.empty()) {
    out += "\n" + label("outcome.laws", L) + ":\n";
    for (const auto& l : o.laws)
      out += "  " + l.ref + " – " + l.title + " (" + law_status_label(l.status, L) + ", " + label("outcome.checked", L) +
             " " + l.checked + ")\n";
  }
  out += "\n" + label("outcome.document_here", L) + "\n";
  return out;
}

}  // namespace vv
