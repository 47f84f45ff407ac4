// Content validation (see validator.hpp).
#include "validator.hpp"
#include "training.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "answers.hpp"
#include "author_checks.hpp"
#include "invariants.hpp"
#include "loader.hpp"
#include "now_lines.hpp"
#include "outcome.hpp"
#include "pack_texts.hpp"
#include "safety_text.hpp"

namespace vv {
namespace {

// SPEC §1.1: the fixed keys and values.
const std::vector<std::pair<std::string, std::vector<std::string>>> kSpecQuestions = {
    {"role", {"barnehage", "skole", "helse", "annet"}},
    {"acute", {"yes", "health", "unsure", "no"}},
    {"serious", {"yes", "no", "unsure"}},
    {"age", {}},
    {"stage", {"new", "own_service", "with_others"}},
    {"helped", {"yes", "no", "unsure"}},
    {"consent", {"yes", "no", "unsure"}},
};

// National items SPEC §1.4 relies on (docs/ids.md).
const std::vector<std::string> kRequiredNational = {
    "nat.emergency",          "nat.acute_consult.call",    "nat.emergency.call",     "nat.emergency.parents",
    "nat.emergency.helse.youth", "nat.child.emergency",    "nat.child.acute",        "nat.child.under7",
    "nat.child.7plus",        "nat.child.12plus",          "nat.consent.parents",    "nat.consent.15plus",
    "nat.consent.helse.parents", "nat.consent.helse.12to15", "nat.consent.helse.16plus", "nat.serious_unsure",
    "nat.no_consent.respect", "nat.no_consent.child_needs", "nat.no_consent.respect.youth", "nat.no_consent.respect.helse", "nat.no_consent.child_needs.helse",
    "nat.no_consent.child_needs.youth", "nat.no_consent.duties", "nat.no_consent.report", "nat.report.duty",
    "nat.duty.barnehage",     "nat.duty.skole",            "nat.duty.helse",         "nat.duty.annet"};

// The pack items a stage can show (every variant's, before answer filters).
std::vector<const Item*> items_of(const Pack& p, const Variant& v) {
  std::vector<const Item*> out;
  if (v.explicit_items) {
    for (const auto& id : v.items)
      if (const Item* it = p.find_item(id)) out.push_back(it);
  } else if (const Step* st = p.find_step(v.step)) {
    for (const auto& it : st->items) out.push_back(&it);
  }
  return out;
}

bool reaches_helse_youth(const When& w) {
  return matches(w, Answers{{"role", "helse"}, {"age", "16"}}) || matches(w, Answers{{"role", "helse"}, {"age", "17"}});
}

void check_questions(const Content& c, Diagnostics& d) {
  const std::string& f = c.questions_file;
  if (c.questions.empty()) return;  // the loader has said why
  for (const auto& [key, values] : kSpecQuestions) {
    const Question* q = c.find_question(key);
    if (!q) {
      d.error(f, 1, code::kSpecMismatch, "question '" + key + "' of the national question list is missing");
      continue;
    }
    if (key == "age" && !q->is_age) d.error(f, q->line, code::kSpecMismatch, "question 'age' must be of kind 'age'");
    if (key != "age" && q->is_age) d.error(f, q->line, code::kSpecMismatch, "question '" + key + "' must be of kind 'choice'");
    std::vector<std::string> got;
    for (const auto& o : q->options) got.push_back(o.value);
    auto want = values;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    if (got != want) d.error(f, q->line, code::kSpecMismatch, "question '" + key + "' must have exactly the national values");
  }
  std::set<std::string> seen;
  for (const auto& q : c.questions) {
    if (!seen.insert(q.key).second) d.error(f, q.line, code::kDuplicateId, "question '" + q.key + "' appears twice");
    bool known = std::any_of(kSpecQuestions.begin(), kSpecQuestions.end(), [&](const auto& s) { return s.first == q.key; });
    if (!known) d.error(f, q.line, code::kSpecMismatch, "question '" + q.key + "' is not a national question (packs may not add questions)");
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
  for (const auto& ni : c.national_items) {
    const auto& it = ni.item;
    for (const auto* t : {&it.text, &it.who, &it.how})
      for (const auto& [lang, text] : *t)
        if (auto ref = internal_reference(text))
          d.error(c.rules_file, it.line, code::kInternalRef, "national item '" + it.id + "' names '" + *ref + "'");
    if (auto ref = internal_reference(it.source))
      d.error(c.rules_file, it.line, code::kInternalRef, "the source of national item '" + it.id + "' names '" + *ref + "'");
    bool outside_acute = std::any_of(ni.stages.begin(), ni.stages.end(), [](Stage s) { return !is_acute(s); });
    if (it.has(Action::contact_parents) && outside_acute)
      for (const auto& [lang, text] : it.text)
        if (!has_parent_exception(text, lang))
          d.error(c.rules_file, it.line, code::kParentException,
                  "national item '" + it.id + "' (" + lang + ") contacts the parents without the exception in its text (lacks '" +
                      missing_parent_exception_group(text, lang) + "')");
  }
  check_now_lines(c, d);
  for (const auto& id : kRequiredNational)
    if (!ids.count(id) && !c.national_items.empty())
      d.error(c.rules_file, 1, code::kMissingKey, "national item '" + id + "' required by the safety rules is missing");

  std::set<std::string> law_ids;
  for (const auto& l : c.laws)
    if (!law_ids.insert(l.id).second) d.error(c.laws_file, l.line, code::kDuplicateId, "law '" + l.id + "' appears twice");

  std::map<std::string, std::string> contact_ids;
  for (const auto* list : {&c.national_contacts, &c.local_contacts})
    for (const auto& ct : *list) {
      const std::string& file = list == &c.national_contacts ? c.contacts_file : c.local_file;
      auto [prev, fresh] = contact_ids.emplace(ct.id, file);
      if (fresh) continue;
      if (list == &c.local_contacts && prev->second == c.contacts_file)
        d.add(Severity::error, file, ct.line, code::kDuplicateId, "contact.national_clash", {ct.id});
      else
        d.error(file, ct.line, code::kDuplicateId, "contact '" + ct.id + "' appears twice");
    }
}

// `bad` receives the stages whose mapping names a step or item that does not exist: the
// invariant walk skips them and still checks every other stage in the same run.
void check_pack_structure(const Content& c, const Pack& p, Diagnostics& d, std::set<Stage>& bad) {
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
      bad.insert(st);
      continue;
    }
    const std::string stage = std::string(to_string(st));
    for (const auto& m : it->second.variants) {
      const Step* step = p.find_step(m.step);
      if (!step) {
        d.error(f, m.line, code::kDanglingRef, "stage '" + stage + "' maps to unknown step '" + m.step + "'");
        bad.insert(st);
        continue;
      }
      reached.insert(m.step);
      std::set<std::string> listed;
      for (const auto& id : m.items) {
        if (!p.find_item(id)) {
          d.error(f, m.line, code::kDanglingRef, "stage '" + stage + "' lists unknown item '" + id + "'");
          bad.insert(st);
        }
        else if (!listed.insert(id).second)
          d.error(f, m.line, code::kDuplicateId, "stage '" + stage + "' lists item '" + id + "' twice");
      }
      if (st == Stage::report) {
        bool own = std::any_of(step->items.begin(), step->items.end(),
                               [](const Item& i) { return i.has(Action::report_child_welfare); });
        if (!own)
          d.error(f, m.line, code::kReportStep,
                  "stage 'report' shows step '" + step->id + "', which is not about reporting: none of its own items is "
                  "tagged 'report_child_welfare' (use the pack's reporting step, or add a step 'meldeplikt')");
      }
      // The parent exception in the item's own text, wherever the parents may be contacted.
      if (!is_acute(st))
        for (const Item* item : items_of(p, m)) {
          if (!item->has(Action::contact_parents)) continue;
          for (const auto& [lang, text] : item->text)
            if (!has_parent_exception(text, lang))
              d.error(f, item->line, code::kParentException,
                      "item '" + item->id + "' (stage '" + stage + "') tells the user to contact the parents, but its " +
                          lang + " text does not say that they are not contacted first on suspicion of violence, "
                          "abuse or threats, or where it may put the child at risk or hinder an investigation "
                          "(lacks a word like '" + missing_parent_exception_group(text, lang) + "')");
        }
    }
  }
  // Values in a `when` must be answers the question allows: a typo would hide an item silently.
  auto check_when = [&](const When& w, int line, const std::string& what) {
    for (const auto& [key, values] : w.values) {
      const Question* q = c.find_question(key);
      for (const auto& v : values)
        if (q && !q->accepts(v))
          d.error(f, line, code::kBadValue, what + ": '" + v + "' is not an answer to '" + key + "'");
    }
  };
  for (const auto& step : p.steps)
    for (const auto& item : step.items) check_when(item.when, item.line, "the 'when' of item '" + item.id + "'");
  for (const auto& [stage, m] : p.stages)
    for (const auto& v : m.variants) check_when(v.when, v.line, "a variant of stage '" + std::string(to_string(stage)) + "'");
  // Health personnel and 16-17-year-olds: the young person alone consents (SPEC §1.4.6).
  for (const auto& step : p.steps)
    for (const auto& item : step.items) {
      if (!reaches_helse_youth(item.when)) continue;
      for (const auto& [lang, text] : item.text) {
        if (item.has(Action::obtain_consent) && names_parents(text, lang) && !names_youth_consent(text, lang))
          d.error(f, item.line, code::kConsent,
                  "item '" + item.id + "' asks for the parents' consent, also for health personnel with a 16-17-year-old, "
                  "who consents alone: add \"when\" leaving out role helse aged 16-17, or word it for the young person");
        else if (item.has(Action::contact_parents) && !names_youth_consent(text, lang))
          d.error(f, item.line, code::kConsent,
                  "item '" + item.id + "' involves the parents, also for health personnel with a 16-17-year-old: say it "
                  "is done with the young person's consent, or add \"when\" leaving out role helse aged 16-17");
      }
    }
  each_visible_text(p, [&](const std::string& what, int line, const std::string& text) {
    if (auto ref = internal_reference(text))
      d.error(f, line, code::kInternalRef,
              what + " names '" + *ref + "', which a user cannot look up: cite the pack's own document, a law or a named national guide");
  });
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
    if (!pack_ids.insert(p.id).second) {
      if (p.local && c.find_pack(p.id) && !c.find_pack(p.id)->local)
        d.add(Severity::error, p.file, 1, code::kDuplicateId, "pack.national_clash", {p.id, c.find_pack(p.id)->file});
      else
        d.error(p.file, 1, code::kDuplicateId, "pack id '" + p.id + "' is used twice");
    }
    std::set<Stage> bad_stages;
    check_pack_structure(c, p, d, bad_stages);
    check_pack_claims(c, p, d);
    // The walk below skips only the stages whose mapping is broken (reported above); the
    // other stages are checked in the same run, so one fix does not reveal the next error.
    if (!national_ok) continue;  // invariants need sound national content

    // Every answer path against the invariants. They read ids and tags only, which do not
    // depend on the language (translations are checked above), so one pass covers nb, nn
    // and en; and one age per class of ages that behave alike covers all ages (see
    // age_representatives). Each broken rule is reported once per pack and stage.
    std::set<std::pair<Stage, std::string>> reported;
    std::set<Stage> gap_reported, overlap_reported;
    const std::string lang = p.language;
    stats.paths += enumerate_answers(c, [&](const Answers& a) {
      auto stage = derive_stage(c, a);
      if (!stage || bad_stages.count(*stage)) return;  // no stage, or a broken mapping: reported above
      // Step variants: exactly one per answer combination (SPEC §1.2).
      const auto& mapping = p.stages.at(*stage);
      std::vector<int> hits;
      for (size_t i = 0; i < mapping.variants.size(); ++i)
        if (matches(mapping.variants[i].when, a)) hits.push_back(static_cast<int>(i));
      const std::string sname = std::string(to_string(*stage));
      if (hits.empty()) {
        if (gap_reported.insert(*stage).second)
          d.error(p.file, mapping.line, code::kVariantGap,
                  "no variant of stage '" + sname + "' matches the answers " + describe(a));
        return;
      }
      if (hits.size() > 1 && overlap_reported.insert(*stage).second)
        d.error(p.file, mapping.variants[hits[1]].line, code::kVariantOverlap,
                "variants " + std::to_string(hits[0] + 1) + " and " + std::to_string(hits[1] + 1) + " of stage '" + sname +
                    "' both match the answers " + describe(a));
      auto o = build_outcome(c, p, a, lang, Detail::ids_and_tags);
      if (!o) return;
      ++stats.outcomes;
      for (const auto& v : check_invariants(c, *o, a)) {
        if (!reported.insert({o->stage, v.rule}).second) continue;
        d.error(p.file, mapping.variants[o->variant].line, code::kInvariant,
                "stage '" + sname + "' (" + describe(a) + "): " + v.message + " [" + v.rule + "]");
      }
    }, Ages::one_per_class);
    if (bad_stages.empty()) check_national_duplicates(c, p, d);
  }
  // Contacts (SPEC §1.4.11): barnevern must be reachable at all times (barnevernsloven § 15-3).
  bool local_child_welfare = std::any_of(c.local_contacts.begin(), c.local_contacts.end(),
                                         [](const Contact& ct) { return ct.kind == "child_welfare" && !ct.phone.empty(); });
  if (!local_child_welfare && !c.local_file.empty())
    d.warning(c.local_file, 1, code::kNoLocalChildWelfare,
              "no number for the municipality's barneverntjeneste (kind \"child_welfare\"): the acute, emergency and "
              "report screens say that none is configured; add the number the municipality gives for office hours");
  check_training(c, d);
  return stats;
}

Content load_and_validate(const std::string& dir, Diagnostics& diags, const std::string& local_contacts) {
  return load_and_validate(ContentPaths{dir, "", local_contacts}, diags);
}

Content load_and_validate(const ContentPaths& paths, Diagnostics& diags) {
  Content c = load_content(paths, diags);
  validate(c, diags);
  diags.sort();
  return c;
}

}  // namespace vv
