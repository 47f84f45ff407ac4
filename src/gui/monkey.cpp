// The soak test (see monkey.hpp). Input is injected the way the GUI test driver does it:
// after ImGui_ImplGlfw_NewFrame(), before ImGui::NewFrame(); the registry of widget rects from
// the last frame tells where the buttons are. The App runs on a virtual clock and ImGui on a
// fixed 1/60 s step, so a run depends only on the seed (and the content).
#include <glad/gl.h>
// glad first, then GLFW without its own GL header.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // the context's stacks, checked after every frame

#include "monkey.hpp"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cfloat>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app.hpp"
#include "platform.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {
namespace {

// RSS may grow at most this much between the warm-up sample and the end (see tests/soak).
constexpr long kMaxGrowthKiB = 8 * 1024;

// Every this many frames goes through OpenGL to the (hidden) window; every frame builds its UI
// and draw lists. A prime, so the drawn frames do not lock onto one phase of the click/key
// events (down, up, settle). llvmpipe takes ~15 ms per 1280x800 frame here.
constexpr int kRenderEvery = 61;

// AddressSanitizer keeps freed blocks in quarantine (up to 256 MiB): RSS says nothing there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

// From this many events on, every screen and every pack's wizard screens (question, acute,
// acute_consult, outcome) must have been reached, or the run tested less than it claims.
constexpr long kCoverageFrom = 5000;

// What the process was doing, for the fatal-signal message (an ImGui assertion aborts).
char g_where[512] = "starting";

void on_fatal(int sig) {
  const char head[] = "\nmonkey: FATAL signal ";
  char num[8];
  int n = 0, s = sig;
  do num[n++] = static_cast<char>('0' + s % 10), s /= 10;
  while (s && n < 7);
  ssize_t r = write(2, head, sizeof head - 1);
  while (n) r = write(2, &num[--n], 1);
  const char mid[] = " (an ImGui assertion aborts) at ";
  r = write(2, mid, sizeof mid - 1);
  r = write(2, g_where, strnlen(g_where, sizeof g_where));
  r = write(2, "\n", 1);
  (void)r;
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_fatal_handlers() {
  for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) {
    struct sigaction sa {};
    sa.sa_handler = on_fatal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

long rss_kib() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

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

const std::set<std::string>& known_screens() {
  static const std::set<std::string> s = {"start",         "question",        "acute",         "emergency",
                                          "acute_consult", "outcome",         "reference",
                                          "reference.compare", "training.list", "training.story",
                                          "training.question", "training.result"};
  return s;
}

bool has_prefix(const std::map<std::string, Rect>& reg, const std::string& prefix) {
  auto it = reg.lower_bound(prefix);
  return it != reg.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool starts(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

// The event mix, cumulative per 10 000 events. Wipes ("Avslutt og slett" and the idle reset)
// are rare because each one costs a new ImGui context and, on llvmpipe, ~80 ms of shader
// compiling on its first drawn frame; a long run still makes thousands of them.
enum class Ev { widget, point, key, wheel, mode, idle_short, idle_warning, idle_wipe, quit };
struct MixEntry {
  Ev kind;
  std::uint32_t upto;
};
constexpr std::array<MixEntry, 9> kMix = {{{Ev::widget, 5800},
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
constexpr std::array<KeyDef, 12> kKeys = {{{GLFW_KEY_1, "1"},
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
  Monkey(GLFWwindow* win, App& app, const MonkeyOptions& opt, const MonkeyHooks& hooks)
      : win_(win), app_(app), opt_(opt), hooks_(hooks), rng_{opt.seed * 0x2545F4914F6CDD1Dull + 1} {}
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
  long settled_rss();
  double danger_fraction();

  GLFWwindow* win_;
  App& app_;
  MonkeyOptions opt_;
  const MonkeyHooks& hooks_;
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
  };
  std::map<std::string, Cost> cost_;
  double gl_time_ = 0, first_gl_time_ = 0, reset_time_ = 0;  // first_gl: the first frame drawn by a new context
  long first_gl_ = 0;
  bool fresh_gl_ = true;
};

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void Monkey::where(const char* what, const std::string& detail) {
  last_event_ = std::string(what) + (detail.empty() ? "" : " " + detail);
  std::snprintf(g_where, sizeof g_where, "event %ld of %ld (seed %llu, frame %ld, screen %s): %s", event_, opt_.events,
                static_cast<unsigned long long>(opt_.seed), frames_, app_.screen_name().c_str(), last_event_.c_str());
}

void Monkey::fail(const std::string& msg) {
  if (failed_) return;
  failed_ = true;
  fail_msg_ = msg;
  std::fprintf(stderr, "monkey: FAIL at %s: %s\n", g_where, msg.c_str());
}

void Monkey::frame(const Input& in, bool force_render) {
  time_ += 1.0 / 60;
  app_.set_time(time_);
  if ((frames_ & 63) == 0) glfwPollEvents();  // keep the display connection serviced
  take_input_event();
  if (in.down || in.key >= 0 || in.wheel != 0) app_.input_seen();

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60;  // deterministic: ImGui's timers (double click, key repeat, nav) see virtual time
  io.MousePos = ImVec2(in.x, in.y);
  for (bool& b : io.MouseDown) b = false;
  io.MouseDown[0] = in.down;
  io.MouseWheel = in.wheel;
  io.MouseWheelH = 0;
  for (const KeyDef& k : kKeys) io.KeysDown[k.key] = k.key == in.key;
  io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
  // As the kiosk's loop: Enter activates the focused widget too.
  if (io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER]) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;

  int ww = 0, wh = 0;
  glfwGetWindowSize(win_, &ww, &wh);
  if (io.DisplaySize.x != static_cast<float>(ww) || io.DisplaySize.y != static_cast<float>(wh) || ww <= 0 || wh <= 0)
    return fail("io.DisplaySize " + std::to_string(io.DisplaySize.x) + "x" + std::to_string(io.DisplaySize.y) +
                " is not the window's " + std::to_string(ww) + "x" + std::to_string(wh));
  if (!io.Fonts || !io.Fonts->IsBuilt() || io.Fonts->TexID == nullptr) return fail("font atlas not built or no texture");
  if (io.IniFilename || io.LogFilename) return fail("imgui.ini or log file enabled");

  std::string before = app_.screen_name();
  bool warn_before = app_.idle_warning();
  auto t_ui = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  app_.frame();
  ImGui::Render();
  ++frames_;
  Cost& cost = cost_[before];
  cost.ui += seconds_since(t_ui), ++cost.frames;

  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.CurrentWindowStack.Size || g.ColorStack.Size || g.StyleVarStack.Size || g.FontStack.Size ||
      g.GroupStack.Size || g.BeginPopupStack.Size || g.ItemFlagsStack.Size > 1 || g.FocusScopeStack.Size ||
      g.DisabledStackSize)
    return fail("ImGui stacks not balanced after the frame (window " + std::to_string(g.CurrentWindowStack.Size) +
                ", color " + std::to_string(g.ColorStack.Size) + ", var " + std::to_string(g.StyleVarStack.Size) +
                ", font " + std::to_string(g.FontStack.Size) + ", group " + std::to_string(g.GroupStack.Size) +
                ", disabled " + std::to_string(g.DisabledStackSize) + ")");
  if (g.OpenPopupStack.Size > 1) return fail("more than one popup open");
  if (g.Windows.Size > 64) return fail("ImGui windows pile up: " + std::to_string(g.Windows.Size));
  ImDrawData* dd = ImGui::GetDrawData();
  if (!dd || !dd->Valid || dd->CmdListsCount < 1 || dd->TotalVtxCount <= 0 || dd->TotalVtxCount > 4000000)
    return fail("draw data invalid or absurd (" + std::to_string(dd ? dd->TotalVtxCount : -1) + " vertices)");
  if (dd->DisplaySize.x != io.DisplaySize.x || dd->DisplaySize.y != io.DisplaySize.y) return fail("draw data size");

  bool reset = false;
  bool render = force_render || frames_ % render_every_ == 0;
  if (render) {
    // Every draw command must have a finite clip rectangle and stay inside its buffers.
    for (int i = 0; i < dd->CmdListsCount; ++i) {
      const ImDrawList* dl = dd->CmdLists[i];
      for (const ImDrawCmd& c : dl->CmdBuffer) {
        if (!std::isfinite(c.ClipRect.x) || !std::isfinite(c.ClipRect.y) || !std::isfinite(c.ClipRect.z) ||
            !std::isfinite(c.ClipRect.w))
          return fail("non-finite clip rectangle");
        if (!c.UserCallback && c.IdxOffset + c.ElemCount > static_cast<unsigned>(dl->IdxBuffer.Size))
          return fail("draw command outside its index buffer");
      }
    }
    auto t_gl = std::chrono::steady_clock::now();
    const auto& bg = palette(app_.high_contrast()).bg;
    begin_gl_frame(win_, bg.r, bg.g, bg.b);
    ImGui_ImplOpenGL3_RenderDrawData(dd);
    glfwSwapBuffers(win_);
    ++rendered_;
    gl_time_ += seconds_since(t_gl);
    if (fresh_gl_) first_gl_time_ += seconds_since(t_gl), ++first_gl_, fresh_gl_ = false;
    else cost.gl += seconds_since(t_gl), ++cost.drawn;
    if (GLenum e = glGetError(); e != GL_NO_ERROR) return fail("OpenGL error " + std::to_string(e));
  }
  // The kiosk loop's wipe and font rebuild (main.cpp's code, through the hooks), in its order.
  auto t_reset = std::chrono::steady_clock::now();
  if (app_.take_context_reset()) {
    app_.take_font_rebuild();
    imgui_destroy();
    hooks_.new_context();
    reset = true;
    fresh_gl_ = true;
    ++wipes_;
    if (in_idle_event_) ++idle_resets_;
  } else if (app_.take_font_rebuild()) {
    hooks_.rebuild_fonts();
    ++font_rebuilds_;
  }
  reset_time_ += seconds_since(t_reset);
  after_frame(before, warn_before, reset);
}

void Monkey::after_frame(const std::string& before, bool warn_before, bool reset) {
  const auto& reg = registry();
  std::string now = app_.screen_name();
  if (!known_screens().count(now)) return fail("unknown screen \"" + now + "\"");
  ++screens_[now];
  if (!reg.count("top.quit")) return fail("no \"Avslutt og slett\" button on screen " + now);

  Session& s = app_.session();
  Mode m = app_.mode();
  // A wipe leaves nothing of the session: no pack, answers, training session or open help.
  if (reset && (m != Mode::start || s.pack() || s.answered_count() || app_.train.session || app_.train.index != -1 ||
                app_.help_open || app_.idle_warning() || app_.start_pack != app_.config().pack))
    return fail("the wipe left state behind (screen " + now + ")");
  if (m != Mode::wizard && s.answered_count() != 0)
    return fail("session holds " + std::to_string(s.answered_count()) + " answers outside the wizard (" + now + ")");
  if (m == Mode::wizard && (!s.pack() || s.answered_count() < 1)) return fail("wizard without pack or role");
  // The safety rule: a complete session at stage acute shows the red screen.
  if (m == Mode::wizard && s.complete()) {
    auto st = s.stage();
    if (!st) return fail("complete session without a stage");
    if (*st == Stage::acute && now != "acute") return fail("stage acute but screen " + now);
    if (*st == Stage::acute_consult && now != "acute_consult") return fail("stage acute_consult but screen " + now);
    if (*st == Stage::emergency && now != "emergency") return fail("stage emergency but screen " + now);
    outcomes_.insert(s.pack()->id + "/" + s.outcome()->step_id);
  }
  if (m == Mode::wizard && s.pack()) pack_screens_.insert(s.pack()->id + "/" + now);

  // What the frame drew must match the screen it says it shows (when it did not change).
  if (!reset && before == now) {
    const char* need = nullptr;
    if (now == "start") need = "lang.";
    else if (now == "question" || now == "training.question") need = "answer.";
    else if (now == "acute") need = "screen.acute";
    else if (now == "acute_consult") need = "screen.acute_consult";
    else if (now == "emergency") need = "screen.emergency";
    else if (now == "outcome") need = "screen.outcome";
    else if (now == "reference") need = "ref.mode.browse";
    else if (now == "reference.compare") need = "ref.stage.";
    else if (now == "training.story") need = "training.start";
    else if (now == "training.result") need = has_prefix(reg, "training.match") ? "training.match" : "training.nomatch";
    if (need && !has_prefix(reg, need)) return fail(std::string("screen ") + now + " drew no \"" + need + "\"");
    if (now == "acute" && reg.count("screen.acute_consult")) return fail("acute screen drew the amber variant");
  }
  if (warn_before && app_.idle_warning() && !reset) {
    if (!reg.count("idle.continue")) return fail("idle warning without its \"continue\" button");
  }
  if (app_.idle_warning() && !warn_before) ++idle_warnings_;
}

void Monkey::click_at(float x, float y, int settle) {
  Input in;
  in.x = x, in.y = y, in.down = true;
  frame(in);
  if (failed_) return;
  in.down = false;
  hover_ = in;
  frame(in);
  quiet_frames(settle);
}

bool Monkey::click_id(const std::string& id, int settle) {
  int scrolls = 0;
  for (int tries = 0; tries < 4 && !failed_;) {
    auto it = registry().find(id);
    if (it == registry().end()) {
      quiet_frames(1), ++tries;
      continue;
    }
    // Off the screen (a small window): turn the wheel over it until it is in view.
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    float cx = it->second.cx(), cy = it->second.cy();
    if ((cy < 0 || cy >= size.y) && scrolls++ < 40) {
      Input in;
      in.x = std::clamp(cx, 1.0f, size.x - 1), in.y = size.y / 2, in.wheel = cy < 0 ? 2.0f : -2.0f;
      frame(in);
      hover_ = in, hover_.wheel = 0;
      quiet_frames(1);
      continue;
    }
    click_at(cx, cy, settle);
    return true;
  }
  return false;
}

// A click on a registered widget: answers more often (to get deep into the flows), the font
// buttons rarely (each rebuilds the atlas), "Avslutt og slett" and printing never here.
void Monkey::ev_widget() {
  const auto& reg = registry();
  std::vector<std::pair<const std::string*, const Rect*>> ids;
  std::vector<std::uint32_t> cum;
  std::uint32_t total = 0;
  for (const auto& [id, r] : reg) {
    std::uint32_t w = 20;
    if (r.x1 - r.x0 < 1 || r.y1 - r.y0 < 1 || id == "top.quit" || id == "button.print") w = 0;
    else if (starts(id, "answer.")) w = 60;
    else if (starts(id, "qr.")) w = 4;
    else if (id == "top.smaller" || id == "top.larger" || id == "top.contrast") w = 1;
    if (!w) continue;
    total += w;
    ids.emplace_back(&id, &r);
    cum.push_back(total);
  }
  if (!total) return ev_point();
  std::uint32_t pick = rng_.below(total);
  size_t i = static_cast<size_t>(std::upper_bound(cum.begin(), cum.end(), pick) - cum.begin());
  std::string id = *ids[i].first;
  Rect r = *ids[i].second;
  // Anywhere on the widget, not only its centre.
  float x = r.x0 + static_cast<float>(rng_.unit()) * (r.x1 - r.x0);
  float y = r.y0 + static_cast<float>(rng_.unit()) * (r.y1 - r.y0);
  where("click", id);
  ++clicks_;
  click_at(x, y, 0);
}

void Monkey::ev_point() {
  const ImGuiIO& io = ImGui::GetIO();
  float x = 0, y = 0;
  for (int tries = 0; tries < 8; ++tries) {
    x = static_cast<float>(rng_.unit()) * io.DisplaySize.x;
    y = static_cast<float>(rng_.unit()) * io.DisplaySize.y;
    auto it = registry().find("button.print");  // never print from a soak
    if (it == registry().end() || x < it->second.x0 || x > it->second.x1 || y < it->second.y0 || y > it->second.y1) break;
    x = y = -1;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f,%.0f", x, y);
  where("click-point", buf);
  ++clicks_;
  click_at(x, y, 0);
}

void Monkey::ev_key() {
  const KeyDef& k = kKeys[rng_.below(kKeys.size())];
  where("key", k.name);
  ++keys_;
  Input in = hover_;
  in.key = k.key;
  frame(in);
  if (!failed_) frame(hover_);
}

void Monkey::ev_wheel() {
  const ImGuiIO& io = ImGui::GetIO();
  Input in;
  in.x = static_cast<float>(rng_.unit()) * io.DisplaySize.x;
  in.y = static_cast<float>(rng_.unit()) * io.DisplaySize.y;
  in.wheel = static_cast<float>(static_cast<int>(rng_.below(7)) - 3);
  if (in.wheel == 0) in.wheel = -5;  // a long scroll down, to reach the end of long outcomes
  where("wheel", std::to_string(static_cast<int>(in.wheel)));
  ++wheels_;
  frame(in);
  hover_ = in;
  hover_.wheel = 0;
  if (!failed_) frame(hover_);
}

// To the start screen by its button, then into wizard, reference or training by theirs.
void Monkey::ev_mode() {
  static const char* const kTargets[] = {"wizard", "reference", "training", "start"};
  const char* target = kTargets[rng_.below(4)];
  where("mode", target);
  ++modes_;
  if (app_.mode() != Mode::start && !click_id("top.home")) return;
  if (failed_ || std::strcmp(target, "start") == 0) return;
  if (std::strcmp(target, "reference") == 0) click_id("mode.reference");
  else if (std::strcmp(target, "training") == 0) click_id("mode.training");
  else {
    const auto& packs = app_.content().packs;
    if (app_.config().pack.empty() && !packs.empty())
      click_id("pack." + packs[rng_.below(static_cast<std::uint32_t>(packs.size()))].id);
    std::vector<std::string> roles;
    for (const auto& [id, r] : registry())
      if (starts(id, "role.")) roles.push_back(id);
    if (!roles.empty() && !failed_) click_id(roles[rng_.below(static_cast<std::uint32_t>(roles.size()))]);
  }
}

void Monkey::ev_quit() {
  where("quit");
  ++quits_;
  click_id("top.quit");
}

// Time passes without input: short of the timeout, into the warning, or past it (the wipe).
void Monkey::ev_idle(IdleKind kind) {
  double timeout = app_.config().idle_timeout, warning = app_.config().idle_warning;
  double r = rng_.unit(), dt;
  if (kind == IdleKind::short_of_timeout) dt = r * timeout * 0.9;
  else if (kind == IdleKind::into_warning) dt = timeout + r * warning * 0.9;
  else dt = timeout + warning + r * 60;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.1f s", dt);
  where("idle", buf);
  ++idles_;
  in_idle_event_ = true;
  time_ += dt;
  Input away;  // the mouse leaves: nobody is there
  hover_ = away;
  frame(away, true);
  if (!failed_) frame(away);
  in_idle_event_ = false;
}

// RSS in a comparable state: after "Avslutt og slett" (default text size, contrast, language;
// fresh ImGui context; QR cache and session wiped) and a drawn frame, with the allocator's free
// memory given back to the system, so what remains is what the process holds, not where the
// monkey happened to be or how fragmented malloc's free lists are.
long Monkey::settled_rss() {
  where("RSS sample");
  hover_ = Input{};
  quiet_frames(2);
  click_id("top.quit", 2);
  frame(hover_, true);
  malloc_trim(0);
  return rss_kib();
}

// Share of the frame drawn in the acute (red) colour.
double Monkey::danger_fraction() {
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(win_, &fw, &fh);
  if (fw <= 0 || fh <= 0) return 0;
  // Render this frame's draw data again into the back buffer and read it.
  const auto& bg = palette(app_.high_contrast()).bg;
  begin_gl_frame(win_, bg.r, bg.g, bg.b);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  std::vector<unsigned char> px(static_cast<size_t>(fw) * fh * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, fw, fh, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
  const Rgb& d = palette(app_.high_contrast()).danger;
  auto near = [](unsigned char v, float f) { return std::abs(static_cast<int>(v) - static_cast<int>(std::lround(f * 255))) <= 3; };
  size_t n = 0;
  for (size_t i = 0; i < px.size(); i += 4)
    if (near(px[i], d.r) && near(px[i + 1], d.g) && near(px[i + 2], d.b)) ++n;
  return static_cast<double>(n) / (static_cast<double>(fw) * fh);
}

// For every pack: "Avslutt og slett", the pack, a role, acute=yes — through the real buttons.
bool Monkey::final_walk() {
  const auto& packs = app_.content().packs;
  int walked = 0;
  for (const Pack& p : packs) {
    if (!app_.config().pack.empty() && app_.config().pack != p.id) continue;
    where("final walk", p.id);
    hover_ = Input{};
    quiet_frames(2);
    if (!click_id("top.quit", 2)) return fail("final walk: no \"Avslutt og slett\""), false;
    if (app_.screen_name() != "start" || app_.session().answered_count() != 0)
      return fail("final walk: \"Avslutt og slett\" did not return to a clean start screen"), false;
    if (app_.config().pack.empty() && !click_id("pack." + p.id, 1)) return fail("final walk: no pack." + p.id), false;
    std::string role;
    for (const auto& [id, r] : registry())
      if (starts(id, "role.")) role = id;  // the last role ("annet" in the national questions)
    if (role.empty() || !click_id(role, 1)) return fail("final walk: no role button"), false;
    if (!click_id("answer.acute.yes", 2)) return fail("final walk: no answer.acute.yes on " + app_.screen_name()), false;
    if (failed_) return false;
    auto st = app_.session().stage();
    if (app_.screen_name() != "acute" || !registry().count("screen.acute") || !st || *st != Stage::acute)
      return fail("final walk (" + p.id + "): acute=yes shows " + app_.screen_name()), false;
    frame(hover_, true);
    double red = danger_fraction();
    if (red < 0.15) return fail("final walk (" + p.id + "): only " + std::to_string(red * 100) + "% of the screen is red"), false;
    std::printf("monkey: final walk %s: acute screen, %.0f%% red\n", p.id.c_str(), red * 100);
    ++walked;
  }
  if (!walked) return fail("final walk: no pack to walk"), false;
  return !failed_;
}

int Monkey::run() {
  install_fatal_handlers();
  // A soak must never reach a real printer (keyboard focus can activate "Skriv ut").
  setenv("CUPS_SERVER", "/nonexistent/veiviser-monkey/cups.sock", 1);
  glfwSwapInterval(0);  // no waiting for vsync: frames as fast as they come
  render_every_ = opt_.render_every > 0 ? opt_.render_every : kRenderEvery;
  long warm_at = std::max(1L, opt_.events / 10);
  long rss_warm = 0, rss_end = 0;
  std::vector<long> rss_trend;  // every 5 % of the events
  auto t0 = std::chrono::steady_clock::now();
  app_.set_time(time_);
  app_.input_seen();
  quiet_frames(3);
  for (event_ = 0; event_ < opt_.events && !failed_; ++event_) {
    if (event_ == warm_at) rss_warm = settled_rss();
    if (opt_.events >= 20 && event_ % (opt_.events / 20) == 0) {
      rss_trend.push_back(rss_kib());  // as it is
      if (opt_.events >= 100000)  // long runs say how far they are
        std::fprintf(stderr, "monkey: %ld/%ld events, %ld frames, %ld wipes, RSS %ld KiB, %.0f s\n", event_, opt_.events,
                     frames_, wipes_, rss_trend.back(), seconds_since(t0));
    }
    std::uint32_t r = rng_.below(kMix.back().upto);
    switch (std::find_if(kMix.begin(), kMix.end(), [r](const MixEntry& m) { return r < m.upto; })->kind) {
      case Ev::widget: ev_widget(); break;
      case Ev::point: ev_point(); break;
      case Ev::key: ev_key(); break;
      case Ev::wheel: ev_wheel(); break;
      case Ev::mode: ev_mode(); break;
      case Ev::idle_short: ev_idle(IdleKind::short_of_timeout); break;
      case Ev::idle_warning: ev_idle(IdleKind::into_warning); break;
      case Ev::idle_wipe: ev_idle(IdleKind::past_warning); break;
      case Ev::quit: ev_quit(); break;
    }
    const std::string& s = app_.screen_name();
    for (char c : s) trace_ = (trace_ ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    trace_ = (trace_ ^ 0xff) * 1099511628211ull;
  }
  if (!rss_warm && !failed_) rss_warm = settled_rss();
  if (!failed_) rss_end = settled_rss();
  where("end of run");
  long events = event_;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  std::string seen;
  for (const auto& [name, n] : screens_) seen += (seen.empty() ? "" : ",") + name;
  std::printf(
      "monkey: seed %llu: %ld events (%ld clicks, %ld keys, %ld wheel, %ld mode switches, %ld quits, %ld idle periods), "
      "%ld frames (%ld rendered, every %d), %ld wipes (%ld by idle timeout), %ld idle warnings, %ld font rebuilds, "
      "%zu/%zu screens [%s], %zu pack screens, %zu outcomes (pack/step), "
      "settled RSS %ld KiB after warm-up (event %ld) -> %ld KiB at end, growth %+ld KiB, %.1f s, trace %016llx\n",
      static_cast<unsigned long long>(opt_.seed), events, clicks_, keys_, wheels_, modes_, quits_, idles_, frames_,
      rendered_, render_every_, wipes_, idle_resets_, idle_warnings_, font_rebuilds_, screens_.size(),
      known_screens().size(), seen.c_str(), pack_screens_.size(), outcomes_.size(), rss_warm, warm_at, rss_end,
      rss_end - rss_warm, secs, static_cast<unsigned long long>(trace_));
  std::string trend;
  for (long kib : rss_trend) {  // appends, not `"" + std::to_string(...)`: GCC 12 -Wrestrict false positive (GCC bug 105651)
    if (!trend.empty()) trend += ' ';
    trend += std::to_string(kib / 1024);
  }
  std::printf("monkey: RSS MiB every 5%% of the events, unsettled: %s\n", trend.c_str());
  std::string cost;
  for (const auto& [name, c] : cost_)
    if (c.frames) {
      char buf[128];
      std::snprintf(buf, sizeof buf, "%s%s %ld frames %.2f/%.1f", cost.empty() ? "" : ", ", name.c_str(), c.frames,
                    1000 * c.ui / c.frames, c.drawn ? 1000 * c.gl / c.drawn : 0.0);
      cost += buf;
    }
  long later = rendered_ - first_gl_;
  std::printf(
      "monkey: time by screen (frames, ms of UI per frame / ms of OpenGL per drawn frame): %s; OpenGL %.2f ms per "
      "drawn frame (%.1f ms for the first frame of a new context: shader compile); context resets and font rebuilds "
      "%.1f s\n",
      cost.c_str(), later > 0 ? 1000 * (gl_time_ - first_gl_time_) / later : 0.0,
      first_gl_ ? 1000 * first_gl_time_ / first_gl_ : 0.0, reset_time_);
  std::fflush(stdout);

  if (!failed_ && kAsan) std::printf("monkey: RSS bound not applied under AddressSanitizer (its quarantine)\n");
  if (!failed_ && !kAsan) {
    long bound = kMaxGrowthKiB;
    if (const char* e = std::getenv("VEIVISER_MONKEY_MAX_GROWTH_KIB"); e && *e) bound = std::atol(e);
    if (rss_end - rss_warm > bound)
      fail("RSS grew " + std::to_string(rss_end - rss_warm) + " KiB after warm-up (bound " + std::to_string(bound) + " KiB)");
  }
  // A long run that never reached a screen (or a pack's wizard screens) tested less than it says.
  if (!failed_ && opt_.events >= kCoverageFrom) {
    for (const auto& name : known_screens()) {
      if (starts(name, "training.") && name != "training.list" && app_.training().vignettes.empty()) continue;
      if (!screens_.count(name)) fail("the monkey never reached screen " + name);
    }
    for (const Pack& p : app_.content().packs)
      for (const char* sc : {"question", "acute", "emergency", "acute_consult", "outcome"})
        if ((app_.config().pack.empty() || app_.config().pack == p.id) && !pack_screens_.count(p.id + "/" + sc))
          fail("the monkey never reached " + p.id + "/" + sc);
  }
  if (!failed_) final_walk();
  if (failed_) {
    std::printf("monkey: FAIL: %s\n", fail_msg_.c_str());
    return 1;
  }
  std::printf("monkey: OK\n");
  return 0;
}

}  // namespace

int run_monkey(GLFWwindow* win, App& app, const MonkeyOptions& opt, const MonkeyHooks& hooks) {
  Monkey m(win, app, opt, hooks);
  return m.run();
}

}  // namespace vv::gui
