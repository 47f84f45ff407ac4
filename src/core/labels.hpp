// The one way to look up the program's own words: label(key, lang), over the single table in
// labels_table.cpp (every layer's labels, prefixed by area). Content text is looked up with tr().
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text_table.hpp"

namespace vv {

// The label for `key` in `lang` (nb where `lang` has none). An unknown key returns the key
// itself; the unit test core.labels forbids that for every key used in src/.
const std::string& label(std::string_view key, std::string_view lang);
bool has_label(std::string_view key, std::string_view lang);
std::vector<std::string> label_keys();

namespace labels_detail {
extern const TextEntry kLabels[];
extern const std::size_t kLabelCount;
}  // namespace labels_detail

}  // namespace vv
