// Checks of the "Gjør dette nå" lines (see now_lines.hpp).
#include "now_lines.hpp"

#include <algorithm>
#include <set>

#include "safety_text.hpp"

namespace vv {

void check_now_lines(const Content& c, Diagnostics& d) {
  std::set<std::string> ids;
  const Question* role = c.find_question("role");
  for (const auto& n : c.now_lines) {
    const std::string what = "'Gjør dette nå' line '" + n.id + "'";
    if (!ids.insert(n.id).second) d.error(c.rules_file, n.line, code::kDuplicateId, what + " appears twice");
    if (n.id.rfind("now.", 0) != 0) d.error(c.rules_file, n.line, code::kBadId, "'now' line ids start with 'now.': '" + n.id + "'");
    if (n.stages.empty()) d.error(c.rules_file, n.line, code::kEmpty, what + " applies to no stage");
    for (const auto& r : n.roles)
      if (role && !role->accepts(r)) d.error(c.rules_file, n.line, code::kBadValue, "unknown role '" + r + "' in '" + n.id + "'");
    if (n.age && (n.age->first < 0 || n.age->second > 17 || n.age->first > n.age->second))
      d.error(c.rules_file, n.line, code::kBadValue, "age range of '" + n.id + "' must lie within 0-17");
    for (const auto& [lang, text] : n.text)
      if (auto ref = internal_reference(text)) d.error(c.rules_file, n.line, code::kInternalRef, what + " names '" + *ref + "'");
    bool outside_acute = std::any_of(n.stages.begin(), n.stages.end(), [](Stage s) { return !is_acute(s); });
    if (n.has(Action::contact_parents) && outside_acute)
      for (const auto& [lang, text] : n.text)
        if (!has_parent_exception(text, lang))
          d.error(c.rules_file, n.line, code::kParentException,
                  what + " (" + lang + ") involves the parents without the exception in its text (lacks '" +
                      missing_parent_exception_group(text, lang) + "')");
  }
}

void check_now(const Outcome& o, const Answers& a, std::vector<Violation>& v) {
  auto fail = [&](const char* rule, std::string msg) { v.push_back({rule, std::move(msg)}); };
  auto any = [&](Action act) { return std::any_of(o.now.begin(), o.now.end(), [&](const OutcomeNow& n) { return n.has(act); }); };
  if (o.now.size() < 2 || o.now.size() > 3)
    fail("now-count", "'Gjør dette nå' has " + std::to_string(o.now.size()) + " lines, not 2-3");
  if (is_acute(o.stage)) {
    if (any(Action::contact_parents)) fail("now-acute-parents", "a 'Gjør dette nå' line is tagged 'contact_parents'");
    if (!any(Action::do_not_contact_parents)) fail("now-acute-parents", "no 'Gjør dette nå' line says not to contact the parents first");
    if (!any(Action::contact_child_welfare) && !any(Action::contact_police))
      fail("now-acute-contact", "no 'Gjør dette nå' line contacts barnevern or the police");
  }
  if (o.stage == Stage::emergency &&
      (o.now.empty() || !o.now[0].has(Action::call_emergency) ||
       (!o.now[0].text.empty() && o.now[0].text.find("113") == std::string::npos)))
    fail("now-emergency-call", "the first 'Gjør dette nå' line is not the call to 113");
  if (o.stage == Stage::report && !any(Action::report_child_welfare))
    fail("now-report", "no 'Gjør dette nå' line is the report to barnevern");
  auto consent = a.find("consent");
  if (consent != a.end() && consent->second == "no" && any(Action::obtain_consent))
    fail("now-consent-no", "a 'Gjør dette nå' line asks for consent after consent=no");
  if (!is_acute(o.stage))
    for (const auto& n : o.now)
      if (n.has(Action::contact_parents) && !n.text.empty() && !has_parent_exception(n.text, o.text_lang))
        fail("now-parent-exception", "'" + n.id + "' involves the parents without the exception in its text");
  // Health personnel, 16-17: the parents only with the young person's consent (SPEC §1.4.6);
  // in a medical emergency they are told as a rule (pbrl § 3-4 fourth paragraph).
  auto role = a.find("role");
  bool helse_youth = role != a.end() && role->second == "helse" && age_of(a).value_or(-1) >= 16;
  if (helse_youth && o.stage != Stage::emergency)
    for (const auto& n : o.now)
      if (n.has(Action::contact_parents) && !n.text.empty() && !names_youth_consent(n.text, o.text_lang))
        fail("now-consent-youth", "'" + n.id + "' involves the parents without the young person's consent (helse, 16-17)");
  for (const auto& n : o.now)
    if (auto ref = internal_reference(n.text)) fail("now-internal-ref", "'" + n.id + "' names '" + *ref + "'");
}

}  // namespace vv
