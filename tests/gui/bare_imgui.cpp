// The benchmark floor: a bare Dear ImGui GLFW/OpenGL3 window (like example_glfw_opengl3) showing
// one window with some text. --exit-after-first-frame exits once the first frame is swapped;
// otherwise it idles with glfwWaitEvents like the kiosk.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
  bool first_exit = argc > 1 && std::strcmp(argv[1], "--exit-after-first-frame") == 0;
  setenv("MESA_SHADER_CACHE_DISABLE", "true", 1);
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWwindow* w = glfwCreateWindow(1280, 800, "bare imgui", nullptr, nullptr);
  if (!w) return 1;
  glfwMakeContextCurrent(w);
  glfwSwapInterval(1);
  gladLoadGL(glfwGetProcAddress);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(w, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  while (!glfwWindowShouldClose(w)) {
    if (first_exit) glfwPollEvents();
    else glfwWaitEventsTimeout(1.0);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::Text("A bare Dear ImGui window.");
    ImGui::Button("Button");
    ImGui::End();
    ImGui::Render();
    int fw, fh;
    glfwGetFramebufferSize(w, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.9f, 0.9f, 0.9f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(w);
    if (first_exit) break;
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(w);
  glfwTerminate();
  return 0;
}
