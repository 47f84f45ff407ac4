// The program's own words (labels, headings, buttons) in bokmål, nynorsk and English.
// Guidance text lives in content/; this table holds only the chrome around it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vv {

// The label for `key` in `lang` (falls back to nb). Unknown keys return the key itself,
// which a unit test forbids for every key the program uses.
const std::string& ui(std::string_view key, std::string_view lang);
// Every key in the table (for tests that check all three languages are present).
std::vector<std::string> ui_keys();
bool ui_has(std::string_view key, std::string_view lang);

}  // namespace vv
