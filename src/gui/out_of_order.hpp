// What the out-of-order screen says: drawn instead of every other screen when the config,
// the content or the fonts are broken or missing (see startup.hpp, screen_out_of_order.cpp).
#pragma once
#include <string>
#include <vector>

namespace vv::gui {

struct OutOfOrder {
  std::string what;                   // "config", "content" or "fonts"
  std::vector<std::string> messages;  // the `veiviser check` lines, or the config error
};

}  // namespace vv::gui
