// Reading items, conditions and whole packs (see loader.hpp); the national files are read
// in loader_national.cpp.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "diag_text.hpp"
#include "json_reader.hpp"
#include "loader_internal.hpp"

namespace vv {
using nlohmann::json;
using Node = JsonReader::Node;

namespace detail {
const std::vector<std::string> kAllLangs = {"nb", "nn", "en"};
const std::vector<const char*> kPackWhenKeys = {"stage", "helped", "consent", "role", "age"};

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

static Link read_link(const JsonReader& r, const Node& n, const std::vector<std::string>& langs) {
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
               std::initializer_list<const char*> extra_optional) {
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
    // Said once here, naming the item; the getters below stay quiet about these keys.
    const std::string item_id = n.json->contains("id") && (*n.json)["id"].is_string() ? (*n.json)["id"].get<std::string>()
                                                                                       : "line " + std::to_string(r.line(n.ptr));
    for (const char* k : {"id", "text", "who"})
      if (!n.json->contains(k)) r.add(n.ptr, code::kMissingKey, "item.missing_key", {k, item_id});
  } else {
    r.error(n.ptr, code::kType, "an item must be an object");
    return it;
  }
  it.line = r.line(n.ptr);
  it.id = n.json->contains("id") ? r.id(n, "id") : std::string();
  it.text = r.text(n, "text", false, langs);
  it.who = r.text(n, "who", false, langs);
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
  it.actions = read_actions(r, n, it.id);
  return it;
}

std::vector<Action> read_actions(const JsonReader& r, const Node& n, const std::string& id) {
  std::vector<Action> out;
  auto actions = r.array(n, "actions", false);
  if (actions.empty()) r.error(n.ptr, code::kNoAction, "item '" + id + "' has no action tag");
  for (const auto& a : actions) {
    if (!a.json->is_string()) {
      r.error(a.ptr, code::kType, "action tags must be strings");
      continue;
    }
    auto s = a.json->get<std::string>();
    if (auto act = parse_action(s))
      out.push_back(*act);
    else
      r.add(a.ptr, code::kUnknownAction, "action.unknown", {s, id, action_tag_list()});
  }
  return out;
}

}  // namespace detail
using namespace detail;

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

}  // namespace vv
