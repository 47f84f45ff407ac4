// Small lookups and enum <-> string conversions for the content model.
#include "model.hpp"

#include <algorithm>
#include <charconv>

namespace vv {
namespace {
constexpr std::array<std::string_view, 9> kStageNames = {"acute",  "emergency", "acute_consult", "report", "level0",
                                                         "level1", "follow_up", "level2",        "level3"};
constexpr std::array<std::string_view, 3> kLawStatusNames = {"in_force", "not_yet_in_force", "unconfirmed"};
constexpr std::array<std::string_view, kActionCount> kActionNames = {
    "call_emergency",  "contact_police",        "contact_child_welfare",  "report_child_welfare",
    "discuss_anonymously", "discuss_colleague_or_leader", "inform_leader", "talk_with_child",
    "contact_parents", "do_not_contact_parents", "obtain_consent",        "document",
    "measures_own_service", "evaluate",          "involve_other_services", "coordinate",
    "follow_up"};
const std::string kEmpty;
}  // namespace

bool is_language(std::string_view lang) {
  return std::find(kLanguages.begin(), kLanguages.end(), lang) != kLanguages.end();
}

const std::string& tr(const Text& text, std::string_view lang, std::string_view fallback) {
  if (auto it = text.find(std::string(lang)); it != text.end()) return it->second;
  if (auto it = text.find(std::string(fallback)); it != text.end()) return it->second;
  for (auto l : kLanguages)
    if (auto it = text.find(std::string(l)); it != text.end()) return it->second;
  return text.empty() ? kEmpty : text.begin()->second;
}

std::string_view to_string(Stage s) { return kStageNames[static_cast<size_t>(s)]; }
std::optional<Stage> parse_stage(std::string_view s) {
  for (size_t i = 0; i < kStageNames.size(); ++i)
    if (kStageNames[i] == s) return static_cast<Stage>(i);
  return std::nullopt;
}

std::string_view to_string(Action a) { return kActionNames[static_cast<size_t>(a)]; }
std::optional<Action> parse_action(std::string_view s) {
  for (size_t i = 0; i < kActionNames.size(); ++i)
    if (kActionNames[i] == s) return static_cast<Action>(i);
  return std::nullopt;
}

std::string_view to_string(LawStatus s) { return kLawStatusNames[static_cast<size_t>(s)]; }
std::optional<LawStatus> parse_law_status(std::string_view s) {
  for (size_t i = 0; i < kLawStatusNames.size(); ++i)
    if (kLawStatusNames[i] == s) return static_cast<LawStatus>(i);
  return std::nullopt;
}

bool Law::binds(std::string_view role) const {
  return roles.empty() || role.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool has_action(const std::vector<Action>& actions, Action a) {
  return std::find(actions.begin(), actions.end(), a) != actions.end();
}
bool Item::has(Action a) const { return has_action(actions, a); }
bool NowLine::has(Action a) const { return has_action(actions, a); }

const Step* Pack::find_step(std::string_view wanted) const {
  for (const auto& s : steps)
    if (s.id == wanted) return &s;
  return nullptr;
}

const Item* Pack::find_item(std::string_view wanted) const {
  for (const auto& s : steps)
    for (const auto& i : s.items)
      if (i.id == wanted) return &i;
  return nullptr;
}

bool Pack::has_language(std::string_view lang) const {
  return language == lang || std::find(translations.begin(), translations.end(), lang) != translations.end();
}

bool Question::accepts(std::string_view value) const {
  if (is_age) {
    int age = -1;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), age);
    return ec == std::errc() && p == value.data() + value.size() && age >= 0 && age <= 17;
  }
  return std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.value == value; });
}

const Pack* Content::find_pack(std::string_view id) const {
  for (const auto& p : packs)
    if (p.id == id) return &p;
  return nullptr;
}
const Question* Content::find_question(std::string_view key) const {
  for (const auto& q : questions)
    if (q.key == key) return &q;
  return nullptr;
}
const Law* Content::find_law(std::string_view id) const {
  for (const auto& l : laws)
    if (l.id == id) return &l;
  return nullptr;
}

}  // namespace vv
