// One user's session in the wizard: the chosen pack and language, the answers in the order
// given, and the ticks on the checklist. The GUI sends it events (choose, answer, back,
// restart, tick) and draws from it. reset() and restart() wipe what it held.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "answers.hpp"
#include "outcome.hpp"

namespace vv {

class Session {
 public:
  explicit Session(const Content& content) : content_(&content) {}
  ~Session() { reset(); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Choosing pack and language; both are needed before questions are asked.
  bool choose_pack(const std::string& pack_id);
  bool choose_language(const std::string& lang);
  const Pack* pack() const { return pack_; }
  const std::string& language() const { return lang_; }

  // The question to show now, or nullptr when the answers are complete.
  const Question* current() const;
  // Records an answer to the current question. False (nothing changes) if `key` is not
  // the current question or `value` is not allowed.
  bool answer(const std::string& key, const std::string& value);
  // Takes back the last answer. False if there is none.
  bool back();
  bool complete() const { return pack_ && current() == nullptr; }
  std::optional<Stage> stage() const;
  std::optional<Outcome> outcome() const;

  const Answers& answers() const { return answers_; }
  const std::vector<std::string>& history() const { return history_; }
  // Answered questions and the most that may still come (for a progress indicator).
  int answered_count() const { return static_cast<int>(history_.size()); }
  int max_remaining() const;

  void set_ticked(const std::string& item_id, bool ticked);
  bool ticked(const std::string& item_id) const { return ticks_.count(item_id) != 0; }

  // Wipes the answers and ticks; keeps pack and language (the "Start på nytt" button).
  void restart();
  // Wipes everything, including pack and language ("Avslutt og slett", idle timeout).
  void reset();

  bool operator==(const Session&) const = default;

 private:
  const Content* content_;
  const Pack* pack_ = nullptr;
  std::string lang_ = "nb";
  Answers answers_;
  std::vector<std::string> history_;
  std::set<std::string> ticks_;
};

}  // namespace vv
