// Line numbers for JSON values. nlohmann/json does not keep positions, so a small scanner
// maps every value's JSON pointer ("/steps/0/items/2") to the line it starts on. The same
// pass measures nesting depth, so oversized or over-deep files are refused before parsing.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace vv {

inline constexpr size_t kMaxContentBytes = 2 * 1024 * 1024;
inline constexpr int kMaxContentDepth = 24;

class LineMap {
 public:
  // Scans `text`. Returns false (and leaves the map partial) if the text is not
  // well-formed enough to scan; the JSON parser then reports the exact error.
  bool scan(std::string_view text);
  // Line of the value at `pointer`, or of its nearest ancestor that has one; 1 if none.
  int line_of(const std::string& pointer) const;
  // Deepest nesting seen; scanning stops just past kMaxContentDepth.
  int max_depth() const { return max_depth_; }
  static int line_at_offset(std::string_view text, size_t offset);

 private:
  std::unordered_map<std::string, int> lines_;
  int max_depth_ = 0;
};

// Appends one reference token to a JSON pointer, escaping '~' and '/'.
std::string pointer_child(const std::string& parent, std::string_view token);
std::string pointer_child(const std::string& parent, size_t index);

}  // namespace vv
