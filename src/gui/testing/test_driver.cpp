// GUI test driver (see test_driver.hpp). Script lines:
//   click ID (turning the wheel first if it is scrolled out of view) | key NAME | frames N | advance SECONDS | screenshot FILE | mouse-away
//   expect-screen NAME | expect-step ID | expect-stage ID | expect-answered N
//   expect-pack ID|none | expect-widget ID | expect-no-widget ID | expect-ticked ID
//   remember-outcome-text | expect-in-memory yes|no   (the outcome's phone text where one item
//   joins the next, searched in the process's writable memory: present while shown, gone after a
//   wipe) | wait-print [TEXT]   (until the printout ends; its message must contain TEXT)
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "test_driver.hpp"

#include <cfloat>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "app.hpp"
#include "frame.hpp"
#include "platform.hpp"
#include "phone_text.hpp"
#include "widgets.hpp"
#include "wipe.hpp"

namespace vv::gui {
namespace {

int key_code(const std::string& n) {
  static const std::map<std::string, int> k = {
      {"enter", GLFW_KEY_ENTER}, {"space", GLFW_KEY_SPACE}, {"tab", GLFW_KEY_TAB},     {"down", GLFW_KEY_DOWN},
      {"up", GLFW_KEY_UP},       {"left", GLFW_KEY_LEFT},   {"right", GLFW_KEY_RIGHT}, {"escape", GLFW_KEY_ESCAPE}};
  if (n.size() == 1 && n[0] >= '0' && n[0] <= '9') return GLFW_KEY_0 + (n[0] - '0');
  auto it = k.find(n);
  return it == k.end() ? -1 : it->second;
}

}  // namespace

bool TestDriver::load(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) return error = "cannot read " + path, false;
  std::string line;
  while (std::getline(in, line)) {
    auto h = line.find('#');
    if (h != std::string::npos) line.resize(h);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    size_t s = line.find_first_not_of(" \t");
    if (s != std::string::npos) lines_.push_back(line.substr(s));
  }
  return true;
}

void TestDriver::fail(const std::string& msg) {
  ++failures_;
  std::fprintf(stderr, "FAIL line %zu (%s): %s\n", pc_ + 1, pc_ < lines_.size() ? lines_[pc_].c_str() : "", msg.c_str());
}

bool TestDriver::before_frame(App& app, ImGuiIO& io) {
  time_ += 1.0 / 60;
  app.set_time(time_);
  // Held input from the previous frame is released now.
  if (mouse_held_) {
    io.MouseDown[0] = false;
    mouse_held_ = false;
  }
  if (held_key_ >= 0) {
    io.KeysDown[held_key_] = false;
    held_key_ = -1;
  }
  io.MousePos = ImVec2(mx_, my_);
  if (wait_ > 0) {
    --wait_;
    return true;
  }
  if (pc_ >= lines_.size()) return false;
  std::istringstream ss(lines_[pc_]);
  std::string cmd, arg;
  ss >> cmd;
  std::getline(ss >> std::ws, arg);
  const auto& reg = app.widgets();
  auto next = [&](int settle) {
    ++pc_;
    phase_ = 0;
    wait_ = settle;
  };
  std::string screen = app.screen_name();
  if (cmd == "click") {
    auto it = reg.find(arg);
    if (it == reg.end()) {
      if (++phase_ > 30) fail("no widget \"" + arg + "\" on screen " + screen), next(0);
      return true;
    }
    if (it->second.hidden) {  // scrolled out of view: turn the wheel over the page until it shows
      if (++phase_ > 80) return fail("widget \"" + arg + "\" stays out of view on screen " + screen), next(0), true;
      mx_ = it->second.cx(), my_ = io.DisplaySize.y / 2;
      io.MousePos = ImVec2(mx_, my_);
      io.MouseWheel = it->second.cy() > my_ ? -1.0f : 1.0f;
      return true;
    }
    mx_ = it->second.cx(), my_ = it->second.cy();
    io.MousePos = ImVec2(mx_, my_);
    io.MouseDown[0] = true;
    mouse_held_ = true;
    app.input_seen();
    next(3);
  } else if (cmd == "key") {
    int k = key_code(arg);
    if (k < 0) return fail("unknown key " + arg), next(0), true;
    io.KeysDown[k] = true;
    held_key_ = k;
    app.input_seen();
    next(3);
  } else if (cmd == "mouse-away") {
    mx_ = my_ = -FLT_MAX;
    next(1);
  } else if (cmd == "frames") {
    next(std::max(0, std::atoi(arg.c_str())));
  } else if (cmd == "advance") {
    time_ += std::atof(arg.c_str());
    app.set_time(time_);
    next(3);
  } else if (cmd == "screenshot") {
    shot_ = arg;
    next(1);
  } else if (cmd == "expect-screen") {
    if (screen != arg) fail("screen is " + screen);
    next(0);
  } else if (cmd == "expect-step" || cmd == "expect-stage") {
    auto o = app.session().outcome();
    std::string got = !o ? "(none)" : cmd == "expect-step" ? o->step_id : std::string(to_string(o->stage));
    if (got != arg) fail("got " + got);
    next(0);
  } else if (cmd == "expect-answered") {
    if (app.session().answered_count() != std::atoi(arg.c_str()))
      fail("answered " + std::to_string(app.session().answered_count()));
    next(0);
  } else if (cmd == "expect-pack") {
    std::string got = app.session().pack() ? app.session().pack()->id : "none";
    if (got != arg) fail("pack is " + got);
    next(0);
  } else if (cmd == "expect-widget" || cmd == "expect-no-widget") {
    bool has = reg.count(arg) != 0;
    if (has != (cmd == "expect-widget")) fail(has ? "widget is there" : "widget is missing on screen " + screen);
    next(0);
  } else if (cmd == "expect-ticked") {
    if (!app.session().ticked(arg)) fail("not ticked");
    next(0);
  } else if (cmd == "remember-outcome-text") {
    auto o = app.session().outcome();
    if (!o) {
      fail("no outcome to remember");
    } else {
      std::string text = checklist_phone_text(*o);
      remembered_.clear();
      for (auto& w : vv::test::session_windows(text)) remembered_.emplace_back(w, 0, w.size()), vv::wipe(w);
      vv::wipe(text);
      if (remembered_.empty()) fail("the phone text has no place where one item joins the next");
    }
    next(0);
  } else if (cmd == "wait-print") {
    // Waits (real time, up to 60 s) for the printout under way to end, then expects its message.
    auto now = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    if (phase_++ == 0) wait_started_ = now;
    app.input_seen();  // someone waits at the screen: the idle timer does not run
    const TakeawayState& t = app.state().takeaway;
    if (!t.job.valid() && !t.message.empty()) {
      std::fprintf(stderr, "print: %s\n", t.message.c_str());
      if (!arg.empty() && t.message.find(arg) == std::string::npos) fail("the print message is: " + t.message);
      next(1);
    } else if (now - wait_started_ > 60) {
      fail("the printout did not end within 60 s");
      next(0);
    }
  } else if (cmd == "expect-in-memory") {
    size_t hits = 0;
    for (const auto& pattern : remembered_) hits += pattern.count_in_memory();
    std::fprintf(stderr, "memory scan: %zu occurrence(s) of %zu windows of the remembered outcome text\n", hits,
                 remembered_.size());
    if (remembered_.empty()) fail("nothing remembered");
    if (arg == "yes" && hits == 0) fail("the outcome text is not in memory (the scan cannot see it)");
    if (arg == "no" && hits != 0) fail(std::to_string(hits) + " copies of the wiped outcome text are still in memory");
    next(0);
  } else {
    fail("unknown command");
    next(0);
  }
  return true;
}

int run_script(FrameRunner& runner, App& app, TestDriver& driver) {
  app.set_time(driver.time());
  app.input_seen();
  bool running = true;
  int rc = 0;
  while (running && !glfwWindowShouldClose(runner.window())) {
    glfwPollEvents();
    take_input_event();  // real input is ignored: the script is the only user
    FrameHooks hooks;
    hooks.input = [&](ImGuiIO& io) { return running = driver.before_frame(app, io); };
    hooks.drawn = [&] {
      std::string shot = driver.take_screenshot();
      if (!shot.empty() && !write_screenshot(runner.window(), shot)) rc = 1;
    };
    app.finish_background_work();  // a script sees the same frames however fast the QR thread is
    runner.frame(true, hooks);
  }
  return driver.failed() ? 1 : rc;
}

}  // namespace vv::gui
