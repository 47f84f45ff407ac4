// The soak test (--monkey N --seed S): N random events (clicks on registered widgets and on
// random points, keys, wheel, mode switches, "Avslutt og slett", idle periods on the App's
// virtual clock) against the real screens of every pack, rendered through ImGui and OpenGL.
// Each frame checks ImGui's IO and stacks and the kiosk's invariants; RSS is sampled after
// warm-up and at the end; at the end every pack is walked to acute=yes through the real
// buttons and the red screen must show. Deterministic from the seed.
#pragma once
#include <cstdint>

namespace vv::gui {

class App;

struct MonkeyOptions {
  long events = 200000;
  std::uint64_t seed = 1;
  int render_every = 0;  // 0: choose; 1: render every frame through OpenGL
};

class FrameRunner;

// Runs the monkey through `runner` (its window may be hidden) with ImGui already started.
// Returns the exit code: 0 only if no invariant failed and the acute screen showed at the end.
int run_monkey(FrameRunner& runner, App& app, const MonkeyOptions& opt);

}  // namespace vv::gui
