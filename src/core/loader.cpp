// Loading content files into the model (see loader.hpp).
#include "loader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_reader.hpp"

namespace vv {
using nlohmann::json;
namespace fs = std::filesystem;
using Node = JsonReader::Node;

namespace {
const std::vector<std::string> kAllLangs = {"nb", "nn", "en"};

void check_format(const ParsedFile& f, Diagnostics& diags) {
  if (!f.json.is_object()) return;
  auto it = f.json.find("format");
  if (it == f.json.end()) {
    diags.error(f.path, 1, code::kFormatVersion, "missing \"format\": this program reads format " + std::to_string(kFormatVersion));
  } else if (!it->is_number_integer() || it->get<int>() != kFormatVersion) {
    diags.error(f.path, f.lines.line_of("/format"), code::kFormatVersion,
                "unsupported format " + it->dump() + ": this program reads format " + std::to_string(kFormatVersion));
  }
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
  std::vector<const char*> optional = {"how", "tools", "laws"};
  optional.insert(optional.end(), extra_optional.begin(), extra_optional.end());
  // object() takes initializer lists; check unknown keys by hand for the extended set
  if (n.json->is_object()) {
    for (const auto& entry : n.json->items()) {
      const std::string& key = entry.key();
      bool known = key == "id" || key == "text" || key == "actions" || key == "who" || key == "source" ||
                   std::any_of(optional.begin(), optional.end(), [&](const char* k) { return key == k; });
      if (!known)
        r.error(pointer_child(n.ptr, key), code::kUnknownKey,
                "unknown key '" + key + "' in an item (allowed: id, text, actions, who, source, how, tools, laws)");
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
    if (!r.object(qn, {"key", "kind", "text", "help"}, {"options", "ask_if"})) continue;
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
    q.ask_if = r.any_of(qn, "ask_if");
    c.questions.push_back(std::move(q));
  }
}

void load_rules(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.rules_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "stages", "stage_names", "items"}, {});
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
}

void load_laws(const ParsedFile& f, Content& c, Diagnostics& diags) {
  c.laws_file = f.path;
  if (!f.ok) return;
  JsonReader r(f.path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "laws"}, {});
  for (const auto& ln : r.array(root, "laws", true, true)) {
    if (!r.object(ln, {"id", "ref", "title", "url", "checked", "checked_against", "status", "seed_refs"}, {"note"}))
      continue;
    Law l;
    l.line = r.line(ln.ptr);
    l.id = r.id(ln, "id");
    l.ref = r.text(ln, "ref", true, kAllLangs);
    l.title = r.text(ln, "title", true, kAllLangs);
    l.url = r.url(ln, "url", true);
    l.checked = r.date(ln, "checked");
    l.checked_against = r.string(ln, "checked_against", true);
    l.status = r.string(ln, "status", true);
    if (l.status != "confirmed" && l.status != "unconfirmed")
      r.error(r.child(ln, "status").ptr, code::kBadValue, "status must be 'confirmed' or 'unconfirmed'");
    l.seed_refs = r.strings(ln, "seed_refs", true);
    l.note = r.text(ln, "note", l.status == "unconfirmed", kAllLangs);
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

Step read_step(const JsonReader& r, const Node& sn, const std::vector<std::string>& langs) {
  Step s;
  r.object(sn, {"id", "name", "title", "source", "items"}, {"summary", "tips", "links", "tools", "laws", "next"});
  s.line = r.line(sn.ptr);
  s.id = r.id(sn, "id");
  s.name = r.text(sn, "name", true, langs);
  s.title = r.text(sn, "title", true, langs);
  s.summary = r.text(sn, "summary", false, langs);
  s.source = r.string(sn, "source", true);
  for (const auto& in : r.array(sn, "items", true, true)) s.items.push_back(read_item(r, in, langs));
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
           {"translations", "intro", "sections"});
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
  for (const auto& sn : r.array(root, "steps", true, true)) p.steps.push_back(read_step(r, sn, langs));
  Node stages = r.child(root, "stages");
  if (stages.json->is_object()) {
    for (const auto& [key, value] : stages.json->items()) {
      Node mn{&value, pointer_child(stages.ptr, key)};
      auto st = parse_stage(key);
      if (!st) {
        r.error(mn.ptr, code::kUnknownStage, "unknown stage '" + key + "' (SPEC §1.2 has acute, acute_consult, report, level0, level1, follow_up, level2, level3)");
        continue;
      }
      if (!r.object(mn, {"step"}, {"items", "note"})) continue;
      StageMapping m;
      m.line = r.line(mn.ptr);
      m.step = r.string(mn, "step", true);
      m.explicit_items = r.has(mn, "items");
      m.items = r.strings(mn, "items", false);
      if (m.explicit_items && m.items.empty()) r.error(mn.ptr, code::kEmpty, "stage '" + key + "' lists no items");
      m.note = r.text(mn, "note", false, langs);
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
