// Diagnostic messages for authors in bokmål, nynorsk and English, each with what to do.
// Messages made with Diagnostics::add() are looked up by key; older English messages are
// translated by pattern (diag_text_legacy.cpp), and anything else gets a Norwegian summary
// of its code followed by the English detail.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace vv {

// The message `key` with {0}, {1}, ... replaced by `args`, in `lang` (nb when unknown).
std::string render_message(std::string_view key, const std::vector<std::string>& args, std::string_view lang);
// The message of `d` for an author reading `lang`.
std::string localize(const Diagnostic& d, std::string_view lang);
// The legacy English messages translated by pattern; empty when no pattern matches.
std::string translate_legacy(const Diagnostic& d, std::string_view lang);
// The 17 action tags, comma-separated (for messages).
std::string action_tag_list();

}  // namespace vv
