// Bounded JSON reading (see json_bounded.hpp); the depth comes from the content scanner.
#include "json_bounded.hpp"

#include "json_lines.hpp"

namespace vv {

BoundedJson parse_json_bounded(std::string_view text, std::size_t max_bytes, int max_depth) {
  BoundedJson out;
  if (text.size() > max_bytes) {
    out.error = "the file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(max_bytes);
    return out;
  }
  LineMap lines;  // no recursion; stops just past kMaxContentDepth
  lines.scan(text);
  if (lines.max_depth() > max_depth) {
    out.error = "the file is nested deeper than " + std::to_string(max_depth) + " levels";
    return out;
  }
  try {
    out.value = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    int line = LineMap::line_at_offset(text, e.byte == 0 ? 0 : e.byte - 1);
    out.error = "not valid JSON (line " + std::to_string(line) + ")";
    return out;
  }
  out.ok = true;
  return out;
}

}  // namespace vv
