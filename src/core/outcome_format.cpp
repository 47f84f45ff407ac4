// Text and JSON renderings of an outcome (see outcome_format.hpp).
#include "outcome_format.hpp"

#include "ui_text.hpp"

namespace vv {
using nlohmann::json;

json outcome_to_json(const Outcome& o) {
  json j;
  j["pack"] = o.pack_id;
  j["lang"] = o.lang;
  j["stage"] = std::string(to_string(o.stage));
  j["step"] = {{"id", o.step_id}, {"name", o.step_name}, {"title", o.step_name + " – " + o.step_title}};
  j["checklist"] = json::array();
  for (const auto& it : o.items) {
    json actions = json::array();
    for (auto a : it.actions) actions.push_back(std::string(to_string(a)));
    j["checklist"].push_back({{"id", it.id}, {"text", it.text}, {"actions", actions}, {"who", it.who}, {"source", it.source}});
  }
  j["links"] = json::array();
  for (const auto& l : o.links) j["links"].push_back({{"title", l.title}, {"url", l.url}});
  j["laws"] = json::array();
  for (const auto& l : o.laws)
    j["laws"].push_back({{"ref", l.ref}, {"checked", l.checked}, {"status", l.status}, {"url", l.url}});
  j["contacts"] = json::array();
  for (const auto& c : o.contacts) j["contacts"].push_back({{"name", c.name}, {"phone", c.phone}});
  return j;
}

std::string outcome_to_text(const Outcome& o) {
  const std::string& L = o.lang;
  std::string out;
  out += o.pack_name + " – " + o.pack_title + "\n";
  out += ui("outcome.stage", L) + ": " + o.stage_name + " (" + std::string(to_string(o.stage)) + ")\n";
  out += ui("outcome.step", L) + ": " + o.step_name + " – " + o.step_title + "\n";
  if (o.text_lang != o.lang) out += "(" + ui("outcome.language_note", L) + ")\n";
  if (!o.step_summary.empty()) out += "\n" + o.step_summary + "\n";
  if (!o.note.empty()) out += o.note + "\n";
  out += "\n" + ui("outcome.checklist", L) + ":\n";
  int n = 0;
  for (const auto& it : o.items) {
    out += "  [ ] " + std::to_string(++n) + ". " + it.text + "\n";
    out += "        " + ui("outcome.who", L) + ": " + it.who + ". " + ui("outcome.source", L) + ": " + it.source +
           (it.national ? " (" + ui("outcome.national", L) + ")" : "") + "\n";
  }
  if (!o.next_text.empty()) out += "\n" + o.next_text + "\n";
  if (!o.links.empty()) {
    out += "\n" + ui("outcome.links", L) + ":\n";
    for (const auto& l : o.links) out += "  " + l.title + ": " + l.url + "\n";
  }
  if (!o.laws.empty()) {
    out += "\n" + ui("outcome.laws", L) + ":\n";
    for (const auto& l : o.laws) {
      out += "  " + l.ref + " – " + l.title + " (" + ui("outcome.checked", L) + " " + l.checked;
      if (l.status != "confirmed") out += ", " + ui("outcome.unconfirmed", L);
      out += ")\n";
    }
  }
  if (!o.contacts.empty()) {
    out += "\n" + ui("outcome.contacts", L) + ":\n";
    for (const auto& c : o.contacts) out += "  " + c.phone + "  " + c.name + "\n";
  }
  out += "\n" + ui("outcome.document_here", L) + "\n";
  return out;
}

}  // namespace vv
