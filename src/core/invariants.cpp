// Safety invariants on one outcome and on its renderings (see invariants.hpp); the answer
// enumeration is in enumerate.cpp.
#include "invariants.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "now_lines.hpp"
#include "safety_text.hpp"

namespace vv {
namespace {

bool is_consent_stage(Stage s) { return s == Stage::level2 || s == Stage::level3; }

bool any(const Outcome& o, Action a) {
  return std::any_of(o.items.begin(), o.items.end(), [&](const OutcomeItem& i) { return i.has(a); });
}
bool contains(const Outcome& o, const std::string& id) {
  return std::any_of(o.items.begin(), o.items.end(), [&](const OutcomeItem& i) { return i.id == id; });
}
bool has_law(const Outcome& o, const std::string& id) {
  return std::any_of(o.laws.begin(), o.laws.end(), [&](const OutcomeLaw& l) { return l.id == id; });
}
std::string answer(const Answers& a, const char* key) {
  auto it = a.find(key);
  return it == a.end() ? std::string() : it->second;
}
bool helse_youth(const Answers& a) {
  int age = age_of(a).value_or(-1);
  return answer(a, "role") == "helse" && age >= 16;
}

// Every format-2 condition in the content: question wordings, step variants, pack items.
const NationalItem* find_national(const Content& c, const std::string& id) {
  for (const auto& ni : c.national_items)
    if (ni.item.id == id) return &ni;
  return nullptr;
}

}  // namespace

std::string describe(const Answers& a) {
  std::string out;
  for (const char* k : {"role", "acute", "serious", "age", "stage", "helped", "consent"})
    if (auto it = a.find(k); it != a.end()) {
      if (!out.empty()) out += ' ';
      out.append(k).append("=").append(it->second);
    }
  return out;
}

std::string expected_child_item(Stage s, const Answers& a) {
  if (is_acute(s)) return "nat.child.acute";
  if (s == Stage::emergency) return "nat.child.emergency";
  int age = age_of(a).value_or(-1);
  if (age < 0) return "";
  if (age < 7) return "nat.child.under7";
  if (age < 12) return "nat.child.7plus";
  return "nat.child.12plus";
}

std::string expected_consent_item(Stage s, const Answers& a) {
  if (!is_consent_stage(s) || answer(a, "consent") == "no") return "";
  int age = age_of(a).value_or(-1);
  if (answer(a, "role") == "helse") {
    if (age >= 16) return "nat.consent.helse.16plus";
    if (age >= 12) return "nat.consent.helse.12to15";
    return "nat.consent.helse.parents";
  }
  return age >= 15 ? "nat.consent.15plus" : "nat.consent.parents";
}

std::vector<std::string> expected_no_consent_items(Stage s, const Answers& a) {
  if (!is_consent_stage(s) || answer(a, "consent") != "no") return {};
  if (helse_youth(a))
    return {"nat.no_consent.respect.youth", "nat.no_consent.child_needs.youth", "nat.no_consent.duties",
            "nat.no_consent.report"};
  if (answer(a, "role") == "helse")
    return {"nat.no_consent.respect.helse", "nat.no_consent.child_needs.helse", "nat.no_consent.duties",
            "nat.no_consent.report"};
  return {"nat.no_consent.respect", "nat.no_consent.child_needs", "nat.no_consent.duties", "nat.no_consent.report"};
}

std::vector<std::string> duty_laws(const std::string& role) {
  if (role == "barnehage") return {"bhl-opplysningsplikt", "bvl-opplysningsplikt"};
  if (role == "skole") return {"opl-opplysningsplikt", "psl-opplysningsplikt", "bvl-opplysningsplikt"};
  if (role == "helse") return {"hpl-opplysningsplikt-barnevern", "bvl-opplysningsplikt"};
  return {"bvl-opplysningsplikt", "strl-avvergingsplikt"};
}

std::vector<std::string> consent_laws(const std::string& role) {
  if (role == "helse") return {"hpl-samtykke", "pbrl-samtykkekompetanse"};
  return {"fvl-taushetsplikt"};
}

std::vector<Violation> check_invariants(const Content& c, const Outcome& o, const Answers& a) {
  std::vector<Violation> v;
  auto fail = [&](const char* rule, std::string msg) { v.push_back({rule, std::move(msg)}); };
  const bool texts = !o.text_lang.empty() && !o.stage_name.empty();  // a full outcome, not ids and tags only
  const std::string role = answer(a, "role");

  // 3. non-empty, with a document item.
  if (o.items.empty()) fail("non-empty", "the checklist is empty");
  if (!any(o, Action::document)) fail("document", "no item tagged 'document'");

  // 1. acute and acute_consult.
  if (is_acute(o.stage)) {
    if (any(o, Action::contact_parents)) fail("acute-no-contact-parents", "an item is tagged 'contact_parents'");
    if (!any(o, Action::do_not_contact_parents))
      fail("acute-do-not-contact-parents", "no item tagged 'do_not_contact_parents'");
    bool reach = any(o, Action::contact_child_welfare) || any(o, Action::contact_police);
    if (!reach) fail("acute-contact", "no item tagged 'contact_child_welfare' or 'contact_police'");
    auto direct = [](const OutcomeItem& i) { return i.has(Action::contact_child_welfare) || i.has(Action::contact_police); };
    if (o.stage == Stage::acute && !o.items.empty()) {
      bool first = direct(o.items[0]);
      bool second = o.items.size() > 1 && o.items[0].has(Action::call_emergency) && direct(o.items[1]);
      if (!first && !second)
        fail("acute-contact-first",
             "the first item (or the second, after 'call_emergency') is not tagged 'contact_child_welfare' or 'contact_police'");
    }
    if (o.stage == Stage::acute_consult && (o.items.empty() || o.items[0].id != "nat.acute_consult.call" ||
                                            !o.items[0].has(Action::call_emergency)))
      fail("acute-consult-call-first", "the first item is not the conditional call to 113 ('nat.acute_consult.call')");
  }
  // 2. report.
  if (o.stage == Stage::report) {
    if (!any(o, Action::report_child_welfare)) fail("report", "no item tagged 'report_child_welfare'");
    bool own = std::any_of(o.items.begin(), o.items.end(),
                           [](const OutcomeItem& i) { return !i.national && i.has(Action::report_child_welfare); });
    if (!own) fail("report-step", "the pack's own items on the report step have none tagged 'report_child_welfare'");
    for (const char* id : {"nat.report.duty"})
      if (!contains(o, id)) fail("report", std::string("missing '") + id + "'");
  }
  // 8. emergency.
  if (o.stage == Stage::emergency) {
    if (o.items.empty() || !o.items[0].has(Action::call_emergency))
      fail("emergency-call-first", "the first item is not tagged 'call_emergency'");
    else if (texts && o.items[0].text.find("113") == std::string::npos)
      fail("emergency-call-first", "the first item does not name 113");
    if (!contains(o, "nat.emergency.parents")) fail("emergency-parents", "missing 'nat.emergency.parents' (when the parents are told)");
    if (role == "helse" && age_of(a).value_or(-1) >= 12 && !contains(o, "nat.emergency.helse.youth"))
      fail("emergency-parents", "missing 'nat.emergency.helse.youth' (pbrl § 3-4) for health personnel, 12-17");
  }

  // 4. talking with the child: exactly the age-fitting national item.
  std::string child = expected_child_item(o.stage, a);
  if (child.empty() || !contains(o, child))
    fail("child-voice", "missing '" + (child.empty() ? std::string("nat.child.*") : child) + "' for this age/stage");
  if (!any(o, Action::talk_with_child)) fail("child-voice", "no item tagged 'talk_with_child'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.child.", 0) == 0 && i.id != child)
      fail("child-voice", "'" + i.id + "' does not fit this age/stage");

  // 6. consent by role and age; none asked for or presupposed with consent=no.
  std::string consent = expected_consent_item(o.stage, a);
  if (!consent.empty() && !contains(o, consent)) fail("consent", "missing '" + consent + "'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.consent.", 0) == 0 && i.id != consent)
      fail("consent", "'" + i.id + "' does not fit this age/role/stage/answer");
  if (!consent.empty()) {
    auto item = std::find_if(o.items.begin(), o.items.end(), [&](const OutcomeItem& i) { return i.id == consent; });
    if (item != o.items.end())
      for (const auto& law : consent_laws(role))
        if (std::find(item->laws.begin(), item->laws.end(), law) == item->laws.end())
          fail("consent-law", "'" + consent + "' does not cite '" + law + "'");
  }
  if (answer(a, "consent") == "no")
    for (const auto& i : o.items)
      if (i.has(Action::obtain_consent)) fail("consent-no", "'" + i.id + "' asks for consent after consent=no");
  auto no_consent = expected_no_consent_items(o.stage, a);
  for (const auto& id : no_consent)
    if (!contains(o, id)) fail("no-consent", "missing '" + id + "'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.no_consent.", 0) == 0 &&
        std::find(no_consent.begin(), no_consent.end(), i.id) == no_consent.end())
      fail("no-consent", "unexpected '" + i.id + "'");

  // serious=unsure adds an anonymous consultation with barnevern (SPEC §1.2).
  bool unsure = answer(a, "serious") == "unsure" && !is_acute(o.stage) && o.stage != Stage::report &&
                o.stage != Stage::emergency;
  if (unsure != contains(o, "nat.serious_unsure"))
    fail("serious-unsure", unsure ? "missing 'nat.serious_unsure'" : "'nat.serious_unsure' where serious is not unsure");

  // 7. legal basis by role.
  if (cites_duty(o.stage)) {
    if (!contains(o, "nat.duty." + role)) fail("duty-role", "missing 'nat.duty." + role + "'");
    for (const auto& law : duty_laws(role))
      if (!has_law(o, law)) fail("duty-role", "the outcome does not cite '" + law + "' for role '" + role + "'");
  }
  for (const auto& l : o.laws)
    if (const Law* law = c.find_law(l.id); law && !law->binds(role))
      fail("law-role", "'" + l.id + "' binds only another role than '" + role + "'");
  for (const auto& i : o.items)
    if (i.national && i.id.rfind("nat.duty.", 0) == 0 && i.id != "nat.duty." + role)
      fail("duty-role", "'" + i.id + "' is for another role");

  // 11. contacts.
  if (needs_child_welfare_number(o.stage)) {
    bool local = std::any_of(o.contacts.begin(), o.contacts.end(),
                             [](const OutcomeContact& ct) { return ct.local && ct.kind == "child_welfare" && !ct.phone.empty(); });
    if (!local && (!o.missing_child_welfare_number || o.notices.empty()))
      fail("contacts-child-welfare", "no number for the municipal barneverntjeneste and no notice saying so");
  }
  bool needs_legevakt = o.stage == Stage::acute || o.stage == Stage::acute_consult || o.stage == Stage::emergency;
  bool legevakt = false;
  for (const auto& ct : o.contacts) {
    std::string name = fold_case(ct.name);
    if (ct.phone == "116 111" && name.find("alarmtelefonen") == std::string::npos)
      fail("contacts-116111", "116 111 is not named Alarmtelefonen for barn og unge: '" + ct.name + "'");
    if (ct.phone == "02800" && ct.kind == "emergency") fail("contacts-02800", "02800 is shown as an emergency number");
    if (ct.phone == "116 117" && name.find("legevakt") != std::string::npos) legevakt = true;
  }
  if (needs_legevakt && !legevakt) fail("contacts-legevakt", "no contact 116 117 named legevakt");
  check_now(o, a, v);  // "Gjør dette nå" (texts checked where the outcome has them)

  if (!texts) return v;
  // 5. the parent exception in the item's own text, outside acute and acute_consult.
  if (!is_acute(o.stage))
    for (const auto& i : o.items)
      if (i.has(Action::contact_parents) && !has_parent_exception(i.text, o.text_lang))
        fail("parent-exception", "'" + i.id + "' contacts the parents without the exception in its text (lacks '" +
                                     missing_parent_exception_group(i.text, o.text_lang) + "')");
  // 6. health personnel, 16-17: the young person alone consents.
  if (helse_youth(a))
    for (const auto& i : o.items) {
      if (!i.national && i.has(Action::obtain_consent) && names_parents(i.text, o.text_lang) &&
          !names_youth_consent(i.text, o.text_lang))
        fail("consent-youth", "'" + i.id + "' asks for the parents' consent (helse, 16-17)");
      bool parental_responsibility = i.id == "nat.emergency.parents" || i.id == "nat.emergency.helse.youth";
      if (i.has(Action::contact_parents) && !parental_responsibility && !names_youth_consent(i.text, o.text_lang))
        fail("consent-youth", "'" + i.id + "' involves the parents without the young person's consent (helse, 16-17)");
    }
  // 9. nothing internal in what a user reads.
  auto visible = [&](const std::string& what, const std::string& text) {
    if (auto ref = internal_reference(text)) fail("internal-ref", what + " names an internal reference '" + *ref + "'");
  };
  for (const auto& i : o.items) {
    visible("'" + i.id + "' text", i.text);
    visible("'" + i.id + "' who", i.who);
    visible("'" + i.id + "' source", i.source);
    visible("'" + i.id + "' how", i.how);
    for (const auto& t : i.tools) visible("'" + i.id + "' tool", t);
  }
  for (const auto* t : {&o.step_name, &o.step_title, &o.step_summary, &o.note, &o.next_text, &o.stage_name})
    visible("the step", *t);
  for (const auto& t : o.tips) visible("a tip", t);
  for (const auto& l : o.links) visible("a link title", l.title);
  for (const auto& l : o.laws) {
    visible("law " + l.id, l.title);
    visible("law " + l.id, l.note);
  }
  for (const auto& w : o.why) visible("the decision path", w.question);
  // 10. one language: national items in the outcome's language.
  for (const auto& i : o.items)
    if (i.national)
      if (const NationalItem* ni = find_national(c, i.id); ni && i.text != tr(ni->item.text, o.text_lang))
        fail("one-language", "'" + i.id + "' is not in " + o.text_lang);
  return v;
}

std::vector<Violation> check_rendered(const Outcome& o, const std::string& rendered, const std::string& output) {
  std::vector<Violation> v;
  auto norm = [](const std::string& s) {
    std::string out;
    bool space = false;
    for (char ch : s) {
      if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += ch;
    }
    return out;
  };
  const std::string r = norm(rendered);
  auto need = [&](const char* rule, const std::string& what, const std::string& text) {
    if (!text.empty() && r.find(norm(text)) == std::string::npos)
      v.push_back({rule, output + " lacks " + what + ": '" + text.substr(0, 80) + "'"});
  };
  // Every safety item whole: parents rule, the call first, the parent exception, consent.
  for (const auto& i : o.items) {
    bool safety = i.has(Action::contact_parents) || i.has(Action::do_not_contact_parents) || i.has(Action::call_emergency);
    if (safety || output != "phone") need("rendered-item", "item '" + i.id + "'", i.text);
  }
  for (const auto& ct : o.contacts) {
    need("rendered-contact", "the number of " + ct.name, ct.phone);
    need("rendered-contact", "the name of " + ct.phone, ct.name);
  }
  for (const auto& n : o.notices) need("rendered-notice", "the notice", n);
  if (output != "phone")
    for (const auto& n : o.now) need("rendered-now", "'Gjør dette nå' line '" + n.id + "'", n.text);
  if (output != "phone")
    for (const auto& l : o.laws) need("rendered-law", "law " + l.id, l.ref);
  return v;
}

}  // namespace vv
