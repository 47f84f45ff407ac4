// The kiosk: the content and config it runs on, the kiosk settings (text size, contrast), the
// one session state (KioskSession) and the idle timeout. frame() draws one frame of UI from
// that state; screens change the state through it. A wipe ("Avslutt og slett", the idle
// timeout) replaces the session state with a fresh one and asks the frame loop for a fresh
// ImGui context (take_context_reset), so no widget state survives either.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "config.hpp"
#include "idle.hpp"
#include "kiosk_session.hpp"
#include "model.hpp"
#include "out_of_order.hpp"
#include "outcome.hpp"
#include "widgets.hpp"

namespace vv::gui {

class App {
 public:
  App(const Content& content, const Config& cfg);

  // Draws one frame of UI (between ImGui::NewFrame and ImGui::Render).
  void frame();

  // The session state every screen draws from and changes.
  KioskSession& state() { return *state_; }
  const KioskSession& state() const { return *state_; }
  Session& session() { return state_->wizard; }
  // The wizard's outcome once its answers are complete (nullptr before), built once per pack,
  // language and answer set and kept in the session state.
  const Outcome* outcome();
  const Content& content() const { return content_; }
  const Config& config() const { return cfg_; }
  const std::string& lang() const { return state_->lang; }
  // The language of everything on this screen: the UI language, or where the screen shows a
  // pack that lacks it (an outcome, a browsed pack), the pack's own, bars and buttons included.
  const std::string& screen_lang() const;
  void set_lang(const std::string& l);
  Mode mode() const { return state_->mode; }
  void set_mode(Mode m);
  // The core's example answers for every stage and variant of a pack: derived from the
  // content alone (not session data), computed once per pack when first asked for.
  const StageExamples& stage_examples(const Pack& p);
  std::string screen_name() const;  // "start", "question", "acute", "outcome", "training.result", ...

  // "Avslutt og slett" and the idle timeout.
  void wipe();
  bool take_context_reset() { return std::exchange(context_reset_, false); }
  bool take_font_rebuild() { return std::exchange(font_rebuild_, false); }

  // Time (seconds) for the idle timeout; tests set a virtual clock.
  void set_time(double now) { now_ = now; }
  double now() const { return now_; }
  void input_seen() { idle_.touch(now_); }
  double next_wake() const { return idle_.next_wake(now_, armed()); }
  bool idle_warning() const { return idle_state_ == Idle::State::warning; }
  // The idle timeout of the screen shown: longer where people read (outcome, acute, Oppslag).
  double idle_timeout() const;
  // A finger drag or the glide after it, or a QR code being made: the loop draws without waiting for input.
  bool animating() const { return touch_scroll_animating(state_->touch) || state_->qr_job.result.valid(); }
  // Tests, the soak and --screenshot: waits for a QR code being made, so the next frame shows it
  // and a run depends on its input alone, not on how fast a thread was.
  void finish_background_work() {
    if (state_->qr_job.result.valid()) state_->qr_job.result.wait();
  }

  // Kiosk settings: kept across wipes (they say nothing about a case).
  float text_size() const { return text_size_; }
  void set_text_size(float s);
  bool high_contrast() const { return high_contrast_; }
  void set_high_contrast(bool on);

  // Broken config, content or fonts: only the out-of-order screen shows, until a restart.
  void set_out_of_order(OutOfOrder why) { out_of_order_ = std::move(why); }
  const std::optional<OutOfOrder>& out_of_order() const { return out_of_order_; }

  // --layout-audit: the widgets of every frame report to it (cleared as a frame begins).
  void set_layout_audit(LayoutAudit* a) { audit_ = a; }

  // Widget rectangles drawn in the last frame, by stable id (for tests and the soak).
  const WidgetRegistry& widgets() const { return widgets_; }

 private:
  bool armed() const;
  void draw_top_bar();
  void draw_bottom_bar();
  void draw_idle_popup();
  void draw_quit_popup();

  const Content& content_;
  Config cfg_;
  std::unique_ptr<KioskSession> state_;
  // Print jobs still running when their session was wiped: they hold a copy of the outcome in
  // their own thread (wiped when it ends) and are only waited for and dropped here.
  std::vector<std::future<PrintResult>> orphan_jobs_;
  std::optional<OutOfOrder> out_of_order_;
  std::map<std::string, StageExamples> stage_examples_;  // by pack id; content, not session data
  WidgetRegistry widgets_;
  LayoutAudit* audit_ = nullptr;
  Idle idle_;
  Idle::State idle_state_ = Idle::State::active;
  double now_ = 0;
  float text_size_;
  bool high_contrast_;
  bool context_reset_ = false, font_rebuild_ = false;
};

}  // namespace vv::gui
