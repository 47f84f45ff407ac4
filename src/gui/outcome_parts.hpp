// Parts of an outcome shared by the acute screens and the outcome screen: the numbered
// checklist (numbered as in the PDF and the phone text), the numbers to call, and the details
// (tips, next step, contacts, law references, links as QR codes).
#pragma once
#include "app.hpp"

namespace vv::gui {

void draw_checklist(App& app, const Outcome& o, bool interactive);
// "Gjør dette nå": the 2-3 lines that open an outcome and, where a number must be at hand
// (report), the numbers to call, the municipal barnevern first, each with its name.
void draw_now(const Outcome& o);
void draw_now_lines(const Outcome& o);  // the lines alone, in bold
// The numbers, each with its name; `big`: the "Ring nå" block of the acute screens.
void draw_contacts(const Outcome& o, bool big);
// The "Ring nå" banner of the acute screens: each number to call now with its name, one line
// each; and below, what each is for, the numbers for later and the notices.
void draw_call_now(const Outcome& o);
void draw_call_notes(const Outcome& o);
// "Dette svarte du": the questions asked on the way and the answers given (SPEC §3 "why").
void draw_why(const Outcome& o);
void draw_outcome_details(const Outcome& o, bool contacts);

}  // namespace vv::gui
