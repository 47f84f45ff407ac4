// Unit tests of the kiosk's pure parts: its strings, theme contrast, config, idle timer, vignettes.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "config.hpp"
#include "labels.hpp"
#include "idle.hpp"
#include "loader.hpp"
#include "theme.hpp"
#include "training_data.hpp"
#include "validator.hpp"

using namespace vv::gui;

TEST_CASE("contrast of every text/background pair is at least 4.5:1") {
  CHECK(contrast_ratio({1, 1, 1}, {0, 0, 0}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({1, 1, 1}, {1, 1, 1}) == doctest::Approx(1.0));
  for (bool hc : {false, true})
    for (const ColorPair& p : text_pairs(hc)) {
      double r = contrast_ratio(p.fg, p.bg);
      CHECK_MESSAGE(r >= 4.5, (std::string(p.name) + (hc ? " (high contrast)" : "") + " is " + std::to_string(r)));
      if (hc) CHECK_MESSAGE(r >= 7.0, (std::string(p.name) + " in high contrast should reach 7:1, is " + std::to_string(r)));
    }
}

TEST_CASE("config parsing") {
  Config c;
  std::string err;
  CHECK(parse_config(R"({"pack":"luster","language":"nn","idle_timeout_seconds":60,"kiosk":true,"text_size":26,"_comment":"x"})", c, err));
  CHECK(c.pack == "luster");
  CHECK(c.language == "nn");
  CHECK(c.idle_timeout == 60);
  CHECK(c.kiosk);
  CHECK(c.text_size == 26);
  Config d;
  CHECK_FALSE(parse_config(R"({"packs":"x"})", d, err));
  CHECK(err.find("unknown key") != std::string::npos);
  CHECK_FALSE(parse_config(R"({"language":"de"})", d, err));
  CHECK_FALSE(parse_config(R"({"idle_timeout_seconds":"soon"})", d, err));
  CHECK_FALSE(parse_config(R"([[[[[[[[1]]]]]]]])", d, err));
  CHECK_FALSE(parse_config("{", d, err));
  Config e;
  CHECK(load_config("/nonexistent/veiviser.json", false, e, err));
  CHECK_FALSE(load_config("/nonexistent/veiviser.json", true, e, err));
  CHECK(load_config(VEIVISER_EXAMPLE_CONFIG, true, e, err));
}

TEST_CASE("idle timer") {
  Idle i;
  i.configure(10, 5);
  i.touch(0);
  CHECK(i.update(9, true) == Idle::State::active);
  CHECK(i.update(11, true) == Idle::State::warning);
  CHECK(i.seconds_left(11) == doctest::Approx(4));
  CHECK(i.update(15.1, true) == Idle::State::expired);
  CHECK(i.update(100, false) == Idle::State::active);  // nothing to wipe: never fires
  CHECK(i.next_wake(100, false) > 1000);
  i.touch(0);
  CHECK(i.next_wake(4, true) == doctest::Approx(6));
}

TEST_CASE("training vignettes: fixture loads, bad data is refused") {
  vv::Diagnostics diags;
  vv::Content c = vv::load_and_validate(VEIVISER_CONTENT_DIR, diags);
  REQUIRE(diags.ok());
  TrainingData ok = load_training(VEIVISER_FIXTURE_DIR "/vignettes.json", c);
  CHECK(ok.ok());
  CHECK(ok.vignettes.size() == 2);
  auto bad = [&](const std::string& text, const std::string& needle) {
    TrainingData t = parse_training(text, c);
    CHECK_FALSE(t.ok());
    CHECK(t.vignettes.empty());
    std::string all;
    for (auto& e : t.errors) all += e + "\n";
    CHECK_MESSAGE(all.find(needle) != std::string::npos, all);
  };
  const std::string v =
      R"({"id":"a","title":{"nb":"t","nn":"t","en":"t"},"story":{"nb":"s","nn":"s","en":"s"},"pack":"sarpsborg",)"
      R"("answers":{"role":"skole","acute":"yes"},"expected_stage":"acute","why":{"nb":"w","nn":"w","en":"w"},"sources":["Husk"]})";
  CHECK(parse_training(R"({"format":2,"vignettes":[)" + v + "]}", c).ok());
  bad("{", "not valid JSON");
  bad(R"({"format":1,"vignettes":[]})", "format");
  bad(R"({"format":2,"vignettes":[]})", "non-empty");
  bad(R"({"format":2,"vignettes":[)" + v + "," + v + "]}", "used twice");
  std::string wrong_stage = v;
  wrong_stage.replace(wrong_stage.find("\"expected_stage\":\"acute\""), 24, "\"expected_stage\":\"report\"");
  bad(R"({"format":2,"vignettes":[)" + wrong_stage + "]}", "not to expected_stage report");
  std::string no_pack = v;
  no_pack.replace(no_pack.find("sarpsborg"), 9, "oslo");
  bad(R"({"format":2,"vignettes":[)" + no_pack + "]}", "loaded pack");
  std::string bad_val = v;
  bad_val.replace(bad_val.find("\"skole\""), 7, "\"kontor\"");
  bad(R"({"format":2,"vignettes":[)" + bad_val + "]}", "cannot be");
  bad(std::string(20, '[') + std::string(20, ']'), "nested");
}

TEST_CASE("over-deep config and vignette files are refused before parsing") {
  std::string deep = std::string(1000, '[') + std::string(1000, ']');  // small, but deep
  vv::gui::Config cfg;
  std::string err;
  CHECK_FALSE(vv::gui::parse_config("{\"a\": " + deep + "}", cfg, err));
  CHECK(err.find("nested too deeply") != std::string::npos);
  CHECK(vv::gui::parse_config("{\"format\": 1, \"pack\": \"luster\"}", cfg, err));

  vv::Diagnostics diags;
  vv::Content c = vv::load_and_validate(VEIVISER_CONTENT_DIR, diags);
  auto t = vv::gui::parse_training("{\"format\": 1, \"vignettes\": " + deep + "}", c);
  CHECK(t.vignettes.empty());
  REQUIRE_FALSE(t.errors.empty());
  CHECK(t.errors[0].find("nested too deeply") != std::string::npos);
}
