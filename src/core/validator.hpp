// Cross-file checks of loaded content (`veiviser check`): the questions and values SPEC §1.1
// fixes, ids and references, stage mappings, reachability, and every answer path of every
// pack and language against the safety invariants of SPEC §1.4.
#pragma once
#include "diagnostics.hpp"
#include "loader.hpp"
#include "model.hpp"

namespace vv {

struct ValidationStats {
  size_t paths = 0;     // complete answer sets checked, per pack (one pass covers every language)
  size_t outcomes = 0;  // outcomes built
};

ValidationStats validate(const Content& c, Diagnostics& diags);

// Loads `dir` and validates it; the whole of `veiviser check`.
Content load_and_validate(const std::string& dir, Diagnostics& diags, const std::string& local_contacts = "");
// The same with a municipality's local directory beside the national content (loader.hpp).
Content load_and_validate(const ContentPaths& paths, Diagnostics& diags);

}  // namespace vv
