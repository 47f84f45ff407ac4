// Touch drag scrolling (see touch_scroll.hpp). Every scroll area calls touch_scroll_area()
// once a frame; the press belongs to the innermost window under it that can scroll. Once it
// moves past kDragThreshold the area takes the active id from the pressed widget (so the
// button or tick box does not fire on release) and holds it while the finger is down.
#include "touch_scroll.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets.hpp"

namespace vv::gui {
namespace {

// The innermost window under the mouse, or one of its parents, that has something to scroll.
ImGuiID scroll_target() {
  ImGuiWindow* w = GImGui->HoveredWindow;
  for (; w; w = w->ParentWindow) {
    if (w->ScrollMax.y > 0) return w->ID;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
  return 0;
}

// The finger's speed in px/s over its recent moves (input comes less often than frames).
void track_velocity(TouchScroll& t, float dy, double now) {
  if (dy == 0) {
    if (now - t.last_move > 0.1) t.velocity = 0;  // resting
    return;
  }
  double span = std::max(now - t.last_move, 1.0 / 240);
  float v = static_cast<float>(dy / std::min(span, 0.1));
  t.velocity = t.last_move > 0 && now - t.last_move <= 0.1 ? 0.5f * t.velocity + 0.5f * v : v;
  t.last_move = now;
}

}  // namespace

bool touch_scroll_animating(const TouchScroll& t) {
  return (t.dragging || t.glide != 0) && ImGui::GetFrameCount() - t.seen_frame <= 2;
}

void touch_scroll_area() {
  TouchScroll* t = &session_touch();
  ImGuiContext& g = *GImGui;
  ImGuiIO& io = g.IO;
  ImGuiWindow* win = ImGui::GetCurrentWindow();
  ImGuiID drag_id = win->GetID("##touch_drag");
  float dt = io.DeltaTime > 0 ? io.DeltaTime : 1.0f / 60;
  double now = ImGui::GetTime();

  if (io.MouseWheel != 0 && t->glide) *t = TouchScroll{};  // the wheel takes over from a glide
  if (io.MouseClicked[0]) {  // a new touch: stops any glide and picks the window it may scroll
    *t = TouchScroll{};
    t->target = scroll_target();
    if (t->target == win->ID) t->press_scroll = win->Scroll.y;
  }
  bool pos_valid = ImGui::IsMousePosValid();  // the backend leaves it invalid while unfocused
  if (t->target == win->ID) {
    t->seen_frame = g.FrameCount;
    if (io.MouseDown[0] && pos_valid) {
      float moved = io.MousePos.y - io.MouseClickedPos[0].y;
      bool on_scrollbar = g.ActiveId != 0 && g.ActiveId == ImGui::GetWindowScrollbarID(win, ImGuiAxis_Y);
      if (!t->dragging && !on_scrollbar && std::fabs(moved) > kDragThreshold) {
        t->dragging = true;
        ImGui::SetActiveID(drag_id, win);  // the pressed widget loses the press: no click on release
      }
      if (t->dragging) {
        ImGui::KeepAliveID(drag_id);
        ImGui::SetScrollY(win, t->press_scroll - moved);  // the page follows the finger
        track_velocity(*t, -io.MouseDelta.y, now);
      }
    } else if (!io.MouseDown[0]) {
      float release_y = win->Scroll.y;
      if (t->dragging && pos_valid) {
        // Under load the finger's last moves come in the frame of the release: follow them too.
        release_y = t->press_scroll - (io.MousePos.y - io.MouseClickedPos[0].y);
        ImGui::SetScrollY(win, release_y);
        track_velocity(*t, -io.MouseDelta.y, now);
        if (now - t->last_move > 0.1) t->velocity = 0;  // the finger rested before it lifted
      }
      if (t->dragging && g.ActiveId == drag_id) ImGui::ClearActiveID();
      bool glide = t->dragging && std::fabs(t->velocity) > 150.0f;
      float v = t->velocity;
      *t = TouchScroll{};
      if (glide) t->glide = win->ID, t->velocity = v, t->glide_y = release_y;
    }
  }
  if (t->glide == win->ID && !io.MouseReleased[0]) {  // momentum after release, slowing down
    t->seen_frame = g.FrameCount;
    float y = t->glide_y += t->velocity * dt;
    ImGui::SetScrollY(win, y);
    t->velocity *= std::exp(-4.0f * dt);
    if (std::fabs(t->velocity) < 40.0f || y <= 0 || y >= win->ScrollMax.y) *t = TouchScroll{};
  }
}

}  // namespace vv::gui
