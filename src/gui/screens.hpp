// The screens, one file each, all drawing from App's session state. Shared outcome parts
// (checklist, numbers to call, details) are in outcome_parts.hpp.
#pragma once
#include <string>

#include "app.hpp"

namespace vv::gui {

void screen_start(App& app);
// Draws the current question of `s`; returns true when an answer was given.
bool screen_question(App& app, Session& s, const std::string& id_prefix);
void screen_acute(App& app, const Outcome& o);
void screen_outcome(App& app, const Outcome& o);
void screen_reference(App& app);
void screen_training(App& app);
// "Veiviser er ute av drift": drawn instead of everything when content, config or fonts fail.
void screen_out_of_order(App& app);

// Height of the bottom bar reserved by screens that have one.
float bottom_bar_height();

}  // namespace vv::gui
