// Scanning this process's writable memory for masked patterns (see memory_scan.hpp).
#include "memory_scan.hpp"

#include "wipe.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace vv::test {

MaskedBytes::MaskedBytes(const std::string& plain, size_t offset, size_t len) {
  for (size_t i = offset; i < plain.size() && i < offset + len; ++i)
    masked_.push_back(static_cast<uint8_t>(plain[i]) ^ kMask);
}

size_t MaskedBytes::count_in_memory() const {
  if (masked_.empty() || !kMemoryScanUsable) return 0;
  std::ifstream maps("/proc/self/maps");
  std::string line;
  size_t found = 0;
  const uint8_t first = masked_[0] ^ kMask;
  const size_t n = masked_.size();
  while (std::getline(maps, line)) {
    unsigned long start = 0, end = 0;
    char perms[5] = {};
    if (std::sscanf(line.c_str(), "%lx-%lx %4s", &start, &end, perms) != 3) continue;
    if (perms[0] != 'r' || perms[1] != 'w' || perms[3] != 'p') continue;
    if (line.find("[vvar]") != std::string::npos || line.find("/dev/") != std::string::npos) continue;
    if (end - start > (4ul << 30)) continue;  // a reservation (sanitizer shadow), not a heap
    const auto* p = reinterpret_cast<const uint8_t*>(start);
    const auto* stop = reinterpret_cast<const uint8_t*>(end);
    while (p + n <= stop) {
      const void* hit = std::memchr(p, first, static_cast<size_t>(stop - p - n + 1));
      if (!hit) break;
      const auto* h = static_cast<const uint8_t*>(hit);
      size_t i = 1;
      while (i < n && (h[i] ^ kMask) == masked_[i]) ++i;
      if (i == n) {
        ++found;
        if (std::getenv("VV_SCAN_DEBUG")) {
          std::fprintf(stderr, "hit at %p in %s: ", static_cast<const void*>(h), line.c_str());
          for (const uint8_t* q = h - 48; q < h + n + 16; ++q) std::fputc(*q >= 32 && *q < 127 ? *q : '.', stderr);
          std::fputc('\n', stderr);
        }
      }
      p = h + 1;
    }
  }
  return found;
}

void clear_dead_stack() { wipe_dead_stack<64 * 1024>(); }

MaskedWindows::MaskedWindows(const std::string& plain, size_t len, size_t step) {
  for (size_t off = 0; off + len <= plain.size(); off += step) parts_.emplace_back(plain, off, len);
}

size_t MaskedWindows::count_in_memory() const {
  size_t n = 0;
  for (const auto& p : parts_) n += p.count_in_memory();
  return n;
}

std::vector<std::string> session_windows(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 24; i + 24 <= text.size(); ++i)
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') out.push_back(text.substr(i - 24, 48));
  return out;
}

}  // namespace vv::test
