// The loader: limits before parsing, syntax errors with lines, format version, unknown keys,
// translations; and the shape of the real content (five packs, seven questions).
#include <doctest/doctest.h>

#include <set>

#include "content_fixture.hpp"
#include "loader.hpp"

using vv::Diagnostics;

namespace {
bool has_code(const Diagnostics& d, const std::string& code, int line = -1) {
  for (const auto& x : d.all())
    if (x.code == code && (line < 0 || x.line == line)) return true;
  return false;
}
}  // namespace

TEST_SUITE("loader") {
  TEST_CASE("oversized files are refused before parsing") {
    Diagnostics d;
    auto f = vv::parse_content_text("big.json", std::string(vv::kMaxContentBytes + 1, ' '), d);
    CHECK_FALSE(f.ok);
    CHECK(has_code(d, "E_TOO_LARGE"));
  }

  TEST_CASE("deep nesting is refused before parsing (no stack overflow)") {
    Diagnostics d;
    std::string deep = std::string(200000, '[') + std::string(200000, ']');
    auto f = vv::parse_content_text("deep.json", deep, d);
    CHECK_FALSE(f.ok);
    CHECK(has_code(d, "E_TOO_LARGE"));
    CHECK(f.json.is_null());
  }

  TEST_CASE("syntax errors carry the line") {
    Diagnostics d;
    auto f = vv::parse_content_text("bad.json", "{\n \"format\": 1,\n \"x\": [1, 2,,]\n}\n", d);
    CHECK_FALSE(f.ok);
    CHECK(has_code(d, "E_JSON", 3));
  }

  TEST_CASE("format version is checked on load") {
    Diagnostics d1, d2, d3;
    CHECK(vv::parse_content_text("a.json", "{\"format\": 2}", d1).ok);
    CHECK(d1.ok());
    vv::parse_content_text("b.json", "{\n\"format\": 1}", d2);
    CHECK(has_code(d2, "E_FORMAT_VERSION", 2));
    // A format 1 file is told what changed.
    CHECK(d2.format().find("format 2 replaces 'parents_consent' by 'consent'") != std::string::npos);
    vv::parse_content_text("c.json", "{}", d3);
    CHECK(has_code(d3, "E_FORMAT_VERSION"));
  }

  TEST_CASE("a pack with unknown keys, missing translations and bad values reports each") {
    const char* text = R"({
  "format": 1, "id": "mini", "language": "nb", "translations": ["en"],
  "name": {"nb": "Mini", "en": "Mini"}, "title": {"nb": "Mini"},
  "owner": "Test", "version": "1", "laws_checked": "2026-11-23",
  "source": {"file": "x.txt", "title": "x", "url": "ftp://nope"},
  "colour": "red",
  "steps": [{"id": "s", "name": {"nb": "S", "en": "S"}, "title": {"nb": "S", "en": "S"}, "source": "s",
             "items": [{"id": "s.1", "text": "plain string", "actions": ["document", "dance"], "who": {"nb": "x", "en": "x"}}]}],
  "stages": {"level9": {"step": "s"}}
})";
    Diagnostics d;
    auto f = vv::parse_content_text("mini.json", text, d);
    REQUIRE(f.ok);
    auto p = vv::load_pack(f, d);
    REQUIRE(p.has_value());
    CHECK(has_code(d, "E_UNKNOWN_KEY", 6));          // colour
    CHECK(has_code(d, "E_MISSING_TRANSLATION", 3));  // title has no en
    CHECK(has_code(d, "E_BAD_URL", 5));
    CHECK(has_code(d, "E_TYPE", 8));                 // text is a plain string
    CHECK(has_code(d, "E_UNKNOWN_ACTION", 8));
    CHECK(has_code(d, "E_NO_SOURCE", 8));
    CHECK(has_code(d, "E_UNKNOWN_STAGE", 9));
    CHECK(p->steps.size() == 1);
    CHECK(p->steps[0].items[0].actions.size() == 1);  // the known tag survives
  }

  TEST_CASE("a missing content directory is reported, not crashed on") {
    Diagnostics d;
    auto c = vv::load_content("/nonexistent/veiviser", d);
    CHECK(has_code(d, "E_MISSING_FILE"));
    CHECK(c.packs.empty());
  }

  TEST_CASE("the real content has five packs and the seven questions") {
    const auto& c = vv::test::real_content();
    std::set<std::string> ids;
    for (const auto& p : c.packs) ids.insert(p.id);
    CHECK(ids == std::set<std::string>{"helsedir", "jevnaker", "luster", "sarpsborg", "stor-elvdal"});
    REQUIRE(c.questions.size() == 7);
    CHECK(c.questions[0].key == "role");
    CHECK(c.questions[1].key == "acute");
    CHECK(c.find_pack("luster")->language == "nn");
    for (const auto& p : c.packs) {
      CHECK_MESSAGE(p.stages.size() == vv::kStages.size(), p.id);
      CHECK_MESSAGE(!p.laws_checked.empty(), p.id);
    }
    for (const auto& l : c.laws) {
      CHECK_MESSAGE(!l.checked.empty(), l.id);
      if (l.status == vv::LawStatus::unconfirmed) CHECK_MESSAGE(!l.note.empty(), l.id << " is unconfirmed but says nothing about why");
    }
  }
}
