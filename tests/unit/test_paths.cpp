// Replays every answer file in tests/paths/ (answers in; stage, step and checklist out),
// like Yarn Spinner's test plans. See tests/paths/README.md for the format.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "content_fixture.hpp"
#include "invariants.hpp"
#include "outcome.hpp"
#include "outcome_format.hpp"

using nlohmann::json;

TEST_SUITE("paths") {
  TEST_CASE("every path file replays to its expected outcome") {
    const auto& c = vv::test::real_content();
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(VEIVISER_TEST_PATHS_DIR))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, int> per_pack;
    for (const auto& f : files) {
      CAPTURE(f.filename().string());
      json j = json::parse(vv::test::read_file(f.string()));
      REQUIRE(j.value("format", 0) == 2);
      const vv::Pack* p = c.find_pack(j["pack"].get<std::string>());
      REQUIRE(p != nullptr);
      vv::Answers given;
      for (const auto& [k, v] : j["answers"].items()) {
        auto pa = vv::parse_answer(c, k + "=" + v.get<std::string>());
        REQUIRE_MESSAGE(pa.ok(), pa.error);
        given[k] = v.get<std::string>();
      }
      auto r = vv::replay(c, given);
      REQUIRE_MESSAGE(r.missing == nullptr, "unanswered: " << (r.missing ? r.missing->key : ""));
      auto o = vv::build_outcome(c, *p, r.effective, j.value("lang", "nb"));
      REQUIRE(o.has_value());
      const json& e = j["expect"];
      CHECK(std::string(vv::to_string(o->stage)) == e["stage"].get<std::string>());
      if (e.contains("step")) CHECK(o->step_id == e["step"].get<std::string>());
      std::vector<std::string> pack_items, all;
      for (const auto& it : o->items) {
        all.push_back(it.id);
        if (!it.national) pack_items.push_back(it.id);
      }
      if (e.contains("pack_items")) CHECK(pack_items == e["pack_items"].get<std::vector<std::string>>());
      for (const auto& id : e.value("includes", std::vector<std::string>{}))
        CHECK_MESSAGE(std::count(all.begin(), all.end(), id) == 1, "missing " << id);
      for (const auto& id : e.value("excludes", std::vector<std::string>{}))
        CHECK_MESSAGE(std::count(all.begin(), all.end(), id) == 0, "unexpected " << id);
      std::string text = vv::outcome_to_text(*o);
      for (const auto& t : e.value("text_includes", std::vector<std::string>{}))
        CHECK_MESSAGE(text.find(t) != std::string::npos, "text lacks «" << t << "»");
      for (const auto& t : e.value("text_excludes", std::vector<std::string>{}))
        CHECK_MESSAGE(text.find(t) == std::string::npos, "text holds «" << t << "»");
      std::vector<std::string> law_ids;
      for (const auto& l : o->laws) law_ids.push_back(l.id);
      for (const auto& id : e.value("laws_include", std::vector<std::string>{}))
        CHECK_MESSAGE(std::count(law_ids.begin(), law_ids.end(), id) == 1, "law missing " << id);
      for (const auto& id : e.value("laws_exclude", std::vector<std::string>{}))
        CHECK_MESSAGE(std::count(law_ids.begin(), law_ids.end(), id) == 0, "law unexpected " << id);
      if (e.contains("first_item")) CHECK((o->items.empty() ? std::string() : o->items[0].id) == e["first_item"].get<std::string>());
      auto v = vv::check_invariants(c, *o, r.effective);
      CHECK_MESSAGE(v.empty(), (v.empty() ? std::string() : v[0].rule + ": " + v[0].message));
      ++per_pack[p->id];
    }
    CHECK(files.size() >= 30);
    CHECK(per_pack.size() == 5);
    for (const auto& [id, n] : per_pack) CHECK_MESSAGE(n >= 6, id << " has only " << n << " paths");
  }
}
