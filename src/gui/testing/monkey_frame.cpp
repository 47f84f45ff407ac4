// One frame of the soak through the kiosk's own frame function (frame.hpp), with the checks
// after every frame: ImGui's IO and stacks, the draw data, and the kiosk's invariants.
#include <glad/gl.h>
// glad first, then GLFW without its own GL header.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // the context's stacks, checked after every frame

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "monkey_internal.hpp"
#include "platform.hpp"
#include "theme.hpp"

namespace vv::gui::monkey_detail {

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

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

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

// The input of this frame, as the test driver injects it (after the backends' NewFrame), and
// the checks of ImGui's IO that must hold before every frame.
bool Monkey::check_io(ImGuiIO& io) {
  int ww = 0, wh = 0;
  glfwGetWindowSize(win_, &ww, &wh);
  if (io.DisplaySize.x != static_cast<float>(ww) || io.DisplaySize.y != static_cast<float>(wh) || ww <= 0 || wh <= 0)
    return fail("io.DisplaySize " + std::to_string(io.DisplaySize.x) + "x" + std::to_string(io.DisplaySize.y) +
                " is not the window's " + std::to_string(ww) + "x" + std::to_string(wh)), false;
  if (!io.Fonts || !io.Fonts->IsBuilt() || io.Fonts->TexID == nullptr) return fail("font atlas not built or no texture"), false;
  if (io.IniFilename || io.LogFilename) return fail("imgui.ini or log file enabled"), false;
  return true;
}

// After ImGui::Render: balanced stacks, one popup at most, sane draw data.
bool Monkey::check_draw(ImDrawData& dd) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.CurrentWindowStack.Size || g.ColorStack.Size || g.StyleVarStack.Size || g.FontStack.Size ||
      g.GroupStack.Size || g.BeginPopupStack.Size || g.ItemFlagsStack.Size > 1 || g.FocusScopeStack.Size ||
      g.DisabledStackSize)
    return fail("ImGui stacks not balanced after the frame (window " + std::to_string(g.CurrentWindowStack.Size) +
                ", color " + std::to_string(g.ColorStack.Size) + ", var " + std::to_string(g.StyleVarStack.Size) +
                ", font " + std::to_string(g.FontStack.Size) + ", group " + std::to_string(g.GroupStack.Size) +
                ", disabled " + std::to_string(g.DisabledStackSize) + ")"), false;
  if (g.OpenPopupStack.Size > 1) return fail("more than one popup open"), false;
  if (g.Windows.Size > 64) return fail("ImGui windows pile up: " + std::to_string(g.Windows.Size)), false;
  if (!dd.Valid || dd.CmdListsCount < 1 || dd.TotalVtxCount <= 0 || dd.TotalVtxCount > 4000000)
    return fail("draw data invalid or absurd (" + std::to_string(dd.TotalVtxCount) + " vertices)"), false;
  if (dd.DisplaySize.x != io.DisplaySize.x || dd.DisplaySize.y != io.DisplaySize.y) return fail("draw data size"), false;
  // Every draw command must have a finite clip rectangle and stay inside its buffers.
  for (int i = 0; i < dd.CmdListsCount; ++i) {
    const ImDrawList* dl = dd.CmdLists[i];
    for (const ImDrawCmd& c : dl->CmdBuffer) {
      if (!std::isfinite(c.ClipRect.x) || !std::isfinite(c.ClipRect.y) || !std::isfinite(c.ClipRect.z) ||
          !std::isfinite(c.ClipRect.w))
        return fail("non-finite clip rectangle"), false;
      if (!c.UserCallback && c.IdxOffset + c.ElemCount > static_cast<unsigned>(dl->IdxBuffer.Size))
        return fail("draw command outside its index buffer"), false;
    }
  }
  return true;
}

void Monkey::frame(const Input& in, bool force_render) {
  time_ += 1.0 / 60;
  app_.set_time(time_);
  if ((frames_ & 63) == 0) glfwPollEvents();  // keep the display connection serviced
  take_input_event();
  if (in.down || in.key >= 0 || in.wheel != 0) app_.input_seen();
  std::string before = app_.screen_name();
  bool warn_before = app_.idle_warning();
  bool render = force_render || (frames_ + 1) % render_every_ == 0;
  FrameHooks hooks;
  hooks.input = [&](ImGuiIO& io) {
    io.DeltaTime = 1.0f / 60;  // deterministic: ImGui's timers (double click, key repeat, nav) see virtual time
    io.MousePos = ImVec2(in.x, in.y);
    for (bool& b : io.MouseDown) b = false;
    io.MouseDown[0] = in.down;
    io.MouseWheel = in.wheel;
    io.MouseWheelH = 0;
    for (const KeyDef& k : kKeys) io.KeysDown[k.key] = k.key == in.key;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    return check_io(io);
  };
  hooks.inspect = [&](ImDrawData& dd) { return check_draw(dd) && render; };
  app_.finish_background_work();  // deterministic: a QR code being made shows in this frame (not timed)
  auto t_wall = std::chrono::steady_clock::now();
  FrameResult r = runner_.frame(true, hooks);
  last_ = r, last_wall_ = seconds_since(t_wall);
  if (failed_) return;
  ++frames_;
  Cost& cost = cost_[before];
  cost.ui += r.ui_seconds, ++cost.frames;
  cost.ui_ms.push_back(static_cast<float>(r.ui_seconds * 1000));
  if (r.drawn) {
    ++rendered_;
    gl_time_ += r.gl_seconds;
    if (fresh_gl_) first_gl_time_ += r.gl_seconds, ++first_gl_, fresh_gl_ = false;
    else cost.gl += r.gl_seconds, ++cost.drawn;
    if (GLenum e = glGetError(); e != GL_NO_ERROR) return fail("OpenGL error " + std::to_string(e));
  }
  if (r.context_reset) {
    fresh_gl_ = true;
    ++wipes_;
    if (in_idle_event_) ++idle_resets_;
  } else if (r.fonts_rebuilt) {
    ++font_rebuilds_;
  }
  after_frame(before, warn_before, r.context_reset);
}

void Monkey::after_frame(const std::string& before, bool warn_before, bool reset) {
  const auto& reg = app_.widgets();
  std::string now = app_.screen_name();
  if (!known_screens().count(now)) return fail("unknown screen \"" + now + "\"");
  ++screens_[now];
  if (!reg.count("top.quit")) return fail("no \"Avslutt og slett\" button on screen " + now);

  Session& s = app_.session();
  Mode m = app_.mode();
  // A wipe leaves nothing of the session: no pack, answers, training session or open help.
  if (reset && (!(app_.state() == KioskSession(app_.content(), app_.config())) || app_.idle_warning()))
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
    if (const Outcome* o = app_.outcome()) outcomes_.insert(s.pack()->id + "/" + o->step_id);
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
    auto it = app_.widgets().find(id);
    if (it == app_.widgets().end()) {
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

}  // namespace vv::gui::monkey_detail
