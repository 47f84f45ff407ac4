// The JSON line scanner: pointers map to the lines their values start on; depth is measured.
#include <doctest/doctest.h>

#include "json_lines.hpp"

using vv::LineMap;

TEST_SUITE("json_lines") {
  TEST_CASE("values map to their lines") {
    const char* text =
        "{\n"
        "  \"a\": 1,\n"
        "  \"list\": [\n"
        "    {\"id\": \"x\"},\n"
        "    {\n"
        "      \"id\": \"y\", \"s/l~\": \"q\\\"uote\"\n"
        "    }\n"
        "  ],\n"
        "  \"empty\": {}, \"after\": true\n"
        "}\n";
    LineMap m;
    REQUIRE(m.scan(text));
    CHECK(m.line_of("") == 1);
    CHECK(m.line_of("/a") == 2);
    CHECK(m.line_of("/list") == 3);
    CHECK(m.line_of("/list/0") == 4);
    CHECK(m.line_of("/list/0/id") == 4);
    CHECK(m.line_of("/list/1") == 5);
    CHECK(m.line_of("/list/1/id") == 6);
    CHECK(m.line_of("/list/1/s~1l~0") == 6);
    CHECK(m.line_of("/empty") == 9);
    CHECK(m.line_of("/after") == 9);
    // Unknown pointers fall back to the nearest ancestor.
    CHECK(m.line_of("/list/1/missing") == 5);
    CHECK(m.max_depth() == 3);
  }

  TEST_CASE("deep nesting is detected without recursion and without growing memory") {
    std::string deep(1000000, '[');
    LineMap m;
    CHECK_FALSE(m.scan(deep));
    CHECK(m.max_depth() == vv::kMaxContentDepth + 1);
    std::string ok = std::string(vv::kMaxContentDepth, '[') + std::string(vv::kMaxContentDepth, ']');
    LineMap m2;
    CHECK(m2.scan(ok));
    CHECK(m2.max_depth() == vv::kMaxContentDepth);
  }

  TEST_CASE("line_at_offset counts newlines") {
    CHECK(LineMap::line_at_offset("a\nb\nc", 0) == 1);
    CHECK(LineMap::line_at_offset("a\nb\nc", 2) == 2);
    CHECK(LineMap::line_at_offset("a\nb\nc", 4) == 3);
  }

  TEST_CASE("pointer tokens are escaped") {
    CHECK(vv::pointer_child("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(vv::pointer_child("", size_t{3}) == "/3");
  }
}
