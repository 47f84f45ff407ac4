// Scanning the process's writable memory for masked patterns (see memory_scan.hpp).
#include "memory_scan.hpp"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace vv::gui {

void MaskedPatterns::add(std::string_view plain) {
  std::vector<uint8_t> m;
  for (char c : plain) m.push_back(static_cast<uint8_t>(c) ^ kMask);
  masked_.push_back(std::move(m));
}

std::vector<std::string> session_windows(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 1; i + 1 < text.size(); ++i)
    if (text[i] == '\n' && text[i + 1] >= '0' && text[i + 1] <= '9' && i >= 24 && i + 24 <= text.size())
      out.push_back(text.substr(i - 24, 48));
  return out;
}

size_t MaskedPatterns::count_in_memory() const {
  size_t found = 0;
  for (const auto& pattern : masked_) found += count_one(pattern);
  return found;
}

size_t MaskedPatterns::count_one(const std::vector<uint8_t>& pattern) {
  if (pattern.empty()) return 0;
  std::ifstream maps("/proc/self/maps");
  std::string line;
  size_t found = 0;
  const uint8_t first = pattern[0] ^ kMask;
  const size_t n = pattern.size();
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
      while (i < n && (h[i] ^ kMask) == pattern[i]) ++i;
      if (i == n) ++found;
      p = h + 1;
    }
  }
  return found;
}

}  // namespace vv::gui
