// A tolerant JSON syntax scanner for hand-edited content, run before the strict parser. It
// goes on after each mistake, so an author sees every syntax error of a file in one run,
// each named in words (missing comma, trailing comma, typographic quotes, comments, single
// quotes, unclosed strings and brackets, bad UTF-8), and it finds duplicate keys, which the
// strict parser would silently resolve by keeping the last.
#pragma once
#include <string>
#include <string_view>

#include "diagnostics.hpp"

namespace vv {

struct SyntaxResult {
  size_t errors = 0;          // syntax errors: the strict parser would refuse the file
  size_t duplicate_keys = 0;  // reported as E_DUPLICATE_KEY; the file still parses
};

// Reports every problem found in `text` as diagnostics against `path`.
SyntaxResult check_json_syntax(const std::string& path, std::string_view text, Diagnostics& diags);

}  // namespace vv
