// Content validation (see validator.hpp).
#include "validator.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "answers.hpp"
#include "invariants.hpp"
#include "loader.hpp"
#include "outcome.hpp"

namespace vv {
namespace {

// SPEC §1.1: the fixed keys and values.
const std::vector<std::pair<std::string, std::vector<std::string>>> kSpecQuestions = {
    {"role", {"barnehage", "skole", "helse", "annet"}},
    {"acute", {"yes", "no", "unsure"}},
    {"serious", {"yes", "no", "unsure"}},
    {"age", {}},
    {"stage", {"new", "own_service", "with_others"}},
    {"helped", {"yes", "no", "unsure"}},
    {"parents_consent", {"yes", "no", "unsure"}},
};

// National items SPEC §1.4 relies on (docs/ids.md).
const std::vector<std::string> kRequiredNational = {
    "nat.emergency",          "nat.child.acute",           "nat.child.under7",       "nat.child.7plus",
    "nat.child.12plus",       "nat.consent.parents",       "nat.consent.15plus",     "nat.consent.helse.parents",
    "nat.consent.helse.16plus", "nat.serious_unsure",      "nat.no_consent.respect", "nat.no_consent.child_needs",
    "nat.no_consent.duties",  "nat.no_consent.report"};

void check_questions(const Content& c, Diagnostics& d) {
  const std::string& f = c.questions_file;
  if (c.questions.empty()) return;  // the loader has said why
  for (const auto& [key, values] : kSpecQuestions) {
    const Question* q = c.find_question(key);
    if (!q) {
      d.error(f, 1, code::kSpecMismatch, "question '" + key + "' of SPEC §1.1 is missing");
      continue;
    }
    if (key == "age" && !q->is_age) d.error(f, q->line, code::kSpecMismatch, "question 'age' must be of kind 'age'");
    if (key != "age" && q->is_age) d.error(f, q->line, code::kSpecMismatch, "question '" + key + "' must be of kind 'choice'");
    std::vector<std::string> got;
    for (const auto& o : q->options) got.push_back(o.value);
    auto want = values;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    if (got != want) d.error(f, q->line, code::kSpecMismatch, "question '" + key + "' must have exactly the values of SPEC §1.1");
  }
  std::set<std::string> seen;
  for (const auto& q : c.questions) {
    if (!seen.insert(q.key).second) d.error(f, q.line, code::kDuplicateId, "question '" + q.key + "' appears twice");
    bool known = std::any_of(kSpecQuestions.begin(), kSpecQuestions.end(), [&](const auto& s) { return s.first == q.key; });
    if (!known) d.error(f, q.line, code::kSpecMismatch, "question '" + q.key + "' is not in SPEC §1.1 (packs may not add questions)");
  }
  if (!c.questions.empty() && (c.questions.front().key != "role" || !c.questions.front().ask_if.empty()))
    d.error(f, c.questions.front().line, code::kSpecMismatch, "the first question must be 'role', always asked");
  if (c.questions.size() > 1 && (c.questions[1].key != "acute" || !c.questions[1].ask_if.empty()))
    d.error(f, c.questions[1].line, code::kSpecMismatch, "the acute question must come right after role, always asked");
}

void check_condition_refs(const Content& c, const AnyOf& any, const std::string& file, int line, Diagnostics& d) {
  for (const auto& cond : any)
    for (const auto& [key, values] : cond) {
      const Question* q = c.find_question(key);
      if (!q) {
        d.error(file, line, code::kDanglingRef, "condition on unknown question '" + key + "'");
        continue;
      }
      for (const auto& v : values)
        if (!q->accepts(v)) d.error(file, line, code::kBadValue, "condition value '" + v + "' is not allowed for '" + key + "'");
    }
}

void check_laws_refs(const Content& c, const std::vector<std::string>& ids, const std::string& file, int line,
                     const std::string& where, Diagnostics& d) {
  for (const auto& id : ids)
    if (!c.find_law(id)) d.error(file, line, code::kDanglingRef, where + " refers to unknown law '" + id + "'");
}

void check_national(const Content& c, Diagnostics& d) {
  for (const auto& q : c.questions) check_condition_refs(c, q.ask_if, c.questions_file, q.line, d);
  std::set<Stage> ruled;
  for (const auto& r : c.stage_rules) {
    check_condition_refs(c, r.when, c.rules_file, r.line, d);
    ruled.insert(r.stage);
  }
  for (Stage s : kStages)
    if (!ruled.count(s) && !c.stage_rules.empty())
      d.error(c.rules_file, 1, code::kStageUnmapped, "no stage rule leads to '" + std::string(to_string(s)) + "'");

  std::set<std::string> ids;
  for (const auto& ni : c.national_items) {
    const auto& it = ni.item;
    if (!ids.insert(it.id).second) d.error(c.rules_file, it.line, code::kDuplicateId, "national item '" + it.id + "' appears twice");
    if (it.id.rfind("nat.", 0) != 0) d.error(c.rules_file, it.line, code::kBadId, "national item ids start with 'nat.': '" + it.id + "'");
    if (ni.stages.empty()) d.error(c.rules_file, it.line, code::kEmpty, "national item '" + it.id + "' applies to no stage");
    check_laws_refs(c, it.laws, c.rules_file, it.line, "national item '" + it.id + "'", d);
    if (!ni.answers.empty()) check_condition_refs(c, {ni.answers}, c.rules_file, it.line, d);
    const Question* role = c.find_question("role");
    for (const auto& r : ni.roles)
      if (role && !role->accepts(r)) d.error(c.rules_file, it.line, code::kBadValue, "unknown role '" + r + "' in '" + it.id + "'");
    if (ni.age && (ni.age->first < 0 || ni.age->second > 17 || ni.age->first > ni.age->second))
      d.error(c.rules_file, it.line, code::kBadValue, "age range of '" + it.id + "' must lie within 0-17");
  }
  for (const auto& id : kRequiredNational)
    if (!ids.count(id) && !c.national_items.empty())
      d.error(c.rules_file, 1, code::kMissingKey, "national item '" + id + "' required by SPEC §1.4 is missing");

  std::set<std::string> law_ids;
  for (const auto& l : c.laws)
    if (!law_ids.insert(l.id).second) d.error(c.laws_file, l.line, code::kDuplicateId, "law '" + l.id + "' appears twice");

  std::map<std::string, std::string> contact_ids;
  for (const auto* list : {&c.national_contacts, &c.local_contacts})
    for (const auto& ct : *list) {
      const std::string& file = list == &c.national_contacts ? c.contacts_file : c.local_file;
      if (!contact_ids.emplace(ct.id, file).second)
        d.error(file, ct.line, code::kDuplicateId, "contact '" + ct.id + "' appears twice");
    }
}

void check_pack_structure(const Content& c, const Pack& p, Diagnostics& d) {
  const std::string& f = p.file;
  auto stem = std::filesystem::path(f).stem().string();
  if (!p.id.empty() && stem != p.id) d.error(f, 1, code::kBadId, "pack id '" + p.id + "' must match its file name '" + stem + ".json'");

  std::set<std::string> step_ids, item_ids, section_ids;
  for (const auto& s : p.sections) {
    if (!section_ids.insert(s.id).second) d.error(f, s.line, code::kDuplicateId, "section '" + s.id + "' appears twice");
    check_laws_refs(c, s.laws, f, s.line, "section '" + s.id + "'", d);
  }
  for (const auto& s : p.steps) {
    if (!step_ids.insert(s.id).second) d.error(f, s.line, code::kDuplicateId, "step '" + s.id + "' appears twice");
    check_laws_refs(c, s.laws, f, s.line, "step '" + s.id + "'", d);
    for (const auto& it : s.items) {
      if (!item_ids.insert(it.id).second) d.error(f, it.line, code::kDuplicateId, "item '" + it.id + "' appears twice in the pack");
      if (it.id.rfind("nat.", 0) == 0) d.error(f, it.line, code::kBadId, "pack item ids may not start with 'nat.': '" + it.id + "'");
      check_laws_refs(c, it.laws, f, it.line, "item '" + it.id + "'", d);
    }
  }
  for (const auto& s : p.steps)
    if (!s.next_step.empty() && !p.find_step(s.next_step))
      d.error(f, s.line, code::kDanglingRef, "step '" + s.id + "' goes on to unknown step '" + s.next_step + "'");

  std::set<std::string> reached;
  for (Stage st : kStages) {
    auto it = p.stages.find(st);
    if (it == p.stages.end()) {
      d.error(f, 1, code::kStageUnmapped, "pack '" + p.id + "' does not map stage '" + std::string(to_string(st)) + "'");
      continue;
    }
    const auto& m = it->second;
    if (!p.find_step(m.step)) {
      d.error(f, m.line, code::kDanglingRef, "stage '" + std::string(to_string(st)) + "' maps to unknown step '" + m.step + "'");
      continue;
    }
    reached.insert(m.step);
    std::set<std::string> listed;
    for (const auto& id : m.items) {
      if (!p.find_item(id))
        d.error(f, m.line, code::kDanglingRef, "stage '" + std::string(to_string(st)) + "' lists unknown item '" + id + "'");
      else if (!listed.insert(id).second)
        d.error(f, m.line, code::kDuplicateId, "stage '" + std::string(to_string(st)) + "' lists item '" + id + "' twice");
    }
  }
  // Reachability: from the mapped steps, along "next".
  std::vector<std::string> todo(reached.begin(), reached.end());
  while (!todo.empty()) {
    std::string id = todo.back();
    todo.pop_back();
    const Step* s = p.find_step(id);
    if (s && !s->next_step.empty() && reached.insert(s->next_step).second) todo.push_back(s->next_step);
  }
  for (const auto& s : p.steps)
    if (!reached.count(s.id))
      d.error(f, s.line, code::kUnreachableStep, "step '" + s.id + "' is reached by no stage mapping and no 'next'");
}

}  // namespace

ValidationStats validate(const Content& c, Diagnostics& d) {
  ValidationStats stats;
  size_t before_national = d.error_count();
  check_questions(c, d);
  check_national(c, d);
  bool national_ok = d.error_count() == before_national && !c.questions.empty() && !c.stage_rules.empty();
  // Every complete answer set must reach a stage (reported once, with an example).
  if (!c.questions.empty() && !c.stage_rules.empty()) {
    bool reported = false;
    enumerate_answers(c, [&](const Answers& a) {
      if (reported || derive_stage(c, a)) return;
      reported = true;
      d.error(c.rules_file, 1, code::kNoStage, "no stage rule matches the answers " + describe(a));
    }, Ages::one_per_class);
  }

  std::set<std::string> pack_ids;
  for (const auto& p : c.packs) {
    if (!pack_ids.insert(p.id).second) d.error(p.file, 1, code::kDuplicateId, "pack id '" + p.id + "' is used twice");
    size_t before = d.error_count();
    check_pack_structure(c, p, d);
    bool pack_ok = d.error_count() == before;
    if (!national_ok || !pack_ok) continue;  // invariants need sound structure

    // Every answer path against the invariants. They read ids and tags only, which do not
    // depend on the language (translations are checked above), so one pass covers nb, nn
    // and en; and one age per class of ages that behave alike covers all ages (see
    // age_representatives). Each broken rule is reported once per pack and stage.
    std::set<std::pair<Stage, std::string>> reported;
    const std::string lang = p.language;
    {
      stats.paths += enumerate_answers(c, [&](const Answers& a) {
        auto o = build_outcome(c, p, a, lang, Detail::ids_and_tags);
        if (!o) return;  // no stage: reported above
        ++stats.outcomes;
        for (const auto& v : check_invariants(*o, a)) {
          if (!reported.insert({o->stage, v.rule}).second) continue;
          int line = p.stages.count(o->stage) ? p.stages.at(o->stage).line : 1;
          d.error(p.file, line, code::kInvariant,
                  "stage '" + std::string(to_string(o->stage)) + "' (" + describe(a) +
                      "): " + v.message + " [" + v.rule + "]");
        }
      }, Ages::one_per_class);
    }
  }
  return stats;
}

Content load_and_validate(const std::string& dir, Diagnostics& diags, const std::string& local_contacts) {
  Content c = load_content(dir, diags, local_contacts);
  validate(c, diags);
  diags.sort();
  return c;
}

}  // namespace vv
