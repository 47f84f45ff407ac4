// The session engine: questions asked only where they matter, stage rules of SPEC §1.2,
// back and restart, answer parsing, and that restart leaves no trace of earlier answers.
#include <doctest/doctest.h>

#include <cstring>

#include "answers.hpp"
#include "content_fixture.hpp"
#include "invariants.hpp"
#include "session.hpp"
#include "wipe.hpp"

using vv::Answers;
using vv::Stage;

namespace {
const vv::Content& C() { return vv::test::real_content(); }

// Walks answers through the flow; returns the keys asked, in order.
std::vector<std::string> asked(const Answers& given) {
  std::vector<std::string> keys;
  Answers a;
  while (const vv::Question* q = vv::next_question(C(), a)) {
    keys.push_back(q->key);
    REQUIRE_MESSAGE(given.count(q->key), "flow asked " << q->key << " which the test did not expect");
    a[q->key] = given.at(q->key);
  }
  return keys;
}

Stage stage_of(const Answers& a) {
  auto r = vv::replay(C(), a);
  REQUIRE(r.missing == nullptr);
  auto s = vv::derive_stage(C(), r.effective);
  REQUIRE(s.has_value());
  return *s;
}
}  // namespace

TEST_SUITE("engine") {
  TEST_CASE("acute needs no further screening") {
    CHECK(asked({{"role", "skole"}, {"acute", "yes"}}) == std::vector<std::string>{"role", "acute"});
    CHECK(asked({{"role", "helse"}, {"acute", "unsure"}}) == std::vector<std::string>{"role", "acute"});
    CHECK(stage_of({{"role", "skole"}, {"acute", "yes"}}) == Stage::acute);
    CHECK(stage_of({{"role", "skole"}, {"acute", "unsure"}, {"serious", "yes"}}) == Stage::acute_consult);
  }

  TEST_CASE("meldeplikt asks only the age after serious=yes") {
    Answers a{{"role", "barnehage"}, {"acute", "no"}, {"serious", "yes"}, {"age", "4"}};
    CHECK(asked(a) == std::vector<std::string>{"role", "acute", "serious", "age"});
    CHECK(stage_of(a) == Stage::report);
  }

  TEST_CASE("stage rules of SPEC 1.2") {
    Answers base{{"role", "skole"}, {"acute", "no"}, {"serious", "no"}, {"age", "10"}};
    auto with = [&](std::initializer_list<std::pair<const std::string, std::string>> more) {
      Answers a = base;
      for (const auto& [k, v] : more) a[k] = v;
      return a;
    };
    CHECK(stage_of(with({{"stage", "new"}})) == Stage::level0);
    CHECK(stage_of(with({{"stage", "own_service"}, {"helped", "unsure"}})) == Stage::level1);
    CHECK(stage_of(with({{"stage", "own_service"}, {"helped", "yes"}})) == Stage::follow_up);
    CHECK(stage_of(with({{"stage", "with_others"}, {"helped", "yes"}})) == Stage::follow_up);
    CHECK(stage_of(with({{"stage", "own_service"}, {"helped", "no"}, {"consent", "yes"}})) == Stage::level2);
    CHECK(stage_of(with({{"stage", "with_others"}, {"helped", "unsure"}, {"consent", "no"}})) == Stage::level2);
    CHECK(stage_of(with({{"stage", "with_others"}, {"helped", "no"}, {"consent", "unsure"}})) == Stage::level3);
    // serious=unsure does not change the stage
    Answers u = with({{"stage", "new"}});
    u["serious"] = "unsure";
    CHECK(stage_of(u) == Stage::level0);
  }

  TEST_CASE("helped is skipped for new concerns; consent only at level2 and level3") {
    CHECK(asked({{"role", "annet"}, {"acute", "no"}, {"serious", "no"}, {"age", "3"}, {"stage", "new"}}) ==
          std::vector<std::string>{"role", "acute", "serious", "age", "stage"});
    CHECK(asked({{"role", "annet"}, {"acute", "no"}, {"serious", "no"}, {"age", "3"}, {"stage", "own_service"}, {"helped", "unsure"}})
              .back() == "helped");
    CHECK(asked({{"role", "annet"}, {"acute", "no"}, {"serious", "no"}, {"age", "3"}, {"stage", "own_service"}, {"helped", "no"}, {"consent", "no"}})
              .back() == "consent");
  }

  TEST_CASE("replay ignores answers the flow never reaches and names the first missing one") {
    auto r = vv::replay(C(), {{"role", "skole"}, {"acute", "yes"}, {"age", "9"}, {"helped", "no"}});
    CHECK(r.missing == nullptr);
    CHECK(r.effective.size() == 2);
    auto m = vv::replay(C(), {{"role", "skole"}, {"acute", "no"}, {"age", "9"}});
    REQUIRE(m.missing != nullptr);
    CHECK(m.missing->key == "serious");
  }

  TEST_CASE("answer parsing names what is wrong") {
    CHECK(vv::parse_answer(C(), "role=skole").ok());
    CHECK(vv::parse_answer(C(), "age=17").ok());
    CHECK(vv::parse_answer(C(), "age=18").error.find("'age'") != std::string::npos);
    CHECK(vv::parse_answer(C(), "age=-1").error.find("bad value") != std::string::npos);
    CHECK(vv::parse_answer(C(), "age=1x").error.find("bad value") != std::string::npos);
    CHECK(vv::parse_answer(C(), "colour=red").error.find("unknown question key 'colour'") != std::string::npos);
    CHECK(vv::parse_answer(C(), "role=rektor").error.find("'rektor'") != std::string::npos);
    CHECK(vv::parse_answer(C(), "role").error.find("KEY=VALUE") != std::string::npos);
    CHECK(vv::parse_answer(C(), "=x").error.find("KEY=VALUE") != std::string::npos);
  }

  TEST_CASE("session: answer, back, progress, outcome") {
    vv::Session s(C());
    CHECK_FALSE(s.choose_pack("oslo"));
    REQUIRE(s.choose_pack("sarpsborg"));
    REQUIRE(s.choose_language("en"));
    CHECK_FALSE(s.choose_language("sv"));
    REQUIRE(s.current() != nullptr);
    CHECK(s.current()->key == "role");
    CHECK_FALSE(s.answer("acute", "yes"));  // not the current question
    CHECK_FALSE(s.answer("role", "rektor"));
    CHECK(s.max_remaining() == 7);
    CHECK(s.answer("role", "skole"));
    CHECK(s.answer("acute", "no"));
    CHECK(s.answer("serious", "no"));
    CHECK(s.answer("age", "9"));
    CHECK(s.answer("stage", "own_service"));
    CHECK(s.answer("helped", "no"));
    CHECK(s.max_remaining() == 1);
    CHECK(s.answer("consent", "yes"));
    CHECK(s.complete());
    CHECK(s.answered_count() == 7);
    auto o = s.outcome();
    REQUIRE(o.has_value());
    CHECK(o->stage == Stage::level2);
    CHECK(o->step_id == "gult");
    CHECK(o->text_lang == "nb");  // Sarpsborg is in bokmål only
    CHECK(s.back());
    CHECK_FALSE(s.complete());
    CHECK(s.current()->key == "consent");
    CHECK(s.answers().count("consent") == 0);
  }

  TEST_CASE("restart and reset leave no trace of the answers in the session") {
    vv::Session s(C());
    REQUIRE(s.choose_pack("jevnaker"));
    REQUIRE(s.answer("role", "helse"));
    REQUIRE(s.answer("acute", "no"));
    REQUIRE(s.answer("serious", "unsure"));
    REQUIRE(s.answer("age", "13"));
    s.set_ticked("x", true);
    s.restart();
    CHECK(s.answers().empty());
    CHECK(s.history().empty());
    CHECK_FALSE(s.ticked("x"));
    CHECK(s.pack() != nullptr);
    CHECK(s.current()->key == "role");
    s.reset();
    CHECK(s.pack() == nullptr);
    CHECK(s.language() == "nb");
  }

  TEST_CASE("wipe zeros the whole buffer before clearing") {
    std::string secret(100, 'S');
    const char* p = secret.data();
    size_t cap = secret.capacity();
    vv::wipe(secret);
    CHECK(secret.empty());
    CHECK(secret.capacity() == cap);  // same buffer, now zeroed
    bool all_zero = true;
    for (size_t i = 0; i < cap; ++i) all_zero = all_zero && p[i] == 0;
    CHECK(all_zero);
  }
}
