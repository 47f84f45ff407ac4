// The kiosk, shaped like Dear ImGui's example_glfw_opengl3/main.cpp: set up (the command line
// when asked for; options, config and content; window; ImGui), loop (wait for input or the
// idle timer -> one frame), shut down. --screenshot renders the state the options give to a
// PNG (documentation and outside checks use it). The test driver and the soak live apart, in
// testing/ and the veiviser-gui-test executable.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "app.hpp"
#include "cli.hpp"
#include "frame.hpp"
#include "platform.hpp"
#include "process_privacy.hpp"
#include "startup.hpp"

using namespace vv::gui;

namespace {

// Draws a few frames (popups and layout settle), then writes the back buffer of the last.
int write_screenshot_of(FrameRunner& runner, const std::string& path) {
  bool ok = true;
  for (int i = 0; i < 6; ++i) {
    FrameHooks hooks;
    if (i == 5) hooks.drawn = [&] { ok = write_screenshot(runner.window(), path); };
    runner.app().finish_background_work();  // a QR code being made shows in the next frame
    runner.frame(true, hooks);
  }
  if (!ok) std::fprintf(stderr, "veiviser: cannot write %s\n", path.c_str());
  return ok ? 0 : 1;
}

// The layout audit's findings on the captured frame, one a line, after a line saying what was
// audited: "# SCREEN WxH TEXT LANG: N widgets".
bool write_layout_audit(const LayoutAudit& audit, const App& app, const Options& opt, const std::string& path) {
  std::ofstream f(path);
  char where[160];
  std::snprintf(where, sizeof where, "%s %dx%d %g %s", app.screen_name().c_str(), opt.width, opt.height,
                static_cast<double>(app.text_size()), app.lang().c_str());
  f << "# " << where << ": " << audit.size() << " widgets\n";
  for (const auto& line : audit.findings()) f << where << ": " << line << "\n";
  return static_cast<bool>(f.flush());
}

}  // namespace

int main(int argc, char** argv) {
  vv::harden_process();  // no core dumps, not dumpable: before any session data exists
  if (vv::cli::wants_cli(argc, argv)) return vv::cli::main(argc, argv);

  // Options, config and content (a broken one opens the out-of-order screen).
  Options opt;
  if (!parse_options(argc, argv, opt)) return 2;
  Startup st = start_up(opt);

  // Window and OpenGL context.
  if (!platform_init()) return 1;
  GLFWwindow* window = create_window(window_options(opt, st.cfg));
  if (!window) return platform_shutdown(), 1;

  // The kiosk and Dear ImGui.
  App app(st.content, st.cfg);
  if (st.broken) app.set_out_of_order(*st.broken);
  if (!apply_start_state(app, opt)) return 2;
  FrameRunner runner(window, app);
  runner.start_imgui();

  // Main loop.
  int rc = 0;
  if (opt.screenshot) {
    LayoutAudit audit;
    if (opt.layout_audit) audit.squeeze = opt.audit_squeeze.value_or(""), app.set_layout_audit(&audit);
    rc = write_screenshot_of(runner, *opt.screenshot);
    app.set_layout_audit(nullptr);
    if (opt.layout_audit && !write_layout_audit(audit, app, opt, *opt.layout_audit)) {
      std::fprintf(stderr, "veiviser: cannot write %s\n", opt.layout_audit->c_str());
      rc = 1;
    }
    if (app.out_of_order()) rc = 1;
  } else {
    app.set_time(glfwGetTime());
    app.input_seen();
    while (!glfwWindowShouldClose(window))
      if (runner.wait_for_work()) runner.frame(true);
  }

  // Cleanup.
  app.wipe();
  runner.stop_imgui();
  destroy_window(window);
  platform_shutdown();
  return rc;
}
