// outcome_to_full_json / outcome_from_json (how the kiosk hands an outcome to its print worker):
// every field comes back equal, for a synthetic outcome with every field set and for the outcome
// of every stage example of every pack in every language; broken input is refused.
#include <doctest/doctest.h>

#include "loader.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"
#include "validator.hpp"

using namespace vv;

namespace {

// Every member different from its default.
Outcome everything() {
  Outcome o;
  o.pack_id = "p", o.pack_name = "Kommune", o.pack_title = "Rutine «æøå»", o.owner = "Eier";
  o.pack_version = "1.2.3", o.laws_checked = "2026-01-02", o.lang = "en", o.text_lang = "nn", o.role = "skole";
  o.stage = Stage::level2, o.variant = 3, o.stage_name = "Nivå 2", o.step_id = "s", o.step_name = "Steg";
  o.step_title = "Tittel", o.step_summary = "Samandrag\nlinje 2", o.note = "Merk", o.next_text = "Neste";
  o.tips = {"tips 1", "tips 2"};
  o.items.push_back({"i1", "Tekst \"sitert\" \\ ", "Kven", "Kjelde", "Korleis", {"verktøy"},
                     {Action::document, Action::follow_up}, {"law1"}, true});
  o.items.push_back({"i2", "To", "", "", "", {}, {}, {}, false});
  o.why.push_back({"role", "Kva er rolla di?", "Skule"});
  o.now.push_back({"now.x", "Gjer dette no", {Action::report_child_welfare, Action::inform_leader}});
  o.links.push_back({"Lenkje", "https://example.org/a?b=c", true});
  o.laws.push_back({"l1", "§ 13-1", "Tittel", "lov", "https://lovdata.no", "2026-01-01", "note", "l0",
                    LawStatus::not_yet_in_force});
  o.contacts.push_back({"c1", "Barnevernvakta", "116 111", "alltid", "child_welfare", true});
  o.notices = {"Ingen nummer"};
  o.missing_child_welfare_number = true;
  return o;
}

}  // namespace

TEST_SUITE("outcome_json") {
  TEST_CASE("every field round-trips, and a changed field is seen") {
    Outcome o = everything();
    auto back = outcome_from_json(outcome_to_full_json(o));
    REQUIRE(back);
    CHECK(*back == o);
    // Through text too, as on the pipe.
    auto again = outcome_from_json(nlohmann::json::parse(outcome_to_full_json(o).dump()));
    REQUIRE(again);
    CHECK(*again == o);
    back->items[0].actions.pop_back();
    CHECK_FALSE(*back == o);
  }

  TEST_CASE("the outcome of every stage example of every pack, in every language, round-trips") {
    Diagnostics d;
    Content c = load_and_validate(VEIVISER_TEST_CONTENT_DIR, d);
    REQUIRE(d.ok());
    int n = 0;
    for (const auto& p : c.packs)
      for (const auto& ex : stage_examples(c, p).examples)
        for (const char* lang : {"nb", "nn", "en"}) {
          auto o = build_outcome(c, p, ex.answers, lang);
          if (!o) continue;
          auto back = outcome_from_json(nlohmann::json::parse(outcome_to_full_json(*o).dump()));
          REQUIRE(back);
          CHECK(*back == *o);
          ++n;
        }
    CHECK(n > 20);
  }

  TEST_CASE("broken input is refused") {
    nlohmann::json j = outcome_to_full_json(everything());
    CHECK_FALSE(outcome_from_json(nlohmann::json::array()));
    auto missing = j;
    missing.erase("step_title");
    CHECK_FALSE(outcome_from_json(missing));
    auto bad_stage = j;
    bad_stage["stage"] = "level9";
    CHECK_FALSE(outcome_from_json(bad_stage));
    auto bad_action = j;
    bad_action["items"][0]["actions"][0] = "fly";
    CHECK_FALSE(outcome_from_json(bad_action));
    auto bad_type = j;
    bad_type["variant"] = "three";
    CHECK_FALSE(outcome_from_json(bad_type));
  }
}
