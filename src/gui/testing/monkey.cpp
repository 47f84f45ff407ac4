// The soak test (see monkey.hpp). Input is injected the way the GUI test driver does it:
// after ImGui_ImplGlfw_NewFrame(), before ImGui::NewFrame(); the registry of widget rects from
// the last frame tells where the buttons are. The App runs on a virtual clock and ImGui on a
// fixed 1/60 s step, so a run depends only on the seed (and the content).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "monkey_internal.hpp"

namespace vv::gui {
namespace monkey_detail {

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
  // The CPU time of a frame's UI (ImGui and the kiosk, not OpenGL) per screen: median and p99.
  std::string pct;
  for (auto& [name, c] : cost_) {
    if (c.ui_ms.empty()) continue;
    std::sort(c.ui_ms.begin(), c.ui_ms.end());
    auto at = [&](double q) { return c.ui_ms[std::min(c.ui_ms.size() - 1, static_cast<size_t>(q * c.ui_ms.size()))]; };
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s%s %.2f/%.2f", pct.empty() ? "" : ", ", name.c_str(), at(0.5), at(0.99));
    pct += buf;
  }
  std::printf("monkey: frame UI CPU ms by screen (median/p99): %s\n", pct.c_str());
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
      if (starts(name, "training.") && name != "training.list" && app_.content().vignettes.empty()) continue;
      if (!screens_.count(name)) fail("the monkey never reached screen " + name);
    }
    for (const Pack& p : app_.content().packs)
      for (const char* sc : {"question", "acute", "emergency", "acute_consult", "outcome"})
        if ((app_.config().pack.empty() || app_.config().pack == p.id) && !pack_screens_.count(p.id + "/" + sc))
          fail("the monkey never reached " + p.id + "/" + sc);
  }
  if (!failed_) drag_bench();
  if (!failed_) final_walk();
  if (failed_) {
    std::printf("monkey: FAIL: %s\n", fail_msg_.c_str());
    return 1;
  }
  std::printf("monkey: OK\n");
  return 0;
}

}  // namespace monkey_detail

int run_monkey(FrameRunner& runner, App& app, const MonkeyOptions& opt) {
  monkey_detail::Monkey m(runner, app, opt);
  return m.run();
}

}  // namespace vv::gui
