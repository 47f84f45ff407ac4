// The layout audit's own checks, on widgets drawn into a headless ImGui frame (no window, no
// OpenGL): each kind of finding is reported when it is there, and none when the layout fits.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "layout_audit.hpp"
#include "theme.hpp"
#include "widgets.hpp"

using namespace vv::gui;

namespace {

// One frame with a 600x400 window; `draw` draws into it with the audit on.
std::vector<std::string> audit_frame(void (*draw)(), LayoutAudit& audit) {
  ImGuiContext* ctx = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60;
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->AddFontDefault();
  io.Fonts->GetTexDataAsAlpha8(&px, &w, &h);
  WidgetRegistry registry;
  WidgetEnv env{&palette(false), &registry, nullptr, &audit};
  ImGui::NewFrame();
  set_widget_env(&env);
  audit.begin_frame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(600, 400));
  ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoDecoration);
  draw();
  ImGui::End();
  ImGui::EndFrame();
  set_widget_env(nullptr);
  auto found = audit.findings();
  ImGui::DestroyContext(ctx);
  return found;
}

bool has(const std::vector<std::string>& found, const char* what) {
  for (const auto& f : found)
    if (f.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("the layout audit reports text that does not fit, and nothing when it fits") {
  LayoutAudit audit;
  SUBCASE("a long label wraps in its button: no finding, a taller button") {
    auto found = audit_frame([] { big_button("b", "one two three four five six seven eight nine ten", ImVec2(120, 0)); }, audit);
    CHECK(found.empty());
    CHECK(audit.size() == 1);
  }
  SUBCASE("a button drawn narrower than its label (the negative control)") {
    const std::string id = "top.quit";
    audit.squeeze = id;  // (copied from a string: GCC 12 warns wrongly on assigning a literal)
    auto found = audit_frame([] { big_button("top.quit", "Avslutt og slett"); }, audit);
    CHECK(has(found, "top.quit: "));
    CHECK(has(found, "wider than"));
  }
  SUBCASE("a word wider than its button is cut into pieces") {
    auto found = audit_frame([] { big_button("b", "Helsedirektoratet", ImVec2(60, 0)); }, audit);
    CHECK(has(found, "the word \"Helsedirektoratet\""));
  }
  SUBCASE("a line that runs past the window's right edge") {
    auto found = audit_frame([] {
      ImGui::SetCursorPosX(520);
      text_line("far too long for what is left of the row");
    }, audit);
    CHECK(has(found, "cut off at the right"));
  }
  SUBCASE("two widgets on top of each other in a fixed bar, and one below the window") {
    auto found = audit_frame([] {
      FixedBar bar("top bar");
      big_button("x", "A");
      ImGui::SetCursorPos(ImVec2(ImGui::GetItemRectMin().x + 2, ImGui::GetItemRectMin().y + 2));
      big_button("y", "B");
      ImGui::SetCursorPosY(380);
      big_button("z", "C");
    }, audit);
    CHECK(has(found, "x: overlaps y in the top bar"));
    CHECK(has(found, "z: cut off in the top bar"));
  }
  SUBCASE("the same overlap outside a bar is allowed (a page scrolls)") {
    auto found = audit_frame([] {
      big_button("x", "A");
      ImGui::SetCursorPos(ImVec2(ImGui::GetItemRectMin().x + 2, ImGui::GetItemRectMin().y + 2));
      big_button("y", "B");
    }, audit);
    CHECK(found.empty());
  }
}
