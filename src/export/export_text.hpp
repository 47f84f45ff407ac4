// The exporters' own words (PDF, phone text, HTML edition, printing) in nb, nn and en.
// Labels shared with the screens come from vv::ui (src/core/ui_text.hpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vv {

// The label for `key` in `lang` (falls back to nb); unknown keys return the key itself.
const std::string& xt(std::string_view key, std::string_view lang);
std::vector<std::string> export_text_keys();
bool export_text_has(std::string_view key, std::string_view lang);

}  // namespace vv
