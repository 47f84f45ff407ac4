// Everything one kiosk session holds, in one struct owned by App: the screen, the language
// chosen, the wizard's answers and ticks, the outcome built from them, Oppslag and Opplæring
// choices, the take-away caches (phone text, QR codes, print status), scroll and focus memory.
// A wipe destroys this struct (the kiosk's allocator zeroes every block as it is freed) and
// makes a fresh one, so a new cache is wiped because of where it lives. Kiosk settings (text size, contrast) are not
// session data and live in App.
#pragma once
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "config.hpp"
#include "model.hpp"
#include "print.hpp"
#include "print_job.hpp"
#include "qr.hpp"
#include "qr_worker.hpp"
#include "session.hpp"
#include "touch_scroll.hpp"

namespace vv::gui {

enum class Mode { start, wizard, reference, training };

struct RefState {
  std::string pack;         // browsed pack
  bool compare = false;
  Stage stage = Stage::level2;
  std::string left, right;  // compared packs
  bool operator==(const RefState&) const = default;
};

struct TrainState {
  int index = -1;  // chosen vignette, -1: the list
  bool answering = false;
  std::unique_ptr<Session> session;
  bool operator==(const TrainState& o) const {
    return index == o.index && answering == o.answering && (session ? o.session && *session == *o.session : !o.session);
  }
};

// The outcome of the wizard's answers, built once per pack, language and answer set (not every
// frame); App::outcome() drops it as soon as any of the three changes or the answers are incomplete.
struct OutcomeCache {
  std::string pack, lang;  // what it was built for
  Answers answers;
  std::optional<Outcome> outcome;
  bool operator==(const OutcomeCache&) const = default;
};

// The take-away block's caches for the outcome on screen, and the print job under way (the
// print worker renders and prints in a child process: print_job.hpp).
struct TakeawayState {
  std::string for_outcome;  // which outcome the fields below belong to
  std::string phone_text;   // made once per outcome: finding a form that fits a QR code is slow
  bool phone_is_short = false;  // the phone gets the short form (the sheet has the whole list)
  std::string phone_whole;      // then the whole list for a second, denser code (empty: too long)
  std::optional<PrintStatus> status;
  std::string message;
  std::future<PrintResult> job;  // valid while a printout is under way
  bool operator==(const TakeawayState& o) const {
    return for_outcome == o.for_outcome && phone_text == o.phone_text && phone_is_short == o.phone_is_short &&
           phone_whole == o.phone_whole &&
           status == o.status && message == o.message &&
           job.valid() == o.job.valid();
  }
};

struct KioskSession {
  KioskSession(const Content& content, const Config& cfg);

  Mode mode = Mode::start;
  std::string lang;        // the language chosen on the start screen
  std::string start_pack;  // the pack chosen on the start screen (the role starts the wizard)
  Session wizard;
  OutcomeCache outcome;  // the wizard's outcome (App::outcome())
  bool help_open = false;       // "Hva betyr dette?" on the question shown
  bool quit_asked = false;      // "Avslutt og slett" tapped: "Slette alt og starte på nytt?" shows
  float pending_scroll = -1;    // --screenshot: scroll the content to this y once
  std::string focus_shown;      // the question that last got keyboard focus
  bool keyboard_used = false;   // a key was pressed: only then the question says "tast 1–4"
  RefState ref;
  TrainState train;
  TakeawayState takeaway;
  QrCache qr_codes;  // by the text encoded (URLs, phone text)
  QrJob qr_job;      // the codes being made off the frame thread (qr_worker.hpp)
  TouchScroll touch;  // a finger drag or the glide after it (touch_scroll.cpp)

  bool operator==(const KioskSession&) const = default;
};

}  // namespace vv::gui
