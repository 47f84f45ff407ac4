// Scanning the process's writable memory for a masked pattern (see memory_scan.hpp).
#include "memory_scan.hpp"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace vv::gui {

void MaskedPattern::set(const std::string& plain) {
  // From byte 32 on: malloc writes its free-list pointers over the first 16 bytes of a freed
  // block, which would hide a pattern taken from the start.
  masked_.clear();
  size_t from = plain.size() > 160 ? 32 : 0;
  for (size_t i = from; i < plain.size() && i < from + 96; ++i)
    masked_.push_back(static_cast<uint8_t>(plain[i]) ^ kMask);
}

size_t MaskedPattern::count_in_memory() const {
  if (masked_.empty()) return 0;
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
    const auto* p = reinterpret_cast<const uint8_t*>(start);
    const auto* stop = reinterpret_cast<const uint8_t*>(end);
    while (p + n <= stop) {
      const void* hit = std::memchr(p, first, static_cast<size_t>(stop - p - n + 1));
      if (!hit) break;
      const auto* h = static_cast<const uint8_t*>(hit);
      size_t i = 1;
      while (i < n && (h[i] ^ kMask) == masked_[i]) ++i;
      if (i == n) ++found;
      p = h + 1;
    }
  }
  return found;
}

}  // namespace vv::gui
