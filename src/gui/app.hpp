// The kiosk's state machine: which screen shows, the wizard session, reference and training
// state, idle timeout and the requests (wipe, font rebuild) the main loop carries out.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "config.hpp"
#include "idle.hpp"
#include "model.hpp"
#include "session.hpp"
#include "training_data.hpp"

namespace vv::gui {

enum class Mode { start, wizard, reference, training };

struct RefState {
  std::string pack;              // browsed pack
  bool compare = false;
  Stage stage = Stage::level2;
  std::string left, right;       // compared packs
};

struct TrainState {
  int index = -1;                // chosen vignette, -1: the list
  bool answering = false;
  std::unique_ptr<Session> session;
};

class App {
 public:
  App(const Content& content, const Config& cfg, TrainingData training);

  // Draws one frame of UI (between ImGui::NewFrame and ImGui::Render).
  void frame();
  // Sets the time (seconds) used by the idle timeout; a test sets a virtual clock.
  void set_time(double now) { now_ = now; }
  void input_seen() { idle_.touch(now_); }
  // Seconds the main loop may sleep before the screen must change on its own.
  double next_wake() const { return idle_.next_wake(now_, armed()); }

  // "Avslutt og slett" and the idle timeout: wipe the session and ask for a fresh ImGui context.
  void wipe();
  bool take_context_reset() { return std::exchange(context_reset_, false); }
  bool take_font_rebuild() { return std::exchange(font_rebuild_, false); }

  // For screens, the screenshot mode and the test driver.
  const Content& content() const { return content_; }
  // The core's example answers for every stage and variant of a pack: derived from the
  // content alone, so computed once per pack when first asked for (not per frame).
  const StageExamples& stage_examples(const Pack& p);
  const Config& config() const { return cfg_; }
  Session& session() { return session_; }
  const std::string& lang() const { return lang_; }
  void set_lang(const std::string& l);
  Mode mode() const { return mode_; }
  void set_mode(Mode m);
  std::string screen_name() const;  // "start", "question", "acute", "acute_consult", "outcome", ...
  bool idle_warning() const { return idle_state_ == Idle::State::warning; }
  Idle& idle() { return idle_; }
  double now() const { return now_; }
  float text_size() const { return text_size_; }
  void set_text_size(float s);
  bool high_contrast() const { return high_contrast_; }
  void set_high_contrast(bool on);
  static bool high_contrast_now();
  bool help_open = false;
  float pending_scroll = -1;  // screenshot mode: scroll the content to this y once
  RefState ref;
  TrainState train;
  const TrainingData& training() const { return training_; }
  // The pack chosen on the start screen before the session starts (role answers start it).
  std::string start_pack;

 private:
  bool armed() const;
  void draw_top_bar();
  void draw_idle_popup();

  const Content& content_;
  std::map<std::string, StageExamples> stage_examples_;  // by pack id; content, not session data
  Config cfg_;
  TrainingData training_;
  Session session_;
  std::string lang_;
  Mode mode_ = Mode::start;
  Idle idle_;
  Idle::State idle_state_ = Idle::State::active;
  double now_ = 0;
  float text_size_;
  bool high_contrast_;
  bool context_reset_ = false, font_rebuild_ = false;
};

// Screens (one file each).
void screen_start(App& app);
// Draws the current question of `s`; returns true when an answer was given.
bool screen_question(App& app, Session& s, const std::string& id_prefix);
void screen_acute(App& app, const Outcome& o);
void screen_outcome(App& app, const Outcome& o);
void draw_checklist(App& app, const Outcome& o, bool interactive);
void screen_reference(App& app);
void screen_training(App& app);

// Height of the bottom bar reserved by screens that have one.
float bottom_bar_height();

}  // namespace vv::gui
