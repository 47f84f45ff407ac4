// The shared frame function (see frame.hpp), shaped like the body of the loop in Dear ImGui's
// example_glfw_opengl3/main.cpp.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "frame.hpp"

#include <algorithm>
#include <chrono>

#include "app.hpp"
#include "platform.hpp"
#include "theme.hpp"

namespace vv::gui {
namespace {
double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}
// Uploads the font atlas now and frees ImGui's CPU copies (they cost about as much memory as
// the rest of the program); load_fonts reads the files again when the atlas is rebuilt.
void upload_fonts(bool new_context) {
  if (new_context) {
    ImGui_ImplOpenGL3_CreateDeviceObjects();
  } else {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui::GetIO().Fonts->ClearTexData();
  ImGui::GetIO().Fonts->ClearInputData();
}
}  // namespace

void FrameRunner::start_imgui() {
  imgui_create(window_);
  if (!load_fonts(app_.text_size()) && !app_.out_of_order())
    app_.set_out_of_order(OutOfOrder{"fonts", {"NotoSans-Regular.ttf / NotoSans-Bold.ttf: not found (fonts-noto-core)"}});
  upload_fonts(true);
  apply_theme(app_.high_contrast(), app_.text_size());
}

void FrameRunner::stop_imgui() { imgui_destroy(); }

void FrameRunner::rebuild_fonts() {
  load_fonts(app_.text_size());
  upload_fonts(false);
  apply_theme(app_.high_contrast(), app_.text_size());
}

bool FrameRunner::wait_for_work() {
  bool animating = app_.animating();
  if (settle_ > 0 || animating) glfwPollEvents();
  else glfwWaitEventsTimeout(std::clamp(app_.next_wake(), 0.02, 30.0));
  app_.set_time(glfwGetTime());
  bool event = take_input_event();
  if (event) app_.input_seen(), settle_ = 3;
  bool timer = app_.next_wake() <= 0.05 || app_.idle_warning();
  bool due = event || settle_ > 0 || timer || animating;
  if (settle_ > 0) --settle_;
  return due;
}

FrameResult FrameRunner::frame(bool draw, const FrameHooks& hooks) {
  FrameResult r;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (hooks.input && !hooks.input(io)) return r;
  // Enter activates the focused widget too (1.86 maps only Space to "activate").
  if (io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER]) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  std::string screen_before = app_.screen_name();
  bool warn_before = app_.idle_warning();
  auto t_ui = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  app_.frame();
  ImGui::Render();
  r.ui_seconds = seconds_since(t_ui);
  if (hooks.inspect && !hooks.inspect(*ImGui::GetDrawData())) draw = false;
  if (draw) {
    auto t_gl = std::chrono::steady_clock::now();
    const Rgb& bg = palette(app_.high_contrast()).bg;
    begin_gl_frame(window_, bg.r, bg.g, bg.b);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (hooks.drawn) hooks.drawn();
    glfwSwapBuffers(window_);
    r.drawn = true;
    r.gl_seconds = seconds_since(t_gl);
  }
  if (app_.screen_name() != screen_before || app_.idle_warning() != warn_before) settle_ = 3;
  if (app_.take_context_reset()) {
    // The wipe: a fresh ImGui context, so no widget state from the session survives.
    app_.take_font_rebuild();
    stop_imgui();
    start_imgui();
    r.context_reset = true;
    settle_ = 3;
  } else if (app_.take_font_rebuild()) {
    rebuild_fonts();
    r.fonts_rebuilt = true;
    settle_ = 3;
  }
  return r;
}

}  // namespace vv::gui
