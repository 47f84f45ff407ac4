// The one frame function every run mode shares (the kiosk loop, --screenshot, the GUI test
// driver, the soak): backends' new frame -> optional input injection -> ImGui::NewFrame ->
// App::frame -> Render -> OpenGL draw -> swap, then what the App asked for after the frame (a
// fresh ImGui context after a wipe, a new font atlas after a text size or contrast change).
#pragma once
#include <functional>

struct GLFWwindow;
struct ImGuiIO;
struct ImDrawData;

namespace vv::gui {

class App;

struct FrameHooks {
  // After the backends' NewFrame, before ImGui::NewFrame: inject input (tests). False: skip.
  std::function<bool(ImGuiIO&)> input;
  // After ImGui::Render, before drawing: inspect the frame (the soak). False: do not draw.
  std::function<bool(ImDrawData&)> inspect;
  // After drawing, before the swap: read the back buffer (screenshots).
  std::function<void()> drawn;
};

struct FrameResult {
  bool drawn = false;
  bool context_reset = false;  // a wipe: the ImGui context was made anew
  bool fonts_rebuilt = false;
  double ui_seconds = 0, gl_seconds = 0;
};

class FrameRunner {
 public:
  FrameRunner(GLFWwindow* window, App& app) : window_(window), app_(app) {}
  // Creates the ImGui context (privacy settings, wiping allocator), fonts and theme.
  void start_imgui();
  void stop_imgui();
  // One frame. `draw`: through OpenGL to the window (false: UI only, for the soak).
  FrameResult frame(bool draw, const FrameHooks& hooks = {});
  // The kiosk: waits for input or the idle timer (0 % CPU at rest), then true when a frame is due.
  bool wait_for_work();
  GLFWwindow* window() const { return window_; }
  App& app() { return app_; }

 private:
  void rebuild_fonts();
  GLFWwindow* window_;
  App& app_;
  int settle_ = 3;  // frames still to draw after a change (popups need a settle frame)
};

}  // namespace vv::gui
