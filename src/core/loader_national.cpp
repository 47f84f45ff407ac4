// Reading the national files: questions, rules, laws and contacts (see loader.hpp).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_reader.hpp"
#include "loader_internal.hpp"

namespace vv {
using nlohmann::json;
using Node = JsonReader::Node;
using namespace detail;

void load_questions(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.questions_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "questions"}, {});
  for (const auto& qn : r.array(root, "questions", true, true)) {
    if (!r.object(qn, {"key", "kind", "text", "help"}, {"options", "ask_if", "texts"})) continue;
    Question q;
    q.line = r.line(qn.ptr);
    q.key = r.string(qn, "key", true);
    std::string kind = r.string(qn, "kind", true);
    if (kind != "choice" && kind != "age")
      r.error(r.child(qn, "kind").ptr, code::kBadValue, "kind must be 'choice' or 'age', found '" + kind + "'");
    q.is_age = kind == "age";
    q.text = r.text(qn, "text", true, kAllLangs);
    q.help = r.text(qn, "help", true, kAllLangs);
    for (const auto& on : r.array(qn, "options", !q.is_age, !q.is_age)) {
      if (!r.object(on, {"value", "label"}, {"help"})) continue;
      Option o;
      o.value = r.string(on, "value", true);
      o.label = r.text(on, "label", true, kAllLangs);
      o.help = r.text(on, "help", false, kAllLangs);
      q.options.push_back(std::move(o));
    }
    for (const auto& tn : r.array(qn, "texts", false)) {
      if (!r.object(tn, {"when", "text"}, {"help"})) continue;
      Question::Wording w;
      w.when = read_when(r, r.child(tn, "when"), {"role", "age", "acute", "serious", "stage", "helped"});
      w.text = r.text(tn, "text", true, kAllLangs);
      w.help = r.text(tn, "help", false, kAllLangs);
      q.texts.push_back(std::move(w));
    }
    q.ask_if = r.any_of(qn, "ask_if");
    c.questions.push_back(std::move(q));
  }
}

namespace {

// "stages" and the optional "when": {"age": [min, max], "role": [...], "answers": {...}}.
void read_scope(const JsonReader& r, const Node& n, const std::string& id, NationalScope& scope) {
  for (const auto& s : r.strings(n, "stages", true)) {
    if (auto st = parse_stage(s))
      scope.stages.push_back(*st);
    else
      r.error(r.child(n, "stages").ptr, code::kUnknownStage, "unknown stage '" + s + "' in '" + id + "'");
  }
  if (!r.has(n, "when")) return;
  Node w = r.child(n, "when");
  if (!r.object(w, {}, {"age", "role", "answers"})) return;
  if (r.has(w, "age")) {
    Node a = r.child(w, "age");
    if (a.json->is_array() && a.json->size() == 2 && (*a.json)[0].is_number_integer() && (*a.json)[1].is_number_integer())
      scope.age = std::make_pair((*a.json)[0].get<int>(), (*a.json)[1].get<int>());
    else
      r.error(a.ptr, code::kType, "age must be [min, max] whole numbers");
  }
  scope.roles = r.strings(w, "role", false);
  if (r.has(w, "answers")) scope.answers = r.condition(r.child(w, "answers"));
}

}  // namespace

void load_rules(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.rules_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "stages", "stage_names", "items", "now"}, {"links"});
  for (const auto& sn : r.array(root, "stages", true, true)) {
    if (!r.object(sn, {"stage", "when"}, {})) continue;
    std::string name = r.string(sn, "stage", true);
    auto st = parse_stage(name);
    if (!st) {
      r.error(r.child(sn, "stage").ptr, code::kUnknownStage, "unknown stage '" + name + "' (the stages are acute, emergency, acute_consult, report, level0, level1, follow_up, level2, level3)");
      continue;
    }
    c.stage_rules.push_back({*st, r.any_of(sn, "when"), r.line(sn.ptr)});
  }
  Node names = r.child(root, "stage_names");
  if (names.json->is_object()) {
    for (const auto& [key, value] : names.json->items()) {
      Node v{&value, pointer_child(names.ptr, key)};
      auto st = parse_stage(key);
      if (!st) {
        r.error(v.ptr, code::kUnknownStage, "unknown stage '" + key + "' in stage_names");
        continue;
      }
      c.stage_names[*st] = r.text_value(v, kAllLangs);
    }
    for (Stage s : kStages)
      if (!c.stage_names.count(s))
        r.error(names.ptr, code::kMissingKey, "stage_names has no name for '" + std::string(to_string(s)) + "'");
  } else if (r.has(root, "stage_names")) {
    r.error(names.ptr, code::kType, "stage_names must be an object");
  }
  for (const auto& in : r.array(root, "items", true, true)) {
    NationalItem ni;
    ni.item = read_item(r, in, kAllLangs, {"position", "stages", "when"});
    std::string pos = r.string(in, "position", false);
    if (pos == "first")
      ni.position = Position::first;
    else if (!pos.empty() && pos != "last")
      r.error(r.child(in, "position").ptr, code::kBadValue, "position must be 'first' or 'last'");
    read_scope(r, in, ni.item.id, ni);
    c.national_items.push_back(std::move(ni));
  }
  for (const auto& nn : r.array(root, "now", true, true)) {
    if (!r.object(nn, {"id", "stages", "text", "actions", "source"}, {"when"})) continue;
    NowLine n;
    n.line = r.line(nn.ptr);
    n.id = r.id(nn, "id");
    n.text = r.text(nn, "text", true, kAllLangs);
    n.source = r.string(nn, "source", true);
    n.actions = read_actions(r, nn, n.id);
    read_scope(r, nn, n.id, n);
    c.now_lines.push_back(std::move(n));
  }
  for (const auto& ln : r.array(root, "links", false)) {
    if (!r.object(ln, {"stages", "title", "url"}, {})) continue;
    NationalLink nl;
    nl.line = r.line(ln.ptr);
    for (const auto& st : r.strings(ln, "stages", true)) {
      if (auto stage = parse_stage(st))
        nl.stages.push_back(*stage);
      else
        r.error(r.child(ln, "stages").ptr, code::kUnknownStage, "unknown stage '" + st + "' in a national link");
    }
    nl.link.title = r.text(ln, "title", true, kAllLangs);
    nl.link.url = r.url(ln, "url", true);
    c.national_links.push_back(std::move(nl));
  }
}

void load_laws(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.laws_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "laws"}, {});
  for (const auto& ln : r.array(root, "laws", true, true)) {
    if (!r.object(ln, {"id", "ref", "title", "law", "url", "checked", "source_read", "status", "seed_refs"},
                  {"note", "roles", "replaces"}))
      continue;
    Law l;
    l.line = r.line(ln.ptr);
    l.id = r.id(ln, "id");
    l.ref = r.text(ln, "ref", true, kAllLangs);
    l.title = r.text(ln, "title", true, kAllLangs);
    l.law = r.string(ln, "law", true);
    l.url = r.url(ln, "url", true);
    l.checked = r.date(ln, "checked");
    l.source_read = r.string(ln, "source_read", true);
    std::string status = r.string(ln, "status", true);
    if (auto st = parse_law_status(status))
      l.status = *st;
    else
      r.error(r.child(ln, "status").ptr, code::kBadValue,
              "status must be 'in_force', 'not_yet_in_force' or 'unconfirmed', found '" + status + "'");
    l.seed_refs = r.strings(ln, "seed_refs", true);
    l.roles = r.strings(ln, "roles", false);
    l.note = r.text(ln, "note", l.status == LawStatus::unconfirmed, kAllLangs);
    l.replaces = r.text(ln, "replaces", false, kAllLangs);
    c.laws.push_back(std::move(l));
  }
}

std::vector<Contact> load_contacts(const ParsedFile& f, Diagnostics& diags, std::string* municipality) {
  std::vector<Contact> out;
  if (!f.ok) return out;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  if (municipality) {
    r.object(root, {"format", "contacts"}, {"municipality"});
    *municipality = r.string(root, "municipality", false);
  } else {
    r.object(root, {"format", "contacts"}, {});
  }
  for (const auto& cn : r.array(root, "contacts", true)) {
    if (!r.object(cn, {"id", "name", "phone", "kind"}, {"when"})) continue;
    Contact ct;
    ct.line = r.line(cn.ptr);
    ct.id = r.id(cn, "id");
    ct.name = r.text(cn, "name", true, kAllLangs);
    ct.when = r.text(cn, "when", false, kAllLangs);
    ct.phone = r.string(cn, "phone", true);
    if (!ct.phone.empty() && ct.phone.find_first_not_of("0123456789 +") != std::string::npos)
      r.error(r.child(cn, "phone").ptr, code::kBadValue, "phone '" + ct.phone + "' may hold only digits, spaces and +");
    ct.kind = r.string(cn, "kind", true);
    static const std::vector<std::string> kinds = {"emergency", "police", "child_welfare", "helpline", "health", "other"};
    if (std::find(kinds.begin(), kinds.end(), ct.kind) == kinds.end())
      r.error(r.child(cn, "kind").ptr, code::kBadValue,
              "kind '" + ct.kind + "' is not one of emergency, police, child_welfare, helpline, health, other");
    out.push_back(std::move(ct));
  }
  return out;
}

}  // namespace vv
