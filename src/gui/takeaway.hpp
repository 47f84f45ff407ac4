// "Ta med deg sjekklisten": the checklist as a QR code for the user's own phone, and printing
// the PDF sheet through CUPS (the button says so when no printer is set up).
#pragma once
#include "outcome.hpp"

namespace vv::gui {

class App;

void draw_takeaway(App& app, const Outcome& o);
// Forgets the printer status and any message (part of every wipe).
void reset_takeaway();

}  // namespace vv::gui
