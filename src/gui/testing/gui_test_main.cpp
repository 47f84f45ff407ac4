// veiviser-gui-test: the kiosk's own screens, start-up and frame function (the same GUI
// library the kiosk binary links) driven by a test script (--test-script FILE), the soak
// (--monkey N [--seed S] [--render-every K]) or a start-up measurement (--exit-after-first-frame). Never installed:
// the kiosk users run carries no test driver.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "app.hpp"
#include "cli.hpp"
#include "frame.hpp"
#include "monkey.hpp"
#include "platform.hpp"
#include "process_privacy.hpp"
#include "startup.hpp"
#include "test_driver.hpp"

using namespace vv::gui;

int main(int argc, char** argv) {
  vv::harden_process();
  // The print worker is this binary started again (`print-worker`), as for the kiosk.
  if (vv::cli::wants_cli(argc, argv)) return vv::cli::main(argc, argv);
  std::vector<char*> args;
  bool first_frame_exit = false;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--exit-after-first-frame") == 0) first_frame_exit = true;
    else args.push_back(argv[i]);
  }
  Options opt;
  if (!parse_options(static_cast<int>(args.size()), args.data(), opt, {"--test-script", "--monkey", "--seed", "--render-every"})) return 2;
  std::string script;
  long monkey = -1;
  unsigned long long seed = 1;
  int render_every = 0;
  for (const auto& [k, v] : opt.extra) {
    if (k == "--test-script") script = v;
    if (k == "--monkey") monkey = std::max(0L, std::atol(v.c_str()));
    if (k == "--seed") seed = std::strtoull(v.c_str(), nullptr, 10);
    if (k == "--render-every") render_every = std::max(1, std::atoi(v.c_str()));
  }
  TestDriver driver;
  std::string err;
  if (!script.empty() && !driver.load(script, err)) return std::fprintf(stderr, "veiviser-gui-test: %s\n", err.c_str()), 2;
  Startup st = start_up(opt);
  if (!platform_init()) return 1;
  WindowOptions wo = window_options(opt, st.cfg);
  wo.kiosk = false;
  wo.visible = monkey < 0 && !opt.screenshot;
  GLFWwindow* window = create_window(wo);
  if (!window) return platform_shutdown(), 1;
  int rc = 0;
  {
    App app(st.content, st.cfg);
    if (st.broken) app.set_out_of_order(*st.broken);
    if (!apply_start_state(app, opt)) return 2;
    FrameRunner runner(window, app);
    runner.start_imgui();
    if (monkey >= 0) rc = run_monkey(runner, app, {monkey, seed, render_every});
    else if (!script.empty()) rc = run_script(runner, app, driver);
    else if (first_frame_exit) runner.frame(true);
    else std::fprintf(stderr, "veiviser-gui-test: give --test-script FILE, --monkey N or --exit-after-first-frame\n"), rc = 2;
    app.wipe();
    runner.stop_imgui();
  }
  destroy_window(window);
  platform_shutdown();
  return rc;
}
