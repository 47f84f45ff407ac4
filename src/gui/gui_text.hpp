// The kiosk's own words (buttons, headings) in nb, nn and en; the core's table is vv::ui().
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vv::gui {

// The label for `key` in `lang` (falls back to nb; unknown keys return the key itself).
const std::string& tx(std::string_view key, std::string_view lang);
const char* txc(std::string_view key, std::string_view lang);
std::vector<std::string> tx_keys();
bool tx_has(std::string_view key, std::string_view lang);

}  // namespace vv::gui
