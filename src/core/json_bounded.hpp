// Reading a small JSON file (kiosk config and the like) under size and nesting limits, before
// nlohmann/json sees it: 3.11 parses very deep nesting but overflows the stack when such a
// value is later copied or dumped. The nesting is measured without recursion.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vv {

struct BoundedJson {
  nlohmann::json value;  // null unless ok
  std::string error;     // one line: what is wrong (size, nesting or syntax, with the line)
  bool ok = false;
};

// Parses `text` if it is at most `max_bytes` long and nested at most `max_depth` deep.
BoundedJson parse_json_bounded(std::string_view text, std::size_t max_bytes, int max_depth);

}  // namespace vv
