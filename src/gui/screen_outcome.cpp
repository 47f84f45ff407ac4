// Outcome screen, leading with what to do: the situation in plain words (the pack's own step,
// "Gult kort", "Nivå 2", "2b", as the line under it), the step's summary and note, then "Ta med
// deg" (phone QR and print) where a 1280x800 screen shows it without scrolling, then the
// numbered checklist (session-only ticks), "Dette svarte du", tips, contacts, law references
// with their checked date, and every link as a QR code.
#include <imgui.h>

#include "labels.hpp"
#include "outcome_format.hpp"
#include "outcome_parts.hpp"
#include "screens.hpp"
#include "takeaway.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace vv::gui {

void screen_outcome(App& app, const Outcome& o) {
  const std::string& l = o.text_lang;
  register_marker("screen.outcome");
  heading(o.stage_name);
  muted(o.pack_name + ":   " + o.step_name + (o.step_title.empty() ? "" : " – " + o.step_title));
  if (!o.step_summary.empty()) para(o.step_summary);
  if (!o.note.empty()) label_value(label("out.note", l), o.note);
  if (o.text_lang != o.lang) muted(label("outcome.language_note", l));
  draw_takeaway(app, o);
  ImGui::Separator();
  subheading(label("outcome.checklist", l));
  muted(label("out.ticks_note", l) + " " + label("outcome.document_here", l));
  draw_checklist(app, o, true);
  draw_why(o);
  draw_outcome_details(o, true);
}

}  // namespace vv::gui
