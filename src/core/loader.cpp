// Loading content files into the model (see loader.hpp).
#include "loader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_reader.hpp"
#include "training.hpp"

namespace vv {
using nlohmann::json;
namespace fs = std::filesystem;
using Node = JsonReader::Node;

namespace {
const std::vector<std::string> kAllLangs = {"nb", "nn", "en"};
// The answers a pack may branch on (SPEC §1.2, step variants).
const std::vector<const char*> kPackWhenKeys = {"stage", "helped", "consent", "role", "age"};

void check_format(const ParsedFile& f, Diagnostics& diags) {
  if (!f.json.is_object()) return;
  auto it = f.json.find("format");
  if (it == f.json.end()) {
    diags.error(f.path, 1, code::kFormatVersion, "missing \"format\": this program reads format " + std::to_string(kFormatVersion));
  } else if (it->is_number_integer() && it->get<int>() == 1) {
    diags.error(f.path, f.lines.line_of("/format"), code::kFormatVersion,
                "format 1 is no longer read; format 2 replaces 'parents_consent' by 'consent', adds acute=health "
                "and the stage 'emergency', step variants chosen by answers ('variants'), a report step about "
                "reporting, the parent exception in each parent item's own text, and law status "
                "in_force/not_yet_in_force/unconfirmed (docs/content-format.md, \"Format 2\")");
  } else if (!it->is_number_integer() || it->get<int>() != kFormatVersion) {
    diags.error(f.path, f.lines.line_of("/format"), code::kFormatVersion,
                "unsupported format " + it->dump() + ": this program reads format " + std::to_string(kFormatVersion));
  }
}

// A format-2 condition: {"stage": [...], "helped": [...], "consent": [...], "role": [...], "age": [min, max]}.
When read_when(const JsonReader& r, const Node& n, const std::vector<const char*>& keys) {
  When w;
  if (!n.json->is_object()) {
    r.error(n.ptr, code::kType, "'when' must be an object such as {\"consent\": [\"no\"], \"age\": [16, 17]}");
    return w;
  }
  for (const auto& [name, value] : n.json->items()) {
    const std::string key = name;  // a copy: clang 14 cannot capture a structured binding
    Node v{&value, pointer_child(n.ptr, key)};
    bool known = std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
    if (!known) {
      std::string list;
      for (const char* k : keys) list += (list.empty() ? "" : ", ") + std::string(k);
      r.error(v.ptr, code::kUnknownKey, "unknown key '" + key + "' in 'when' (allowed: " + list + ")");
      continue;
    }
    if (key == "age") {
      if (value.is_array() && value.size() == 2 && value[0].is_number_integer() && value[1].is_number_integer() &&
          value[0].get<int>() >= 0 && value[1].get<int>() <= 17 && value[0].get<int>() <= value[1].get<int>())
        w.age = std::make_pair(value[0].get<int>(), value[1].get<int>());
      else
        r.error(v.ptr, code::kType, "age must be [min, max], whole numbers within 0-17");
      continue;
    }
    if (!value.is_array() || value.empty()) {
      r.error(v.ptr, code::kType, "condition on '" + key + "' must be a non-empty list of values");
      continue;
    }
    for (const auto& x : value) {
      if (x.is_string())
        w.values[key].push_back(x.get<std::string>());
      else
        r.error(v.ptr, code::kType, "condition values must be strings");
    }
  }
  return w;
}

Link read_link(const JsonReader& r, const Node& n, const std::vector<std::string>& langs) {
  Link l;
  r.object(n, {"title", "url"}, {});
  l.title = r.text(n, "title", true, langs);
  l.url = r.url(n, "url", true);
  return l;
}

std::vector<Link> read_links(const JsonReader& r, const Node& n, const std::vector<std::string>& langs) {
  std::vector<Link> out;
  for (const auto& ln : r.array(n, "links", false)) out.push_back(read_link(r, ln, langs));
  return out;
}

Item read_item(const JsonReader& r, const Node& n, const std::vector<std::string>& langs,
               std::initializer_list<const char*> extra_optional = {}) {
  Item it;
  std::vector<const char*> optional = {"how", "tools", "laws", "when", "needs_consent"};
  optional.insert(optional.end(), extra_optional.begin(), extra_optional.end());
  // object() takes initializer lists; check unknown keys by hand for the extended set
  if (n.json->is_object()) {
    for (const auto& entry : n.json->items()) {
      const std::string& key = entry.key();
      bool known = key == "id" || key == "text" || key == "actions" || key == "who" || key == "source" ||
                   std::any_of(optional.begin(), optional.end(), [&](const char* k) { return key == k; });
      if (!known)
        r.error(pointer_child(n.ptr, key), code::kUnknownKey,
                "unknown key '" + key + "' in an item (allowed: id, text, actions, who, source, how, tools, laws, when, needs_consent)");
    }
    for (const char* k : {"id", "text", "who"})
      if (!n.json->contains(k)) r.error(n.ptr, code::kMissingKey, std::string("missing key '") + k + "'");
  } else {
    r.error(n.ptr, code::kType, "an item must be an object");
    return it;
  }
  it.line = r.line(n.ptr);
  it.id = r.id(n, "id");
  it.text = r.text(n, "text", true, langs);
  it.who = r.text(n, "who", true, langs);
  it.how = r.text(n, "how", false, langs);
  it.tools = r.texts(n, "tools", langs);
  it.laws = r.strings(n, "laws", false);
  it.source = r.has(n, "source") ? r.string(n, "source", false) : std::string();
  if (r.has(n, "needs_consent")) {
    Node nc = r.child(n, "needs_consent");
    if (nc.json->is_boolean())
      it.needs_consent = nc.json->get<bool>();
    else
      r.error(nc.ptr, code::kType, "needs_consent must be true or false");
  }
  if (it.source.empty()) r.error(n.ptr, code::kNoSource, "item '" + it.id + "' has no source section");
  auto actions = r.array(n, "actions", false);
  if (actions.empty()) r.error(n.ptr, code::kNoAction, "item '" + it.id + "' has no action tag");
  for (const auto& a : actions) {
    if (!a.json->is_string()) {
      r.error(a.ptr, code::kType, "action tags must be strings");
      continue;
    }
    auto s = a.json->get<std::string>();
    if (auto act = parse_action(s))
      it.actions.push_back(*act);
    else
      r.error(a.ptr, code::kUnknownAction, "unknown action tag '" + s + "' in item '" + it.id + "' (SPEC §1.3)");
  }
  return it;
}

}  // namespace

ParsedFile parse_content_text(const std::string& path, std::string text, Diagnostics& diags) {
  ParsedFile f;
  f.path = path;
  f.text = std::move(text);
  if (f.text.size() > kMaxContentBytes) {
    diags.error(path, 1, code::kTooLarge,
                "file is " + std::to_string(f.text.size()) + " bytes; the limit is " + std::to_string(kMaxContentBytes));
    return f;
  }
  bool scanned = f.lines.scan(f.text);
  if (f.lines.max_depth() > kMaxContentDepth) {
    diags.error(path, 1, code::kTooLarge,
                "nesting is deeper than " + std::to_string(kMaxContentDepth) + " levels; refused before parsing");
    return f;
  }
  (void)scanned;
  try {
    f.json = json::parse(f.text);
  } catch (const json::parse_error& e) {
    std::string msg = e.what();
    if (auto p = msg.find("parse error"); p != std::string::npos) msg = msg.substr(p);
    diags.error(path, LineMap::line_at_offset(f.text, e.byte == 0 ? 0 : e.byte - 1), code::kJson, msg);
    f.json = nullptr;
    return f;
  }
  if (!f.json.is_object()) {
    diags.error(path, 1, code::kType, "a content file must hold one JSON object");
    return f;
  }
  check_format(f, diags);
  f.ok = true;
  return f;
}

ParsedFile parse_content_file(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diags.error(path, 1, code::kMissingFile, "required content file is missing");
    ParsedFile f;
    f.path = path;
    return f;
  }
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxContentBytes) {
    diags.error(path, 1, code::kTooLarge,
                "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(kMaxContentBytes));
    ParsedFile f;
    f.path = path;
    return f;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_content_text(path, ss.str(), diags);
}

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

void load_rules(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.rules_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "stages", "stage_names", "items"}, {"links"});
  for (const auto& sn : r.array(root, "stages", true, true)) {
    if (!r.object(sn, {"stage", "when"}, {})) continue;
    std::string name = r.string(sn, "stage", true);
    auto st = parse_stage(name);
    if (!st) {
      r.error(r.child(sn, "stage").ptr, code::kUnknownStage, "unknown stage '" + name + "' (SPEC §1.2)");
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
    for (const auto& s : r.strings(in, "stages", true)) {
      if (auto st = parse_stage(s))
        ni.stages.push_back(*st);
      else
        r.error(r.child(in, "stages").ptr, code::kUnknownStage, "unknown stage '" + s + "' in item '" + ni.item.id + "'");
    }
    if (r.has(in, "when")) {
      Node w = r.child(in, "when");
      if (r.object(w, {}, {"age", "role", "answers"})) {
        if (r.has(w, "age")) {
          Node a = r.child(w, "age");
          if (a.json->is_array() && a.json->size() == 2 && (*a.json)[0].is_number_integer() &&
              (*a.json)[1].is_number_integer())
            ni.age = std::make_pair((*a.json)[0].get<int>(), (*a.json)[1].get<int>());
          else
            r.error(a.ptr, code::kType, "age must be [min, max] whole numbers");
        }
        ni.roles = r.strings(w, "role", false);
        if (r.has(w, "answers")) ni.answers = r.condition(r.child(w, "answers"));
      }
    }
    c.national_items.push_back(std::move(ni));
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

namespace {


Variant read_variant(const JsonReader& r, const Node& mn, const std::vector<std::string>& langs, const std::string& stage,
                     bool with_when) {
  Variant v;
  v.line = r.line(mn.ptr);
  if (with_when) {
    if (!r.object(mn, {"when", "step"}, {"items", "note"})) return v;
    v.when = read_when(r, r.child(mn, "when"), kPackWhenKeys);
  } else if (!r.object(mn, {"step"}, {"items", "note"})) {
    return v;
  }
  v.step = r.string(mn, "step", true);
  v.explicit_items = r.has(mn, "items");
  v.items = r.strings(mn, "items", false);
  if (v.explicit_items && v.items.empty()) r.error(mn.ptr, code::kEmpty, "stage '" + stage + "' lists no items");
  v.note = r.text(mn, "note", false, langs);
  return v;
}

Step read_step(const JsonReader& r, const Node& sn, const std::vector<std::string>& langs) {
  Step s;
  r.object(sn, {"id", "name", "title", "source", "items"}, {"summary", "tips", "links", "tools", "laws", "next"});
  s.line = r.line(sn.ptr);
  s.id = r.id(sn, "id");
  s.name = r.text(sn, "name", true, langs);
  s.title = r.text(sn, "title", true, langs);
  s.summary = r.text(sn, "summary", false, langs);
  s.source = r.string(sn, "source", true);
  for (const auto& in : r.array(sn, "items", true, true)) {
    s.items.push_back(read_item(r, in, langs));
    if (r.has(in, "when")) s.items.back().when = read_when(r, r.child(in, "when"), kPackWhenKeys);
  }
  for (const auto& tn : r.array(sn, "tips", false)) {
    if (!r.object(tn, {"text", "source"}, {})) continue;
    s.tips.push_back({r.text(tn, "text", true, langs), r.string(tn, "source", true)});
  }
  s.links = read_links(r, sn, langs);
  s.tools = r.texts(sn, "tools", langs);
  s.laws = r.strings(sn, "laws", false);
  if (r.has(sn, "next")) {
    Node nn = r.child(sn, "next");
    if (r.object(nn, {"step", "text"}, {})) {
      s.next_step = r.string(nn, "step", true);
      s.next_text = r.text(nn, "text", true, langs);
    }
  }
  return s;
}

Section read_section(const JsonReader& r, const Node& sn, const std::vector<std::string>& langs) {
  Section s;
  r.object(sn, {"id", "title", "source", "paragraphs"}, {"links", "laws"});
  s.line = r.line(sn.ptr);
  s.id = r.id(sn, "id");
  s.title = r.text(sn, "title", true, langs);
  s.source = r.string(sn, "source", true);
  s.paragraphs = r.texts(sn, "paragraphs", langs);
  if (s.paragraphs.empty()) r.error(sn.ptr, code::kEmpty, "section '" + s.id + "' has no paragraphs");
  s.links = read_links(r, sn, langs);
  s.laws = r.strings(sn, "laws", false);
  return s;
}

}  // namespace

std::optional<Pack> load_pack(const ParsedFile& f, Diagnostics& diags) {
  if (!f.ok) return std::nullopt;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "id", "name", "title", "owner", "language", "version", "laws_checked", "source", "steps", "stages"},
           {"translations", "intro", "sections", "mapping_notes"});
  Pack p;
  p.file = f.path;
  p.line = 1;
  p.id = r.id(root, "id");
  p.language = r.string(root, "language", true);
  if (!p.language.empty() && !is_language(p.language))
    r.error(r.child(root, "language").ptr, code::kBadValue, "language '" + p.language + "' is not nb, nn or en");
  p.translations = r.strings(root, "translations", false);
  for (const auto& t : p.translations)
    if (!is_language(t)) r.error(r.child(root, "translations").ptr, code::kBadValue, "translation '" + t + "' is not nb, nn or en");
  std::vector<std::string> langs;
  if (is_language(p.language)) langs.push_back(p.language);
  for (const auto& t : p.translations)
    if (is_language(t) && t != p.language) langs.push_back(t);
  p.name = r.text(root, "name", true, langs);
  p.title = r.text(root, "title", true, langs);
  p.intro = r.text(root, "intro", false, langs);
  p.owner = r.string(root, "owner", true);
  p.version = r.string(root, "version", true);
  p.laws_checked = r.date(root, "laws_checked");
  Node src = r.child(root, "source");
  if (r.has(root, "source") && r.object(src, {"file", "title"}, {"url"})) {
    p.source_file = r.string(src, "file", true);
    p.source_title = r.string(src, "title", true);
    p.source_url = r.url(src, "url", false);
  }
  for (const auto& sn : r.array(root, "sections", false)) p.sections.push_back(read_section(r, sn, langs));
  for (const auto& nn : r.array(root, "mapping_notes", false)) {
    if (!r.object(nn, {"finding", "note"}, {})) continue;
    p.mapping_notes.push_back({r.string(nn, "finding", true), r.string(nn, "note", true)});
  }
  for (const auto& sn : r.array(root, "steps", true, true)) p.steps.push_back(read_step(r, sn, langs));
  Node stages = r.child(root, "stages");
  if (stages.json->is_object()) {
    for (const auto& [key, value] : stages.json->items()) {
      Node mn{&value, pointer_child(stages.ptr, key)};
      auto st = parse_stage(key);
      if (!st) {
        r.error(mn.ptr, code::kUnknownStage, "unknown stage '" + key + "' (the stages are acute, emergency, acute_consult, report, level0, level1, follow_up, level2, level3)");
        continue;
      }
      StageMapping m;
      m.line = r.line(mn.ptr);
      if (value.is_object() && value.contains("variants")) {
        if (!r.object(mn, {"variants"}, {})) continue;
        for (const auto& vn : r.array(mn, "variants", true, true)) m.variants.push_back(read_variant(r, vn, langs, key, true));
      } else {
        m.variants.push_back(read_variant(r, mn, langs, key, false));
      }
      p.stages[*st] = std::move(m);
    }
  } else if (r.has(root, "stages")) {
    r.error(stages.ptr, code::kType, "stages must be an object mapping each stage to a step");
  }
  return p;
}

Content load_content(const std::string& dir, Diagnostics& diags, const std::string& local_contacts) {
  Content c;
  c.dir = dir;
  auto path = [&](const char* rel) { return (fs::path(dir) / rel).string(); };
  load_questions(parse_content_file(path("national/questions.json"), diags), c, diags);
  load_rules(parse_content_file(path("national/rules.json"), diags), c, diags);
  load_laws(parse_content_file(path("national/laws.json"), diags), c, diags);
  auto cf = parse_content_file(path("national/contacts.json"), diags);
  c.contacts_file = cf.path;
  c.national_contacts = load_contacts(cf, diags, nullptr);
  auto lf = parse_content_file(local_contacts.empty() ? path("local/contacts.json") : local_contacts, diags);
  c.local_file = lf.path;
  c.local_contacts = load_contacts(lf, diags, &c.municipality);

  std::vector<std::string> pack_files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "packs", ec))
    if (e.is_regular_file() && e.path().extension() == ".json") pack_files.push_back(e.path().string());
  std::sort(pack_files.begin(), pack_files.end());
  if (pack_files.empty()) diags.error(path("packs"), 1, code::kMissingFile, "no content packs (*.json) found");
  for (const auto& pf : pack_files)
    if (auto p = load_pack(parse_content_file(pf, diags), diags)) c.packs.push_back(std::move(*p));
  // Training cases are optional (a municipality's own content may have none).
  if (fs::is_regular_file(path("training/vignettes.json"), ec)) load_training_file(path("training/vignettes.json"), c, diags);
  return c;
}

std::string default_content_dir() {
  if (const char* env = std::getenv("VEIVISER_CONTENT"); env && *env) return env;
  std::error_code ec;
#if defined(VEIVISER_SOURCE_CONTENT_DIR) && defined(VEIVISER_BUILD_DIR)
  // The source tree's content only for a program running from its own build tree: an
  // installed program must never read whatever the build machine's checkout holds.
  const std::string exe = fs::read_symlink("/proc/self/exe", ec).string();
  const std::string build = VEIVISER_BUILD_DIR "/";
  if (!ec && exe.compare(0, build.size(), build) == 0 && fs::is_directory(VEIVISER_SOURCE_CONTENT_DIR "/packs", ec))
    return VEIVISER_SOURCE_CONTENT_DIR;
#endif
#ifdef VEIVISER_INSTALL_CONTENT_DIR
  if (fs::is_directory(VEIVISER_INSTALL_CONTENT_DIR "/packs", ec)) return VEIVISER_INSTALL_CONTENT_DIR;
#endif
  return "content";
}

}  // namespace vv
