// Test support, never linked into the kiosk users run (veiviser-gui-test and the export tests
// use it): counts where a byte pattern occurs in this process's own writable memory, to show
// that a wiped session's text is gone. Patterns are stored XOR-masked, so the search does not
// itself leave a plain copy behind.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vv::test {

// Built with AddressSanitizer? Its quarantine keeps freed blocks (RSS and memory scans say
// nothing there) and it maps terabytes of shadow memory: the scans are skipped under it.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif
inline constexpr bool kMemoryScanUsable = !kAddressSanitizer;

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

// Session text, not content that stays loaded for the program's life: the places where the
// phone text joins one checklist item to the next ("…end of item 3.\n4. Start of item 4…"),
// 48 bytes around every line break followed by a number. No content file holds them.
std::vector<std::string> session_windows(const std::string& text);

// Zeros the dead stack below the caller (what the test's own set-up left there), so a scan
// afterwards sees only what the code under test leaves.
void clear_dead_stack();

}  // namespace vv::test
