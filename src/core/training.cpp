// Loading and checking training cases (see training.hpp).
#include "training.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "json_reader.hpp"
#include "loader.hpp"
#include "outcome.hpp"
#include "safety_text.hpp"

namespace vv {
namespace {

using Node = JsonReader::Node;
const std::vector<std::string> kAllLangs = {"nb", "nn", "en"};

Vignette read_vignette(const JsonReader& r, const Node& n) {
  Vignette v;
  v.line = r.line(n.ptr);
  r.object(n, {"id", "title", "story", "pack", "answers", "expected_stage", "why", "sources"}, {});
  v.id = r.id(n, "id");
  v.title = r.text(n, "title", true, kAllLangs);
  v.story = r.text(n, "story", true, kAllLangs);
  v.why = r.text(n, "why", true, kAllLangs);
  v.pack = r.string(n, "pack", true);
  v.sources = r.strings(n, "sources", true);
  if (r.has(n, "sources") && v.sources.empty()) r.error(n.ptr + "/sources", code::kEmpty, "'sources' must name at least one source section");
  std::string stage = r.string(n, "expected_stage", true);
  if (auto s = parse_stage(stage)) v.expected = *s;
  else if (!stage.empty()) r.error(n.ptr + "/expected_stage", code::kUnknownStage, "unknown stage '" + stage + "'");
  Node ans = r.child(n, "answers");
  if (ans.json && ans.json->is_object()) {
    for (const auto& [key, value] : ans.json->items()) {
      if (value.is_string()) v.answers[key] = value.get<std::string>();
      else r.error(pointer_child(ans.ptr, key), code::kType, "answer '" + key + "' must be a string, such as \"9\" for an age");
    }
  } else if (ans.json) {
    r.error(ans.ptr, code::kType, "'answers' must be an object of question keys and values");
  }
  return v;
}

}  // namespace

void load_training_text(const std::string& path, const std::string& text, Content& c, Diagnostics& diags) {
  ParsedFile f = parse_content_text(path, text, diags);
  if (!f.ok) return;
  JsonReader r(path, f.lines, diags);
  Node root{&f.json, ""};
  r.object(root, {"format", "vignettes"}, {});
  std::set<std::string> ids;
  for (const Node& vn : r.array(root, "vignettes", true, true)) {
    Vignette v = read_vignette(r, vn);
    v.file = path;
    if (!v.id.empty() && !ids.insert(v.id).second)
      r.error(vn.ptr + "/id", code::kDuplicateId, "training case '" + v.id + "' appears twice");
    c.vignettes.push_back(std::move(v));
  }
}

void load_training_file(const std::string& path, Content& c, Diagnostics& diags) {
  ParsedFile f = parse_content_file(path, diags);
  if (f.ok) load_training_text(path, f.text, c, diags);
}

void check_training(const Content& c, Diagnostics& diags) {
  for (const Vignette& v : c.vignettes) {
    const std::string& file = v.file;
    const std::string where = "training case '" + v.id + "'";
    for (const Text* t : {&v.title, &v.story, &v.why})
      for (const auto& [lang, text] : *t)
        if (auto ref = internal_reference(text))
          diags.error(file, v.line, code::kInternalRef, where + " names '" + *ref + "'; cite the pack's document, a law or a national guide");
    const Pack* p = c.find_pack(v.pack);
    if (!p) {
      std::string known;
      for (const auto& pk : c.packs) known += (known.empty() ? "" : ", ") + pk.id;
      diags.error(file, v.line, code::kDanglingRef, where + " names the pack '" + v.pack + "', which is not loaded (loaded: " + known + ")");
      continue;
    }
    bool answers_ok = true;
    for (const auto& [key, value] : v.answers) {
      const Question* q = c.find_question(key);
      if (!q || !q->accepts(value)) {
        diags.error(file, v.line, code::kBadValue, where + ": '" + key + "=" + value + "' is not a question and value the flow knows");
        answers_ok = false;
      }
    }
    if (!answers_ok) continue;
    Replay r = replay(c, v.answers);
    if (r.missing) {
      diags.error(file, v.line, code::kTrainingAnswers, where + " does not answer '" + r.missing->key + "', which the flow asks next");
      continue;
    }
    for (const auto& [key, value] : v.answers)
      if (!r.effective.count(key))
        diags.error(file, v.line, code::kTrainingAnswers,
                    where + " answers '" + key + "', which the flow never asks for these answers; remove it");
    auto stage = derive_stage(c, r.effective);
    if (!stage || *stage != v.expected) {
      diags.error(file, v.line, code::kTrainingStage,
                  where + " expects the stage '" + std::string(to_string(v.expected)) + "', but its answers lead to '" +
                      (stage ? std::string(to_string(*stage)) : "no stage") + "'");
      continue;
    }
    auto o = build_outcome(c, *p, r.effective, p->language);
    if (!o) continue;
    for (const auto& src : v.sources) {
      bool found = std::any_of(o->items.begin(), o->items.end(), [&](const OutcomeItem& it) { return it.source == src; });
      if (!found)
        diags.error(file, v.line, code::kTrainingSource,
                    where + " names the source '" + src + "', which no item on its checklist has; copy an item's \"source\" exactly");
    }
  }
}

}  // namespace vv
