// Every answer combination of every pack, role, age and language against every invariant of
// SPEC §1.4, on the outcome and on its renderings (text, JSON, phone text). Also shows that
// each check can fail, on a broken copy of a real outcome.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "content_fixture.hpp"
#include "invariants.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"
#include "phone_text.hpp"

namespace {

std::string report(const std::vector<vv::Violation>& v) {
  std::string s;
  for (const auto& x : v) s += "[" + x.rule + "] " + x.message + "; ";
  return s;
}

// The phone text depends on the items and contacts only, not on the age itself: checked
// once per distinct checklist (it encodes QR codes, which is the slow part).
std::string phone_key(const vv::Outcome& o) {
  std::string k = o.pack_id + "|" + o.text_lang + "|" + std::string(vv::to_string(o.stage)) + "|" + o.step_id;
  for (const auto& i : o.items) k += "|" + i.id;
  for (const auto& n : o.notices) k += "|" + n;
  return k;
}

const vv::Outcome& sample(const vv::Answers& a, const char* pack = "sarpsborg", const char* lang = "nb") {
  static std::map<std::string, vv::Outcome> cache;
  const auto& c = vv::test::real_content();
  std::string key = std::string(pack) + lang + vv::describe(a);
  auto it = cache.find(key);
  if (it == cache.end()) {
    auto o = vv::build_outcome(c, *c.find_pack(pack), a, lang);
    REQUIRE(o.has_value());
    it = cache.emplace(key, *o).first;
  }
  return it->second;
}

// Removes the entries (items or laws) with this id from a copy of an outcome.
template <typename List>
void erase_id(List& list, const std::string& id) {
  list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& x) { return x.id == id; }), list.end());
}

bool has_rule(const std::vector<vv::Violation>& v, const std::string& rule) {
  for (const auto& x : v)
    if (x.rule == rule) return true;
  return false;
}

const vv::Answers kAcute = {{"role", "skole"}, {"acute", "yes"}};
const vv::Answers kLevel0 = {{"role", "skole"}, {"acute", "no"}, {"serious", "no"}, {"age", "10"}, {"stage", "new"}};
const vv::Answers kLevel3No = {{"role", "skole"}, {"acute", "no"}, {"serious", "no"}, {"age", "13"},
                               {"stage", "with_others"}, {"helped", "no"}, {"consent", "no"}};
const vv::Answers kEmergency = {{"role", "skole"}, {"acute", "health"}, {"age", "14"}};
const vv::Answers kReport = {{"role", "skole"}, {"acute", "no"}, {"serious", "yes"}, {"age", "10"}};

}  // namespace

TEST_SUITE("exhaustive") {
  TEST_CASE("every path of every pack and language keeps every invariant, on every output") {
    const auto& c = vv::test::real_content();
    REQUIRE(c.packs.size() == 5);
    size_t total = 0, phone_checked = 0, whole_checked = 0;
    std::unordered_map<std::string, bool> phone_done;
    for (const auto& p : c.packs) {
      for (auto lang : vv::kLanguages) {
        std::set<vv::Stage> stages;
        std::set<std::string> roles;
        std::set<int> ages;
        size_t failures = 0;
        size_t n = vv::enumerate_answers(c, [&](const vv::Answers& a) {
          auto o = vv::build_outcome(c, p, a, std::string(lang));
          REQUIRE_MESSAGE(o.has_value(), p.id << " " << vv::describe(a));
          auto v = vv::check_invariants(c, *o, a);
          auto t = vv::check_rendered(*o, vv::outcome_to_text(*o), "text");
          v.insert(v.end(), t.begin(), t.end());
          auto j = vv::check_rendered(*o, vv::outcome_to_json(*o).dump(), "json");
          v.insert(v.end(), j.begin(), j.end());
          if (auto [it, fresh] = phone_done.emplace(phone_key(*o), true); fresh) {
            auto ph = vv::check_rendered(*o, vv::checklist_phone_text(*o), "phone");
            v.insert(v.end(), ph.begin(), ph.end());
            // The second, denser code: where there is one, every item whole and every number.
            if (std::string whole = vv::checklist_phone_text_whole(*o); !whole.empty()) {
              for (const auto& i : o->items)
                if (whole.find(i.text) == std::string::npos) v.push_back({"phone-whole", "the whole list lacks '" + i.id + "'"});
              auto w = vv::check_rendered(*o, whole, "phone");
              v.insert(v.end(), w.begin(), w.end());
              ++whole_checked;
            }
            ++phone_checked;
          }
          if (!v.empty() && failures++ < 5) FAIL_CHECK(p.id << " " << lang << " " << vv::describe(a) << ": " << report(v));
          stages.insert(o->stage);
          roles.insert(a.at("role"));
          if (auto age = vv::age_of(a)) ages.insert(*age);
        });
        CHECK_MESSAGE(failures == 0, p.id << " " << lang << ": " << failures << " paths break an invariant");
        // 4 roles x (acute yes, unsure + 18 emergency ages + 18 x 27 screening paths) = 2024
        CHECK(n == 2024);
        CHECK(stages.size() == vv::kStages.size());
        CHECK(roles.size() == 4);
        CHECK(ages.size() == 18);
        total += n;
      }
    }
    MESSAGE("checked " << total << " answer paths; " << phone_checked << " distinct phone texts, " << whole_checked
                        << " with a whole-list code");
    CHECK(whole_checked > 0);
    CHECK(total == 5 * 3 * 2024);
  }

  TEST_CASE("ages and roles in one class give the same checklist ids and tags (what validation relies on)") {
    const auto& c = vv::test::real_content();
    auto reps = vv::age_representatives(c);
    auto roles = vv::role_representatives(c);
    auto class_of = [&](int age) {
      int r = reps[0];
      for (int x : reps)
        if (x <= age) r = x;
      return r;
    };
    auto signature = [](const vv::Outcome& o) {
      // Appends only: `"," + std::string(...)` trips GCC 12's -Wrestrict false positive (GCC bug 105651).
      std::string s{vv::to_string(o.stage)};
      s += '|';
      s += o.step_id;
      for (const auto& i : o.items) {
        s += '|';
        s += i.id;
        for (auto a : i.actions) {
          s += ',';
          s += vv::to_string(a);
        }
      }
      for (const auto& l : o.laws) {
        s += '|';
        s += l.id;
      }
      return s;
    };
    size_t compared = 0;
    for (const auto& p : c.packs)
      vv::enumerate_answers(c, [&](const vv::Answers& a) {
        auto age = vv::age_of(a);
        if (!age) return;
        vv::Answers rep = a;
        rep["age"] = std::to_string(class_of(*age));
        auto o1 = vv::build_outcome(c, p, a, p.language, vv::Detail::ids_and_tags);
        auto o2 = vv::build_outcome(c, p, rep, p.language, vv::Detail::ids_and_tags);
        REQUIRE(o1.has_value());
        REQUIRE(o2.has_value());
        if (signature(*o1) != signature(*o2)) FAIL_CHECK(p.id << " " << vv::describe(a));
        ++compared;
      });
    CHECK(compared > 5000);
    CHECK(roles.size() >= 2);
  }

  TEST_CASE("the checks fail on broken outcomes: one broken copy per invariant") {
    const auto& c = vv::test::real_content();
    REQUIRE(vv::check_invariants(c, sample(kAcute), kAcute).empty());
    REQUIRE(vv::check_invariants(c, sample(kLevel0), kLevel0).empty());
    REQUIRE(vv::check_invariants(c, sample(kLevel3No), kLevel3No).empty());
    REQUIRE(vv::check_invariants(c, sample(kEmergency), kEmergency).empty());
    REQUIRE(vv::check_invariants(c, sample(kReport), kReport).empty());

    SUBCASE("1: a parent contact on an acute path, and a wrong first item") {
      auto broken = sample(kAcute);
      broken.items.back().actions.push_back(vv::Action::contact_parents);
      CHECK(has_rule(vv::check_invariants(c, broken, kAcute), "acute-no-contact-parents"));
      auto reordered = sample(kAcute);
      std::swap(reordered.items[0], reordered.items.back());
      CHECK(has_rule(vv::check_invariants(c, reordered, kAcute), "acute-contact-first"));
    }
    SUBCASE("5: a parent item without the exception in its own text") {
      auto broken = sample(kLevel0);
      bool found = false;
      for (auto& i : broken.items)
        if (i.has(vv::Action::contact_parents)) {
          i.text = "Ta kontakt med foreldrene og avtal et møte.";
          found = true;
        }
      REQUIRE(found);
      CHECK(has_rule(vv::check_invariants(c, broken, kLevel0), "parent-exception"));
    }
    SUBCASE("6: consent asked for after consent=no; a 16-year-old's parents asked") {
      auto broken = sample(kLevel3No);
      vv::OutcomeItem ask;
      ask.id = "x.ask";
      ask.text = "Innhent samtykke fra foreldrene.";
      ask.actions = {vv::Action::obtain_consent};
      broken.items.push_back(ask);
      CHECK(has_rule(vv::check_invariants(c, broken, kLevel3No), "consent-no"));
      vv::Answers youth = {{"role", "helse"}, {"acute", "no"}, {"serious", "no"}, {"age", "16"},
                           {"stage", "with_others"}, {"helped", "no"}, {"consent", "yes"}};
      auto o = sample(youth, "helsedir");
      REQUIRE(vv::check_invariants(c, o, youth).empty());
      o.items.push_back(ask);
      CHECK(has_rule(vv::check_invariants(c, o, youth), "consent-youth"));
    }
    SUBCASE("7: a provision of another role; the role's own provision missing") {
      auto broken = sample(kReport);
      vv::OutcomeLaw other;
      other.id = "hpl-opplysningsplikt-barnevern";
      broken.laws.push_back(other);
      CHECK(has_rule(vv::check_invariants(c, broken, kReport), "law-role"));
      auto missing = sample(kReport);
      erase_id(missing.laws, "opl-opplysningsplikt");
      CHECK(has_rule(vv::check_invariants(c, missing, kReport), "duty-role"));
    }
    SUBCASE("8: emergency without 113 first, or without when the parents are told") {
      auto broken = sample(kEmergency);
      std::swap(broken.items[0], broken.items.back());
      CHECK(has_rule(vv::check_invariants(c, broken, kEmergency), "emergency-call-first"));
      auto no_parents = sample(kEmergency);
      erase_id(no_parents.items, "nat.emergency.parents");
      CHECK(has_rule(vv::check_invariants(c, no_parents, kEmergency), "emergency-parents"));
    }
    SUBCASE("9: an internal reference in what a user reads") {
      auto broken = sample(kLevel0);
      broken.items[0].source = "SPEC §1.4.4";
      CHECK(has_rule(vv::check_invariants(c, broken, kLevel0), "internal-ref"));
      auto path = sample(kLevel0);
      path.items[0].how = "se content/local/contacts.json";
      CHECK(has_rule(vv::check_invariants(c, path, kLevel0), "internal-ref"));
    }
    SUBCASE("10: a national item in another language than the checklist") {
      const auto& luster = sample(kLevel0, "luster", "nb");
      CHECK(luster.text_lang == "nn");
      REQUIRE(vv::check_invariants(c, luster, kLevel0).empty());
      auto broken = luster;
      for (auto& i : broken.items)
        if (i.national) {
          const auto* ni = &c.national_items.front();
          for (const auto& n : c.national_items)
            if (n.item.id == i.id) ni = &n;
          i.text = vv::tr(ni->item.text, "nb");
          break;
        }
      CHECK(has_rule(vv::check_invariants(c, broken, kLevel0), "one-language"));
    }
    SUBCASE("11: 116 111 as «Barnevernvakten», 02800 as an emergency number, no barnevern number and no notice") {
      auto broken = sample(kAcute);
      for (auto& ct : broken.contacts)
        if (ct.phone == "116 111") ct.name = "Barnevernvakten";
      CHECK(has_rule(vv::check_invariants(c, broken, kAcute), "contacts-116111"));
      auto emergency02800 = sample(kAcute);
      for (auto& ct : emergency02800.contacts)
        if (ct.phone == "02800") ct.kind = "emergency";
      CHECK(has_rule(vv::check_invariants(c, emergency02800, kAcute), "contacts-02800"));
      auto silent = sample(kAcute);
      silent.notices.clear();
      CHECK(has_rule(vv::check_invariants(c, silent, kAcute), "contacts-child-welfare"));
    }
    SUBCASE("'Gjør dette nå': too few lines, the parents rule lost, 113 not first, no report, no exception") {
      auto few = sample(kLevel0);
      few.now.resize(1);
      CHECK(has_rule(vv::check_invariants(c, few, kLevel0), "now-count"));
      auto acute = sample(kAcute);
      for (auto& n : acute.now) std::erase(n.actions, vv::Action::do_not_contact_parents);
      CHECK(has_rule(vv::check_invariants(c, acute, kAcute), "now-acute-parents"));
      auto emergency = sample(kEmergency);
      std::swap(emergency.now.front(), emergency.now.back());
      CHECK(has_rule(vv::check_invariants(c, emergency, kEmergency), "now-emergency-call"));
      auto report = sample(kReport);
      for (auto& n : report.now) std::erase(n.actions, vv::Action::report_child_welfare);
      CHECK(has_rule(vv::check_invariants(c, report, kReport), "now-report"));
      auto parents = sample(kLevel0);
      bool found = false;
      for (auto& n : parents.now)
        if (n.has(vv::Action::contact_parents)) n.text = "Snakk så med foreldrene.", found = true;
      REQUIRE(found);
      CHECK(has_rule(vv::check_invariants(c, parents, kLevel0), "now-parent-exception"));
      const vv::Answers youth = {{"role", "helse"}, {"acute", "no"}, {"serious", "yes"}, {"age", "16"}};
      auto young = sample(youth, "helsedir");
      REQUIRE(vv::check_invariants(c, young, youth).empty());
      for (auto& n : young.now)
        if (n.has(vv::Action::contact_parents))
          n.text = "Fortell foreldrene om meldingen – ikke ved mistanke om vold, overgrep eller trusler, eller der det kan sette "
                   "barnet i fare eller hindre en undersøkelse.";
      CHECK(has_rule(vv::check_invariants(c, young, youth), "now-consent-youth"));
      auto consent = sample(kLevel3No);
      consent.now.front().actions.push_back(vv::Action::obtain_consent);
      CHECK(has_rule(vv::check_invariants(c, consent, kLevel3No), "now-consent-no"));
      const auto& o = sample(kReport);
      std::string text = vv::outcome_to_text(o);
      REQUIRE(vv::check_rendered(o, text, "text").empty());
      text.erase(text.find(o.now.front().text), o.now.front().text.size());
      CHECK(has_rule(vv::check_rendered(o, text, "text"), "rendered-now"));
    }
    SUBCASE("every output: a rendering that drops the parent exception or a number fails") {
      const auto& o = sample(kLevel0);
      std::string phone = vv::checklist_phone_text(o);
      REQUIRE(vv::check_rendered(o, phone, "phone").empty());
      for (const auto& i : o.items)
        if (i.has(vv::Action::contact_parents)) {
          std::string cut = phone;
          cut.replace(cut.find(i.text), i.text.size(), i.text.substr(0, 40) + "…");
          CHECK(has_rule(vv::check_rendered(o, cut, "phone"), "rendered-item"));
        }
      std::string text = vv::outcome_to_text(o);
      std::string no_numbers = text;
      for (const auto& ct : o.contacts)
        for (size_t pos; (pos = no_numbers.find(ct.phone)) != std::string::npos;) no_numbers.erase(pos, ct.phone.size());
      CHECK(has_rule(vv::check_rendered(o, no_numbers, "text"), "rendered-contact"));
    }
  }

  TEST_CASE("the age and consent rules pick the right national items") {
    using vv::Stage;
    CHECK(vv::expected_child_item(Stage::acute, {}) == "nat.child.acute");
    CHECK(vv::expected_child_item(Stage::emergency, {{"age", "9"}}) == "nat.child.emergency");
    CHECK(vv::expected_child_item(Stage::level0, {{"age", "6"}}) == "nat.child.under7");
    CHECK(vv::expected_child_item(Stage::level0, {{"age", "7"}}) == "nat.child.7plus");
    CHECK(vv::expected_child_item(Stage::report, {{"age", "12"}}) == "nat.child.12plus");
    CHECK(vv::expected_consent_item(Stage::level2, {{"role", "skole"}, {"age", "14"}, {"consent", "yes"}}) == "nat.consent.parents");
    CHECK(vv::expected_consent_item(Stage::level2, {{"role", "skole"}, {"age", "15"}, {"consent", "yes"}}) == "nat.consent.15plus");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "11"}, {"consent", "unsure"}}) == "nat.consent.helse.parents");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "15"}, {"consent", "yes"}}) == "nat.consent.helse.12to15");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "16"}, {"consent", "yes"}}) == "nat.consent.helse.16plus");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "16"}, {"consent", "no"}}).empty());
    CHECK(vv::expected_consent_item(Stage::level1, {{"role", "helse"}, {"age", "16"}}).empty());
    auto youth = vv::expected_no_consent_items(Stage::level3, {{"role", "helse"}, {"age", "17"}, {"consent", "no"}});
    CHECK(std::find(youth.begin(), youth.end(), "nat.no_consent.child_needs") == youth.end());
  }
}
