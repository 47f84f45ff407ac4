// "Veiviser er ute av drift": shown when the config, the content or the fonts are broken or
// missing, instead of a black screen in the kiosk's restart loop. It says what is wrong, what
// the owner must do, the `veiviser check` lines, and the national numbers to call meanwhile
// (built into the program: the content that normally holds them may be what is broken).
#include <imgui.h>

#include "labels.hpp"
#include "screens.hpp"
#include "touch_scroll.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

void screen_out_of_order(App& app) {
  const OutOfOrder& why = *app.out_of_order();
  const std::string l = "nb";  // the config (and its language) may be what is broken
  register_marker("screen.out_of_order");
  ImGui::BeginChild("##out_of_order", ImVec2(0, 0), false);
  touch_scroll_area();
  heading(label("ooo.title", l));
  para(label("ooo.lead", l));
  ImGui::Spacing();
  subheading(label("ooo.numbers", l));
  for (const char* key : {"ooo.112", "ooo.113", "ooo.116111", "ooo.116117"}) {
    ImGui::PushFont(fonts().large);
    para(label(key, l));
    ImGui::PopFont();
  }
  ImGui::Spacing();
  ImGui::Separator();
  subheading(label("ooo.owner", l));
  para(label(why.what == "content" ? "ooo.fix_content" : why.what == "fonts" ? "ooo.fix_fonts" : "ooo.fix_config", l));
  for (const auto& m : why.messages) muted(m);
  ImGui::EndChild();
}

}  // namespace vv::gui
