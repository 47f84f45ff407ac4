// The GUI test driver (--test-script FILE): replays a script of synthetic input (clicks on
// registered widgets, key presses, virtual time) against the real screens and checks the
// resulting state. Input is injected the ImGui 1.86 way: after ImGui_ImplGlfw_NewFrame(),
// before ImGui::NewFrame().
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "memory_scan.hpp"

struct ImGuiIO;

namespace vv::gui {

class App;
class FrameRunner;

class TestDriver {
 public:
  bool load(const std::string& path, std::string& error);
  // Injects this frame's input or runs checks; returns false once the script is finished.
  bool before_frame(App& app, ImGuiIO& io);
  bool failed() const { return failures_ > 0; }
  double time() const { return time_; }
  // A screenshot the main loop must take after this frame renders ("" if none).
  std::string take_screenshot() { return std::exchange(shot_, std::string()); }

 private:
  void fail(const std::string& msg);
  std::vector<std::string> lines_;
  size_t pc_ = 0;
  int phase_ = 0, wait_ = 0, held_key_ = -1;
  bool mouse_held_ = false;
  float mx_ = -1e6f, my_ = -1e6f;
  double time_ = 1000;
  int failures_ = 0;
  std::string shot_;
  std::vector<vv::test::MaskedBytes> remembered_;  // session_windows() of the outcome, masked
  double wait_started_ = 0;  // real seconds, for wait-print
};

// Runs the script to its end through the kiosk's frame function; the exit code (1 on a failure).
int run_script(FrameRunner& runner, App& app, TestDriver& driver);

}  // namespace vv::gui
