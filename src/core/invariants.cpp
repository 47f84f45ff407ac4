// Safety invariants and answer enumeration (see invariants.hpp).
#include "invariants.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace vv {
namespace {

bool is_acute(Stage s) { return s == Stage::acute || s == Stage::acute_consult; }
bool is_consent_stage(Stage s) { return s == Stage::level2 || s == Stage::level3; }

bool any(const Outcome& o, Action a) {
  return std::any_of(o.items.begin(), o.items.end(), [&](const OutcomeItem& i) { return i.has(a); });
}
bool contains(const Outcome& o, const std::string& id) {
  return std::any_of(o.items.begin(), o.items.end(), [&](const OutcomeItem& i) { return i.id == id; });
}
std::string answer(const Answers& a, const char* key) {
  auto it = a.find(key);
  return it == a.end() ? std::string() : it->second;
}

}  // namespace

std::string describe(const Answers& a) {
  std::string out;
  for (const char* k : {"role", "acute", "serious", "age", "stage", "helped", "parents_consent"})
    if (auto it = a.find(k); it != a.end()) {
      if (!out.empty()) out += ' ';
      out.append(k).append("=").append(it->second);
    }
  return out;
}

std::string expected_child_item(Stage s, const Answers& a) {
  if (is_acute(s)) return "nat.child.acute";
  int age = age_of(a).value_or(-1);
  if (age < 0) return "";
  if (age < 7) return "nat.child.under7";
  if (age < 12) return "nat.child.7plus";
  return "nat.child.12plus";
}

std::string expected_consent_item(Stage s, const Answers& a) {
  if (!is_consent_stage(s)) return "";
  int age = age_of(a).value_or(-1);
  if (answer(a, "role") == "helse") return age >= 16 ? "nat.consent.helse.16plus" : "nat.consent.helse.parents";
  return age >= 15 ? "nat.consent.15plus" : "nat.consent.parents";
}

std::vector<Violation> check_invariants(const Outcome& o, const Answers& a) {
  std::vector<Violation> v;
  auto fail = [&](const char* rule, std::string msg) { v.push_back({rule, std::move(msg)}); };

  if (o.items.empty()) fail("non-empty", "the checklist is empty");
  if (!any(o, Action::document)) fail("document", "no item tagged 'document'");

  if (is_acute(o.stage)) {
    if (any(o, Action::contact_parents)) fail("acute-no-contact-parents", "an item is tagged 'contact_parents'");
    if (!any(o, Action::do_not_contact_parents))
      fail("acute-do-not-contact-parents", "no item tagged 'do_not_contact_parents'");
    bool reach = any(o, Action::contact_child_welfare) || any(o, Action::contact_police);
    if (!reach) fail("acute-contact", "no item tagged 'contact_child_welfare' or 'contact_police'");
    if (o.stage == Stage::acute && !o.items.empty()) {
      auto direct = [](const OutcomeItem& i) {
        return i.has(Action::contact_child_welfare) || i.has(Action::contact_police);
      };
      bool first = direct(o.items[0]);
      bool second = o.items.size() > 1 && o.items[0].has(Action::call_emergency) && direct(o.items[1]);
      if (!first && !second)
        fail("acute-contact-first",
             "the first item (or the second, after 'call_emergency') is not tagged 'contact_child_welfare' or 'contact_police'");
    }
  }
  if (o.stage == Stage::report && !any(o, Action::report_child_welfare))
    fail("report", "no item tagged 'report_child_welfare'");

  // Talking with the child: exactly the age-fitting national item (SPEC §1.4.4).
  std::string child = expected_child_item(o.stage, a);
  if (child.empty() || !contains(o, child))
    fail("child-voice", "missing '" + (child.empty() ? std::string("nat.child.*") : child) + "' for this age/stage");
  if (!any(o, Action::talk_with_child)) fail("child-voice", "no item tagged 'talk_with_child'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.child.", 0) == 0 && i.id != child)
      fail("child-voice", "'" + i.id + "' does not fit this age/stage");

  // Consent by age and role, only where consent is asked for.
  std::string consent = expected_consent_item(o.stage, a);
  if (!consent.empty() && !contains(o, consent)) fail("consent", "missing '" + consent + "'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.consent.", 0) == 0 && i.id != consent)
      fail("consent", "'" + i.id + "' does not fit this age/role/stage");

  // serious=unsure adds an anonymous consultation with barnevern (SPEC §1.2).
  bool unsure = answer(a, "serious") == "unsure" && !is_acute(o.stage) && o.stage != Stage::report;
  if (unsure != contains(o, "nat.serious_unsure"))
    fail("serious-unsure", unsure ? "missing 'nat.serious_unsure'" : "'nat.serious_unsure' where serious is not unsure");

  // parents_consent=no at level2/level3 adds the four no-consent items (SPEC §1.2).
  bool no_consent = is_consent_stage(o.stage) && answer(a, "parents_consent") == "no";
  for (const char* id : {"nat.no_consent.respect", "nat.no_consent.child_needs", "nat.no_consent.duties",
                         "nat.no_consent.report"})
    if (no_consent != contains(o, id))
      fail("no-consent", std::string(no_consent ? "missing '" : "unexpected '") + id + "'");
  return v;
}

std::vector<int> age_representatives(const Content& c) {
  std::set<int> b = {0, 7, 12, 15, 16};  // SPEC §1.4 age limits
  auto add_value = [&](const std::string& v) {
    int age = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), age);
    if (ec == std::errc() && p == v.data() + v.size()) {
      b.insert(age);
      b.insert(age + 1);
    }
  };
  auto add_conditions = [&](const AnyOf& any) {
    for (const auto& cond : any)
      if (auto it = cond.find("age"); it != cond.end())
        for (const auto& v : it->second) add_value(v);
  };
  for (const auto& ni : c.national_items) {
    if (ni.age) {
      b.insert(ni.age->first);
      b.insert(ni.age->second + 1);
    }
    add_conditions({ni.answers});
  }
  for (const auto& q : c.questions) add_conditions(q.ask_if);
  for (const auto& r : c.stage_rules) add_conditions(r.when);
  std::vector<int> out;
  for (int x : b)
    if (x >= 0 && x <= 17) out.push_back(x);
  return out;
}

std::vector<std::string> role_representatives(const Content& c) {
  // Two roles are alike when every list of roles a rule names holds both or neither.
  std::vector<std::vector<std::string>> lists = {{"helse"}};  // SPEC §1.4 consent rule
  auto add_conditions = [&](const AnyOf& any) {
    for (const auto& cond : any)
      if (auto it = cond.find("role"); it != cond.end()) lists.push_back(it->second);
  };
  for (const auto& ni : c.national_items) {
    if (!ni.roles.empty()) lists.push_back(ni.roles);
    add_conditions({ni.answers});
  }
  for (const auto& q : c.questions) add_conditions(q.ask_if);
  for (const auto& r : c.stage_rules) add_conditions(r.when);
  std::vector<std::string> out;
  std::set<std::vector<bool>> seen;
  if (const Question* role = c.find_question("role"))
    for (const auto& o : role->options) {
      std::vector<bool> signature;
      for (const auto& l : lists) signature.push_back(std::find(l.begin(), l.end(), o.value) != l.end());
      if (seen.insert(signature).second) out.push_back(o.value);
    }
  return out;
}

size_t enumerate_answers(const Content& c, const std::function<void(const Answers&)>& visit, Ages ages) {
  std::vector<int> age_values;
  std::vector<std::string> roles;
  if (ages == Ages::all) {
    for (int age = 0; age <= 17; ++age) age_values.push_back(age);
  } else {
    age_values = age_representatives(c);
    roles = role_representatives(c);
  }
  size_t count = 0;
  Answers a;
  std::function<void()> walk = [&]() {
    const Question* q = next_question(c, a);
    if (!q) {
      ++count;
      visit(a);
      return;
    }
    std::vector<std::string> values;
    if (q->is_age)
      for (int age : age_values) values.push_back(std::to_string(age));
    else if (q->key == "role" && !roles.empty())
      values = roles;
    else
      for (const auto& o : q->options) values.push_back(o.value);
    for (const auto& v : values) {
      a[q->key] = v;
      walk();
    }
    a.erase(q->key);
  };
  walk();
  return count;
}

}  // namespace vv
