// The program's own words exist in all three languages.
#include <doctest/doctest.h>

#include "ui_text.hpp"

TEST_SUITE("ui_text") {
  TEST_CASE("every UI string has nb, nn and en") {
    auto keys = vv::ui_keys();
    CHECK(keys.size() > 20);
    for (const auto& k : keys)
      for (const char* lang : {"nb", "nn", "en"}) CHECK_MESSAGE(vv::ui_has(k, lang), k << " lacks " << lang);
  }
  TEST_CASE("lookups fall back sensibly") {
    CHECK(vv::ui("outcome.checklist", "nb") == "Sjekkliste");
    CHECK(vv::ui("outcome.who", "nn") == "Kven");
    CHECK(vv::ui("outcome.who", "en") == "Who");
    CHECK(vv::ui("no.such.key", "nb") == "no.such.key");
  }
}
