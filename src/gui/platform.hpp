// Window and OpenGL setup (GLFW hints, kiosk fullscreen, ignored close, vsync, glad), the
// ImGui context life cycle (privacy settings, wiping allocator) and PNG screenshots.
#pragma once
#include <string>

struct GLFWwindow;

namespace vv::gui {

struct WindowOptions {
  int width = 1280, height = 800;
  bool kiosk = false;    // fullscreen, undecorated, close ignored
  bool visible = true;   // false for --screenshot
  const char* title = "Veiviser";
};

// Sets MESA_SHADER_CACHE_DISABLE and initialises GLFW; false on failure (message on stderr).
bool platform_init();
struct Options;
struct Config;
// The window the options and config ask for (kiosk: fullscreen; --screenshot: hidden).
struct WindowOptions window_options(const Options& o, const Config& cfg);
GLFWwindow* create_window(const WindowOptions& opt);
void destroy_window(GLFWwindow* w);
void platform_shutdown();

// Creates the ImGui context and backends with imgui.ini, logging and the clipboard off.
void imgui_create(GLFWwindow* w);
// Shuts the backends down and destroys the context; its memory is zeroed as it is freed.
void imgui_destroy();

// True if any input event arrived since the last call (set by GLFW callbacks).
bool take_input_event();

// Reads the back buffer and writes a PNG. False on failure.
bool write_screenshot(GLFWwindow* w, const std::string& path);
void begin_gl_frame(GLFWwindow* w, float r, float g, float b);

}  // namespace vv::gui
