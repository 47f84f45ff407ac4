// A table of short labels in bokmål, nynorsk and English, looked up by key. The core, the
// exporters and the kiosk each keep their own entries and share this lookup.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vv {

struct TextEntry {
  const char* key;
  const char* nb;
  const char* nn;
  const char* en;
};

class TextTable {
 public:
  template <std::size_t N>
  explicit TextTable(const TextEntry (&entries)[N]) : TextTable(entries, N) {}
  TextTable(const TextEntry* entries, std::size_t n);

  // The label in `lang` (nb when `lang` has none); an unknown key returns the key itself,
  // which the unit test core.labels forbids for every key used in src/.
  const std::string& get(std::string_view key, std::string_view lang) const;
  bool has(std::string_view key, std::string_view lang) const;
  std::vector<std::string> keys() const;

 private:
  std::map<std::string, std::array<std::string, 3>, std::less<>> map_;
};

}  // namespace vv
