// Every answer combination the flow allows, and the classes of ages and roles that every rule
// treats alike (see invariants.hpp): what the exhaustive test and `veiviser check` walk.
#include <algorithm>
#include <charconv>
#include <functional>
#include <set>

#include "invariants.hpp"

namespace vv {
namespace {

// Every format-2 condition in the content: step variants, pack items, question texts.
void for_each_when(const Content& c, const std::function<void(const When&)>& f) {
  for (const auto& q : c.questions)
    for (const auto& t : q.texts) f(t.when);
  for (const auto& p : c.packs) {
    for (const auto& [stage, m] : p.stages)
      for (const auto& var : m.variants) f(var.when);
    for (const auto& st : p.steps)
      for (const auto& it : st.items) f(it.when);
  }
}

}  // namespace

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
  auto add_scope = [&](const NationalScope& ns) {
    if (ns.age) {
      b.insert(ns.age->first);
      b.insert(ns.age->second + 1);
    }
    add_conditions({ns.answers});
  };
  for (const auto& ni : c.national_items) add_scope(ni);
  for (const auto& n : c.now_lines) add_scope(n);
  for (const auto& q : c.questions) add_conditions(q.ask_if);
  for (const auto& r : c.stage_rules) add_conditions(r.when);
  for_each_when(c, [&](const When& w) {
    if (w.age) {
      b.insert(w.age->first);
      b.insert(w.age->second + 1);
    }
  });
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
  auto add_scope = [&](const NationalScope& ns) {
    if (!ns.roles.empty()) lists.push_back(ns.roles);
    add_conditions({ns.answers});
  };
  for (const auto& ni : c.national_items) add_scope(ni);
  for (const auto& n : c.now_lines) add_scope(n);
  // Laws are filtered by the roles they bind (SPEC §1.4.7): roles a law tells apart differ.
  for (const auto& l : c.laws)
    if (!l.roles.empty()) lists.push_back(l.roles);
  for (const auto& q : c.questions) add_conditions(q.ask_if);
  for (const auto& r : c.stage_rules) add_conditions(r.when);
  for_each_when(c, [&](const When& w) {
    if (auto it = w.values.find("role"); it != w.values.end()) lists.push_back(it->second);
  });
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
