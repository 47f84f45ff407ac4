// Question flow and stage rules (see answers.hpp).
#include "answers.hpp"

#include <algorithm>
#include <charconv>

#include "wipe.hpp"

namespace vv {

bool matches(const Condition& c, const Answers& a) {
  for (const auto& [key, values] : c) {
    auto it = a.find(key);
    if (it == a.end()) return false;
    if (std::find(values.begin(), values.end(), it->second) == values.end()) return false;
  }
  return true;
}

bool matches(const AnyOf& any, const Answers& a) {
  if (any.empty()) return true;
  return std::any_of(any.begin(), any.end(), [&](const Condition& c) { return matches(c, a); });
}

bool matches(const When& w, const Answers& a) {
  for (const auto& [key, values] : w.values) {
    auto it = a.find(key);
    if (it == a.end()) continue;
    if (std::find(values.begin(), values.end(), it->second) == values.end()) return false;
  }
  if (w.age) {
    if (auto age = age_of(a); age && (*age < w.age->first || *age > w.age->second)) return false;
  }
  return true;
}

const Text& question_text(const Question& q, const Answers& a) {
  for (const auto& w : q.texts)
    if (matches(w.when, a)) return w.text;
  return q.text;
}

const Text& question_help(const Question& q, const Answers& a) {
  for (const auto& w : q.texts)
    if (matches(w.when, a)) return w.help.empty() ? q.help : w.help;
  return q.help;
}

std::vector<WhyStep> why_path(const Content& c, const Answers& a) {
  std::vector<WhyStep> out;
  Answers so_far;
  while (const Question* q = next_question(c, so_far)) {
    auto it = a.find(q->key);
    if (it == a.end()) break;
    out.push_back({q, it->second});
    so_far[q->key] = it->second;
  }
  wipe(so_far);
  return out;
}

std::string answer_label(const Question& q, const std::string& value, const std::string& lang) {
  for (const auto& o : q.options)
    if (o.value == value) return tr(o.label, lang);
  return value;
}

const Question* next_question(const Content& c, const Answers& a) {
  for (const auto& q : c.questions)
    if (!a.count(q.key) && matches(q.ask_if, a)) return &q;
  return nullptr;
}

std::optional<Stage> derive_stage(const Content& c, const Answers& a) {
  for (const auto& r : c.stage_rules)
    if (matches(r.when, a)) return r.stage;
  return std::nullopt;
}

std::optional<int> age_of(const Answers& a) {
  auto it = a.find("age");
  if (it == a.end()) return std::nullopt;
  int age = -1;
  const auto& s = it->second;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), age);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return age;
}

Replay replay(const Content& c, const Answers& given) {
  Replay r;
  while (const Question* q = next_question(c, r.effective)) {
    auto it = given.find(q->key);
    if (it == given.end()) {
      r.missing = q;
      break;
    }
    r.effective[q->key] = it->second;
  }
  return r;
}

ParsedAnswer parse_answer(const Content& c, std::string_view arg) {
  ParsedAnswer out;
  auto eq = arg.find('=');
  if (eq == std::string_view::npos || eq == 0) {
    out.error = "bad answer '" + std::string(arg.substr(0, 80)) + "': expected KEY=VALUE";
    return out;
  }
  out.key = std::string(arg.substr(0, eq));
  out.value = std::string(arg.substr(eq + 1));
  const Question* q = c.find_question(out.key);
  if (!q) {
    std::string keys;
    for (const auto& qq : c.questions) keys += (keys.empty() ? "" : ", ") + qq.key;
    out.error = "unknown question key '" + out.key.substr(0, 80) + "' (known: " + keys + ")";
    return out;
  }
  if (!q->accepts(out.value)) {
    std::string values;
    if (q->is_age)
      values = "a whole number 0-17";
    else
      for (const auto& o : q->options) values += (values.empty() ? "" : ", ") + o.value;
    out.error = "bad value '" + out.value.substr(0, 80) + "' for '" + out.key + "' (allowed: " + values + ")";
  }
  return out;
}

void wipe(Answers& a) {
  // The keys are public question names; the values are what the user chose.
  for (auto& [key, value] : a) vv::wipe(value);
  a.clear();
}

}  // namespace vv
