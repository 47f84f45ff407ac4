// Touch drag scrolling for the kiosk's scroll areas (ImGui 1.86 has none): a press that moves
// more than a few pixels scrolls the innermost scrollable window under it and takes the press
// away from the button or tick box it started on; after release the page glides on (momentum)
// until it slows down or a finger touches again. The wheel and the scrollbar work as before.
// Its state is session state (KioskSession::touch), reached through the WidgetEnv.
#pragma once
#include <imgui.h>

namespace vv::gui {

struct TouchScroll {
  ImGuiID target = 0;     // the window the current press may scroll (0: none)
  bool dragging = false;  // the press moved past the threshold: it scrolls, it never clicks
  float press_scroll = 0; // the target's scroll when the finger went down
  float velocity = 0;     // px/s, while dragging (smoothed) and while gliding after release
  double last_move = 0;   // ImGui time of the finger's last movement (velocity is per time, not per frame)
  float glide_y = 0;      // the gliding window's scroll, unrounded
  ImGuiID glide = 0;      // the window gliding after release (0: none)
  int seen_frame = 0;     // the last frame the target or gliding window was drawn
  bool operator==(const TouchScroll&) const = default;
};

inline constexpr float kDragThreshold = 8.0f;  // px a press may move and still be a tap

// Call right after ImGui::BeginChild (or Begin) of every area that scrolls.
void touch_scroll_area();
// True while a drag or a glide needs frames without waiting for input.
bool touch_scroll_animating(const TouchScroll& t);

}  // namespace vv::gui
