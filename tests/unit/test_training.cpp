// Training cases: the shipped file and the fixture load clean; every kind of broken case is
// refused by the core with its stable code (what `veiviser check` reports).
#include <doctest/doctest.h>

#include "content_fixture.hpp"
#include "loader.hpp"
#include "training.hpp"
#include "validator.hpp"

namespace {
// Loads `text` as the training file over the real content and returns the diagnostics.
std::string check_text(const std::string& text) {
  vv::Diagnostics diags;
  vv::Content c = vv::load_and_validate(VEIVISER_TEST_CONTENT_DIR, diags);
  REQUIRE(diags.ok());
  c.vignettes.clear();
  vv::Diagnostics training;
  vv::load_training_text("vignettes.json", text, c, training);
  vv::check_training(c, training);
  return training.format();
}
const std::string kCase =
    R"({"id":"a","title":{"nb":"t","nn":"t","en":"t"},"story":{"nb":"s","nn":"s","en":"s"},"pack":"sarpsborg",)"
    R"("answers":{"role":"skole","acute":"yes"},"expected_stage":"acute","why":{"nb":"w","nn":"w","en":"w"},)"
    R"("sources":["Forside, «Husk», punkt 1"]})";
std::string file_of(const std::string& cases) { return R"({"format":2,"vignettes":[)" + cases + "]}"; }
std::string with(std::string c, const std::string& from, const std::string& to) {
  auto at = c.find(from);
  REQUIRE(at != std::string::npos);
  return c.replace(at, from.size(), to);
}
}  // namespace

TEST_SUITE("training") {
  TEST_CASE("the shipped training cases pass the engine check") {
    vv::Diagnostics diags;
    vv::Content c = vv::load_and_validate(VEIVISER_TEST_CONTENT_DIR, diags);
    CHECK(diags.ok());
    CHECK(c.vignettes.size() >= 12);
  }
  TEST_CASE("a good case passes; each broken one gets its code") {
    CHECK(check_text(file_of(kCase)) == "");
    CHECK(check_text("{").find("E_JSON") != std::string::npos);
    CHECK(check_text(R"({"format":1,"vignettes":[]})").find("E_FORMAT_VERSION") != std::string::npos);
    CHECK(check_text(R"({"format":2,"vignettes":[]})").find("E_EMPTY") != std::string::npos);
    CHECK(check_text(file_of(kCase + "," + kCase)).find("E_DUPLICATE_ID") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "\"expected_stage\":\"acute\"", "\"expected_stage\":\"report\""))).find("E_TRAINING_STAGE") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "\"acute\":\"yes\"", "\"acute\":\"yes\",\"age\":\"9\""))).find("E_TRAINING_ANSWERS") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, ",\"acute\":\"yes\"", ""))).find("E_TRAINING_ANSWERS") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "punkt 1", "punkt 99"))).find("E_TRAINING_SOURCE") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "sarpsborg", "oslo"))).find("E_DANGLING_REF") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "\"skole\"", "\"kontor\""))).find("E_BAD_VALUE") != std::string::npos);
    CHECK(check_text(file_of(with(kCase, "\"s\",\"en\"", "\"se SPEC §1.2\",\"en\""))).find("E_INTERNAL_REF") != std::string::npos);
    CHECK(check_text(std::string(1000, '[') + std::string(1000, ']')).find("E_TOO_LARGE") != std::string::npos);
  }
}
