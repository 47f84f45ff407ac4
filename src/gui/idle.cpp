// Idle timeout state (see idle.hpp).
#include "idle.hpp"

#include <algorithm>
#include <cmath>

namespace vv::gui {

Idle::State Idle::update(double now, bool armed) {
  if (!armed) {
    last_ = now;
    warned_ = false;
    return State::active;
  }
  double idle = now - last_;
  if (idle >= timeout_ + warning_) return State::expired;
  if (idle >= timeout_) {
    warned_ = true;
    return State::warning;
  }
  return State::active;
}

double Idle::seconds_left(double now) const { return std::max(0.0, timeout_ + warning_ - (now - last_)); }

double Idle::next_wake(double now, bool armed) const {
  if (!armed) return 1e9;
  double idle = now - last_;
  if (idle < timeout_) return timeout_ - idle;
  // During the countdown: wake at the next whole second shown.
  double left = seconds_left(now);
  double frac = left - std::floor(left);
  return std::max(0.02, frac > 0.001 ? frac : 1.0);
}

}  // namespace vv::gui
