// The author's check (issue 12): messages that do not mislead, all problems in one run
// (syntax errors too, and the invariant pass beside reference errors), Norwegian by
// default with what to do, "$schema" accepted, and the local directory beside the
// national content.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "diag_text.hpp"
#include "json_syntax.hpp"
#include "validator.hpp"

using nlohmann::json;
using vv::test::ContentCopy;

namespace {
std::string all_text(const vv::Diagnostics& d, const char* lang) { return d.format(lang); }
size_t count_code(const vv::Diagnostics& d, const std::string& code) {
  size_t n = 0;
  for (const auto& x : d.all()) n += x.code == code;
  return n;
}
}  // namespace

TEST_SUITE("author_messages") {
  TEST_CASE("three syntax errors are reported in one run, each named") {
    vv::Diagnostics d;
    std::string text = "{\n  \"a\": 1\n  \"b\": [1, 2,],\n  // note\n  \"c\": \xE2\x80\x9Cx\xE2\x80\x9D\n}\n";
    auto r = vv::check_json_syntax("f.json", text, d);
    INFO(d.format("nb"));
    CHECK(r.errors == 4);
    std::string nb = all_text(d, "nb");
    CHECK(nb.find("f.json:3: E_JSON: mangler komma etter linje 2") != std::string::npos);
    CHECK(nb.find("f.json:3: E_JSON: komma etter det siste elementet") != std::string::npos);
    CHECK(nb.find("f.json:4: E_JSON: kommentarer med //") != std::string::npos);
    CHECK(nb.find("f.json:5: E_JSON: typografiske anførselstegn") != std::string::npos);
  }

  TEST_CASE("valid JSON passes the scanner; a duplicate key is named with both lines") {
    vv::Diagnostics d;
    auto r = vv::check_json_syntax("f.json", "{\"a\": {\"b\": \"«sitat» “ok”\"}, \"c\": [true, null, -1.5e3]}", d);
    CHECK(r.errors == 0);
    CHECK(d.all().empty());
    auto r2 = vv::check_json_syntax("f.json", "{\n \"who\": 1,\n \"who\": 2\n}", d);
    CHECK(r2.duplicate_keys == 1);
    CHECK(d.format("nb").find("f.json:3: E_DUPLICATE_KEY: nøkkelen 'who' står to ganger i samme objekt (første gang på linje 2)") !=
          std::string::npos);
  }

  TEST_CASE("an empty text says it is empty; a missing 'who' is said once, naming the item") {
    ContentCopy copy;
    json doc = json::parse(copy.read("packs/sarpsborg.json"));
    doc["steps"][2]["items"][0]["text"]["nb"] = "";
    doc["steps"][2]["items"][1].erase("who");
    std::string id = doc["steps"][2]["items"][1]["id"];
    copy.write("packs/sarpsborg.json", doc.dump(2));
    vv::Diagnostics d;
    vv::load_and_validate(copy.dir(), d);
    std::string nb = d.format("nb");
    INFO(nb);
    CHECK(nb.find("er tom: skriv inn teksten") != std::string::npos);
    CHECK(nb.find("has no 'nb'") == std::string::npos);
    CHECK(nb.find("har ingen tekst") == std::string::npos);
    CHECK(count_code(d, "E_MISSING_KEY") == 1);
    CHECK(nb.find("punktet '" + id + "' mangler nøkkelen 'who'") != std::string::npos);
  }

  TEST_CASE("an unknown action tag lists the 17 allowed, and no message names SPEC") {
    ContentCopy copy;
    json doc = json::parse(copy.read("packs/sarpsborg.json"));
    doc["steps"][2]["items"][0]["actions"][0] = "koordinere";
    doc["stages"]["level_3"] = doc["stages"]["level3"];
    copy.write("packs/sarpsborg.json", doc.dump(2));
    vv::Diagnostics d;
    vv::load_and_validate(copy.dir(), d);
    for (const char* lang : {"nb", "nn", "en"}) {
      std::string s = d.format(lang);
      INFO(s);
      CHECK(s.find("SPEC") == std::string::npos);
      CHECK(s.find("coordinate, follow_up") != std::string::npos);
    }
  }

  TEST_CASE("a local contact with a national id says so and suggests a new id") {
    ContentCopy copy;
    json nat = json::parse(copy.read("national/contacts.json"));
    std::string id = nat["contacts"][0]["id"];
    json doc = json::parse(copy.read("local/contacts.json"));
    doc["contacts"].push_back(nat["contacts"][0]);
    copy.write("local/contacts.json", doc.dump(2));
    vv::Diagnostics d;
    vv::load_and_validate(copy.dir(), d);
    std::string nb = d.format("nb");
    INFO(nb);
    CHECK(nb.find("er allerede brukt av en nasjonal kontakt") != std::string::npos);
    CHECK(nb.find("'lokal-" + id + "'") != std::string::npos);
    CHECK(nb.find("appears twice") == std::string::npos);
  }

  TEST_CASE("a dangling reference does not hide the invariant pass of the other stages") {
    ContentCopy copy;
    json doc = json::parse(copy.read("packs/sarpsborg.json"));
    doc["stages"]["level1"]["items"].push_back("finnes.ikke");  // a reference error in level1
    doc["stages"]["report"] = {{"step", "meldeplikt"}, {"items", {"meldeplikt.2"}}};  // breaks [report]
    copy.write("packs/sarpsborg.json", doc.dump(2));
    vv::Diagnostics d;
    vv::load_and_validate(copy.dir(), d);
    INFO(d.format());
    CHECK(count_code(d, "E_DANGLING_REF") >= 1);
    CHECK(count_code(d, "E_INVARIANT") >= 1);
  }

  TEST_CASE("\"$schema\" is accepted at the top of every content file, and only there") {
    ContentCopy copy;
    for (const char* f : {"packs/luster.json", "national/laws.json", "national/rules.json", "national/questions.json",
                          "national/contacts.json", "local/contacts.json"}) {
      json doc = json::parse(copy.read(f));
      doc["$schema"] = "../schema/x.schema.json";
      copy.write(f, doc.dump(2));
    }
    json doc = json::parse(copy.read("packs/luster.json"));
    doc["steps"][0]["$schema"] = "x";
    copy.write("packs/luster.json", doc.dump(2));
    vv::Diagnostics d;
    vv::load_and_validate(copy.dir(), d);
    INFO(d.format());
    CHECK(d.error_count() == 1);
    CHECK(count_code(d, "E_UNKNOWN_KEY") == 1);
  }

  TEST_CASE("a local directory adds packs and replaces the local contacts; a national pack id is refused") {
    ContentCopy copy;
    namespace fs = std::filesystem;
    fs::path local = fs::path(copy.dir()) / "kommune";
    fs::create_directories(local / "packs");
    json pack = json::parse(copy.read("packs/sarpsborg.json"));
    pack["id"] = "eksempelvik";
    pack["source"]["file"] = "Rutine ved bekymring Eksempelvik 2026.pdf";  // a local pack names its document
    std::ofstream(local / "packs/eksempelvik.json") << pack.dump(2);
    json contacts = json::parse(copy.read("local/contacts.json"));
    contacts["municipality"] = "Eksempelvik";
    std::ofstream(local / "contacts.json") << contacts.dump(2);
    vv::Diagnostics d;
    vv::Content c = vv::load_and_validate(vv::ContentPaths{copy.dir(), local.string(), ""}, d);
    INFO(d.format());
    CHECK(d.ok());
    REQUIRE(c.find_pack("eksempelvik"));
    CHECK(c.find_pack("eksempelvik")->local);
    CHECK(!c.find_pack("sarpsborg")->local);
    CHECK(c.municipality == "Eksempelvik");
    CHECK(c.packs.size() == 6);

    std::ofstream(local / "packs/sarpsborg.json") << json::parse(copy.read("packs/sarpsborg.json")).dump(2);
    vv::Diagnostics d2;
    vv::Content c2 = vv::load_and_validate(vv::ContentPaths{copy.dir(), local.string(), ""}, d2);
    CHECK(d2.format("nb").find("pakke-id-en 'sarpsborg' er allerede brukt av en nasjonal pakke") != std::string::npos);
    CHECK(!c2.find_pack("sarpsborg")->local);  // the national pack is the one used
  }
}
