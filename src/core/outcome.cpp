// What a stage shows and the outcome of an answer set (see outcome.hpp).
#include "outcome.hpp"

#include <algorithm>

#include "invariants.hpp"
#include "labels.hpp"

namespace vv {

bool OutcomeItem::has(Action a) const { return has_action(actions, a); }

bool OutcomeNow::has(Action a) const { return has_action(actions, a); }

bool NationalScope::applies(Stage stage, const Answers& a) const {
  if (std::find(stages.begin(), stages.end(), stage) == stages.end()) return false;
  auto age_given = age_of(a);
  if (age && (!age_given || *age_given < age->first || *age_given > age->second)) return false;
  auto role = a.find("role");
  if (!roles.empty() && (role == a.end() || std::find(roles.begin(), roles.end(), role->second) == roles.end()))
    return false;
  return answers.empty() || matches(answers, a);
}

std::vector<const NationalItem*> national_items_for(const Content& c, Stage stage, const Answers& a) {
  std::vector<const NationalItem*> out;
  for (const auto& ni : c.national_items)
    if (ni.applies(stage, a)) out.push_back(&ni);
  return out;
}

std::vector<OutcomeNow> now_for(const Content& c, Stage stage, const Answers& a, const std::string& lang, Detail detail) {
  std::vector<OutcomeNow> out;
  for (const auto& n : c.now_lines)
    if (n.applies(stage, a)) out.push_back({n.id, detail == Detail::full ? tr(n.text, lang) : std::string(), n.actions});
  return out;
}

OutcomeLaw resolve_law(const Law& l, const std::string& lang) {
  OutcomeLaw o;
  o.id = l.id;
  o.ref = tr(l.ref, lang);
  o.title = tr(l.title, lang);
  o.law = l.law;
  o.url = l.url;
  o.checked = l.checked;
  o.note = tr(l.note, lang);
  o.replaces = tr(l.replaces, lang);
  o.status = l.status;
  return o;
}

std::vector<OutcomeContact> contacts_for(const Content& c, Stage stage, const std::string& lang) {
  std::vector<std::string> order;
  switch (stage) {
    case Stage::acute:
    case Stage::acute_consult:
      order = {"emergency", "child_welfare", "helpline", "health", "police", "other"};
      break;
    case Stage::emergency: order = {"emergency", "health", "child_welfare", "helpline", "police", "other"}; break;
    case Stage::report: order = {"child_welfare", "helpline", "police", "health", "other", "emergency"}; break;
    default: order = {"child_welfare", "helpline", "health", "other", "police", "emergency"}; break;
  }
  std::vector<OutcomeContact> out;
  for (const auto& kind : order) {
    std::vector<OutcomeContact> of_kind;
    for (const auto* list : {&c.local_contacts, &c.national_contacts}) {
      for (const auto& ct : *list) {
        if (ct.kind != kind || ct.phone.empty()) continue;
        bool dup = std::any_of(out.begin(), out.end(), [&](const OutcomeContact& o) { return o.phone == ct.phone; }) ||
                   std::any_of(of_kind.begin(), of_kind.end(), [&](const OutcomeContact& o) { return o.phone == ct.phone; });
        if (dup) continue;
        of_kind.push_back({ct.id, tr(ct.name, lang), ct.phone, tr(ct.when, lang), ct.kind, list == &c.local_contacts});
      }
    }
    // A medical emergency calls 113 before 112 (SPEC §1.2 emergency).
    if (stage == Stage::emergency && kind == "emergency")
      std::stable_sort(of_kind.begin(), of_kind.end(),
                       [](const OutcomeContact& x, const OutcomeContact& y) { return x.phone == "113" && y.phone != "113"; });
    out.insert(out.end(), of_kind.begin(), of_kind.end());
  }
  return out;
}

const std::string& outcome_language(const Pack& p, const std::string& lang) {
  return p.has_language(lang) ? lang : p.language;
}

const Variant* select_variant(const Pack& p, Stage stage, const Answers& a, int* index) {
  auto it = p.stages.find(stage);
  if (it == p.stages.end()) return nullptr;
  const auto& variants = it->second.variants;
  for (size_t i = 0; i < variants.size(); ++i)
    if (matches(variants[i].when, a)) {
      if (index) *index = static_cast<int>(i);
      return &variants[i];
    }
  return nullptr;
}

namespace {

OutcomeItem resolve_item(const Item& it, const std::string& lang, bool national, Detail detail) {
  OutcomeItem o;
  o.id = it.id;
  o.actions = it.actions;
  o.national = national;
  o.laws = it.laws;
  if (detail == Detail::ids_and_tags) return o;
  o.text = tr(it.text, lang);
  o.who = tr(it.who, lang);
  o.source = it.source;
  o.how = tr(it.how, lang);
  for (const auto& t : it.tools) o.tools.push_back(tr(t, lang));
  return o;
}

// A pack item is shown where its `when` matches; with consent=no an item that asks for
// consent or presupposes it is left out (SPEC §1.2, §1.4.6).
bool pack_item_applies(const Item& it, const Answers& a) {
  if (!matches(it.when, a)) return false;
  auto consent = a.find("consent");
  if (consent != a.end() && consent->second == "no" && (it.needs_consent || it.has(Action::obtain_consent))) return false;
  return true;
}

}  // namespace

std::optional<Outcome> stage_view(const Content& c, const Pack& p, Stage stage, const Answers& a,
                                  const std::string& lang, Detail detail) {
  int variant_index = 0;
  const Variant* v = select_variant(p, stage, a, &variant_index);
  if (!v) return std::nullopt;
  const Step* step = p.find_step(v->step);
  if (!step) return std::nullopt;

  Outcome o;
  o.stage = stage;
  o.variant = variant_index;
  o.step_id = step->id;
  o.pack_id = p.id;
  o.lang = lang;
  o.text_lang = outcome_language(p, lang);
  o.role = a.count("role") ? a.at("role") : std::string();
  const std::string& tl = o.text_lang;

  auto nationals = national_items_for(c, stage, a);
  auto add_nationals = [&](Position pos) {
    for (const auto* ni : nationals)
      if (ni->position == pos) o.items.push_back(resolve_item(ni->item, tl, true, detail));
  };
  auto add_pack_item = [&](const Item& it) {
    if (pack_item_applies(it, a)) o.items.push_back(resolve_item(it, tl, false, detail));
  };
  add_nationals(Position::first);
  if (v->explicit_items) {
    for (const auto& id : v->items)
      if (const Item* it = p.find_item(id)) add_pack_item(*it);
  } else {
    for (const auto& it : step->items) add_pack_item(it);
  }
  add_nationals(Position::last);
  o.now = now_for(c, stage, a, tl, detail);

  // Law references: the step's and the items', only those that bind the user's role.
  std::vector<std::string> law_ids = step->laws;
  for (const auto& it : o.items) law_ids.insert(law_ids.end(), it.laws.begin(), it.laws.end());
  std::vector<std::string> seen;
  for (const auto& id : law_ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    seen.push_back(id);
    const Law* l = c.find_law(id);
    if (!l || !l->binds(o.role)) continue;
    if (detail == Detail::ids_and_tags) {
      OutcomeLaw ol;
      ol.id = l->id;
      ol.status = l->status;
      o.laws.push_back(std::move(ol));
    } else {
      o.laws.push_back(resolve_law(*l, tl));
    }
  }
  // Contacts are a matter of safety (SPEC §1.4.11): resolved at every detail.
  o.contacts = contacts_for(c, stage, tl);
  if (needs_child_welfare_number(stage)) {
    bool local = std::any_of(o.contacts.begin(), o.contacts.end(),
                             [](const OutcomeContact& ct) { return ct.local && ct.kind == "child_welfare"; });
    if (!local) {
      o.missing_child_welfare_number = true;
      o.notices.push_back(label("outcome.no_local_child_welfare", tl));
    }
  }
  if (detail == Detail::ids_and_tags) return o;

  for (const auto& w : why_path(c, a))
    o.why.push_back({w.question->key, tr(question_text(*w.question, a), tl), answer_label(*w.question, w.value, tl)});
  o.pack_name = tr(p.name, tl);
  o.pack_title = tr(p.title, tl);
  o.owner = p.owner;
  o.pack_version = p.version;
  o.laws_checked = p.laws_checked;
  if (auto it = c.stage_names.find(stage); it != c.stage_names.end()) o.stage_name = tr(it->second, tl);
  o.step_name = tr(step->name, tl);
  o.step_title = tr(step->title, tl);
  o.step_summary = tr(step->summary, tl);
  o.note = tr(v->note, tl);
  o.next_text = tr(step->next_text, tl);
  for (const auto& tip : step->tips) o.tips.push_back(tr(tip.text, tl));
  for (const auto& l : step->links) o.links.push_back({tr(l.title, tl), l.url, false});
  for (const auto& nl : c.national_links)
    if (std::find(nl.stages.begin(), nl.stages.end(), stage) != nl.stages.end()) {
      bool dup = std::any_of(o.links.begin(), o.links.end(), [&](const OutcomeLink& l) { return l.url == nl.link.url; });
      if (!dup) o.links.push_back({tr(nl.link.title, tl), nl.link.url, true});
    }
  return o;
}

std::optional<Outcome> build_outcome(const Content& c, const Pack& p, const Answers& a, const std::string& lang,
                                     Detail detail) {
  auto stage = derive_stage(c, a);
  if (!stage) return std::nullopt;
  return stage_view(c, p, *stage, a, lang, detail);
}

StageExamples stage_examples(const Content& c, const Pack& p) {
  StageExamples out;
  std::map<std::pair<Stage, int>, Answers> first;
  enumerate_answers(c, [&](const Answers& a) {
    auto stage = derive_stage(c, a);
    if (!stage) return;
    int index = 0;
    if (!select_variant(p, *stage, a, &index)) return;
    first.emplace(std::make_pair(*stage, index), a);
  }, Ages::one_per_class);
  for (Stage s : kStages) {
    auto it = p.stages.find(s);
    int n = it == p.stages.end() ? 0 : static_cast<int>(it->second.variants.size());
    for (int i = 0; i < n; ++i) {
      auto f = first.find({s, i});
      if (f == first.end())
        out.unreachable.push_back({s, i});
      else
        out.examples.push_back({s, i, f->second});
    }
  }
  return out;
}

}  // namespace vv
