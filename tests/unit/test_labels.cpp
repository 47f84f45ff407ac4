// The one label table: every key has nb, nn and en; every key the source looks up exists;
// every key in the table is used somewhere in src/ (no dead labels).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "labels.hpp"

namespace {
std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
// All of src/ but the table itself.
std::string source_text() {
  std::string all;
  for (const auto& e : std::filesystem::recursive_directory_iterator(VEIVISER_SOURCE_DIR "/src")) {
    auto ext = e.path().extension();
    if ((ext == ".cpp" || ext == ".hpp") && e.path().filename() != "labels_table.cpp") all += read(e.path());
  }
  return all;
}
}  // namespace

TEST_SUITE("labels") {
  TEST_CASE("every label has nb, nn and en") {
    auto keys = vv::label_keys();
    CHECK(keys.size() > 60);
    for (const auto& k : keys)
      for (const char* lang : {"nb", "nn", "en"}) CHECK_MESSAGE(vv::has_label(k, lang), k << " lacks " << lang);
  }
  TEST_CASE("lookups fall back sensibly") {
    CHECK(vv::label("outcome.checklist", "nb") == "Sjekkliste");
    CHECK(vv::label("outcome.who", "nn") == "Kven");
    CHECK(vv::label("outcome.who", "en") == "Who");
    CHECK(vv::label("no.such.key", "nb") == "no.such.key");
  }
  TEST_CASE("every key looked up in src/ exists, and every key in the table is used") {
    std::string src = source_text();
    std::set<std::string> keys;
    for (const auto& k : vv::label_keys()) keys.insert(k);
    std::regex call(R"(label\("([a-z0-9_.]+)\")");
    size_t calls = 0;
    for (std::sregex_iterator it(src.begin(), src.end(), call), end; it != end; ++it, ++calls)
      CHECK_MESSAGE(keys.count((*it)[1].str()), "label \"" << (*it)[1].str() << "\" is not in the table");
    CHECK(calls > 100);
    for (const auto& k : keys) CHECK_MESSAGE(src.find("\"" + k + "\"") != std::string::npos, "label \"" << k << "\" is never used");
  }
}
