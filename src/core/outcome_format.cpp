// Text and JSON renderings of an outcome (see outcome_format.hpp). Both are in the
// outcome's one language (SPEC §1.4.10) and keep every item whole.
#include "outcome_format.hpp"

#include <stdexcept>

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

namespace {

// "Gjør dette nå": the lines with their tags (both JSON forms).
json now_to_json(const Outcome& o) {
  json out = json::array();
  for (const auto& n : o.now) {
    json actions = json::array();
    for (auto a : n.actions) actions.push_back(std::string(to_string(a)));
    out.push_back({{"id", n.id}, {"text", n.text}, {"actions", actions}});
  }
  return out;
}

}  // namespace

json outcome_to_json(const Outcome& o) {
  json j;
  j["pack"] = o.pack_id;
  j["lang"] = o.text_lang;
  j["stage"] = std::string(to_string(o.stage));
  j["step"] = {{"id", o.step_id}, {"name", o.step_name}, {"title", o.step_name + " – " + o.step_title}};
  j["why"] = json::array();
  for (const auto& w : o.why) j["why"].push_back({{"key", w.key}, {"question", w.question}, {"answer", w.answer}});
  j["now"] = now_to_json(o);
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
  out += label("outcome.stage", L) + ": " + o.stage_name + "\n";
  out += label("outcome.step", L) + ": " + o.step_name + " – " + o.step_title + "\n";
  if (o.text_lang != o.lang) out += "(" + label("outcome.language_note", L) + ")\n";
  if (!o.step_summary.empty()) out += "\n" + o.step_summary + "\n";
  if (!o.note.empty()) out += o.note + "\n";
  if (!o.now.empty()) {
    out += "\n" + label("outcome.now", L) + ":\n";
    for (const auto& n : o.now) out += "  * " + n.text + "\n";
  }
  if (!o.contacts.empty()) {
    out += "\n" + label("outcome.contacts", L) + ":\n";
    for (const auto& c : o.contacts) out += "  " + c.phone + "  " + c.name + "\n";
  }
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

// The full form: every member, named as in outcome.hpp; enums by their content names.
namespace vv {
namespace {

template <class T>
void get(const json& j, const char* key, T& out) {
  j.at(key).get_to(out);
}

template <class E, class Parse>
void get_enum(const json& j, const char* key, E& out, Parse parse) {
  auto v = parse(j.at(key).get<std::string>());
  if (!v) throw std::invalid_argument(key);
  out = *v;
}

}  // namespace

json outcome_to_full_json(const Outcome& o) {
  json j = {{"pack_id", o.pack_id}, {"pack_name", o.pack_name}, {"pack_title", o.pack_title}, {"owner", o.owner},
            {"pack_version", o.pack_version}, {"laws_checked", o.laws_checked}, {"lang", o.lang},
            {"text_lang", o.text_lang}, {"role", o.role}, {"stage", std::string(to_string(o.stage))},
            {"variant", o.variant}, {"stage_name", o.stage_name}, {"step_id", o.step_id}, {"step_name", o.step_name},
            {"step_title", o.step_title}, {"step_summary", o.step_summary}, {"note", o.note},
            {"next_text", o.next_text}, {"tips", o.tips}, {"notices", o.notices},
            {"missing_child_welfare_number", o.missing_child_welfare_number}};
  j["items"] = json::array();
  for (const auto& it : o.items) {
    json actions = json::array();
    for (auto a : it.actions) actions.push_back(std::string(to_string(a)));
    j["items"].push_back({{"id", it.id}, {"text", it.text}, {"who", it.who}, {"source", it.source}, {"how", it.how},
                          {"tools", it.tools}, {"actions", actions}, {"laws", it.laws}, {"national", it.national}});
  }
  j["why"] = json::array();
  for (const auto& w : o.why) j["why"].push_back({{"key", w.key}, {"question", w.question}, {"answer", w.answer}});
  j["now"] = now_to_json(o);
  j["links"] = json::array();
  for (const auto& l : o.links) j["links"].push_back({{"title", l.title}, {"url", l.url}, {"national", l.national}});
  j["laws"] = json::array();
  for (const auto& l : o.laws)
    j["laws"].push_back({{"id", l.id}, {"ref", l.ref}, {"title", l.title}, {"law", l.law}, {"url", l.url},
                         {"checked", l.checked}, {"note", l.note}, {"replaces", l.replaces},
                         {"status", std::string(to_string(l.status))}});
  j["contacts"] = json::array();
  for (const auto& c : o.contacts)
    j["contacts"].push_back({{"id", c.id}, {"name", c.name}, {"phone", c.phone}, {"when", c.when}, {"kind", c.kind},
                             {"local", c.local}});
  return j;
}

std::optional<Outcome> outcome_from_json(const json& j) {
  try {
    Outcome o;
    get(j, "pack_id", o.pack_id), get(j, "pack_name", o.pack_name), get(j, "pack_title", o.pack_title);
    get(j, "owner", o.owner), get(j, "pack_version", o.pack_version), get(j, "laws_checked", o.laws_checked);
    get(j, "lang", o.lang), get(j, "text_lang", o.text_lang), get(j, "role", o.role);
    get_enum(j, "stage", o.stage, parse_stage);
    get(j, "variant", o.variant), get(j, "stage_name", o.stage_name), get(j, "step_id", o.step_id);
    get(j, "step_name", o.step_name), get(j, "step_title", o.step_title), get(j, "step_summary", o.step_summary);
    get(j, "note", o.note), get(j, "next_text", o.next_text), get(j, "tips", o.tips), get(j, "notices", o.notices);
    get(j, "missing_child_welfare_number", o.missing_child_welfare_number);
    for (const auto& ji : j.at("items")) {
      OutcomeItem it;
      get(ji, "id", it.id), get(ji, "text", it.text), get(ji, "who", it.who), get(ji, "source", it.source);
      get(ji, "how", it.how), get(ji, "tools", it.tools), get(ji, "laws", it.laws), get(ji, "national", it.national);
      for (const auto& a : ji.at("actions")) {
        auto v = parse_action(a.get<std::string>());
        if (!v) return std::nullopt;
        it.actions.push_back(*v);
      }
      o.items.push_back(std::move(it));
    }
    for (const auto& jn : j.at("now")) {
      OutcomeNow n;
      get(jn, "id", n.id), get(jn, "text", n.text);
      for (const auto& a : jn.at("actions")) {
        auto v = parse_action(a.get<std::string>());
        if (!v) return std::nullopt;
        n.actions.push_back(*v);
      }
      o.now.push_back(std::move(n));
    }
    for (const auto& jw : j.at("why")) {
      OutcomeWhy w;
      get(jw, "key", w.key), get(jw, "question", w.question), get(jw, "answer", w.answer);
      o.why.push_back(std::move(w));
    }
    for (const auto& jl : j.at("links")) {
      OutcomeLink l;
      get(jl, "title", l.title), get(jl, "url", l.url), get(jl, "national", l.national);
      o.links.push_back(std::move(l));
    }
    for (const auto& jl : j.at("laws")) {
      OutcomeLaw l;
      get(jl, "id", l.id), get(jl, "ref", l.ref), get(jl, "title", l.title), get(jl, "law", l.law);
      get(jl, "url", l.url), get(jl, "checked", l.checked), get(jl, "note", l.note), get(jl, "replaces", l.replaces);
      get_enum(jl, "status", l.status, parse_law_status);
      o.laws.push_back(std::move(l));
    }
    for (const auto& jc : j.at("contacts")) {
      OutcomeContact c;
      get(jc, "id", c.id), get(jc, "name", c.name), get(jc, "phone", c.phone), get(jc, "when", c.when);
      get(jc, "kind", c.kind), get(jc, "local", c.local);
      o.contacts.push_back(std::move(c));
    }
    return o;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace vv
