// Every validator code fires on a broken fixture (tests/fixtures/validator-codes.json): each
// fixture copies the real content, breaks one thing and expects the code in that file.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "diag_text.hpp"
#include "json_lines.hpp"
#include "validator.hpp"

using nlohmann::json;
using vv::test::ContentCopy;

namespace {

// Resolves "/a/[id=x]/b" into a real JSON pointer against `doc`.
json::json_pointer resolve(const json& doc, const std::string& path) {
  std::string out;
  const json* cur = &doc;
  size_t pos = 1;
  while (pos <= path.size() && path.size() > 1) {
    size_t next = path.find('/', pos);
    std::string seg = path.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    if (seg.size() > 2 && seg.front() == '[' && seg.back() == ']') {
      auto eq = seg.find('=');
      std::string key = seg.substr(1, eq - 1), value = seg.substr(eq + 1, seg.size() - eq - 2);
      bool found = false;
      for (size_t i = 0; cur->is_array() && i < cur->size(); ++i)
        if ((*cur)[i].value(key, "") == value) {
          seg = std::to_string(i);
          found = true;
          break;
        }
      REQUIRE_MESSAGE(found, "fixture path " << path << " finds no element with " << key << "=" << value);
    }
    out += "/" + seg;
    json::json_pointer p(out);
    if (doc.contains(p)) cur = &doc.at(p);
    if (next == std::string::npos) break;
    pos = next + 1;
  }
  return json::json_pointer(out);
}

}  // namespace

TEST_SUITE("validator_codes") {
  TEST_CASE("the real content is clean") {
    const auto& d = vv::test::real_content_diagnostics();
    INFO(d.format());
    CHECK(d.ok());
    // The shipped local file holds only national services, so one warning is that the
    // municipality's barneverntjeneste number is missing (SPEC §1.4.11). The others may only
    // be W_DUPLICATE_NATIONAL: a shipped pack item that repeats a national item.
    REQUIRE(!d.all().empty());
    size_t child_welfare = 0;
    for (const auto& x : d.all()) {
      CHECK(x.severity == vv::Severity::warning);
      CHECK((x.code == "W_NO_LOCAL_CHILD_WELFARE" || x.code == "W_DUPLICATE_NATIONAL"));
      child_welfare += x.code == "W_NO_LOCAL_CHILD_WELFARE";
    }
    CHECK(child_welfare == 1);
  }

  TEST_CASE("W_NO_LOCAL_CHILD_WELFARE goes away when the municipality adds its barneverntjeneste") {
    ContentCopy copy;
    json doc = json::parse(copy.read("local/contacts.json"));
    doc["contacts"].push_back({{"id", "barneverntjenesten"}, {"name", {{"nb", "Barneverntjenesten i Eksempelvik"}, {"nn", "Barnevernstenesta i Eksempelvik"}, {"en", "Eksempelvik child welfare service"}}},
                               {"phone", "12 34 56 78"}, {"kind", "child_welfare"}});
    copy.write("local/contacts.json", doc.dump(2));
    vv::Diagnostics diags;
    vv::load_and_validate(copy.dir(), diags);
    INFO(diags.format());
    for (const auto& x : diags.all()) CHECK(x.code == "W_DUPLICATE_NATIONAL");
  }

  TEST_CASE("every code fires on its broken fixture, in the right file") {
    json fixtures = json::parse(vv::test::read_file(VEIVISER_TEST_FIXTURES_DIR "/validator-codes.json"));
    std::set<std::string> covered;
    for (const auto& fx : fixtures["fixtures"]) {
      std::string code = fx["code"], file = fx["file"], op = fx["op"];
      CAPTURE(code);
      CAPTURE(file);
      ContentCopy copy;
      if (op == "delete_file") {
        std::filesystem::remove(copy.path(file));
      } else if (op == "raw") {
        copy.write(file, fx["text"].get<std::string>());
      } else if (op == "raw_latin1") {  // the text saved as Windows-1252/Latin-1, not UTF-8
        std::string utf8 = fx["text"], latin1;
        for (size_t i = 0; i < utf8.size(); ++i) {
          unsigned char ch = static_cast<unsigned char>(utf8[i]);
          if (ch == 0xC3 && i + 1 < utf8.size()) latin1 += static_cast<char>(0xC0 | (static_cast<unsigned char>(utf8[++i]) & 0x3F));
          else latin1 += static_cast<char>(ch);
        }
        copy.write(file, latin1);
      } else {
        json doc = json::parse(copy.read(file));
        auto p = resolve(doc, fx["path"]);
        if (op == "set")
          doc[p] = fx["value"];
        else if (op == "remove")
          doc.at(p.parent_pointer()).is_array() ? doc.at(p.parent_pointer()).erase(std::stoul(p.back()))
                                                : static_cast<void>(doc.at(p.parent_pointer()).erase(p.back()));
        else if (op == "append")
          doc[p].push_back(fx["value"]);
        else if (op == "copy")
          doc[p] = doc.at(resolve(doc, fx["from"]));
        else
          FAIL("unknown op " << op);
        copy.write(file, doc.dump(2));
      }
      vv::Diagnostics diags;
      vv::load_and_validate(copy.dir(), diags);
      std::string expect_file = copy.path(fx.value("expect_file", file));
      bool found = false;
      int line = 0;
      for (const auto& d : diags.all())
        if (d.code == code && d.file == expect_file) {
          found = true;
          line = d.line;
          MESSAGE("fires: " << file << ":" << d.line << ": " << d.code << ": " << d.message);
          break;
        }
      INFO(diags.format());
      CHECK_MESSAGE(found, code << " did not fire in " << file);
      // Every message reads in Norwegian too (translated by key, pattern or code summary).
      for (const char* lang : {"nb", "nn"})
        for (const auto& d : diags.all()) {
          std::string local = vv::localize(d, lang);
          bool generic = local.rfind("feil i innh", 0) == 0;  // the catch-all of diag_text_legacy.cpp
          CHECK_MESSAGE((local != d.message && !generic), d.code << " has no " << lang << " text: " << d.message);
        }
      CHECK(diags.error_count() > 0);
      if (fx.contains("line")) CHECK(line == fx["line"].get<int>());
      if (found) covered.insert(code);
    }
    // Every code declared in diagnostics.hpp has a fixture.
    std::string header = vv::test::read_file(VEIVISER_DIAGNOSTICS_HEADER);
    std::regex re("\"(E_[A-Z_]+)\"");
    for (auto it = std::sregex_iterator(header.begin(), header.end(), re); it != std::sregex_iterator(); ++it) {
      std::string c = (*it)[1];
      CHECK_MESSAGE(covered.count(c) == 1, "no broken fixture shows " << c << " firing");
    }
  }

  TEST_CASE("diagnostic lines point at the offending value") {
    ContentCopy copy;
    json doc = json::parse(copy.read("packs/sarpsborg.json"));
    doc["steps"][1]["items"][0]["actions"][0] = "call_mum";
    std::string text = doc.dump(2);
    copy.write("packs/sarpsborg.json", text);
    vv::LineMap lines;
    REQUIRE(lines.scan(text));
    int expected = lines.line_of("/steps/1/items/0/actions/0");
    vv::Diagnostics diags;
    vv::load_and_validate(copy.dir(), diags);
    bool found = false;
    for (const auto& d : diags.all())
      if (d.code == "E_UNKNOWN_ACTION") {
        found = true;
        CHECK(d.line == expected);
      }
    CHECK(found);
  }

  TEST_CASE("all problems are reported at once") {
    ContentCopy copy;
    json doc = json::parse(copy.read("packs/jevnaker.json"));
    doc["steps"][0]["items"][0]["actions"] = json::array();
    doc["steps"][0]["items"][0].erase("source");
    doc["laws_checked"] = "i går";
    doc["stages"].erase("level1");
    copy.write("packs/jevnaker.json", doc.dump(2));
    vv::Diagnostics diags;
    vv::load_and_validate(copy.dir(), diags);
    std::set<std::string> codes;
    for (const auto& d : diags.all()) codes.insert(d.code);
    CHECK(codes.count("E_NO_ACTION"));
    CHECK(codes.count("E_NO_SOURCE"));
    CHECK(codes.count("E_BAD_DATE"));
    CHECK(codes.count("E_STAGE_UNMAPPED"));
  }
}
