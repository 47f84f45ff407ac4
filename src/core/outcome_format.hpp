// Outcome as text (for the terminal), as the JSON object of SPEC §3, and as a full JSON form
// that reads back into the same Outcome (how the kiosk hands an outcome to its print worker).
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "outcome.hpp"

namespace vv {

nlohmann::json outcome_to_json(const Outcome& o);
std::string outcome_to_text(const Outcome& o);
// Every field of `o` (not the SPEC §3 format: internal, for passing an outcome between processes).
nlohmann::json outcome_to_full_json(const Outcome& o);
// The Outcome that outcome_to_full_json made (== the original); nullopt on a missing field or wrong type.
std::optional<Outcome> outcome_from_json(const nlohmann::json& j);
// "i kraft", "vedtatt, ikke i kraft", "ikke bekreftet" in `lang`.
std::string law_status_label(LawStatus s, const std::string& lang);

}  // namespace vv
