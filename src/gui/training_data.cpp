// Loader and checker for training vignettes (see training_data.hpp).
#include "training_data.hpp"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_lines.hpp"

namespace vv::gui {
namespace {

using nlohmann::json;

int nesting(const std::string& text) {
  vv::LineMap lines;  // the core's scanner: no recursion, stops just past its own limit
  lines.scan(text);
  return lines.max_depth();
}

bool read_text(const json& j, const std::string& what, Text& out, std::vector<std::string>& errs) {
  if (!j.is_object()) return errs.push_back(what + " must be an object with nb, nn and en"), false;
  for (const auto& [k, v] : j.items()) {
    if (!is_language(k)) return errs.push_back(what + " has an unknown language \"" + k + "\""), false;
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
      return errs.push_back(what + " in " + k + " must be a non-empty string"), false;
    out[k] = v.get<std::string>();
  }
  for (auto lang : kLanguages)
    if (!out.count(std::string(lang))) return errs.push_back(what + " lacks " + std::string(lang)), false;
  return true;
}

}  // namespace

TrainingData parse_training(const std::string& text, const Content& c) {
  TrainingData out;
  auto& errs = out.errors;
  if (text.size() > 1024 * 1024) return errs.push_back("the vignette file is larger than 1 MiB"), out;
  if (nesting(text) > 8) return errs.push_back("the vignette file is nested too deeply"), out;
  json root;
  try {
    root = json::parse(text);
  } catch (const std::exception& e) {
    return errs.push_back(std::string("the vignette file is not valid JSON: ") + e.what()), out;
  }
  if (!root.is_object()) return errs.push_back("the vignette file must hold one JSON object"), out;
  auto f = root.find("format");
  if (f == root.end() || !f->is_number_integer() || f->get<int>() != kFormatVersion)
    return errs.push_back("\"format\" must be " + std::to_string(kFormatVersion)), out;
  for (const auto& [k, v] : root.items())
    if (k != "format" && k != "vignettes") errs.push_back("unknown top-level key \"" + k + "\"");
  auto vs = root.find("vignettes");
  if (vs == root.end() || !vs->is_array() || vs->empty())
    return errs.push_back("\"vignettes\" must be a non-empty list"), out;
  static const std::regex id_re("[a-z0-9][a-z0-9._-]*");
  static const std::set<std::string> keys = {"id", "title", "story", "pack", "answers", "expected_stage", "why", "sources"};
  std::set<std::string> seen;
  int n = 0;
  for (const json& vj : *vs) {
    ++n;
    std::string where = "vignette " + std::to_string(n);
    if (!vj.is_object()) {
      errs.push_back(where + " must be an object");
      continue;
    }
    for (const auto& [k, v] : vj.items())
      if (!keys.count(k)) errs.push_back(where + ": unknown key \"" + k + "\"");
    for (const auto& k : keys)
      if (!vj.contains(k)) errs.push_back(where + ": missing \"" + k + "\"");
    if (!errs.empty()) continue;
    Vignette v;
    const json& id = vj.at("id");
    if (!id.is_string() || !std::regex_match(id.get_ref<const std::string&>(), id_re)) {
      errs.push_back(where + ": \"id\" must be a lower-case id");
      continue;
    }
    v.id = id.get<std::string>();
    where = "vignette \"" + v.id + "\"";
    if (!seen.insert(v.id).second) errs.push_back(where + ": the id is used twice");
    bool ok = read_text(vj.at("title"), where + ": title", v.title, errs);
    ok = read_text(vj.at("story"), where + ": story", v.story, errs) && ok;
    ok = read_text(vj.at("why"), where + ": why", v.why, errs) && ok;
    const json& pk = vj.at("pack");
    if (!pk.is_string() || !c.find_pack(pk.get_ref<const std::string&>())) {
      errs.push_back(where + ": \"pack\" must name a loaded pack");
      continue;
    }
    v.pack = pk.get<std::string>();
    const json& st = vj.at("expected_stage");
    auto stage = st.is_string() ? parse_stage(st.get_ref<const std::string&>()) : std::nullopt;
    if (!stage) {
      errs.push_back(where + ": \"expected_stage\" is not a stage");
      continue;
    }
    v.expected = *stage;
    const json& src = vj.at("sources");
    if (!src.is_array() || src.empty()) errs.push_back(where + ": \"sources\" must be a non-empty list");
    else
      for (const json& s : src) {
        if (!s.is_string() || s.get_ref<const std::string&>().empty()) {
          errs.push_back(where + ": every source must be a non-empty string");
          break;
        }
        v.sources.push_back(s.get<std::string>());
      }
    const json& ans = vj.at("answers");
    if (!ans.is_object() || ans.empty()) {
      errs.push_back(where + ": \"answers\" must be an object of question keys and values");
      continue;
    }
    for (const auto& [k, val] : ans.items()) {
      const Question* q = c.find_question(k);
      std::string sval = val.is_string() ? val.get<std::string>() : val.is_number_integer() ? std::to_string(val.get<int>()) : "";
      if (!q) errs.push_back(where + ": unknown question \"" + k + "\"");
      else if (!q->accepts(sval)) errs.push_back(where + ": \"" + k + "\" cannot be " + val.dump());
      else v.answers[k] = sval;
    }
    if (!ok || !errs.empty()) continue;
    Replay r = replay(c, v.answers);
    if (r.missing) {
      errs.push_back(where + ": the answers do not answer \"" + r.missing->key + "\"");
      continue;
    }
    auto got = derive_stage(c, r.effective);
    if (!got || *got != v.expected)
      errs.push_back(where + ": the answers lead to " + (got ? std::string(to_string(*got)) : "no stage") +
                     ", not to expected_stage " + std::string(to_string(v.expected)));
    out.vignettes.push_back(std::move(v));
  }
  if (!errs.empty()) out.vignettes.clear();
  return out;
}

TrainingData load_training(const std::string& path, const Content& c) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    TrainingData out;
    out.errors.push_back("no training file at " + path);
    return out;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_training(ss.str(), c);
}

}  // namespace vv::gui
