// Outcome as text (for the terminal) and as the JSON object of SPEC §3.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "outcome.hpp"

namespace vv {

nlohmann::json outcome_to_json(const Outcome& o);
std::string outcome_to_text(const Outcome& o);
// "i kraft", "vedtatt, ikke i kraft", "ikke bekreftet" in `lang`.
std::string law_status_label(LawStatus s, const std::string& lang);

}  // namespace vv
