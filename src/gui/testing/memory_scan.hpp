// Test support: looks for byte patterns in the process's own writable memory, to show that a
// wiped session's text is gone. The patterns are kept XOR-masked so the search itself does not
// leave a plain copy behind. The patterns must be session text, not content that stays loaded
// for the program's life: session_windows() takes the places where the phone text joins one
// checklist item to the next ("…end of item 3.\n4. Start of item 4…"), which no content file has.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vv::gui {

class MaskedPatterns {
 public:
  void add(std::string_view plain);
  bool empty() const { return masked_.empty(); }
  size_t size() const { return masked_.size(); }
  // Places in readable+writable private mappings where any of the patterns occurs (summed).
  size_t count_in_memory() const;
  void clear() { masked_.clear(); }

 private:
  static size_t count_one(const std::vector<uint8_t>& pattern);
  static constexpr uint8_t kMask = 0xA5;
  std::vector<std::vector<uint8_t>> masked_;
};

// The windows of `text` (about 48 bytes) around every line break followed by a number.
std::vector<std::string> session_windows(const std::string& text);

}  // namespace vv::gui
