// The one small platform file: GLFW + glad + ImGui backends + screenshot (see platform.hpp).
#include <glad/gl.h>
// glad first, then GLFW without its own GL header.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "platform.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb/stb_image_write.h>

#include "config.hpp"
#include "options.hpp"
#include "wipe.hpp"

namespace vv::gui {
namespace {

bool g_kiosk = false;
bool g_event = false;

void on_error(int code, const char* desc) { std::fprintf(stderr, "veiviser: GLFW error %d: %s\n", code, desc); }
void on_close(GLFWwindow* w) {
  if (g_kiosk) glfwSetWindowShouldClose(w, GLFW_FALSE);  // a kiosk cannot be closed (Alt+F4, window manager)
}
// These run before ImGui's (the backend chains to previously installed callbacks).
void on_key(GLFWwindow*, int, int, int, int) { g_event = true; }
void on_char(GLFWwindow*, unsigned int) { g_event = true; }
void on_button(GLFWwindow*, int, int, int) { g_event = true; }
void on_cursor(GLFWwindow*, double, double) { g_event = true; }
void on_scroll(GLFWwindow*, double, double) { g_event = true; }
void on_focus(GLFWwindow*, int) { g_event = true; }
void on_enter(GLFWwindow*, int) { g_event = true; }
void on_size(GLFWwindow*, int, int) { g_event = true; }

// ImGui allocations carry their size so they can be zeroed when freed.
void* wiping_alloc(size_t sz, void*) {
  auto* p = static_cast<size_t*>(std::malloc(sz + sizeof(max_align_t)));
  if (!p) return nullptr;
  *p = sz;
  return reinterpret_cast<char*>(p) + sizeof(max_align_t);
}
void wiping_free(void* ptr, void*) {
  if (!ptr) return;
  char* base = static_cast<char*>(ptr) - sizeof(max_align_t);
  vv::secure_zero(ptr, *reinterpret_cast<size_t*>(base));
  std::free(base);
}

void no_set_clipboard(void*, const char*) {}
const char* no_get_clipboard(void*) { return ""; }

}  // namespace

bool platform_init() {
  setenv("MESA_SHADER_CACHE_DISABLE", "true", 1);
  glfwSetErrorCallback(on_error);
  if (!glfwInit()) {
    std::fprintf(stderr, "veiviser: cannot open a window (no display?)\n");
    return false;
  }
  return true;
}

WindowOptions window_options(const Options& o, const Config& cfg) {
  WindowOptions wo;
  wo.width = o.width;
  wo.height = o.height;
  wo.kiosk = cfg.kiosk;
  wo.visible = !o.screenshot;
  return wo;
}

GLFWwindow* create_window(const WindowOptions& opt) {
  g_kiosk = opt.kiosk;
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, opt.visible ? GLFW_TRUE : GLFW_FALSE);
  GLFWmonitor* monitor = nullptr;
  int w = opt.width, h = opt.height;
  if (opt.kiosk) {
    glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    monitor = glfwGetPrimaryMonitor();
    if (monitor) {
      const GLFWvidmode* mode = glfwGetVideoMode(monitor);
      w = mode->width;
      h = mode->height;
      glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
    }
  }
  GLFWwindow* win = glfwCreateWindow(w, h, opt.title, monitor, nullptr);
  if (!win) return nullptr;
  glfwMakeContextCurrent(win);
  glfwSwapInterval(1);
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::fprintf(stderr, "veiviser: cannot load OpenGL 3.3\n");
    glfwDestroyWindow(win);
    return nullptr;
  }
  glfwSetWindowCloseCallback(win, on_close);
  glfwSetKeyCallback(win, on_key);
  glfwSetCharCallback(win, on_char);
  glfwSetMouseButtonCallback(win, on_button);
  glfwSetCursorPosCallback(win, on_cursor);
  glfwSetScrollCallback(win, on_scroll);
  glfwSetWindowFocusCallback(win, on_focus);
  glfwSetCursorEnterCallback(win, on_enter);
  glfwSetFramebufferSizeCallback(win, on_size);
  return win;
}

void destroy_window(GLFWwindow* w) {
  if (w) glfwDestroyWindow(w);
}

void platform_shutdown() { glfwTerminate(); }

void imgui_create(GLFWwindow* w) {
  IMGUI_CHECKVERSION();
  ImGui::SetAllocatorFunctions(wiping_alloc, wiping_free);
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini
  io.LogFilename = nullptr;  // no imgui_log.txt
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(w, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  // Nothing may be left on (or read from) the clipboard.
  io.SetClipboardTextFn = no_set_clipboard;
  io.GetClipboardTextFn = no_get_clipboard;
  io.ClipboardUserData = nullptr;
}

void imgui_destroy() {
  if (!ImGui::GetCurrentContext()) return;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

bool take_input_event() {
  bool e = g_event;
  g_event = false;
  return e;
}

void begin_gl_frame(GLFWwindow* w, float r, float g, float b) {
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(w, &fw, &fh);
  glViewport(0, 0, fw, fh);
  glClearColor(r, g, b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

bool write_screenshot(GLFWwindow* w, const std::string& path) {
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(w, &fw, &fh);
  if (fw <= 0 || fh <= 0) return false;
  std::vector<unsigned char> px(static_cast<size_t>(fw) * fh * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, fw, fh, GL_RGB, GL_UNSIGNED_BYTE, px.data());
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), fw, fh, 3, px.data(), fw * 3) != 0;
}

}  // namespace vv::gui
