// The wizard session (see session.hpp).
#include "session.hpp"

#include <algorithm>
#include <functional>

#include "wipe.hpp"

namespace vv {

bool Session::choose_pack(const std::string& pack_id) {
  const Pack* p = content_->find_pack(pack_id);
  if (!p) return false;
  if (p != pack_) restart();
  pack_ = p;
  return true;
}

bool Session::choose_language(const std::string& lang) {
  if (!is_language(lang)) return false;
  lang_ = lang;
  return true;
}

const Question* Session::current() const { return next_question(*content_, answers_); }

bool Session::answer(const std::string& key, const std::string& value) {
  const Question* q = current();
  if (!q || q->key != key || !q->accepts(value)) return false;
  answers_[key] = value;
  history_.push_back(key);
  return true;
}

bool Session::back() {
  if (history_.empty()) return false;
  auto it = answers_.find(history_.back());
  if (it != answers_.end()) {
    vv::wipe(it->second);
    answers_.erase(it);
  }
  history_.pop_back();
  ticks_.clear();  // the checklist changes with the answers
  return true;
}

std::optional<Stage> Session::stage() const {
  if (!complete()) return std::nullopt;
  return derive_stage(*content_, answers_);
}

std::optional<Outcome> Session::outcome() const {
  if (!complete()) return std::nullopt;
  return build_outcome(*content_, *pack_, answers_, lang_);
}

int Session::max_remaining() const {
  // Longest path from here, trying every option (one value stands for all ages).
  std::function<int(Answers&)> depth = [&](Answers& a) -> int {
    const Question* q = next_question(*content_, a);
    if (!q) return 0;
    int best = 0;
    std::vector<std::string> values;
    if (q->is_age)
      values = {"10"};
    else
      for (const auto& o : q->options) values.push_back(o.value);
    for (const auto& v : values) {
      a[q->key] = v;
      best = std::max(best, 1 + depth(a));
      a.erase(q->key);
    }
    return best;
  };
  Answers copy = answers_;
  int d = depth(copy);
  vv::wipe(copy);
  return d;
}

void Session::set_ticked(const std::string& item_id, bool on) {
  if (on)
    ticks_.insert(item_id);
  else
    ticks_.erase(item_id);
}

void Session::restart() {
  vv::wipe(answers_);
  vv::wipe(history_);
  ticks_.clear();  // ids from content; which were ticked goes with the nodes freed here
}

void Session::reset() {
  restart();
  pack_ = nullptr;
  lang_ = "nb";
}

}  // namespace vv
