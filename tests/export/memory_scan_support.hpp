// Test support (the idea of src/gui/memory_scan.*, kept separate so the GUI files stay where
// they are): counts where a byte pattern occurs in this process's own writable memory. The
// pattern is stored XOR-masked, so the search does not itself leave a plain copy behind.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vv::test {

// Under AddressSanitizer the process has terabytes of shadow mappings to scan, and freed blocks
// sit in its quarantine: the scans are skipped there (the asan build runs the other checks).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kMemoryScanUsable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kMemoryScanUsable = false;
#else
inline constexpr bool kMemoryScanUsable = true;
#endif
#else
inline constexpr bool kMemoryScanUsable = true;
#endif

class MaskedBytes {
 public:
  // Takes `len` bytes of `plain` from `offset` (past the 16–32 bytes malloc writes over the
  // start of a freed block).
  MaskedBytes(const std::string& plain, size_t offset, size_t len);
  size_t size() const { return masked_.size(); }
  // Places in readable, writable, private mappings where the pattern occurs.
  size_t count_in_memory() const;

 private:
  static constexpr uint8_t kMask = 0x5A;
  std::vector<uint8_t> masked_;
};

// Every `len`-byte window of a text, `step` bytes apart: the libraries' freed blocks are partly
// reused and overwritten, so a copy often survives only in pieces (one long pattern misses them).
class MaskedWindows {
 public:
  MaskedWindows(const std::string& plain, size_t len = 48, size_t step = 24);
  size_t windows() const { return parts_.size(); }
  // Sum over the windows of the places each occurs.
  size_t count_in_memory() const;

 private:
  std::vector<MaskedBytes> parts_;
};

// Zeros the dead stack below the caller (what the test's own set-up left there), so a scan
// afterwards sees only what the code under test leaves.
void clear_dead_stack();

}  // namespace vv::test
