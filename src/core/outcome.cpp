// Building an outcome (see outcome.hpp).
#include "outcome.hpp"

#include <algorithm>

namespace vv {

bool OutcomeItem::has(Action a) const { return std::find(actions.begin(), actions.end(), a) != actions.end(); }

std::vector<const NationalItem*> national_items_for(const Content& c, Stage stage, const Answers& a) {
  std::vector<const NationalItem*> out;
  auto age = age_of(a);
  auto role = a.count("role") ? a.at("role") : std::string();
  for (const auto& ni : c.national_items) {
    if (std::find(ni.stages.begin(), ni.stages.end(), stage) == ni.stages.end()) continue;
    if (ni.age && (!age || *age < ni.age->first || *age > ni.age->second)) continue;
    if (!ni.roles.empty() && std::find(ni.roles.begin(), ni.roles.end(), role) == ni.roles.end()) continue;
    if (!ni.answers.empty() && !matches(ni.answers, a)) continue;
    out.push_back(&ni);
  }
  return out;
}

OutcomeLaw resolve_law(const Law& l, const std::string& lang) {
  return {l.id, tr(l.ref, lang), tr(l.title, lang), l.url, l.checked, l.status, tr(l.note, lang), l.seed_refs};
}

std::vector<OutcomeContact> contacts_for(const Content& c, Stage stage, const std::string& lang) {
  bool acute = stage == Stage::acute || stage == Stage::acute_consult;
  const std::vector<std::string> order =
      acute ? std::vector<std::string>{"emergency", "police", "child_welfare", "helpline", "health", "other"}
            : std::vector<std::string>{"child_welfare", "helpline", "health", "other", "police", "emergency"};
  std::vector<OutcomeContact> out;
  for (const auto& kind : order) {
    for (const auto* list : {&c.local_contacts, &c.national_contacts}) {
      for (const auto& ct : *list) {
        if (ct.kind != kind) continue;
        bool dup = std::any_of(out.begin(), out.end(), [&](const OutcomeContact& o) { return o.phone == ct.phone; });
        if (dup) continue;
        out.push_back({ct.id, tr(ct.name, lang), ct.phone, tr(ct.when, lang), ct.kind, list == &c.local_contacts});
      }
    }
  }
  return out;
}

namespace {
OutcomeItem resolve_item(const Item& it, const std::string& lang, bool national, Detail detail) {
  OutcomeItem o;
  o.id = it.id;
  o.actions = it.actions;
  o.national = national;
  if (detail == Detail::ids_and_tags) return o;
  o.text = tr(it.text, lang);
  o.who = tr(it.who, lang);
  o.source = it.source;
  o.how = tr(it.how, lang);
  for (const auto& t : it.tools) o.tools.push_back(tr(t, lang));
  o.laws = it.laws;
  return o;
}
}  // namespace

std::optional<Outcome> build_outcome(const Content& c, const Pack& p, const Answers& a, const std::string& lang,
                                     Detail detail) {
  auto stage = derive_stage(c, a);
  if (!stage) return std::nullopt;
  auto mapping = p.stages.find(*stage);
  if (mapping == p.stages.end()) return std::nullopt;
  const Step* step = p.find_step(mapping->second.step);
  if (!step) return std::nullopt;

  Outcome o;
  o.stage = *stage;
  o.step_id = step->id;
  o.pack_id = p.id;
  o.lang = lang;
  auto nationals = national_items_for(c, *stage, a);
  auto add_nationals = [&](Position pos) {
    for (const auto* ni : nationals)
      if (ni->position == pos) o.items.push_back(resolve_item(ni->item, lang, true, detail));
  };
  const std::string& pack_lang = p.has_language(lang) ? lang : p.language;
  add_nationals(Position::first);
  if (mapping->second.explicit_items) {
    for (const auto& id : mapping->second.items)
      if (const Item* it = p.find_item(id)) o.items.push_back(resolve_item(*it, pack_lang, false, detail));
  } else {
    for (const auto& it : step->items) o.items.push_back(resolve_item(it, pack_lang, false, detail));
  }
  add_nationals(Position::last);
  if (detail == Detail::ids_and_tags) return o;

  o.text_lang = pack_lang;
  const std::string& tl = o.text_lang;
  o.pack_name = tr(p.name, tl);
  o.pack_title = tr(p.title, tl);
  o.owner = p.owner;
  o.pack_version = p.version;
  o.laws_checked = p.laws_checked;
  if (auto it = c.stage_names.find(*stage); it != c.stage_names.end()) o.stage_name = tr(it->second, lang);
  o.step_name = tr(step->name, tl);
  o.step_title = tr(step->title, tl);
  o.step_summary = tr(step->summary, tl);
  o.note = tr(mapping->second.note, tl);
  o.next_text = tr(step->next_text, tl);
  for (const auto& tip : step->tips) o.tips.push_back(tr(tip.text, tl));

  for (const auto& l : step->links) o.links.push_back({tr(l.title, tl), l.url});

  std::vector<std::string> law_ids = step->laws;
  for (const auto& it : o.items) law_ids.insert(law_ids.end(), it.laws.begin(), it.laws.end());
  std::vector<std::string> seen;
  for (const auto& id : law_ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    seen.push_back(id);
    if (const Law* l = c.find_law(id)) o.laws.push_back(resolve_law(*l, lang));
  }
  o.contacts = contacts_for(c, *stage, lang);
  return o;
}

}  // namespace vv
