// "Ta med deg sjekklisten": the checklist as a QR code for the user's own phone, and printing
// the PDF sheet through CUPS (the button says so when no printer is set up).
#pragma once
#include "app.hpp"

namespace vv::gui {

// Draws the block; its caches live in the session state (KioskSession::takeaway). `column`:
// in a narrow column beside "Gjør dette nå" (print, then the code), else across the page.
void draw_takeaway(App& app, const Outcome& o, bool column);
// After the checklist, where the phone got the short form: the whole list in a denser code, at
// the page's width (a version-40 code needs 370 px or more).
void draw_phone_whole(App& app, const Outcome& o);

}  // namespace vv::gui
