// Every answer combination of every pack, role, age and language against the invariants of
// SPEC §1.4 (and the national rules of §1.2). Also shows the invariant checks can fail.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "content_fixture.hpp"
#include "invariants.hpp"
#include "outcome.hpp"

TEST_SUITE("exhaustive") {
  TEST_CASE("every path of every pack keeps every invariant") {
    const auto& c = vv::test::real_content();
    REQUIRE(c.packs.size() == 5);
    size_t total = 0;
    for (const auto& p : c.packs) {
      for (auto lang : vv::kLanguages) {
        std::set<vv::Stage> stages;
        std::set<std::string> roles;
        std::set<int> ages;
        size_t n = vv::enumerate_answers(c, [&](const vv::Answers& a) {
          auto o = vv::build_outcome(c, p, a, std::string(lang));
          REQUIRE_MESSAGE(o.has_value(), p.id << " " << vv::describe(a));
          auto v = vv::check_invariants(*o, a);
          if (!v.empty()) FAIL_CHECK(p.id << " " << lang << " " << vv::describe(a) << ": " << v[0].message);
          stages.insert(o->stage);
          roles.insert(a.at("role"));
          if (auto age = vv::age_of(a)) ages.insert(*age);
        });
        // 4 roles x (2 acute answers + 18 report ages + 2 x 18 x 13 screening paths) = 1952
        CHECK(n == 1952);
        CHECK(stages.size() == 8);
        CHECK(roles.size() == 4);
        CHECK(ages.size() == 18);
        total += n;
      }
    }
    MESSAGE("checked " << total << " answer paths");
    CHECK(total == 5 * 3 * 1952);
  }

  TEST_CASE("ages and roles in one class give the same checklist ids and tags (what validation relies on)") {
    const auto& c = vv::test::real_content();
    auto reps = vv::age_representatives(c);
    CHECK(reps == std::vector<int>{0, 7, 12, 15, 16});
    auto roles = vv::role_representatives(c);
    CHECK(roles == std::vector<std::string>{"barnehage", "helse"});
    auto role_class = [&](const std::string& r) { return r == "helse" ? r : std::string("barnehage"); };
    auto class_of = [&](int age) {
      int r = reps[0];
      for (int x : reps)
        if (x <= age) r = x;
      return r;
    };
    auto signature = [](const vv::Outcome& o) {
      std::string s = std::string(vv::to_string(o.stage)) + "|" + o.step_id;
      for (const auto& i : o.items) {
        s += "|" + i.id;
        for (auto a : i.actions) s += "," + std::string(vv::to_string(a));
      }
      return s;
    };
    size_t compared = 0;
    for (const auto& p : c.packs)
      vv::enumerate_answers(c, [&](const vv::Answers& a) {
        vv::Answers rep = a;
        rep["role"] = role_class(a.at("role"));
        if (auto age = vv::age_of(a)) rep["age"] = std::to_string(class_of(*age));
        auto o1 = vv::build_outcome(c, p, a, p.language, vv::Detail::ids_and_tags);
        auto o2 = vv::build_outcome(c, p, rep, p.language, vv::Detail::ids_and_tags);
        REQUIRE(o1.has_value());
        REQUIRE(o2.has_value());
        if (signature(*o1) != signature(*o2)) FAIL_CHECK(p.id << " " << vv::describe(a));
        if (vv::check_invariants(*o1, a).size() != vv::check_invariants(*o2, rep).size())
          FAIL_CHECK(p.id << " " << vv::describe(a));
        ++compared;
      });
    CHECK(compared > 5000);
  }

  TEST_CASE("the invariant checker catches a parent contact on an acute path") {
    const auto& c = vv::test::real_content();
    vv::Answers a{{"role", "skole"}, {"acute", "yes"}};
    auto o = vv::build_outcome(c, *c.find_pack("sarpsborg"), a, "nb");
    REQUIRE(o.has_value());
    REQUIRE(vv::check_invariants(*o, a).empty());
    auto broken = *o;
    broken.items.back().actions.push_back(vv::Action::contact_parents);
    CHECK_FALSE(vv::check_invariants(broken, a).empty());
    auto reordered = *o;
    std::swap(reordered.items[0], reordered.items.back());
    CHECK_FALSE(vv::check_invariants(reordered, a).empty());
  }

  TEST_CASE("the age rules pick the right national items") {
    using vv::Stage;
    CHECK(vv::expected_child_item(Stage::acute, {}) == "nat.child.acute");
    CHECK(vv::expected_child_item(Stage::level0, {{"age", "6"}}) == "nat.child.under7");
    CHECK(vv::expected_child_item(Stage::level0, {{"age", "7"}}) == "nat.child.7plus");
    CHECK(vv::expected_child_item(Stage::report, {{"age", "12"}}) == "nat.child.12plus");
    CHECK(vv::expected_consent_item(Stage::level2, {{"role", "skole"}, {"age", "14"}}) == "nat.consent.parents");
    CHECK(vv::expected_consent_item(Stage::level2, {{"role", "skole"}, {"age", "15"}}) == "nat.consent.15plus");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "15"}}) == "nat.consent.helse.parents");
    CHECK(vv::expected_consent_item(Stage::level3, {{"role", "helse"}, {"age", "16"}}) == "nat.consent.helse.16plus");
    CHECK(vv::expected_consent_item(Stage::level1, {{"role", "helse"}, {"age", "16"}}).empty());
  }
}
