// Idle timeout: after `timeout` s without input, "Er du fortsatt der?" counts down `warning` s,
// then the session is wiped (see App::wipe).
#pragma once

namespace vv::gui {

class Idle {
 public:
  enum class State { active, warning, expired };
  void configure(double timeout, double warning) { timeout_ = timeout, warning_ = warning; }
  void touch(double now) { last_ = now, warned_ = false; }
  // `armed` is false while there is nothing to wipe (pristine start screen).
  State update(double now, bool armed);
  double seconds_left(double now) const;  // of the countdown
  // Seconds until the next moment the display must change (for glfwWaitEventsTimeout).
  double next_wake(double now, bool armed) const;

 private:
  double timeout_ = 120, warning_ = 30, last_ = 0;
  bool warned_ = false;
};

}  // namespace vv::gui
