// Start-up shared by the kiosk and the GUI test executable: the config file, the content
// (validated as by `veiviser check`) and, when anything is broken, what the out-of-order
// screen must say, instead of exiting into the kiosk unit's restart loop on a black screen.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app.hpp"
#include "options.hpp"
#include "out_of_order.hpp"

namespace vv::gui {

struct Startup {
  Config cfg;
  Content content;
  std::optional<OutOfOrder> broken;
};

// Never fails: a broken config or content yields `broken` (and an empty Content).
Startup start_up(const Options& o);
// Opens the kiosk at the state the options give (--pack, --answer in flow order, --mode,
// --compare/--stage, --vignette, --help-open, --scroll).
bool apply_start_state(App& app, const Options& o);

}  // namespace vv::gui
