// Test support: looks for a byte pattern in the process's own writable memory, to show that
// a wiped session's text is gone. The pattern is kept XOR-masked so the search itself does
// not leave a plain copy behind.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace vv::gui {

class MaskedPattern {
 public:
  void set(const std::string& plain);  // takes 96 bytes from the middle of the text
  bool empty() const { return masked_.empty(); }
  // Number of places in readable+writable private mappings where the pattern occurs.
  size_t count_in_memory() const;

 private:
  static constexpr uint8_t kMask = 0xA5;
  std::vector<uint8_t> masked_;
};

}  // namespace vv::gui
