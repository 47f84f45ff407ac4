// The soak's drag scenarios, for the bench: a finger pressed on the page, moved up in steps over
// several frames, lifted, and the glide after it, on the longest outcome screen and on the
// longest Oppslag page. Every frame of each drag is timed (UI time, as for the other screens,
// and the whole frame's wall time, OpenGL and swap included).
#include <algorithm>
#include <cstdio>

#include "monkey_internal.hpp"
#include <imgui_internal.h>

namespace vv::gui::monkey_detail {
namespace {

// "median/p99/max" of `ms` in milliseconds.
std::string spread(std::vector<float> ms) {
  if (ms.empty()) return "-";
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f/%.2f/%.2f", at(0.5), at(0.99), ms.back());
  return buf;
}

}  // namespace

Monkey::Input Monkey::press_point() const {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  Input in;
  in.x = size.x * 0.5f, in.y = size.y * 0.75f;
  return in;
}

// How far the page under the press point scrolls (after a frame with the mouse there).
float Monkey::scroll_room() {
  hover_ = press_point();
  quiet_frames(2);
  ImGuiWindow* w = GImGui->HoveredWindow;
  return w ? w->ScrollMax.y : 0;
}

// Drags on what shows now: press low on the page, 12 frames of 25 px up (1500 px/s), lift,
// then frames until the glide has stopped (at most 4 s).
Monkey::DragTimes Monkey::drag_here() {
  DragTimes t;
  Input in = press_point();
  in.down = true;
  auto timed = [&](const Input& i) {
    frame(i, true);
    t.ui_ms.push_back(static_cast<float>(last_.ui_seconds * 1000));
    t.wall_ms.push_back(static_cast<float>(last_wall_ * 1000));
  };
  timed(in);
  for (int i = 0; i < 12 && !failed_; ++i) in.y -= 25, timed(in);
  in.down = false;
  hover_ = in;
  // As the kiosk's loop does: 3 frames after the last input, then as long as the glide runs.
  for (int i = 0; i < 240 && !failed_; ++i) {
    timed(in);
    if (i >= 2 && !app_.animating()) break;
  }
  return t;
}

// The longest outcome (most items) any pack's stage examples reach, and the pack with the longest
// Oppslag page (the most to scroll), both at the size the run was given.
void Monkey::drag_bench() {
  where("drag bench");
  // The configured text size and contrast (the run may have changed them; a wipe keeps them).
  app_.set_text_size(app_.config().text_size);
  app_.set_high_contrast(app_.config().high_contrast);
  hover_ = Input{};
  quiet_frames(2);
  click_id("top.quit", 2);
  click_id("quit.confirm", 2);
  const Pack* best = nullptr;
  const StageExample* best_ex = nullptr;
  size_t most = 0;
  for (const Pack& p : app_.content().packs) {
    if (!app_.config().pack.empty() && app_.config().pack != p.id) continue;
    for (const StageExample& ex : app_.stage_examples(p).examples) {
      if (is_acute(ex.stage) || ex.stage == Stage::emergency) continue;
      auto o = build_outcome(app_.content(), p, ex.answers, app_.lang());
      if (o && o->items.size() > most) most = o->items.size(), best = &p, best_ex = &ex;
    }
  }
  std::string report;
  if (best) {
    Session& s = app_.session();
    s.choose_pack(best->id);
    app_.set_mode(Mode::wizard);
    while (const Question* q = s.current())
      if (!s.answer(q->key, best_ex->answers.count(q->key) ? best_ex->answers.at(q->key) : "")) break;
    float room = scroll_room();
    if (app_.screen_name() == "outcome") {
      DragTimes t = drag_here();
      report += "outcome (" + best->id + ", " + std::to_string(most) + " items, " + std::to_string(static_cast<int>(room)) +
                " px to scroll) " + std::to_string(t.ui_ms.size()) +
                " frames " + spread(t.ui_ms) + ", wall " + spread(t.wall_ms);
    }
  }
  if (!failed_) {
    click_id("top.quit", 2);
    click_id("quit.confirm", 2);
    app_.set_mode(Mode::reference);
    const Pack* ref_pack = nullptr;
    float room = -1;
    for (const Pack& p : app_.content().packs) {
      app_.state().ref.pack = p.id;
      if (float r = scroll_room(); r > room) room = r, ref_pack = &p;
    }
    if (!ref_pack) return;
    app_.state().ref.pack = ref_pack->id;
    quiet_frames(3);
    DragTimes t = drag_here();
    report += std::string(report.empty() ? "" : "; ") + "reference (" + ref_pack->id + ", " +
              std::to_string(static_cast<int>(room)) + " px to scroll) " +
              std::to_string(t.ui_ms.size()) + " frames " + spread(t.ui_ms) + ", wall " + spread(t.wall_ms);
  }
  std::printf("monkey: drag frames ms (UI median/p99/max, wall median/p99/max): %s\n", report.c_str());
  std::fflush(stdout);
}

}  // namespace vv::gui::monkey_detail
