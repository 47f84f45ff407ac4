// Parts of an outcome shared by the acute screens and the outcome screen: the numbered
// checklist (numbered as in the PDF and the phone text), the numbers to call, and the details
// (tips, next step, contacts, law references, links as QR codes).
#pragma once
#include "app.hpp"

namespace vv::gui {

void draw_checklist(App& app, const Outcome& o, bool interactive);
// The numbers, each with its name; `big`: the "Ring nå" block of the acute screens.
void draw_contacts(const Outcome& o, bool big);
void draw_outcome_details(const Outcome& o, bool contacts);

}  // namespace vv::gui
