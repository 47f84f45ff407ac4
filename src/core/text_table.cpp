// Label lookup shared by the string tables (see text_table.hpp).
#include "text_table.hpp"

#include "model.hpp"

namespace vv {
namespace {
std::size_t index_of(std::string_view lang) { return lang == "nn" ? 1 : lang == "en" ? 2 : 0; }
}  // namespace

TextTable::TextTable(const TextEntry* entries, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) map_[entries[i].key] = {entries[i].nb, entries[i].nn, entries[i].en};
}

const std::string& TextTable::get(std::string_view key, std::string_view lang) const {
  auto it = map_.find(key);
  if (it == map_.end()) {
    static thread_local std::string missing;
    missing = std::string(key);
    return missing;
  }
  const auto& s = it->second[index_of(lang)];
  return s.empty() ? it->second[0] : s;
}

bool TextTable::has(std::string_view key, std::string_view lang) const {
  auto it = map_.find(key);
  return it != map_.end() && is_language(lang) && !it->second[index_of(lang)].empty();
}

std::vector<std::string> TextTable::keys() const {
  std::vector<std::string> out;
  for (const auto& entry : map_) out.push_back(entry.first);
  return out;
}

}  // namespace vv
