// Training cases ("Opplæring", content/training/vignettes.json): fictional cases with the
// answers a trainee should give, the stage they lead to, why, and the source sections. Loaded
// with file:line diagnostics like every content file and checked against the engine by
// `veiviser check`: the answers must be exactly those the flow asks, lead to the expected
// stage, and every source named must be the source of an item on the resulting checklist.
#pragma once
#include <string>
#include <vector>

#include "answers.hpp"
#include "diagnostics.hpp"
#include "model.hpp"

namespace vv {

// Appends the cases in `path` to c.vignettes; structural problems go to `diags`.
void load_training_file(const std::string& path, Content& c, Diagnostics& diags);
// The same for text in memory (tests).
void load_training_text(const std::string& path, const std::string& text, Content& c, Diagnostics& diags);
// Checks every vignette against the loaded content and the engine (E_TRAINING_*).
void check_training(const Content& c, Diagnostics& diags);

}  // namespace vv
