// The soak's random events (clicks on widgets and points, keys, wheel, mode switches, quits,
// idle periods), its settled RSS samples and the final walk to acute=yes in every pack.
#include <glad/gl.h>
// glad first, then GLFW without its own GL header.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // the context's stacks, checked after every frame

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "monkey_internal.hpp"
#include "platform.hpp"
#include "theme.hpp"

namespace vv::gui::monkey_detail {

// A click on a registered widget: answers more often (to get deep into the flows), the font
// buttons rarely (each rebuilds the atlas), "Avslutt og slett" and printing never here.
void Monkey::ev_widget() {
  const auto& reg = app_.widgets();
  std::vector<std::pair<const std::string*, const Rect*>> ids;
  std::vector<std::uint32_t> cum;
  std::uint32_t total = 0;
  for (const auto& [id, r] : reg) {
    std::uint32_t w = 20;
    if (r.x1 - r.x0 < 1 || r.y1 - r.y0 < 1 || id == "top.quit" || starts(id, "quit.") || id == "button.print") w = 0;
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
    auto it = app_.widgets().find("button.print");  // never print from a soak
    if (it == app_.widgets().end() || x < it->second.x0 || x > it->second.x1 || y < it->second.y0 || y > it->second.y1) break;
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
    for (const auto& [id, r] : app_.widgets())
      if (starts(id, "role.")) roles.push_back(id);
    if (!roles.empty() && !failed_) click_id(roles[rng_.below(static_cast<std::uint32_t>(roles.size()))]);
  }
}

void Monkey::ev_quit() {
  where("quit");
  ++quits_;
  click_id("top.quit");
  click_id("quit.confirm");  // "Slette alt og starte på nytt?" Ja, slett
}

// Time passes without input: short of the timeout, into the warning, or past it (the wipe).
void Monkey::ev_idle(IdleKind kind) {
  double timeout = app_.idle_timeout(), warning = app_.config().idle_warning;
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
  click_id("quit.confirm", 2);
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
    if (!click_id("quit.confirm", 2)) return fail("final walk: no \"Ja, slett\""), false;
    if (app_.screen_name() != "start" || app_.session().answered_count() != 0)
      return fail("final walk: \"Avslutt og slett\" did not return to a clean start screen"), false;
    if (app_.config().pack.empty() && !click_id("pack." + p.id, 1)) return fail("final walk: no pack." + p.id), false;
    std::string role;
    for (const auto& [id, r] : app_.widgets())
      if (starts(id, "role.")) role = id;  // the last role ("annet" in the national questions)
    if (role.empty() || !click_id(role, 1)) return fail("final walk: no role button"), false;
    if (!click_id("answer.acute.yes", 2)) return fail("final walk: no answer.acute.yes on " + app_.screen_name()), false;
    if (failed_) return false;
    auto st = app_.session().stage();
    if (app_.screen_name() != "acute" || !app_.widgets().count("screen.acute") || !st || *st != Stage::acute)
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

}  // namespace vv::gui::monkey_detail
