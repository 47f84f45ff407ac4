// The soak test's insides (see monkey.hpp), shared by monkey.cpp (the run and its report),
// monkey_frame.cpp (one frame through the kiosk's frame function, with its checks) and
// monkey_events.cpp (the random events and the final walk).
#pragma once
#include <array>
#include <chrono>
#include <cfloat>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app.hpp"
#include "frame.hpp"
#include "memory_scan.hpp"
#include "monkey.hpp"

namespace vv::gui::monkey_detail {

// RSS may grow at most this much between the warm-up sample and the end (see tests/soak).
inline constexpr long kMaxGrowthKiB = 8 * 1024;

// Every this many frames goes through OpenGL to the (hidden) window; every frame builds its UI
// and draw lists. A prime, so the drawn frames do not lock onto one phase of the click/key
// events (down, up, settle). llvmpipe takes ~15 ms per 1280x800 frame here.
inline constexpr int kRenderEvery = 61;

// AddressSanitizer keeps freed blocks in quarantine (up to 256 MiB): RSS says nothing there.
inline constexpr bool kAsan = vv::test::kAddressSanitizer;

// From this many events on, every screen and every pack's wizard screens (question, acute,
// acute_consult, outcome) must have been reached, or the run tested less than it claims.
inline constexpr long kCoverageFrom = 5000;

// What the process was doing, for the fatal-signal message (an ImGui assertion aborts).
extern char g_where[512];
void install_fatal_handlers();
long rss_kib();
double seconds_since(std::chrono::steady_clock::time_point t);
const std::set<std::string>& known_screens();
bool has_prefix(const WidgetRegistry& reg, const std::string& prefix);
bool starts(const std::string& s, const char* p);

// splitmix64: small, fast and the same everywhere (std distributions are not specified).
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); }
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

// The event mix, cumulative per 10 000 events. Wipes ("Avslutt og slett" and the idle reset)
// are rare because each one costs a new ImGui context and, on llvmpipe, ~80 ms of shader
// compiling on its first drawn frame; a long run still makes thousands of them.
enum class Ev { widget, point, key, wheel, mode, idle_short, idle_warning, idle_wipe, quit };
struct MixEntry {
  Ev kind;
  std::uint32_t upto;
};
inline constexpr std::array<MixEntry, 9> kMix = {{{Ev::widget, 5800},
                                           {Ev::point, 6800},
                                           {Ev::key, 8800},
                                           {Ev::wheel, 9250},
                                           {Ev::mode, 9700},
                                           {Ev::idle_short, 9840},
                                           {Ev::idle_warning, 9980},
                                           {Ev::idle_wipe, 9990},
                                           {Ev::quit, 10000}}};

struct KeyDef {
  int key;
  const char* name;
};
inline constexpr std::array<KeyDef, 12> kKeys = {{{GLFW_KEY_1, "1"},
                                           {GLFW_KEY_2, "2"},
                                           {GLFW_KEY_3, "3"},
                                           {GLFW_KEY_4, "4"},
                                           {GLFW_KEY_UP, "up"},
                                           {GLFW_KEY_DOWN, "down"},
                                           {GLFW_KEY_LEFT, "left"},
                                           {GLFW_KEY_RIGHT, "right"},
                                           {GLFW_KEY_SPACE, "space"},
                                           {GLFW_KEY_ENTER, "enter"},
                                           {GLFW_KEY_ESCAPE, "escape"},
                                           {GLFW_KEY_TAB, "tab"}}};

class Monkey {
 public:
  Monkey(FrameRunner& runner, App& app, const MonkeyOptions& opt)
      : runner_(runner), win_(runner.window()), app_(app), opt_(opt), rng_{opt.seed * 0x2545F4914F6CDD1Dull + 1} {}
  int run();

 private:
  // Input for the next frame.
  struct Input {
    float x = -FLT_MAX, y = -FLT_MAX;
    bool down = false;
    int key = -1;
    float wheel = 0;
  };

  void frame(const Input& in, bool force_render = false);
  void after_frame(const std::string& before, bool warn_before, bool reset);
  bool check_io(ImGuiIO& io);
  bool check_draw(ImDrawData& dd);
  void fail(const std::string& msg);
  void where(const char* what, const std::string& detail = "");

  // Events (each runs one or more frames).
  void click_at(float x, float y, int settle);
  bool click_id(const std::string& id, int settle = 1);
  void ev_widget();
  void ev_point();
  void ev_key();
  void ev_wheel();
  void ev_mode();
  void ev_quit();
  enum class IdleKind { short_of_timeout, into_warning, past_warning };
  void ev_idle(IdleKind kind);
  void quiet_frames(int n) {
    for (int i = 0; i < n && !failed_; ++i) frame(hover_);
  }

  bool final_walk();
  // The bench's drag scenarios (monkey_drag.cpp).
  struct DragTimes {
    std::vector<float> ui_ms, wall_ms;
  };
  DragTimes drag_here();
  Input press_point() const;
  float scroll_room();
  void drag_bench();
  long settled_rss();
  double danger_fraction();

  FrameRunner& runner_;
  GLFWwindow* win_;
  App& app_;
  MonkeyOptions opt_;
  Rng rng_;
  double time_ = 1000;
  Input hover_;  // where the mouse rests between clicks
  int render_every_ = 1;
  long event_ = 0, frames_ = 0, rendered_ = 0;
  long wipes_ = 0, idle_resets_ = 0, idle_warnings_ = 0, font_rebuilds_ = 0;
  long clicks_ = 0, keys_ = 0, wheels_ = 0, modes_ = 0, quits_ = 0, idles_ = 0;
  bool in_idle_event_ = false, failed_ = false;
  std::string fail_msg_, last_event_;
  std::map<std::string, long> screens_;          // screen -> frames shown
  std::set<std::string> pack_screens_;          // "pack/screen" for the wizard
  std::set<std::string> outcomes_;              // "pack/step"
  std::uint64_t trace_ = 1469598103934665603ull;  // FNV-1a over the screens after each event
  // Where the time goes: CPU seconds in App::frame() per screen, in OpenGL drawing, in wipes.
  struct Cost {
    double ui = 0, gl = 0;
    long frames = 0, drawn = 0;
    std::vector<float> ui_ms;  // every frame's UI time, for the median and the 99th percentile
  };
  std::map<std::string, Cost> cost_;
  double gl_time_ = 0, first_gl_time_ = 0, reset_time_ = 0;  // first_gl: the first frame drawn by a new context
  long first_gl_ = 0;
  bool fresh_gl_ = true;
  FrameResult last_;        // of the last frame
  double last_wall_ = 0;    // its wall time, input hooks to swap
};

}  // namespace vv::gui::monkey_detail
